"""Alerts: who is newly flagged, what the message says, and real crawls sending it through Apprise to
a local webhook (``json://``) and a local SMTP server (``mailto://``)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from tests.crawling import crawl, scrapy_command
from tests.servers.alert_receivers import MailReceiver, WebhookReceiver
from tests.servers.sites import closed_port
from valuation_spiders.alerts.message import compose_alert, newly_flagged
from valuation_spiders.alerts.targets import AlertTargets, url_secrets
from valuation_spiders.extensions.log_hygiene import RedactSecrets, secrets_from_env
from valuation_spiders.storage.repository import CompanyFlags

RESULTS = "Results:\n  Processed: 3 companies\n  Flagged: 2 companies"


def company(pk: int, name: str, *signals: tuple[str, bool]) -> CompanyFlags:
    return CompanyFlags(
        run_id=7, company_pk=pk, record_id=f"rec{pk}", company_name=name,
        signals=[{"kind": k, "url": f"https://{name.lower()}.com/", "evidence": f"{name} {k} sentence.",
                  "flagging": f} for k, f in signals],
    )


# --- pure ---------------------------------------------------------------------------------------


def test_newly_flagged_means_flagged_now_and_not_in_the_previous_covering_run():
    acme = company(1, "Acme", ("acquisition", True))
    dead = company(2, "Dead", ("site_down", True))
    quiet = company(3, "Quiet", ("product_launch", False))
    fresh = company(4, "Fresh", ("funding", True))
    before = {1: False, 2: True, 3: False}  # Fresh was never covered by a finished run
    assert [c.company_name for c in newly_flagged([acme, dead, quiet, fresh], before)] == ["Acme", "Fresh"]


def test_the_message_lists_each_new_company_with_kind_evidence_url_then_health_then_results():
    acme = company(1, "Acme", ("acquisition", True), ("product_launch", False))
    alert = compose_alert(label="run 7", status="finished", newly=[acme],
                          failed_checks=[{"name": "failed_urls", "detail": "30% of URLs failed (3 of 10)"}],
                          results=RESULTS)
    assert alert.title == "valuation_spiders run 7: 1 company newly flagged, 1 health check failed"
    assert alert.body == (
        "Run 7 finished: 1 company newly flagged, 1 health check failed.\n\n"
        "Newly flagged for review:\n\n"
        "Acme (rec1)\n"
        "- acquisition: Acme acquisition sentence.\n"
        "  https://acme.com/\n\n"
        "Crawl health:\n"
        "- failed_urls: 30% of URLs failed (3 of 10)\n\n" + RESULTS
    )


def test_no_message_without_news_and_long_lists_are_cut():
    assert compose_alert(label="run 7", status="finished", newly=[], failed_checks=[], results=RESULTS) is None
    many = [company(i, f"Co{i:02d}", ("shutdown", True)) for i in range(5)]
    body = compose_alert(label="run 7", status="finished", newly=many, failed_checks=[], results="",
                         max_companies=2).body
    assert "Co00" in body and "Co01" in body and "Co02" not in body
    assert body.endswith("… and 3 more companies (scrapy flags --run 7)")


@pytest.mark.parametrize(
    ("url", "secrets"),
    [
        ("https://hooks.slack.com/services/T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ",
         {"T1JJ3T3L2", "A1BRTD4JD", "TIiajkdnlazkcOXrIdevi7FQ"}),
        ("slack://xoxb-1234-1234-4ddbc191d40ee098cbaae6f3523ada2d/#valuations",
         {"xoxb-1234-1234-4ddbc191d40ee098cbaae6f3523ada2d"}),
        ("https://prod-161.westeurope.logic.azure.com:443/workflows/643e69f83c8944438d68119179a10a64/triggers/"
         "manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=KODuebWbDGYFr0z0eu",
         {"643e69f83c8944438d68119179a10a64", "KODuebWbDGYFr0z0eu"}),
        ("mailtos://alerts:S3cret!Pass@smtp.fund.example?to=finance@fund.example", {"S3cret!Pass"}),
        ("json://hook:hunter2pw@webhooks.fund.example/hooks/a1b2c3d4e5f6a7b8c9", {"hunter2pw", "a1b2c3d4e5f6a7b8c9"}),
    ],
)
def test_the_secret_parts_of_each_kind_of_target_are_known_and_masked(url, secrets):
    assert secrets <= url_secrets(url)
    found = secrets_from_env({"VALUATION_ALERT_URLS": f"json://127.0.0.1/x, {url}"})
    record = logging.LogRecord("x", logging.WARNING, __file__, 1, "sending to %s failed", (url,), None)
    RedactSecrets(found).filter(record)
    assert not any(secret in record.getMessage() for secret in secrets), record.getMessage()


def test_a_target_apprise_cannot_use_is_reported_without_its_password():
    targets = AlertTargets(["json://127.0.0.1:9/hook", "mailtoss://me:pa55word@example.com"])
    assert targets.labels == ["JSON at json://127.0.0.1:9"]
    assert targets.invalid == ["target 2 (mailtoss://…) is not a usable Apprise URL"]


# --- through real crawls ------------------------------------------------------------------------


def html(name: str, *paragraphs: str) -> str:
    return f"<html><head><title>{name}</title></head><body><h1>{name}</h1>" + "".join(
        f"<p>{p}</p>" for p in paragraphs) + "</body></html>"


def portfolio(farm, tmp_path: Path) -> str:
    farm.page("acme-robots.com", "/", html("Acme Robots", "Acme Robots builds warehouse robots."))
    farm.page("steady-co.com", "/", html("Steady Co", "Steady Co sells accounting software."))
    farm.page("wind-down.com", "/", html("Wind Down", "Wind Down makes garden tools."))
    dead = closed_port()
    rows = [("Acme Robots", farm.url("acme-robots.com")), ("Steady Co", farm.url("steady-co.com")),
            ("Wind Down", farm.url("wind-down.com")), ("Gone Dark", f"http://gone-dark.com:{dead}/")]
    for i in range(4):  # enough healthy sites that one dead one stays under the failed-URL limit
        farm.page(f"calm{i}.com", "/", html(f"Calm {i}", f"Calm {i} sells software."))
        rows.append((f"Calm {i}", farm.url(f"calm{i}.com")))
    path = tmp_path / "portfolio.csv"
    path.write_text("Name,Website\n" + "".join(f"{n},{u}\n" for n, u in rows), encoding="utf-8")
    return str(path)


def news(farm) -> None:
    farm.page("acme-robots.com", "/", html(
        "Acme Robots", "Acme Robots has been acquired by Globex Corporation.", "Acme Robots builds warehouse robots."))
    farm.page("wind-down.com", "/", html("Wind Down", "Wind Down is shutting down.", "Wind Down makes garden tools."))


def alert_lines(log: str) -> list[str]:
    return [line for line in log.splitlines() if "alert" in line.lower() and "Overridden settings" not in line]


def test_each_run_alerts_only_its_newly_flagged_companies_by_webhook_and_mail(site_farm, tmp_path, database_url):
    source = portfolio(site_farm, tmp_path)
    with WebhookReceiver().running() as hook, MailReceiver().running() as mail:
        env = {"VALUATION_ALERT_URLS": f"{hook.url()}, {mail.url()}"}

        first = crawl(f"source={source}", database_url=database_url, env=env)
        assert first.returncode == 0, first.log[-3000:]
        (message,) = [r["json"] for r in hook.received]
        assert message["title"] == "valuation_spiders run 1: 1 company newly flagged"
        assert "Gone Dark (" in message["message"] and "- site_down: " in message["message"]

        news(site_farm)
        second = crawl(f"source={source}", database_url=database_url, env=env)
        assert second.returncode == 0, second.log[-3000:]
        assert len(hook.received) == 2 and len(mail.messages) == 2
        body = hook.received[1]["json"]["message"]
        assert hook.received[1]["json"]["title"] == "valuation_spiders run 2: 2 companies newly flagged"
        assert "Acme Robots (" in body and "Wind Down (" in body
        assert "- acquisition: Acme Robots has been acquired by Globex Corporation." in body
        assert f"  {site_farm.url('acme-robots.com')}" in body
        assert "- shutdown: Wind Down is shutting down." in body
        assert "Gone Dark" not in body  # still dead: flagged in run 1 already
        assert "Steady Co" not in body
        assert "Results:\n  Processed: 8 companies\n  Flagged: 3 companies" in body

        mailed = mail.messages[1]
        assert mailed["Subject"] == "valuation_spiders run 2: 2 companies newly flagged"
        assert mailed["To"] == "finance@fund.example"
        text = mailed.get_content().replace("\r\n", "\n")
        assert "- acquisition: Acme Robots has been acquired by Globex Corporation." in text
        assert "- shutdown: Wind Down is shutting down." in text and "Gone Dark" not in text
        assert "Processed: 8 companies" in text
        assert any("Alert for run 2 sent to JSON at json://127.0.0.1:" in line and "E-Mail at mailto://127.0.0.1:"
                   in line for line in alert_lines(second.log))

        third = crawl(f"source={source}", database_url=database_url, env=env)  # nothing new
        assert third.returncode == 0, third.log[-3000:]
        assert len(hook.received) == 2 and len(mail.messages) == 2
        assert "No alert for run 3: no company newly flagged and every health check passed" in third.log

        again = scrapy_command("alert", "--run", "2", database_url=database_url, env=env)
        assert again.returncode == 0, again.stdout + again.stderr
        assert "Alert for run 2 sent to JSON at" in again.stdout
        assert hook.received[2]["json"] == hook.received[1]["json"] and len(mail.messages) == 3

    nothing = scrapy_command("alert", "--run", "3", database_url=database_url, env=env)
    assert "Run 3: no company newly flagged and every health check passed; nothing to send" in nothing.stdout
    dry = scrapy_command("alert", "--run", "2", "--dry-run", database_url=database_url)
    assert dry.returncode == 0 and dry.stdout.startswith("valuation_spiders run 2: 2 companies newly flagged")
    unset = scrapy_command("alert", "--run", "2", database_url=database_url)
    assert unset.returncode != 0 and "VALUATION_ALERT_URLS holds no usable Apprise URL" in unset.stderr


def test_a_failing_target_is_one_warning_without_secrets_and_the_crawl_still_succeeds(site_farm, tmp_path, sqlite_url):
    site_farm.page("acme-robots.com", "/", html("Acme Robots", "Acme Robots has been acquired by Globex Corporation."))
    source = tmp_path / "c.csv"
    source.write_text(f"Name,Website\nAcme Robots,{site_farm.url('acme-robots.com')}\n", encoding="utf-8")
    password, token = "Sup3rSecretPw", "a1b2c3d4e5f6a7b8c9d0e1f2"
    refused = f"json://alerts:{password}@127.0.0.1:{closed_port()}/hooks/{token}"
    with WebhookReceiver().running() as hook:
        result = crawl(f"source={source}", "-L", "DEBUG", database_url=sqlite_url,
                       env={"VALUATION_ALERT_URLS": f"{refused},{hook.url()}"})
        assert len(hook.received) == 1  # the working target still got it
    assert result.returncode == 0, result.log[-3000:]
    warnings = [line for line in result.log.splitlines() if " WARNING: " in line
                and "RefererMiddleware" not in line]  # Scrapy's start-up note on REFERER_ENABLED=False
    assert len(warnings) == 1 and "Alert to JSON at json://127.0.0.1:" in warnings[0], warnings
    assert "failed: A Connection error occurred sending JSON notification to 127.0.0.1." in warnings[0]
    assert "Processing run 1 finished" in result.log
    output = result.stdout + result.stderr
    assert password not in output and token not in output
    assert "[apprise]" not in output  # Apprise's own lines stay out of the crawl log


def test_every_target_example_in_the_readme_is_a_usable_apprise_url():
    from tests.crawling import ROOT

    examples = [line.split("=", 1)[1].strip('"') for line in (ROOT / "README.md").read_text().splitlines()
                if line.startswith("export VALUATION_ALERT_URLS=") and "…" not in line]
    assert len(examples) == 4
    targets = AlertTargets(examples)
    assert targets.invalid == []
    assert [label.split(" at ")[0] for label in targets.labels] == [
        "Slack", "Power Automate / Workflows (for MSTeams)", "E-Mail", "JSON"]


def test_each_shard_run_alerts_for_its_own_companies_and_a_round_can_be_sent_as_one(site_farm, tmp_path, sqlite_url):
    from valuation_spiders.selection import shard_of

    ids = {1: [], 2: []}
    for n in range(40):
        ids[shard_of(f"recCo{n:02d}", 2)].append(f"recCo{n:02d}")
    chosen = ids[1][:2] + ids[2][:2]
    lines = ["Record ID,Name,Website"]
    for record_id in chosen:
        name = f"Target {record_id[-2:]}"
        host = f"target{record_id[-2:]}.com"
        site_farm.page(host, "/", html(name, f"{name} has been acquired by Globex Corporation."))
        lines.append(f"{record_id},{name},{site_farm.url(host)}")
    source = tmp_path / "round.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with WebhookReceiver().running() as hook:
        env = {"VALUATION_ALERT_URLS": hook.url()}
        for shard in ("1/2", "2/2"):
            result = crawl(f"source={source}", f"shard={shard}", "round=r1", database_url=sqlite_url, env=env)
            assert result.returncode == 0, result.log[-3000:]
        titles = [r["json"]["title"] for r in hook.received]
        assert titles == ["valuation_spiders run 1 (round r1, shard 1/2): 2 companies newly flagged",
                          "valuation_spiders run 2 (round r1, shard 2/2): 2 companies newly flagged"]
        for message, record_ids in zip(hook.received, (ids[1][:2], ids[2][:2]), strict=True):
            assert [r for r in chosen if f"({r})" in message["json"]["message"]] == record_ids

        whole = scrapy_command("alert", "--round", "r1", database_url=sqlite_url, env=env)
        assert whole.returncode == 0, whole.stdout + whole.stderr
        (message,) = [r["json"] for r in hook.received[2:]]
    assert message["title"] == "valuation_spiders round r1 (runs 1, 2): 4 companies newly flagged"
    assert all(f"({r})" in message["message"] for r in chosen)
