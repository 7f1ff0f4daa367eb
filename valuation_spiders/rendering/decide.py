"""Whether a URL needs a browser, and why. Pure: no Scrapy, no network.

Two moments: before any fetch (``render=always``, or the company's checkbox, send the URL straight to
the browser) and after the plain fetch under ``render=auto`` (an app shell whose text only JavaScript
writes is fetched again through the browser). The reason ends up in ``website_snapshots.render_reason``.
"""

from __future__ import annotations

from valuation_spiders.analysis.page import remember_parse
from valuation_spiders.analysis.text import extract_text, is_html, looks_like_app_shell

__all__ = ["RENDER_MODES", "is_html", "render_after_fetch", "render_before_fetch"]

RENDER_MODES = ("auto", "never", "always")

def render_before_fetch(mode: str, forced: bool | None) -> tuple[bool, str]:
    """(True, reason) when the URL goes to the browser without a plain fetch first.

    ``forced`` is the company's checkbox; unchecked (False, which is what Airtable sends for an
    unticked box) and absent (None) both leave the decision to the mode.
    """
    if mode == "never":
        return False, "render=never"
    if mode == "always":
        return True, "render=always"
    if forced:
        return True, "company render checkbox"
    return False, ""


def render_after_fetch(
    mode: str,
    forced: bool | None,
    status: int | None,
    content_type: str | None,
    html: bytes,
    encoding: str | None = None,
) -> tuple[bool, str]:
    """(True, reason) when the plain response is a JavaScript app shell worth a browser fetch.

    Only ``auto`` decides here (``always`` and a checked company never had a plain fetch). Only a
    successful HTML page can be a shell: an error status is itself the observation, and a PDF or an
    image has nothing a browser would add.

    It runs in the analysis worker: the parse it makes of a page that keeps its plain fetch stays
    there for that page's analysis (``analyse_page`` finds it by the body's hash), so each page is
    parsed once and the parse never travels to the crawl process.
    """
    if mode != "auto" or forced:
        return False, f"render={mode}" if mode != "auto" else "company render checkbox"
    if status is None or not 200 <= status < 300 or status == 204:
        return False, f"HTTP {status}"
    if not html.strip():
        return False, "empty body"
    if not is_html(content_type, html):
        return False, f"not HTML ({content_type or 'no content type'})"
    page = extract_text(html, encoding)
    shell, why = looks_like_app_shell(html, page)
    if shell:
        return True, f"app shell: {why}"
    remember_parse(html, encoding, page)
    return False, "has text"
