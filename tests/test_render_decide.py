"""When a URL goes to the browser (pure), and which browser is launched with which flags."""

from __future__ import annotations

import json
import os
import stat

import pytest

from valuation_spiders.rendering import browser
from valuation_spiders.rendering.browser import (
    chromium_args,
    find_browser,
    host_resolver_rules,
    no_browser_hint,
)
from valuation_spiders.rendering.decide import is_html, render_after_fetch, render_before_fetch

HTML = "text/html; charset=utf-8"

SHELL = (
    b"<!doctype html><html><head><title>Acme</title><script src='/static/js/main.js'></script></head>"
    b"<body><noscript>You need to enable JavaScript to run this app.</noscript><div id='root'></div></body></html>"
)
STATIC = (
    b"<!doctype html><html><head><title>Acme</title></head><body><main><h1>Acme Robotics</h1>"
    + b"<p>"
    + b" ".join(b"Acme builds warehouse robots that move shelves for retailers." for _ in range(8))
    + b"</p></main></body></html>"
)
NOSCRIPT_SHELL = (
    b"<html><head><title>App</title><script src=/a.js></script><script src=/b.js></script>"
    b"<script src=/c.js></script></head><body><noscript>This site requires JavaScript.</noscript></body></html>"
)


def after(html: bytes, *, mode="auto", forced=None, status=200, content_type=HTML):
    return render_after_fetch(mode, forced, status, content_type, html)


# --- before the fetch ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("mode", "forced", "expected"),
    [
        ("always", None, (True, "render=always")),
        ("always", False, (True, "render=always")),
        ("auto", True, (True, "company render checkbox")),
        ("auto", False, (False, "")),  # Airtable sends False for every unticked box
        ("auto", None, (False, "")),
        ("never", True, (False, "render=never")),  # never is the crawl-wide off switch
    ],
)
def test_render_before_fetch(mode, forced, expected):
    assert render_before_fetch(mode, forced) == expected


# --- after the plain fetch ----------------------------------------------------------------------
def test_app_shell_is_rendered_with_its_reason():
    render, reason = after(SHELL)
    assert render is True
    assert reason.startswith("app shell: ")
    assert "empty mount node #root" in reason
    assert len(reason) <= 200


def test_shell_without_mount_node_but_noscript_and_scripts_is_rendered():
    render, reason = after(NOSCRIPT_SHELL)
    assert render is True
    assert "<noscript> asks for JavaScript" in reason


def test_page_with_text_is_not_rendered():
    assert after(STATIC) == (False, "has text")


@pytest.mark.parametrize("status", [404, 410, 500, 503, 204, 301, None])
def test_only_successful_responses_can_be_shells(status):
    render, reason = after(SHELL, status=status)
    assert render is False
    assert reason == f"HTTP {status}"


@pytest.mark.parametrize("content_type", ["application/pdf", "application/json", "image/png", "text/plain"])
def test_non_html_is_not_rendered(content_type):
    render, reason = after(SHELL, content_type=content_type)
    assert render is False and reason.startswith("not HTML")


def test_html_without_content_type_is_sniffed():
    assert after(SHELL, content_type=None)[0] is True
    assert after(b"%PDF-1.7 ...", content_type=None)[0] is False


def test_empty_body_is_not_rendered():
    assert after(b"  \n", content_type=HTML) == (False, "empty body")


@pytest.mark.parametrize(("mode", "forced"), [("never", None), ("always", None), ("auto", True)])
def test_only_auto_decides_after_the_fetch(mode, forced):
    # always and a ticked company went to the browser first; never never renders
    assert after(SHELL, mode=mode, forced=forced)[0] is False


def test_is_html():
    assert is_html("text/html", b"")
    assert is_html("application/xhtml+xml; charset=utf-8", b"")
    assert not is_html("text/plain", b"<html>")
    assert is_html(None, b"  <!DOCTYPE html><html>")
    assert not is_html(None, b"{\"a\": 1}")


# --- browser discovery --------------------------------------------------------------------------
def _fake_executable(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def test_explicit_path_wins_and_a_wrong_one_finds_nothing(tmp_path):
    exe = _fake_executable(tmp_path / "my-chrome")
    assert find_browser(str(exe), system=()) == browser.BrowserExecutable(str(exe), "BROWSER_EXECUTABLE_PATH")
    # a wrong explicit path is a configuration error: no silent fallback to another browser
    assert find_browser(str(tmp_path / "missing"), system=(str(exe),)) is None
    not_executable = tmp_path / "plain-file"
    not_executable.write_text("")
    assert find_browser(str(not_executable), system=(str(exe),)) is None


def test_playwright_download_is_found_before_the_system_chromium(tmp_path):
    revisions = browser._playwright_revisions()
    assert "chromium" in revisions, "playwright's browsers.json was not read"
    registry = tmp_path / "ms-playwright"
    downloaded = _fake_executable(registry / f"chromium-{revisions['chromium']}" / "chrome-linux64" / "chrome")
    system = _fake_executable(tmp_path / "usr-lib-chromium")
    env = {"PLAYWRIGHT_BROWSERS_PATH": str(registry)}
    found = find_browser(env=env, system=(str(system),))
    assert found == browser.BrowserExecutable(str(downloaded), "playwright")
    # a download for another Playwright version is not launched
    downloaded.unlink()
    _fake_executable(registry / "chromium-1" / "chrome-linux64" / "chrome")
    assert find_browser(env=env, system=(str(system),)) == browser.BrowserExecutable(str(system), "system")


def test_no_browser_at_all(tmp_path):
    env = {"PLAYWRIGHT_BROWSERS_PATH": str(tmp_path / "none")}
    assert find_browser(env=env, system=(str(tmp_path / "nope"), "no-such-browser-on-path")) is None


def test_no_browser_hint_names_the_setting():
    assert "BROWSER_EXECUTABLE_PATH='/opt/x'" in no_browser_hint("/opt/x")
    assert "apt-get install chromium" in no_browser_hint(None)


# --- launch flags ---------------------------------------------------------------------------------
def test_resolve_overrides_become_host_resolver_rules_with_the_catch_all_last():
    rules = host_resolver_rules({"*": "127.0.0.1", "acme.example": "10.1.2.3", "v6.example": "::1"})
    assert rules == "MAP acme.example 10.1.2.3, MAP v6.example [::1], MAP * 127.0.0.1"
    assert host_resolver_rules({}) is None
    assert host_resolver_rules({"bad host": "1.2.3.4", "ok.example": ""}) is None


def test_chromium_args():
    args = chromium_args({"*": "127.0.0.1"}, as_root=True, extra=["--disable-gpu", "--lang=en"])
    for flag in ("--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic", "--no-sandbox", "--lang=en"):
        assert flag in args
    assert args.count("--disable-gpu") == 1
    assert "--host-resolver-rules=MAP * 127.0.0.1" in args
    assert "--no-sandbox" not in chromium_args({}, as_root=False)
    assert not any(a.startswith("--host-resolver-rules") for a in chromium_args({}, as_root=False))


def test_the_manifest_read_matches_the_installed_playwright():
    import playwright

    manifest = os.path.join(os.path.dirname(playwright.__file__), "driver", "package", "browsers.json")
    with open(manifest, encoding="utf-8") as fh:
        names = {b["name"] for b in json.load(fh)["browsers"]}
    assert {"chromium", "chromium-headless-shell"} <= names
