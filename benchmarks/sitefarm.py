"""A site farm for benchmarks: many hosts on one loopback port, realistic pages, latency.

Runs in its own process (and on its own core where the OS lets us) so the crawl being measured
does not share a core with it:

    python -m benchmarks.sitefarm --port 8900 --page-kb 20 --latency-ms 100 [--addresses 16]

Every ``http://<host>:<port>/<path>`` answers 200 with a deterministic HTML page of about
``--page-kb`` KB (±50 % unless ``--fixed-size``), after a latency drawn from a log-normal
distribution with the given median. ``ETag``/``Last-Modified`` are sent and honoured, as many
real sites do.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import math
import os
import random
import signal

WORDS = (
    "platform customers teams data cloud secure fast analytics workflow integration pricing "
    "enterprise startup product launch growth partners support developers api dashboard insight "
    "automation revenue scale global trusted modern simple powerful collaboration mobile"
).split()


def page_html(host: str, path: str, size: int) -> bytes:
    seed = int.from_bytes(hashlib.blake2b(f"{host}{path}".encode(), digest_size=8).digest(), "big")
    rng = random.Random(seed)
    name = host.split(".")[0].capitalize()
    parts = [
        "<!doctype html><html lang=en><head><meta charset=utf-8>",
        f"<title>{name} | {path.strip('/') or 'Home'}</title>",
        "<style>body{font-family:sans-serif}.nav a{margin:0 8px}</style>",
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>",
        "</head><body><nav class=nav><a href=/>Home</a><a href=/blog>Blog</a><a href=/careers>Careers</a>"
        "<a href=/pricing>Pricing</a></nav><main>",
        f"<h1>{name}: {' '.join(rng.choice(WORDS) for _ in range(5))}</h1>",
    ]
    length = sum(len(p) for p in parts)
    while length < size - 200:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 22))).capitalize() + "."
        block = f"<section><h2>{rng.choice(WORDS).capitalize()}</h2><p>{sentence} {sentence}</p></section>"
        parts.append(block)
        length += len(block)
    parts.append("</main><footer>&copy; 2026 " + name + "</footer></body></html>")
    return "".join(parts).encode()


class Farm:
    def __init__(self, page_kb: float, latency_ms: float, fixed_size: bool):
        self.page_bytes = int(page_kb * 1024)
        self.median = latency_ms / 1000
        self.fixed = fixed_size
        self.templates: dict[int, bytes] = {}
        self.served = 0

    def body(self, host: str, path: str) -> tuple[bytes, str]:
        size = self.page_bytes
        if not self.fixed:
            h = int.from_bytes(hashlib.blake2b(host.encode() + path.encode(), digest_size=4).digest(), "big")
            size = int(size * (0.5 + (h % 1000) / 1000))
        # pages of the same size share a template (at most 1,000 of them, all kept), so serving a
        # page costs the farm the same whether or not it served it before: a crawl measured first
        # and one measured second see the same farm
        template = self.templates.get(size)
        if template is None:
            template = self.templates[size] = page_html(f"site{size // 4096}.com", "/", size)
        body = template.replace(b"<main>", f"<main><p>{host} {path}</p>".encode(), 1)
        return body, '"' + hashlib.md5(body).hexdigest()[:16] + '"'

    def latency(self) -> float:
        if self.median <= 0:
            return 0.0
        return min(self.median * math.exp(random.gauss(0, 0.35)), self.median * 5)

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
                    return
                lines = head.split(b"\r\n")
                target = lines[0].split(b" ")[1].decode("latin-1")
                host, inm = "", None
                for line in lines[1:]:
                    lower = line.lower()
                    if lower.startswith(b"host:"):
                        host = line[5:].strip().decode("latin-1").split(":")[0].lower()
                    elif lower.startswith(b"if-none-match:"):
                        inm = line[14:].strip().decode("latin-1")
                await asyncio.sleep(self.latency())
                if target == "/robots.txt":
                    body, etag, status = b"User-agent: *\nAllow: /\n", '"r"', 200
                else:
                    body, etag = self.body(host, target)
                    status = 304 if inm == etag else 200
                self.served += 1
                if status == 304:
                    writer.write(f"HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\nContent-Length: 0\r\n\r\n".encode())
                else:
                    writer.write(
                        (
                            f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                            f"Content-Length: {len(body)}\r\nETag: {etag}\r\n"
                            "Last-Modified: Tue, 01 Sep 2026 10:00:00 GMT\r\n\r\n"
                        ).encode()
                        + body
                    )
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()


async def main(args: argparse.Namespace) -> None:
    farm = Farm(args.page_kb, args.latency_ms, args.fixed_size)
    # several loopback addresses: one client can then hold more connections than the ~28,000
    # ephemeral ports it has towards one address (real portfolio sites have many addresses)
    hosts = [f"127.0.0.{k}" for k in range(1, args.addresses + 1)]
    server = await asyncio.start_server(farm.handle, hosts, args.port, backlog=4096, reuse_address=True)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    print(f"ready {args.port}", flush=True)
    async with server:
        await stop.wait()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--page-kb", type=float, default=20)
    parser.add_argument("--latency-ms", type=float, default=100)
    parser.add_argument("--fixed-size", action="store_true")
    parser.add_argument("--addresses", type=int, default=1, help="listen on 127.0.0.1 .. 127.0.0.N")
    parser.add_argument("--cpu", type=int, default=None, help="pin to this CPU")
    arguments = parser.parse_args()
    if arguments.cpu is not None and hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {arguments.cpu})
        except OSError:
            pass
    try:
        import uvloop  # type: ignore[import-not-found]

        uvloop.install()
    except ImportError:
        pass
    asyncio.run(main(arguments))
