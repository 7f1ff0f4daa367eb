"""A URL new to a company that was crawled before is news: its text counts for every kind.

PRODUCT.md: text kinds count only on text new since the previous snapshot of that URL, and on a
company's *first crawl* only shutdown and acquisition count. So a press page added to a known
company's list (or a page that failed until now) is read like added text, while a new company's
pages, and a company never read before (its only fetch answered an error), keep the first-crawl rule.
Real crawls of a local site farm, judged from ``scrapy flags --json``.
"""

from __future__ import annotations

import json

from tests.crawling import crawl, scrapy_command

NEWS = ("Northwind has raised a $12 million Series A led by Harbor Ventures to expand into Europe. "
        "The company will also let go of 30 people as it restructures its sales team.")


def page(title: str, body: str) -> str:
    return (f"<!doctype html><html><head><title>{title}</title></head><body><nav>Home About Press</nav>"
            f"<main><h1>{title}</h1><p>{body}</p></main><footer>Contact us</footer></body></html>")


def home(name: str) -> str:
    return page(name, f"{name} makes scheduling software for clinics and hospitals. Book a demo today.")


def write_csv(path, rows: list[tuple[str, str, list[str]]]) -> str:
    lines = ["Name,Website,URLs"] + [f'{name},{site},"' + "\n".join(extra) + '"' for name, site, extra in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def flags(database_url: str) -> dict[str, dict[str, str]]:
    """company -> {kind: evidence} of the latest run."""
    result = scrapy_command("flags", "--json", database_url=database_url)
    assert result.returncode == 0, result.stderr
    found = {}
    for line in result.stdout.splitlines():
        entry = json.loads(line)
        found[entry["company_name"]] = {s["kind"]: s["evidence"] for s in entry["signals"]}
    return found


def test_a_page_new_to_a_known_company_is_news_but_a_new_company_is_on_its_first_crawl(
    site_farm, tmp_path, database_url
):
    farm = site_farm
    for host, name in [("northwind.test", "Northwind"), ("southwind.test", "Southwind")]:
        farm.page(host, "/", home(name))
        farm.page(host, "/press", page(f"{name} press", NEWS.replace("Northwind", name)))
    # Eastwind's only page answers 503 on the first crawl: nothing of it was read
    farm.page("eastwind.test", "/", page("Service Unavailable", "Back soon."), status=503)
    first = write_csv(tmp_path / "one.csv", [
        ("Northwind", farm.url("northwind.test", "/"), []),
        ("Eastwind", farm.url("eastwind.test", "/"), []),
    ])
    result = crawl(f"source={first}", database_url=database_url)
    assert result.returncode == 0, result.log[-3000:]
    assert "funding" not in flags(database_url).get("Northwind", {})

    # second crawl: Northwind's list gains its press page; Southwind is new with the same news;
    # Eastwind answers now, with the news on its homepage
    farm.page("eastwind.test", "/", page("Eastwind", NEWS.replace("Northwind", "Eastwind")))
    second = write_csv(tmp_path / "two.csv", [
        ("Northwind", farm.url("northwind.test", "/"), [farm.url("northwind.test", "/press")]),
        ("Southwind", farm.url("southwind.test", "/"), [farm.url("southwind.test", "/press")]),
        ("Eastwind", farm.url("eastwind.test", "/"), []),
    ])
    result = crawl(f"source={second}", database_url=database_url)
    assert result.returncode == 0, result.log[-3000:]
    found = flags(database_url)
    northwind = found.get("Northwind", {})
    assert {"funding", "layoffs"} <= set(northwind), found
    assert "Series A" in northwind["funding"] and "let go of 30 people" in northwind["layoffs"]
    # a company's first crawl: funding and layoffs already on its pages are not news
    assert not {"funding", "layoffs"} & set(found.get("Southwind", {})), found
    assert not {"funding", "layoffs"} & set(found.get("Eastwind", {})), found
