"""URL cells from a spreadsheet in, clean crawlable URLs out. Pure: no Scrapy, no database.

A cell may hold one URL or many, separated by newlines, commas, semicolons or spaces. URLs without a
scheme are stored in their ``https://`` form and remembered as written without one: the crawl tries
them on https first and, when that fails at the connection or TLS level, once on http (see
:func:`fetch_plan`). Junk is rejected with a reason that the sync counts and reports.
"""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import SplitResult, quote, unquote, urlsplit, urlunsplit

MAX_URL_LENGTH = 2048

# Separators people type between URLs in one cell. A comma inside a URL's query is rare in a
# portfolio sheet and far less common than "a.com, b.com".
_SEPARATORS = re.compile(r"[\s,;|]+")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_HOST_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")


class InvalidURL(ValueError):
    """A cell token that is not a crawlable URL; ``reason`` is a short, countable code."""

    def __init__(self, reason: str, value: str):
        super().__init__(f"{reason}: {value[:80]!r}")
        self.reason = reason
        self.value = value


@dataclass
class ParsedCells:
    """The URLs of one company, in the order given, without duplicates. ``without_scheme``: those
    the cells wrote without a scheme (every time they wrote them)."""

    urls: list[str] = field(default_factory=list)
    rejected: list[InvalidURL] = field(default_factory=list)
    without_scheme: set[str] = field(default_factory=set)

    @property
    def rejected_reasons(self) -> Counter[str]:
        return Counter(r.reason for r in self.rejected)


def split_cell(cell: str) -> list[str]:
    """Split one spreadsheet cell into URL-looking tokens."""
    if not cell:
        return []
    return [t for t in _SEPARATORS.split(str(cell)) if t.strip("<>\"'()[]")]


def _idna_host(host: str) -> str:
    host = host.rstrip(".").lower()
    if not host:
        raise InvalidURL("no_host", host)
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        pass
    else:
        return f"[{ip.compressed}]" if ip.version == 6 else ip.compressed
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise InvalidURL("bad_host", host) from exc
    labels = ascii_host.split(".")
    if len(labels) < 2 or not all(_HOST_LABEL.match(label) for label in labels):
        raise InvalidURL("bad_host", host)
    if labels[-1].isdigit():
        raise InvalidURL("bad_host", host)
    return ascii_host


def normalise_url(raw: str) -> str:
    """Return the canonical form of one URL or raise :class:`InvalidURL`.

    Lower-case scheme and host, IDNA host, default port dropped, fragment dropped, empty path
    becomes ``/``, a trailing slash on a longer path is dropped, percent-encoding made uniform.
    A URL without a scheme gets ``https://``.
    """
    return read_url(raw)[0]


def read_url(raw: str) -> tuple[str, bool]:
    """``(canonical URL, scheme given)``: :func:`normalise_url`, and whether ``raw`` wrote its
    scheme (``acme.com/`` did not: it becomes ``https://acme.com/``, to be tried on http too)."""
    value = raw.strip().strip("<>\"'()[]").strip()
    if not value:
        raise InvalidURL("empty", raw)
    if len(value) > MAX_URL_LENGTH:
        raise InvalidURL("too_long", value)
    if any(ord(c) < 32 for c in value):
        raise InvalidURL("control_characters", value)
    match = _SCHEME.match(value)
    if match and not value[match.end() :].startswith("//") and "." in match.group(1):
        match = None  # "example.com:8080/path" has no scheme
    if match and match.group(1).isdigit():
        match = None
    scheme_given = match is not None
    if match:
        scheme = match.group(1).lower()
        if scheme not in _DEFAULT_PORTS:
            raise InvalidURL("unsupported_scheme", value)
    else:
        if value.startswith("//"):
            value = value[2:]
        if "." not in value.split("/")[0] and not value.split("/")[0].startswith("["):
            raise InvalidURL("not_a_url", value)
        value = "https://" + value
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError as exc:
        raise InvalidURL("bad_port", value) from exc
    if parts.username is not None or parts.password is not None:
        raise InvalidURL("credentials_in_url", value.split("@")[-1])
    host = _idna_host(parts.hostname or "")
    scheme = parts.scheme.lower()
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = quote(unquote(parts.path), safe="/%:@!$&'()*+,;=-._~") or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    query = quote(unquote(parts.query), safe="=&%:@!$'()*+,;/?-._~")
    url = urlunsplit(SplitResult(scheme, netloc, path, query, ""))
    if len(url) > MAX_URL_LENGTH:  # percent-encoding and IDNA can make a short cell long
        raise InvalidURL("too_long", value)
    return url, scheme_given


def parse_url_cells(cells: list[str] | tuple[str, ...]) -> ParsedCells:
    """All URLs of one company from its URL cells, normalised, first occurrence kept."""
    result = ParsedCells()
    seen: set[str] = set()
    with_scheme: set[str] = set()
    for cell in cells:
        for token in split_cell(cell):
            try:
                url, scheme_given = read_url(token)
            except InvalidURL as exc:
                result.rejected.append(exc)
                continue
            (with_scheme if scheme_given else result.without_scheme).add(url)
            if url not in seen:
                seen.add(url)
                result.urls.append(url)
    result.without_scheme -= with_scheme  # "https://acme.com" written anywhere: fetched as written
    return result


def with_scheme(url: str, scheme: str) -> str:
    """``url`` on another scheme, its port dropped when it is the new scheme's default."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if parts.port == _DEFAULT_PORTS[scheme]:
        netloc = netloc.rsplit(":", 1)[0]
    return urlunsplit(parts._replace(scheme=scheme, netloc=netloc))


def fetch_plan(url: str, scheme_given: bool, working_scheme: str | None = None) -> tuple[str, str | None]:
    """What to request for a stored company URL: ``(first URL, fallback URL or None)``.

    A URL written with its scheme is fetched as written, with no fallback. A URL written without
    one is requested on the scheme that worked last time (``working_scheme``), https when none is
    known, and once on the other scheme when that first attempt fails at the connection or TLS level
    (``fetch_errors.failed_to_connect``), as browsers' HTTPS-first mode does.
    """
    if scheme_given:
        return url, None
    first = working_scheme if working_scheme in _DEFAULT_PORTS else "https"
    other = "http" if first == "https" else "https"
    return with_scheme(url, first), with_scheme(url, other)


def scheme_of(url: str) -> str:
    return urlsplit(url).scheme.lower()


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()
