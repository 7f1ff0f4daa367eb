"""Local stand-ins for alert targets: an HTTP endpoint for Apprise's ``json://`` webhook and an
SMTP server (aiosmtpd) for ``mailto://``. Both record what they received."""

from __future__ import annotations

import contextlib
import email
import email.policy
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from aiosmtpd.controller import Controller

from valuation_spiders.demo.sitefarm import free_port


class WebhookReceiver:
    def __init__(self) -> None:
        self.received: list[dict] = []  # {"path", "headers", "json"}
        self.port = 0

    def url(self, scheme: str = "json", path: str = "/hook", auth: str = "") -> str:
        return f"{scheme}://{auth}127.0.0.1:{self.port}{path}"

    @contextlib.contextmanager
    def running(self) -> Iterator[WebhookReceiver]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                receiver.received.append(
                    {"path": self.path, "headers": dict(self.headers), "json": json.loads(body or b"{}")}
                )
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = server.server_address[1]
        thread = threading.Thread(target=server.serve_forever, daemon=True, name="webhook")
        thread.start()
        try:
            yield self
        finally:
            server.shutdown()
            server.server_close()
            thread.join(10)


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        return "250 Message accepted for delivery"


class MailReceiver:
    def __init__(self) -> None:
        self.inbox = _Inbox()
        self.port = free_port()

    @property
    def messages(self) -> list[email.message.EmailMessage]:
        return self.inbox.messages

    def url(self, to: str = "finance@fund.example") -> str:
        return f"mailto://127.0.0.1:{self.port}?from=alerts@fund.example&to={to}"

    @contextlib.contextmanager
    def running(self) -> Iterator[MailReceiver]:
        controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        controller.start()
        try:
            yield self
        finally:
            controller.stop()
