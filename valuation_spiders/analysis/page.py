"""Everything the crawl computes from one fetched page, as one picklable call.

``analyse_page`` takes the fetched bytes and what was stored last time for the URL, and returns
the text, the comparison, the signals, the fingerprint and the compressed body and text ready to
store. It has no Scrapy or database imports, so the snapshot pipeline can run it in a worker
process (the crawl's reactor and the database writes keep the main process's GIL).
"""

from __future__ import annotations

import hashlib
import threading
import zlib
from collections import OrderedDict
from dataclasses import asdict, dataclass, field

from valuation_spiders.analysis.noise import text_fingerprint
from valuation_spiders.analysis.signals import PageObservation, detect_page_signals
from valuation_spiders.analysis.text import PageText, extract_text, is_html

MAX_DIFF_LINES = 200
# Below this, a page's few words may hide what only its markup shows (a JavaScript parking
# lander): parse it again even when its bytes did not change.
REUSE_TEXT_MIN_CHARS = 200
# zlib level of stored bodies and texts. Level 1 compresses a 20 KB page in a third of level 6's
# time for about 10-15 % more bytes, and only new bodies are stored (a re-crawl stores none).
COMPRESS_LEVEL = 1


# Parses made before the analysis (render=auto's app-shell check, in the same worker process),
# kept for the analysis of the same bytes so a page is parsed once without shipping the parse to
# the crawl process and back. Bounded: a page whose analysis never comes is forgotten.
_RECENT_PARSES: OrderedDict[tuple[str, str | None], PageText] = OrderedDict()
_RECENT_PARSES_MAX = 256
_recent_lock = threading.Lock()  # analysis runs in threads when ANALYSIS_PROCESSES=0


def remember_parse(body: bytes, encoding: str | None, parsed: PageText) -> None:
    key = (hashlib.sha256(body).hexdigest(), encoding)
    with _recent_lock:
        _RECENT_PARSES[key] = parsed
        _RECENT_PARSES.move_to_end(key)
        while len(_RECENT_PARSES) > _RECENT_PARSES_MAX:
            _RECENT_PARSES.popitem(last=False)


def _recall_parse(digest: str, encoding: str | None) -> PageText | None:
    with _recent_lock:
        return _RECENT_PARSES.pop((digest, encoding), None)


@dataclass(frozen=True)
class PageInput:
    company_name: str
    url: str
    is_homepage: bool
    status: int | None
    error: str | None
    final_url: str | None
    body: bytes | None  # None when the fetch failed
    encoding: str | None
    content_type: str | None
    not_modified: bool = False  # a 304: the page is the previous one
    previous_status: int | None = None
    previous_title: str | None = None
    previous_text: str | None = None
    previous_text_hash: str | None = None
    previous_content_hash: str | None = None
    has_previous: bool = False
    company_read_before: bool = False  # another run stored a page of this company
    read_year: int | None = None  # the year of the fetch (dates in the text are judged against it)


@dataclass
class PageResult:
    content_hash: str | None
    title: str
    text_length: int  # the text itself goes back compressed (text_z) only when it is new
    text_hash: str | None
    changed: bool | None
    magnitude: str | None
    similarity: float | None
    diff: dict | None
    signals: list[dict] = field(default_factory=list)
    # set when the body is new and must be stored: zlib-compressed body and visible text
    body_z: bytes | None = None
    text_z: bytes | None = None
    size: int = 0


def analyse_page(page: PageInput) -> PageResult:
    title, text, hints, digest = "", "", "", None
    store_body = False
    if page.not_modified:
        digest = page.previous_content_hash
        title, text = page.previous_title or "", page.previous_text or ""
    elif page.body is not None:
        digest = hashlib.sha256(page.body).hexdigest()
        store_body = digest != page.previous_content_hash
        if (
            not store_body
            and page.previous_text is not None
            and len(page.previous_text) >= REUSE_TEXT_MIN_CHARS
        ):
            # the same bytes as last time: parse each page once, not once per crawl
            title, text = page.previous_title or "", page.previous_text
        elif is_html(page.content_type, page.body):
            parsed = _recall_parse(digest, page.encoding) or extract_text(page.body, page.encoding)
            title, text, hints = parsed.title, parsed.text, parsed.hints
    fetched = page.body is not None or page.not_modified
    compared = fetched and page.has_previous
    if not fetched:
        text_hash = None
    elif page.previous_text == text and page.previous_text_hash:
        text_hash = page.previous_text_hash
    else:
        text_hash = text_fingerprint(text)
    previous_text = page.previous_text if page.has_previous else None
    if previous_text is not None and text_hash is not None and text_hash == page.previous_text_hash:
        # the same text once noise is masked: nothing to compare (the diff would find no change
        # after normalising the previous text as well)
        previous_text = text
    observation = PageObservation(
        company_name=page.company_name,
        url=page.url,
        is_homepage=page.is_homepage,
        status=page.status,
        error=page.error,
        final_url=page.final_url,
        title=title,
        text=text,
        previous_text=previous_text,
        previous_status=page.previous_status if page.has_previous else None,
        previous_title=page.previous_title if page.has_previous else None,
        html_hints=hints,
        company_read_before=page.company_read_before,
        read_year=page.read_year,
    )
    comparison, signals = detect_page_signals(observation)
    result = PageResult(
        content_hash=digest,
        title=title,
        text_length=len(text),
        text_hash=text_hash,
        changed=comparison.changed if compared else None,
        magnitude=comparison.magnitude if compared else None,
        similarity=round(comparison.similarity, 4) if compared else None,
        diff=(
            {"added": list(comparison.added[:MAX_DIFF_LINES]), "removed": list(comparison.removed[:MAX_DIFF_LINES])}
            if compared and comparison.changed
            else None
        ),
        signals=[{**asdict(s), "flagging": s.flagging} for s in signals],
    )
    if store_body and page.body is not None:
        result.body_z = zlib.compress(page.body, COMPRESS_LEVEL)
        result.text_z = zlib.compress(text.encode("utf-8", "surrogatepass"), COMPRESS_LEVEL)
        result.size = len(page.body)
    return result
