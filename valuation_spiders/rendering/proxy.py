"""A forward proxy on 127.0.0.1 through which Chromium makes every connection when
``ALLOW_PRIVATE_NETWORKS`` is off.

The proxy, not Chromium, resolves each host (with ``RESOLVE_OVERRIDES``), checks the addresses with
:class:`~valuation_spiders.rendering.guard.BrowserRequestGuard` and connects to the very address it
checked. So a page cannot reach a private address by a redirect, a WebSocket, a worker or a DNS
answer that changes between a check and a connect. A refused connection is closed without an answer,
which the browser reports as a network error (a refused page is never mistaken for a response).

HTTPS and WebSockets arrive as ``CONNECT host:port`` and are tunnelled; plain HTTP arrives as
``GET http://host/path`` and is forwarded one request per connection (``Connection: close`` both
ways, so no request of another host can follow on a checked connection).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from urllib.parse import urlsplit

from valuation_spiders.rendering.guard import BrowserRequestGuard

logger = logging.getLogger(__name__)

__all__ = ["GuardProxy"]

_HEAD_LIMIT = 64 * 1024
_CHUNK = 64 * 1024
_HOP_BY_HOP = {
    "connection", "keep-alive", "proxy-connection", "proxy-authorization", "proxy-authenticate",
    "te", "trailer", "upgrade",
}


def _split_head(head: bytes) -> tuple[str, list[tuple[str, str]]]:
    lines = head.decode("latin-1").split("\r\n")
    headers = []
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers.append((name.strip(), value.strip()))
    return lines[0], headers


def _join_head(first: str, headers: list[tuple[str, str]]) -> bytes:
    return (first + "\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n").encode("latin-1")


def _host_port(authority: str, default: int) -> tuple[str, int]:
    parts = urlsplit(f"//{authority}")
    return (parts.hostname or ""), (parts.port or default)


class GuardProxy:
    def __init__(self, guard: BrowserRequestGuard, *, connect_timeout: float = 15.0, idle_timeout: float = 120.0):
        self.guard = guard
        self.connect_timeout = connect_timeout
        self.idle_timeout = idle_timeout
        self.port: int | None = None
        self.refused = 0
        self._server: asyncio.AbstractServer | None = None
        self._tasks: set[asyncio.Task] = set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> int:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, limit=_HEAD_LIMIT)
        self.port = self._server.sockets[0].getsockname()[1]
        return self.port

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            for task in list(self._tasks):
                task.cancel()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 5)
            self._server = None

    # --- one client connection ----------------------------------------------------------------
    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
        upstream: asyncio.StreamWriter | None = None
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), self.idle_timeout)
            first, headers = _split_head(head)
            method, target, version = (first.split(" ") + ["", ""])[:3]
            if method.upper() == "CONNECT":
                host, port = _host_port(target, 443)
                up_reader, upstream = await self._connect(host, port)
                if upstream is None:
                    return
                writer.write(b"HTTP/1.1 200 Connection Established\r\n\r\n")
                await writer.drain()
                await self._relay(reader, writer, up_reader, upstream)
                return
            parts = urlsplit(target)
            if parts.scheme.lower() != "http" or not parts.hostname:
                self.refused += 1
                return
            up_reader, upstream = await self._connect(parts.hostname, parts.port or 80)
            if upstream is None:
                return
            path = parts.path or "/"
            if parts.query:
                path += "?" + parts.query
            kept = [(k, v) for k, v in headers if k.lower() not in _HOP_BY_HOP]
            upstream.write(_join_head(f"{method} {path} {version}", [*kept, ("Connection", "close")]))
            await upstream.drain()
            await self._relay(reader, writer, up_reader, upstream, rewrite_response=True)
        except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, OSError, ValueError):
            pass  # the browser went away, or sent something that is not HTTP: nothing to answer
        except Exception:  # never let one connection take the proxy down
            logger.exception("Browser proxy connection failed")
        finally:
            for stream in (upstream, writer):
                if stream is not None:
                    with contextlib.suppress(Exception):
                        stream.close()
            if task is not None:
                self._tasks.discard(task)

    async def _connect(self, host: str, port: int):
        addresses, reason = await self.guard.lookup(host)
        if reason:
            self.refused += 1
            if reason.startswith("blocked:"):
                self.guard.note_blocked(reason)
                logger.debug("Browser connection to %s:%s refused: %s", host, port, reason)
            return None, None
        last: Exception | None = None
        for address in addresses:
            try:
                return await asyncio.wait_for(
                    asyncio.open_connection(address, port, limit=_CHUNK), self.connect_timeout
                )
            except (TimeoutError, OSError) as exc:
                last = exc
        logger.debug("Browser connection to %s:%s failed: %s", host, port, last)
        return None, None

    async def _relay(self, client_r, client_w, up_r, up_w, *, rewrite_response: bool = False) -> None:
        async def pump(src: asyncio.StreamReader, dst: asyncio.StreamWriter, first: bytes = b"") -> None:
            if first:
                dst.write(first)
                await dst.drain()
            while True:
                data = await asyncio.wait_for(src.read(_CHUNK), self.idle_timeout)
                if not data:
                    break
                dst.write(data)
                await dst.drain()

        async def downstream() -> None:
            first = b""
            if rewrite_response:  # tell the browser not to reuse this connection for another host
                head = await asyncio.wait_for(up_r.readuntil(b"\r\n\r\n"), self.idle_timeout)
                status, headers = _split_head(head)
                kept = [(k, v) for k, v in headers if k.lower() not in ("connection", "keep-alive", "proxy-connection")]
                first = _join_head(status, [*kept, ("Connection", "close"), ("Proxy-Connection", "close")])
            await pump(up_r, client_w, first)

        tasks = [asyncio.ensure_future(pump(client_r, up_w)), asyncio.ensure_future(downstream())]
        try:
            # either side closing ends the exchange (browsers do not half-close)
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in tasks:
                task.cancel()
            for task in tasks:
                with contextlib.suppress(BaseException):
                    await task
