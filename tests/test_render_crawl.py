"""End to end: the real ``scrapy crawl companies`` with a real Chromium against local pages whose
text only JavaScript writes. Without a browser these tests skip on a laptop and fail in CI."""

from __future__ import annotations

import csv
import json
import zlib
from collections import Counter

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import require
from tests.crawling import crawl
from valuation_spiders.rendering.browser import find_browser

PNG = b"\x89PNG\r\n\x1a\n"
NO_BROWSER_LINE = "Pages need a browser but none was found"


def js_page(title: str, heading: str, sentence: str) -> str:
    """An app shell: nothing to read until the script runs (it also asks for an image)."""
    return f"""<!doctype html><html><head><title>Loading…</title></head>
<body><div id="root"></div><img src="/hero.png" alt="">
<script>
document.title = {json.dumps(title)};
document.getElementById("root").innerHTML = {json.dumps(f"<main><h1>{heading}</h1><p>{sentence}</p></main>")};
</script></body></html>"""


def static_page(title: str) -> str:
    words = " ".join(["Static Co builds warehouse robots that move shelves for retailers."] * 6)
    return f"<!doctype html><html><head><title>{title}</title></head><body><main><h1>{title}</h1><p>{words}</p></main></body></html>"


HANG = "<!doctype html><html><head><title>Hang</title></head><body><div id=root></div><script>for(;;){}</script></body></html>"


@pytest.fixture(scope="module")
def chromium():
    found = find_browser()
    require(found is not None, "Chromium (apt-get install chromium) for the rendering tests")
    return found


def write_csv(path, rows):
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["Name", "Website", "URLs", "Render"])
        writer.writeheader()
        for row in rows:
            writer.writerow({"URLs": "", "Render": "", **row})
    return str(path)


def portfolio(farm, tmp_path):
    """Acme: a JavaScript app announcing its shutdown (homepage + blog). Static Co: plain pages.
    Gone Co: a shell that answers 404. Forced Co: a plain page of a company whose render box is ticked."""
    farm.page("acme.com", "/", js_page("Acme News", "We are shutting down", "Acme is winding down operations."))
    farm.page("acme.com", "/blog", js_page("Acme Blog", "Our last post", "Thank you for ten great years."))
    farm.page("static.com", "/", static_page("Static Co"))
    farm.page("static.com", "/about", static_page("About Static Co"))
    farm.page("gone.com", "/", '<html><body><div id="root"></div></body></html>', status=404)
    farm.page("forced.com", "/", static_page("Forced Co"))
    return write_csv(tmp_path / "companies.csv", [
        {"Name": "Acme", "Website": farm.url("acme.com", "/"), "URLs": farm.url("acme.com", "/blog")},
        {"Name": "Static Co", "Website": farm.url("static.com", "/"), "URLs": farm.url("static.com", "/about")},
        {"Name": "Gone Co", "Website": farm.url("gone.com", "/")},
        {"Name": "Forced Co", "Website": farm.url("forced.com", "/"), "Render": "yes"},
    ])


def run_crawl(farm, tmp_path, sqlite_url, source, *args, settings=None):
    feed = tmp_path / "out.jsonl"
    result = crawl(f"source={source}", *args, f"--overwrite-output={feed}", database_url=sqlite_url,
                   settings={"AIRTABLE_RENDER_FIELD": "Render", **(settings or {})})
    assert result.returncode == 0, result.log[-4000:]
    items = [json.loads(line) for line in feed.read_text().splitlines()]
    # exactly one item per URL, whatever the browser did
    counts = Counter(item["url"] for item in items)
    assert all(n == 1 for n in counts.values()), counts
    return result, {item["url"]: item for item in items}


def hits(farm, host, path):
    return sum(1 for h, p, _ in farm.requests if (h, p) == (host, path))


def stored(sqlite_url):
    """url -> (rendered, render_reason, title, text, screenshot) from the database."""
    engine = create_engine(sqlite_url)
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT s.url, s.rendered, s.render_reason, c.title, c.text, s.screenshot "
            "FROM website_snapshots s LEFT JOIN page_contents c ON c.content_hash = s.content_hash"
        )).all()
    engine.dispose()
    return {
        r.url: (bool(r.rendered), r.render_reason, r.title, zlib.decompress(r.text).decode() if r.text else "",
                r.screenshot)
        for r in rows
    }


