"""Whether a URL needs a browser, and why. Pure: no Scrapy, no network.

Two moments: before any fetch (``render=always``, or the company's checkbox, send the URL straight to
the browser) and after the plain fetch under ``render=auto`` (an app shell whose text only JavaScript
writes is fetched again through the browser). The reason ends up in ``website_snapshots.render_reason``.
"""

from __future__ import annotations

from valuation_spiders.analysis.page import remember_parse
from valuation_spiders.analysis.text import PageText, extract_text, is_html, looks_like_app_shell

__all__ = ["RENDER_MODES", "decide_after_fetch", "is_html", "render_after_fetch", "render_before_fetch"]

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
    page: PageText | None = None,
    encoding: str | None = None,
) -> tuple[bool, str]:
    """(True, reason) when the plain response is a JavaScript app shell worth a browser fetch.

    Only ``auto`` decides here (``always`` and a checked company never had a plain fetch). Only a
    successful HTML page can be a shell: an error status is itself the observation, and a PDF or an
    image has nothing a browser would add.
    """
    render, reason, _ = decide_after_fetch(mode, forced, status, content_type, html, page, encoding)
    return render, reason


def decide_after_fetch(
    mode: str,
    forced: bool | None,
    status: int | None,
    content_type: str | None,
    html: bytes,
    page: PageText | None = None,
    encoding: str | None = None,
) -> tuple[bool, str, PageText | None]:
    """``render_after_fetch`` plus the page it parsed to decide (None when it parsed nothing), so
    the pipeline does not parse the same bytes again."""
    if mode != "auto" or forced:
        return False, f"render={mode}" if mode != "auto" else "company render checkbox", None
    if status is None or not 200 <= status < 300 or status == 204:
        return False, f"HTTP {status}", None
    if not html.strip():
        return False, "empty body", None
    if not is_html(content_type, html):
        return False, f"not HTML ({content_type or 'no content type'})", None
    if page is None:
        page = extract_text(html, encoding)
    shell, why = looks_like_app_shell(html, page)
    if shell:
        return True, f"app shell: {why}", page
    return False, "has text", page



def check_after_fetch(
    mode: str,
    forced: bool | None,
    status: int | None,
    content_type: str | None,
    html: bytes,
    encoding: str | None = None,
) -> tuple[bool, str]:
    """``decide_after_fetch`` for the analysis worker: the parse it made stays in the worker for
    the page's analysis (``analyse_page`` finds it by the body's hash) instead of travelling to
    the crawl process and back."""
    render, reason, page = decide_after_fetch(mode, forced, status, content_type, html, None, encoding)
    if page is not None and not render:
        remember_parse(html, encoding, page)
    return render, reason
