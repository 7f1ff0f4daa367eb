"""Where alerts go: the Apprise URLs of ``VALUATION_ALERT_URLS`` (Slack, Teams, mail, webhooks).

Apprise does the sending; this module only loads the targets, sends one message to all of them,
and turns each failing target into one log line that names the service and its host, never a
token or a password. Apprise's own logger is kept out of the crawl log: its lines carry target
URLs and request details, and a failing target would otherwise add several lines of its own.
"""

from __future__ import annotations

import logging
import os
import re
import warnings
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlsplit

# Failures are reported by send() as one line each; Apprise's own records (from its import on)
# stay with its results.
logging.getLogger("apprise").propagate = False

import apprise  # noqa: E402
from apprise.manager_plugins import NotificationManager  # noqa: E402
from apprise.utils.parse import parse_urls  # noqa: E402

from valuation_spiders.alerts.message import Alert  # noqa: E402

ENV = "VALUATION_ALERT_URLS"

with warnings.catch_warnings():
    # Apprise loads its plugins on first use; its PGP support imports imghdr, which Python 3.11
    # deprecates (Apprise shims it on 3.13+). Load them now, with that one warning silenced.
    warnings.filterwarnings("ignore", "'imghdr' is deprecated", DeprecationWarning)
    NotificationManager().load_modules()

_SECRET_QUERY_KEYS = re.compile(r"token|key|secret|pass|sig|auth|hook", re.I)
_TOKEN_SPLIT = re.compile(r"[/:@?&=#,;]+")


def alert_urls_from_env(environ=os.environ) -> list[str]:
    return parse_urls(environ.get(ENV, "") or "")


_LOAD = object()  # url_secrets: load the URL's Apprise plugin itself


def url_secrets(url: str, plugin: Any = _LOAD) -> set[str]:
    """The parts of one target URL that must never be logged: its password, the tokens Apprise
    itself hides in its privacy form of the URL, secret-looking query values, and long path
    segments (a generic webhook often carries its secret in the path). ``plugin``: the URL's
    Apprise plugin when the caller has loaded it (None: Apprise could not)."""
    found: set[str] = set()
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        return found
    if password:
        found |= {password, unquote(password)}
    for key, value in parse_qsl(parts.query):
        if _SECRET_QUERY_KEYS.search(key) and len(value) >= 4:
            found.add(value)
    found |= {segment for segment in parts.path.split("/") if len(segment) >= 16}
    if plugin is _LOAD:
        plugin = apprise.Apprise.instantiate(url)
    if plugin is not None:
        plain = set(_TOKEN_SPLIT.split(plugin.url(privacy=False)))
        private = set(_TOKEN_SPLIT.split(plugin.url(privacy=True)))
        found |= {token for token in plain - private if len(token) >= 6}
    return {form for secret in found for form in (secret, unquote(secret), quote(secret, safe=""))
            if len(form) >= 3}


def alert_secrets(environ=os.environ) -> set[str]:
    secrets: set[str] = set()
    for url in alert_urls_from_env(environ):
        secrets |= url_secrets(url)
    return secrets


def target_label(service_name: str, private_url: str) -> str:
    """"JSON at json://127.0.0.1:8080": the service and host, no path, no user, no password."""
    try:
        parts = urlsplit(private_url)
        host = parts.netloc.rpartition("@")[2]
    except ValueError:
        return service_name
    return f"{service_name} at {parts.scheme}://{host}"


@dataclass
class SendOutcome:
    sent: list[str] = field(default_factory=list)  # labels of the targets that took the message
    failures: list[str] = field(default_factory=list)  # one line per target that did not


class AlertTargets:
    """The loaded targets. Unusable URLs are kept out and listed in ``invalid`` (labels only)."""

    def __init__(self, urls: list[str]):
        self.apprise = apprise.Apprise()
        self.labels: list[str] = []
        self.invalid: list[str] = []
        secrets: set[str] = set()
        for position, url in enumerate(urls, 1):
            plugin = apprise.Apprise.instantiate(url)
            secrets |= url_secrets(url, plugin)
            if plugin is None:
                scheme = url.split("://", 1)[0] if "://" in url else "?"
                self.invalid.append(f"target {position} ({scheme}://…) is not a usable Apprise URL")
                continue
            self.apprise.add(plugin)
            self.labels.append(target_label(plugin.service_name, plugin.url(privacy=True)))
        self._secrets = sorted(secrets, key=len, reverse=True)  # longest first: no half-masked secret

    @classmethod
    def from_env(cls, environ=os.environ) -> AlertTargets:
        return cls(alert_urls_from_env(environ))

    def __len__(self) -> int:
        return len(self.labels)

    def _mask(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text

    def send(self, alert: Alert, timeout: float = 60.0) -> SendOutcome:
        """Send to every target (blocking: call it in a thread). Never raises for a target."""
        outcome = SendOutcome()
        result = self.apprise.notify(
            body=alert.body, title=alert.title, body_format=apprise.NotifyFormat.TEXT, timeout=timeout
        )
        for service in result.results:
            label = target_label(service.name, service.url)
            if service:
                outcome.sent.append(label)
                continue
            reasons = [e.message for e in service.logs() if e.level in ("WARNING", "ERROR", "CRITICAL")]
            reason = reasons[0] if reasons else service.status.name.lower()
            outcome.failures.append(self._mask(f"Alert to {label} failed: {reason}".splitlines()[0])[:300])
        if not result.results and len(self):
            outcome.failures.append(f"Alert not sent: {result.status.name.lower()}")
        return outcome