def test_auto_renders_app_shells_and_only_them(chromium, site_farm, tmp_path, sqlite_url):
    source = portfolio(site_farm, tmp_path)
    result, items = run_crawl(site_farm, tmp_path, sqlite_url, source, "render=auto",
                              settings={"RENDER_SCREENSHOTS": "True"})
    url = site_farm.url
    assert len(items) == 6

    home = items[url("acme.com", "/")]
    assert home["rendered"] is True
    assert home["render_reason"] == "app shell: empty mount node #root"
    assert home["title"] == "Acme News"
    assert "shutdown" in {s["kind"] for s in home["signals"]}
    assert items[url("acme.com", "/blog")]["rendered"] is True

    # a page with text is fetched once, plainly
    for path in ("/", "/about"):
        item = items[url("static.com", path)]
        assert (item["rendered"], item["render_reason"]) == (False, None)
        assert hits(site_farm, "static.com", path) == 1
    # an error status is the observation: never rendered
    assert (items[url("gone.com", "/")]["rendered"], items[url("gone.com", "/")]["status"]) == (False, 404)
    # a ticked company goes to the browser directly: one fetch, by the browser
    forced = items[url("forced.com", "/")]
    assert (forced["rendered"], forced["render_reason"]) == (True, "company render checkbox")
    assert hits(site_farm, "forced.com", "/") == 1

    assert hits(site_farm, "acme.com", "/") == 2  # plain, then the browser
    assert hits(site_farm, "acme.com", "/hero.png") == 0  # images are never downloaded

    db = stored(sqlite_url)
    rendered, reason, title, page_text, screenshot = db[url("acme.com", "/")]
    assert (rendered, reason, title) == (True, "app shell: empty mount node #root", "Acme News")
    assert "We are shutting down" in page_text and "Acme is winding down operations." in page_text
    assert screenshot is not None and screenshot.startswith(PNG)  # homepages only
    assert db[url("acme.com", "/blog")][4] is None
    assert db[url("static.com", "/")][4] is None
    assert "playwright/page_count/closed': 3" in result.log  # every page closed


def test_always_sends_every_url_to_the_browser(chromium, site_farm, tmp_path, sqlite_url):
    source = portfolio(site_farm, tmp_path)
    _, items = run_crawl(site_farm, tmp_path, sqlite_url, source, "render=always")
    url = site_farm.url
    assert len(items) == 6
    assert all(item["rendered"] for item in items.values())
    assert {item["render_reason"] for item in items.values()} == {"render=always"}
    assert items[url("acme.com", "/")]["title"] == "Acme News"
    assert items[url("gone.com", "/")]["status"] == 404
    for host, path in [("acme.com", "/"), ("static.com", "/"), ("static.com", "/about")]:
        assert hits(site_farm, host, path) == 1  # no plain fetch first
    page_text = stored(sqlite_url)[url("acme.com", "/blog")][3]
    assert "Thank you for ten great years." in page_text


def test_never_does_not_see_what_javascript_writes(site_farm, tmp_path, sqlite_url):
    source = portfolio(site_farm, tmp_path)
    result, items = run_crawl(site_farm, tmp_path, sqlite_url, source, "render=never")
    home = items[site_farm.url("acme.com", "/")]
    assert (home["rendered"], home["render_reason"], home["title"]) == (False, None, "Loading…")
    assert not any(item["rendered"] for item in items.values())
    assert "shutdown" not in {s["kind"] for item in items.values() for s in item["signals"]}
    assert "We are shutting down" not in stored(sqlite_url)[site_farm.url("acme.com", "/")][3]
    assert hits(site_farm, "forced.com", "/") == 1  # never is never, ticked box or not
    assert "Launching browser" not in result.log and "Starting download handler" not in result.log


@pytest.mark.parametrize("mode", ["auto", "always"])
def test_without_a_browser_one_warning_and_unrendered_items(site_farm, tmp_path, sqlite_url, mode):
    source = portfolio(site_farm, tmp_path)
    result, items = run_crawl(site_farm, tmp_path, sqlite_url, source, f"render={mode}",
                              settings={"BROWSER_EXECUTABLE_PATH": str(tmp_path / "no-chromium")})
    warnings = [line for line in result.log.splitlines() if NO_BROWSER_LINE in line]
    assert len(warnings) == 1, warnings
    assert "BROWSER_EXECUTABLE_PATH=" in warnings[0] and "WARNING" in warnings[0]
    assert len(items) == 6 and not any(item["rendered"] for item in items.values())
    home = items[site_farm.url("acme.com", "/")]
    expected = "app shell: empty mount node #root" if mode == "auto" else "render=always"
    assert home["render_reason"] == f"needed: {expected}; no browser found"
    assert home["status"] == 200
    assert result.results_block()["URLs Scraped"] == "6 URLs"
    assert "Launching browser" not in result.log


