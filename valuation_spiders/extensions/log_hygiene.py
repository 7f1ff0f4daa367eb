"""Keep the crawl log readable and free of secrets.

- Secrets (the Airtable token, database passwords, the tokens and passwords in the alert targets
  of ``VALUATION_ALERT_URLS``) are masked in every record that reaches a log handler, tracebacks
  included.
- A dead site's robots.txt failure is one warning line, not an error with a traceback: the page's
  own failure is what the snapshot records.
"""

from __future__ import annotations

import logging
import os

from scrapy import signals
from sqlalchemy.engine import make_url

MASK = "***"


def secrets_from_env(environ=os.environ) -> list[str]:
    found = []
    key = environ.get("AIRTABLE_API_KEY", "").strip()
    if len(key) >= 6:
        found.append(key)
    url = environ.get("DATABASE_URL", "")
    if url:
        try:
            password = make_url(url).password
        except Exception:
            password = None
        if password and len(password) >= 3:
            found.append(str(password))
    if environ.get("VALUATION_ALERT_URLS", "").strip():
        from valuation_spiders.alerts.targets import alert_secrets  # loads Apprise: only when used

        found.extend(sorted(alert_secrets(environ), key=len, reverse=True))
    return found


class RedactSecrets(logging.Filter):
    def __init__(self, secrets: list[str]):
        super().__init__()
        self.secrets = secrets

    def _clean(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            formatter = logging.Formatter()
            message += "\n" + formatter.formatException(record.exc_info)
            record.exc_info = None
            record.exc_text = None
        cleaned = self._clean(message)
        record.msg, record.args = cleaned, None
        return True


class RobotsFailureOneLine(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.name == "scrapy.downloadermiddlewares.robotstxt" and record.levelno >= logging.ERROR:
            args = record.args if isinstance(record.args, dict) else {}
            exc = args.get("f_exception") or (record.exc_info[1] if record.exc_info else "")
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            record.msg = "robots.txt unavailable before %s: %s"
            record.args = (args.get("request", "a request"), str(exc).splitlines()[0] if str(exc) else "")
            record.exc_info = None
            record.exc_text = None
        return True


class DeadSiteRetriesAsWarnings(logging.Filter):
    """A dead site is an expected outcome that its snapshot records, not an error of the crawl."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name == "scrapy.downloadermiddlewares.retry" and record.levelno >= logging.ERROR:
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


class LogHygiene:
    def __init__(self):
        logging.getLogger("alembic").setLevel(logging.WARNING)
        self.filters = [RobotsFailureOneLine(), DeadSiteRetriesAsWarnings(), RedactSecrets(secrets_from_env())]
        self.install()

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls()
        # Scrapy replaces its root log handler right after building the extensions
        # (Crawler._update_root_log_handler): filter the new one too, before the spider logs.
        crawler.signals.connect(extension.install, signal=signals.spider_opened)
        return extension

    def install(self, *args, **kwargs) -> None:
        # Scrapy filters by LOG_LEVEL at its handler and leaves the loggers open: every page's
        # DEBUG lines ("Crawled (200)", "Scraped from") were built as records and thrown away.
        # Loggers at the handlers' lowest level skip them before any record is made.
        levels = [handler.level for handler in logging.root.handlers]
        if levels and all(levels) and logging.root.level < min(levels):
            logging.root.setLevel(min(levels))
        for handler in logging.root.handlers:
            for f in self.filters:
                if not any(type(existing) is type(f) for existing in handler.filters):
                    handler.addFilter(f)
