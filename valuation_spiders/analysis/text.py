"""HTML -> the text a person reads on the page, one block per line.

Pure: no Scrapy, no database. Runs once per fetched page, so it leans on selectolax (lexbor, C)
for everything that touches the tree and keeps Python work per page roughly constant.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["PageText", "decode_html", "extract_text", "looks_like_app_shell"]


@dataclass(frozen=True)
class PageText:
    """What a person sees on a page.

    ``title`` is the document title, whitespace collapsed. ``text`` is the visible body text with
    one block (heading, paragraph, list item, table cell...) per line. ``hints`` is not visible
    text: the script/iframe sources and meta-refresh targets of the page, space separated, which
    the parked-domain detector reads (parking landers are often JavaScript with no text at all).
    """

    title: str
    text: str
    hints: str = ""


# Elements whose content a reader never sees as text, and navigation boilerplate that can be
# told apart from content by markup alone. The selector is built per page from the parts the
# page can match (tags it has, attributes it uses): lexbor tests every element against every
# selector of a list, so an unused selector still costs a walk.
_INVISIBLE_TAGS = frozenset(
    "script style noscript template svg math canvas iframe object embed audio video select datalist "
    "textarea input nav".split()
)
_INVISIBLE_ATTRIBUTES = (
    # (a word the raw HTML must contain, the selector)
    ("hidden", "[hidden]"),
    ("aria-hidden", "[aria-hidden='true']"),
    ("navigation", "[role='navigation']"),
    ("menubar", "[role='menubar']"),
    ("menu", "[role='menu']"),
    ("search", "[role='search']"),
    ("skip-link", "[class~='skip-link']"),
    ("screen-reader-text", "[class~='screen-reader-text']"),
    ("sr-only", "[class~='sr-only']"),
    ("visually-hidden", "[class~='visually-hidden']"),
    ("breadcrumb", "[class*='breadcrumb' i]"),
    ("display", "[style*='display:none' i], [style*='display: none' i]"),
    ("visibility", "[style*='visibility:hidden' i], [style*='visibility: hidden' i]"),
)


def _invisible_selector(lowered_html: str, tags: set[str]) -> str:
    parts = sorted(tags & _INVISIBLE_TAGS)
    parts += [selector for word, selector in _INVISIBLE_ATTRIBUTES if word in lowered_html]
    return ", ".join(parts)


# Lists in the site header/footer: menus when they are mostly links.
_MENU_LISTS = "header ul, header ol, footer ul, footer ol, [role='contentinfo'] ul"
_MENU_LINK_SHARE = 0.6
# Cookie / consent banners: matched by id/class, removed only when small (never a whole page).
_CONSENT_MAX_CHARS = 1500

# Inline elements: unwrapped so that a sentence split by <a>/<b>/<span> stays on one line.
_INLINE_TAGS = (
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "em", "font", "i",
    "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub",
    "sup", "time", "tt", "u", "var", "wbr", "del", "output", "meter", "progress", "nobr",
)
_INLINE_SET = frozenset(_INLINE_TAGS)
_OPEN_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9]*)")
_CONSENT_WORDS = ("cookie", "consent", "gdpr", "onetrust")

_BLOCK = "\ue000"  # never in text (a private-use character), never whitespace
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_MAX_HTML_CHARS = 5_000_000  # a 5 MB "page" is not a page; keep the cost bounded


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")


def decode_html(html: str | bytes, encoding: str | None = None) -> str:
    """Bytes -> str: the given encoding, else a BOM, else <meta charset>, else UTF-8; never raises."""
    if isinstance(html, str):
        return html
    if not isinstance(html, (bytes, bytearray, memoryview)):
        return ""
    data = bytes(html)
    for bom, name in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                      (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(name, "replace")
    candidates = []
    if encoding:
        candidates.append(encoding)
    match = _META_CHARSET.search(data[:2048])
    if match:
        candidates.append(match.group(1).decode("ascii", "ignore"))
    for name in candidates:
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            continue
        if codec in {"utf-16-le", "utf-16-be", "utf-16"} and b"\x00" not in data[:200]:
            continue  # a page that says utf-16 but is ASCII-compatible (a classic mistake)
        try:
            # a declared charset the body is not in (an old CMS writing cp1252 as "UTF-8") would
            # lose every accented letter, and with them the company's name: try the next one
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # mostly UTF-8 with a few broken bytes stays UTF-8; no UTF-8 sequence at all is cp1252
    return data.decode("utf-8" if _UTF8_SEQUENCE.search(data) else "cp1252", "replace")


def _collapse(value: str) -> str:
    return " ".join(value.split())


def _parse(html: str) -> LexborHTMLParser:
    if len(html) > _MAX_HTML_CHARS:
        html = html[:_MAX_HTML_CHARS]
    # NUL is not text and lexbor would keep it; comments would split one text run into two lines.
    html = _COMMENT.sub("", html.replace("\x00", "").replace(_BLOCK, ""))
    return LexborHTMLParser(html)


def _hints(tree: LexborHTMLParser) -> str:
    parts: list[str] = []
    for node in tree.css("script[src], iframe[src], frame[src], meta[http-equiv], meta[name='generator']"):
        attrs = node.attributes
        if node.tag == "meta":
            if node.tag == "meta" and (attrs.get("http-equiv") or "refresh").lower() != "refresh":
                continue
            value = attrs.get("content")
        else:
            value = attrs.get("src")
        if value:
            parts.append(value.strip()[:300])
    return " ".join(parts)[:4000]


_HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_html(content_type: str | None, body: bytes) -> bool:
    """An HTML document by its Content-Type, or by its first bytes when there is none."""
    if content_type:
        return content_type.split(";")[0].strip().lower() in _HTML_TYPES
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head or b"<script" in head


def extract_text(html: str | bytes, encoding: str | None = None) -> PageText:
    """Visible text of an HTML page: title, headings, body text; never raises."""
    try:
        return _extract(decode_html(html, encoding))
    except Exception:  # garbage in must not stop a crawl of 45,000 pages
        return PageText(title="", text="")


_INLINE_INVISIBLE = frozenset({"svg", "math", "input", "select", "textarea", "datalist", "span", "a", "i", "img"})


def _remove(node: LexborNode) -> None:
    """Take a node out, leaving a break where a block was ("Acme<nav/>Book a demo" is two lines)."""
    if node.parent is None:
        return  # inside something already removed
    node.replace_with(" " if node.tag in _INLINE_INVISIBLE else "\n")


_DRAWN = re.compile(r"<(?:script|img|picture|video|canvas|svg|object|embed|noscript|iframe)\b|modulepreload")


def _extract(html: str) -> PageText:
    if not html.strip():
        return PageText(title="", text="")
    tree = _parse(html)
    title_node = tree.css_first("title")
    title = _collapse(title_node.text()) if title_node is not None else ""
    hints = _hints(tree)
    body = tree.body
    if body is None:
        return PageText(title=title, text="", hints=hints)
    lowered = html.lower()
    tags = {tag.lower() for tag in set(_OPEN_TAG.findall(html))}
    selector = _invisible_selector(lowered, tags)
    if selector:
        for node in body.css(selector):
            _remove(node)
    if "header" in tags or "footer" in tags or "contentinfo" in lowered:
        for node in body.css(_MENU_LISTS):
            text_len = len(node.text(strip=True))
            link_len = sum(len(link.text(strip=True)) for link in node.css("a"))
            if text_len == 0 or link_len >= _MENU_LINK_SHARE * text_len:
                _remove(node)
    consent = [f"[id*='{word}' i], [class*='{word}' i], [aria-label*='{word}' i]"
               for word in _CONSENT_WORDS if word in lowered]
    if consent:
        for node in body.css(", ".join(consent)):
            if node.tag not in {"body", "main", "article"} and len(node.text()) <= _CONSENT_MAX_CHARS:
                _remove(node)
    inline = tags & _INLINE_SET
    if inline:
        for node in body.css(", ".join(sorted(inline))):
            node.unwrap()
    body.merge_text_nodes()
    # Text nodes are joined with a private-use separator: a line break inside a node is source
    # formatting (a wrapped paragraph), a separator is a block boundary.
    raw = " ".join(body.text(separator=_BLOCK, strip=True, skip_empty=True).split())
    lines = [line.strip() for line in raw.split(_BLOCK)]
    text = "\n".join(line for line in lines if line)
    if not text and _DRAWN.search(lowered):
        # no text, but something that shows or draws one (an inline script, an image, a video, a canvas, an SVG): the
        # page is not blank, whatever its text
        hints = f"{hints} content:drawn".strip()
    return PageText(title=title, text=text, hints=hints)


# --- JavaScript app shells -------------------------------------------------------------------

_MOUNT_SELECTORS = (
    "#root, #app, #__next, #__nuxt, #___gatsby, #svelte, #main-app, #application,"
    " [data-reactroot], app-root, [ng-app], [ng-version], #ember-application, [data-server-rendered]"
)
_JS_REQUIRED = re.compile(
    r"(enable|turn on|activate|requires?|need)\s.{0,40}javascript|javascript\s.{0,30}(required|disabled|enabled)",
    re.I | re.S,
)
_SCRIPT_BLOCK = re.compile(r"<script\b[^>]*>(.*?)</script\s*>", re.I | re.S)
_SHELL_MAX_WORDS = 60  # a page a person can read has more text than this


def looks_like_app_shell(html: str | bytes, page: PageText) -> tuple[bool, str]:
    """(True, reason) when the HTML is a JavaScript app shell a browser must render; else (False, "")."""
    try:
        words = len(page.text.split())
        if words > _SHELL_MAX_WORDS:
            return False, ""
        source = decode_html(html)
        if not source.strip():
            return False, ""
        tree = _parse(source)
        reasons: list[str] = []
        for node in tree.css(_MOUNT_SELECTORS):
            if len(node.text(strip=True)) < 40:
                label = f"#{node.id}" if node.id else f"<{node.tag}>"
                reasons.append(f"empty mount node {label}")
                break
        for node in tree.css("noscript"):
            if _JS_REQUIRED.search(node.text() or ""):
                reasons.append("<noscript> asks for JavaScript")
                break
        scripts = tree.css("script")
        script_chars = sum(len(m.group(1)) for m in _SCRIPT_BLOCK.finditer(source))
        external = sum(1 for node in scripts if node.attributes.get("src"))
        heavy = script_chars > 20 * max(len(page.text), 1) and script_chars > 2000
        if heavy or (external >= 3 and words < 15):
            reasons.append(f"script-heavy ({len(scripts)} scripts, {words} words of text)")
        if not reasons:
            return False, ""
        # A short page with a noscript tag or many scripts is still a page when it has a little
        # text and no mount node; require the mount node or two independent clues.
        if not reasons[0].startswith("empty mount node") and len(reasons) < 2 and words > 5:
            return False, ""
        return True, "; ".join(reasons)
    except Exception:
        return False, ""
