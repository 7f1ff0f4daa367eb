"""A farm of company websites on one loopback port, chosen by the Host header (demo and tests).

A real HTTP/1.1 server on asyncio streams (keep-alive, Content-Length, optional latency), so it
stays cheap enough not to be the bottleneck of a crawl with hundreds of concurrent requests. The
crawl reaches the names through ``RESOLVE_OVERRIDES={"*": "127.0.0.1"}``.

    farm = SiteFarm()
    farm.page("acme.com", "/", "<html>…</html>")
    farm.redirect("old.com", "/", "http://new.com:{port}/")
    with farm.running():
        farm.url("acme.com", "/")   # http://acme.com:PORT/
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    behaviour: str = "normal"  # normal | reset | hang | close
    # (status, body) per request number, e.g. fail twice then recover
    sequence: list[tuple[int, bytes]] | None = None
    hits: int = 0


REASONS = {200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified", 404: "Not Found",
           410: "Gone", 429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# Sockets bound to the closed ports handed out, kept open for the life of the process: a port only bound, never
# listened on, refuses connections, and no other process (a parallel test's server) can take it meanwhile.
_HELD_CLOSED: list[socket.socket] = []


def closed_port() -> int:
    """A port on which nothing listens (connection refused), held so that nothing else can listen on it later."""
    held = socket.socket()
    held.bind(("127.0.0.1", 0))
    _HELD_CLOSED.append(held)
    return held.getsockname()[1]


def server_name(hello: bytes) -> str:
    """The server name (SNI) a TLS ClientHello asks for, or "" when it names none."""
    try:
        pos = 5 + 4 + 2 + 32  # record header, handshake header, version, random
        pos += 1 + hello[pos]  # session id
        pos += 2 + int.from_bytes(hello[pos : pos + 2], "big")  # cipher suites
        pos += 1 + hello[pos]  # compression methods
        end = pos + 2 + int.from_bytes(hello[pos : pos + 2], "big")
        pos += 2
        while pos + 4 <= end:
            kind, size = int.from_bytes(hello[pos : pos + 2], "big"), int.from_bytes(hello[pos + 2 : pos + 4], "big")
            if kind == 0:  # server_name: list length, name type, name length, name
                length = int.from_bytes(hello[pos + 7 : pos + 9], "big")
                return hello[pos + 9 : pos + 9 + length].decode("ascii", "replace").lower()
            pos += 4 + size
    except IndexError:
        pass
    return ""


class SiteFarm:
    def __init__(self, port: int | None = None):
        self.port = port or free_port()
        self.routes: dict[tuple[str, str], Route] = {}
        self.fallback: Callable[[str, str], Route | None] | None = None
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        # TLS handshakes that reached this plain-HTTP port: the server name (SNI) each asked for
        self.tls_attempts: list[str] = []
        self.record = True
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.AbstractServer | None = None
        self._thread: threading.Thread | None = None

    # --- content ---------------------------------------------------------------------------------
    def url(self, host: str, path: str = "/") -> str:
        return f"http://{host}:{self.port}{path}"

    def page(self, host: str, path: str, html: str | bytes, status: int = 200, **kw) -> Route:
        body = html.encode("utf-8") if isinstance(html, str) else html
        headers = {"Content-Type": "text/html; charset=utf-8", **kw.pop("headers", {})}
        route = Route(status=status, body=body, headers=headers, **kw)
        self.routes[(host.lower(), path)] = route
        return route

    def redirect(self, host: str, path: str, location: str, status: int = 301) -> Route:
        route = Route(status=status, headers={"Location": location.replace("{port}", str(self.port))})
        self.routes[(host.lower(), path)] = route
        return route

    def remove_host(self, host: str) -> None:
        for key in [k for k in self.routes if k[0] == host.lower()]:
            del self.routes[key]

    def clear(self) -> None:
        self.routes.clear()
        self.requests.clear()
        self.tls_attempts.clear()

    # --- serving ---------------------------------------------------------------------------------
    def _route(self, host: str, path: str) -> Route | None:
        route = self.routes.get((host, path)) or self.routes.get((host, path.split("?")[0]))
        if route is None and self.fallback is not None:
            route = self.fallback(host, path)
        return route

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            try:
                pending = await reader.readexactly(1)
            except (asyncio.IncompleteReadError, ConnectionError):
                return
            if pending == b"\x16":  # a TLS handshake on this plain-HTTP port (an https:// URL)
                await self._refuse_tls(reader, writer)
                return
            while True:
                try:
                    head = pending + await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
                    return
                pending = b""
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = (lines[0].split(" ") + ["", ""])[:3]
                headers = {}
                for line in lines[1:]:
                    if ":" in line:
                        k, v = line.split(":", 1)
                        headers[k.strip().lower()] = v.strip()
                length = int(headers.get("content-length", "0") or 0)
                if length:
                    await reader.readexactly(length)
                host = headers.get("host", "").split(":")[0].lower()
                if self.record:
                    self.requests.append((host, target, headers))
                route = self._route(host, target)
                if route is None:
                    if target == "/robots.txt":
                        route = Route(status=404, body=b"", headers={"Content-Type": "text/plain"})
                    else:
                        route = Route(status=404, body=b"<html><body><h1>Not Found</h1></body></html>",
                                      headers={"Content-Type": "text/html"})
                route.hits += 1
                status, body = route.status, route.body
                etag = route.headers.get("ETag")
                if etag and headers.get("if-none-match") == etag and status == 200:
                    status, body = 304, b""  # conditional GET: unchanged
                if route.sequence:
                    status, body = route.sequence[min(route.hits, len(route.sequence)) - 1]
                if route.delay:
                    await asyncio.sleep(route.delay)
                if route.behaviour == "hang":
                    # no answer until the client gives up and closes (a client that closes
                    # gracefully leaves the connection half-open: wait for that, not an hour)
                    with contextlib.suppress(Exception):
                        await asyncio.wait_for(reader.read(), 3600)
                    return
                if route.behaviour == "close":
                    writer.close()
                    return
                out_headers = {"Content-Length": str(len(body)), **route.headers}
                if route.behaviour == "reset":
                    out_headers["Content-Length"] = str(len(body) * 2 + 10)
                head_out = f"HTTP/1.1 {status} {REASONS.get(status, 'Status')}\r\n" + "".join(
                    f"{k}: {v}\r\n" for k, v in out_headers.items()
                ) + "\r\n"
                writer.write(head_out.encode("latin-1") + (b"" if method == "HEAD" else body))
                await writer.drain()
                if route.behaviour == "reset":
                    sock = writer.get_extra_info("socket")
                    if sock is not None:
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                    writer.close()
                    return
                if headers.get("connection", "").lower() == "close":
                    break
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            with contextlib.suppress(Exception):
                writer.close()

    async def _refuse_tls(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Answer a TLS ClientHello as a plain-HTTP server does (nginx: 400 and close), so the
        client fails at the TLS level at once instead of waiting for a ServerHello."""
        try:
            hello = await asyncio.wait_for(reader.read(16384), 5)
        except (TimeoutError, ConnectionError):
            hello = b""
        if self.record:
            self.tls_attempts.append(server_name(b"\x16" + hello))
        body = b"<html><body><h1>400 Bad Request</h1></body></html>"
        writer.write(b"HTTP/1.1 400 Bad Request\r\nContent-Type: text/html\r\nConnection: close\r\n"
                     + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        with contextlib.suppress(ConnectionError):
            await writer.drain()

    async def serve(self) -> None:
        """Serve forever on the current loop (for a subprocess farm)."""
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", self.port, backlog=1024)
        async with self._server:
            await self._server.serve_forever()

    @contextlib.contextmanager
    def running(self) -> Iterator[SiteFarm]:
        ready = threading.Event()

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            asyncio.set_event_loop(self._loop)

            async def start():
                self._server = await asyncio.start_server(
                    self._handle, "127.0.0.1", self.port, backlog=1024
                )
                ready.set()

            self._loop.run_until_complete(start())
            self._loop.run_forever()
            self._server.close()
            self._loop.run_until_complete(self._server.wait_closed())
            self._loop.close()

        self._thread = threading.Thread(target=run, daemon=True, name="site-farm")
        self._thread.start()
        ready.wait(10)
        try:
            yield self
        finally:
            assert self._loop is not None
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