@pytest.mark.parametrize("mode", ["auto", "always"])
def test_a_page_that_hangs_the_browser_keeps_its_plain_fetch(chromium, site_farm, tmp_path, sqlite_url, mode):
    site_farm.page("hang.com", "/", HANG)
    for n in range(2):
        site_farm.page(f"js{n}.com", "/", js_page(f"JS {n}", f"Hello {n}", "Written by a script."))
    source = write_csv(tmp_path / "c.csv", [
        {"Name": "Hang", "Website": site_farm.url("hang.com", "/")},
        *({"Name": f"JS {n}", "Website": site_farm.url(f"js{n}.com", "/")} for n in range(2)),
    ])
    # one page at a time: a page left open by the timeout would block every later one
    _, items = run_crawl(site_farm, tmp_path, sqlite_url, source, f"render={mode}",
                         settings={"RENDER_PAGE_TIMEOUT": "3", "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": "1"})
    hang = items[site_farm.url("hang.com", "/")]
    assert hang["rendered"] is False and hang["status"] == 200 and hang["error"] is None
    assert "browser failed: RenderTimeout: page not done after 3s" in hang["render_reason"]
    for n in range(2):
        item = items[site_farm.url(f"js{n}.com", "/")]
        assert (item["rendered"], item["title"]) == (True, f"JS {n}")


def test_browser_reaches_no_private_address(chromium, site_farm, tmp_path, sqlite_url):
    """ALLOW_PRIVATE_NETWORKS off: a rendered page's requests to private hosts (direct, by redirect,
    from a frame, a worker, a WebSocket) never leave the browser. Here 127.0.0.1 counts as public
    and internal.* as private (tests/render_handlers.py)."""
    port = site_farm.port
    site_farm.page("public.test", "/", f"""<!doctype html><html><head><title>Public</title></head>
<body><div id="root"></div><iframe src="http://internal.test:{port}/frame"></iframe>
<script src="http://internal.test:{port}/script.js"></script>
<script>
fetch("http://internal.test:{port}/fetch").catch(() => 0);
fetch("http://public.test:{port}/redirect").catch(() => 0);
fetch("http://public.test:{port}/data").then(r => r.text())
  .then(t => {{ document.getElementById("root").innerHTML = "<h1>" + t + "</h1>"; }});
try {{ new WebSocket("ws://internal.test:{port}/ws"); }} catch (e) {{}}
new Worker(URL.createObjectURL(new Blob(["fetch('http://internal.test:{port}/worker').catch(() => 0)"])));
</script></body></html>""")
    site_farm.page("public.test", "/data", "Fetched from the public host")
    site_farm.redirect("public.test", "/redirect", f"http://internal.test:{port}/redirected")
    for path in ("/frame", "/script.js", "/fetch", "/redirected", "/ws", "/worker"):
        site_farm.page("internal.test", path, "secret")
    site_farm.page("internal.test", "/", js_page("Intranet", "Internal", "Not for the crawl."))
    source = write_csv(tmp_path / "c.csv", [
        {"Name": "Public", "Website": site_farm.url("public.test", "/")},
        {"Name": "Intranet", "Website": site_farm.url("internal.test", "/")},
    ])
    handler = "tests.render_handlers.LoopbackIsPublicHandler"
    result, items = run_crawl(site_farm, tmp_path, sqlite_url, source, "render=always", settings={
        "ALLOW_PRIVATE_NETWORKS": "False",
        "DOWNLOAD_HANDLERS": json.dumps({"http": handler, "https": handler}),
    })
    item = items[site_farm.url("public.test", "/")]
    assert item["rendered"] is True and item["title"] == "Public"
    assert "Fetched from the public host" in stored(sqlite_url)[item["url"]][3]
    # a company URL on a private host: refused by the browser, then by the plain fetch's guard
    intranet = items[site_farm.url("internal.test", "/")]
    assert intranet["rendered"] is False and intranet["status"] is None and intranet["error"]
    assert [p for h, p, _ in site_farm.requests if h == "internal.test"] == []
    assert hits(site_farm, "public.test", "/redirect") == 1  # the redirect was answered, not followed
    assert "valuation/render/blocked_browser_requests" in result.log
