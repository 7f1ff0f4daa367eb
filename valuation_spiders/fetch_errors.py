"""Why a fetch failed, as a short reason users can count. Pure: matches exception class names so
Scrapy, Twisted and OpenSSL exceptions are all recognised without importing them."""

from __future__ import annotations

import re

_BY_CLASS = {
    "CannotResolveHostError": "dns",
    "DNSLookupError": "dns",
    "DownloadConnectionRefusedError": "refused",
    "ConnectionRefusedError": "refused",
    "DownloadTimeoutError": "timeout",
    "TimeoutError": "timeout",
    "TCPTimedOutError": "timeout",
    "UserTimeoutError": "timeout",
    "ResponseDataLossError": "data_loss",
    "ConnectionLost": "connection_lost",
    "ConnectionDone": "connection_lost",
    "ConnectionResetError": "reset",
    "UnsupportedURLSchemeError": "unsupported_scheme",
    "HttpError": "http_error",
}


# aiohttp names the connection's TLS context in every connection error ("Cannot connect to host
# a.com:80 ssl:<ssl.SSLContext object at 0x…> [Connect call failed …]"): not a TLS failure.
_SSL_CONTEXT = re.compile(r" ssl:(?:<[^>]*>|default|True|False|None)")


def _text(exc: BaseException) -> str:
    return _SSL_CONTEXT.sub("", str(exc))


def _chain(exc: BaseException):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        for inner in getattr(exc, "reasons", None) or []:  # twisted ResponseFailed wraps Failures
            value = getattr(inner, "value", inner)
            if isinstance(value, BaseException):
                yield from _chain(value)
        exc = exc.__cause__ or exc.__context__


def classify_failure(exc: BaseException) -> str:
    """``dns``, ``refused``, ``timeout``, ``tls``, ``too_large``, ``reset``, ``blocked: …``,
    ``robots: disallowed``, ``too_many_redirects`` …, or ``error: <ClassName>`` when nothing better is known."""
    chain = list(_chain(exc))
    for item in chain:  # the SSRF guard's refusal, however deep Scrapy wrapped it (DNS errors)
        text = _text(item)
        if "blocked: " in text:
            return text[text.index("blocked: ") :].rstrip(".")[:200]
    for item in chain:
        text = _text(item)
        names = [cls.__name__ for cls in type(item).__mro__]
        if "IgnoreRequest" in names or "BlockedRequest" in names:
            if text.startswith("blocked"):
                return text[:200]
            if "Forbidden by robots.txt" in text:  # not "robots" anywhere: URLs are in these texts
                return "robots: disallowed"
            if "max redirections reached" in text:  # a redirect loop, or a chain past REDIRECT_MAX_TIMES
                return "too_many_redirects"
            if "DOWNLOAD_MAXSIZE" in text:  # a compressed body (gzip bomb) that inflates past the limit
                return "too_large"
            return f"ignored: {text[:150]}" if text else "ignored"
        if "SSL" in text or "certificate" in text.lower() or any("SSL" in n for n in names):
            return "tls"
        if "DownloadCancelledError" in names or "CancelledError" in names:
            if "max size" in text or "maxsize" in text or "larger than download" in text:
                return "too_large"
        if "warnsize" in text or "download max size" in text:
            return "too_large"
        if "ConnectError" in names and "reset by peer" in text:  # ECONNRESET while connecting
            return "reset"
        for name in names:
            if name in _BY_CLASS:
                return _BY_CLASS[name]
    top = type(exc).__name__
    if top in ("DownloadCancelledError", "CancelledError"):
        return "cancelled"
    if top in ("DownloadFailedError", "ResponseFailed", "ResponseNeverReceived"):
        return "connection_lost"
    return f"error: {top}"


# Failures of the connection itself: nothing of a response came back, and another scheme (another
# port, no TLS) may well answer. Not a timeout (a slow site would make the crawl wait twice), not
# DNS or the SSRF guard (the other scheme resolves the same way), not a response that broke off.
_CONNECTION_REASONS = frozenset({"refused", "tls", "reset"})


def failed_to_connect(exc: BaseException, reason: str | None = None) -> bool:
    """Whether a fetch failed at the connection or TLS level: refused, reset, a TLS error, or the
    connection closed before any response (a server that drops the TLS handshake). ``reason``:
    ``classify_failure(exc)`` when the caller has it already."""
    reason = reason or classify_failure(exc)
    if reason in _CONNECTION_REASONS:
        return True
    if reason == "connection_lost":
        return any(
            "ResponseNeverReceived" in (cls.__name__ for cls in type(item).__mro__) for item in _chain(exc)
        )
    return False
