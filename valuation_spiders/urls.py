"""URL cells from a spreadsheet in, clean crawlable URLs out. Pure: no Scrapy, no database.

A cell may hold one URL or many, separated by newlines, commas, semicolons or spaces. URLs without a
scheme get ``https://``. Junk is rejected with a reason that the sync counts and reports.
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
    """The URLs of one company, in the order given, without duplicates."""

    urls: list[str] = field(default_factory=list)
    rejected: list[InvalidURL] = field(default_factory=list)

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
    """
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
    return url


def parse_url_cells(cells: list[str] | tuple[str, ...]) -> ParsedCells:
    """All URLs of one company from its URL cells, normalised, first occurrence kept."""
    result = ParsedCells()
    seen: set[str] = set()
    for cell in cells:
        for token in split_cell(cell):
            try:
                url = normalise_url(token)
            except InvalidURL as exc:
                result.rejected.append(exc)
                continue
            if url not in seen:
                seen.add(url)
                result.urls.append(url)
    return result


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()
