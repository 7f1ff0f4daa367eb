"""Progress while a crawl runs: a live bar on a terminal, a periodic log line elsewhere (Scrapyd)."""

from __future__ import annotations

import logging
import sys
import time
from dataclasses import dataclass

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from valuation_spiders.results import format_duration
from valuation_spiders.spiders.companies import companies_selected

logger = logging.getLogger(__name__)


@dataclass
class ProgressState:
    companies_total: int = 0
    companies_done: int = 0
    urls_total: int = 0
    urls_done: int = 0
    started: float = 0.0

    def rate(self, now: float) -> float:
        elapsed = now - self.started
        return self.urls_done / elapsed if elapsed > 0 else 0.0

    def eta(self, now: float) -> str:
        rate = self.rate(now)
        if not rate or not self.urls_total:
            return "?"
        return format_duration(max(self.urls_total - self.urls_done, 0) / rate)

    def line(self, now: float, width: int = 24) -> str:
        fraction = self.urls_done / self.urls_total if self.urls_total else 0.0
        filled = int(fraction * width)
        bar = "#" * filled + "-" * (width - filled)
        return (
            f"[{bar}] {self.companies_done}/{self.companies_total} companies, "
            f"{self.urls_done}/{self.urls_total} URLs, {self.rate(now):.1f} URLs/s, "
            f"ETA {self.eta(now)}"
        )


class Progress:
    def __init__(self, crawler, mode: str, interval: float):
        self.crawler = crawler
        self.mode = mode
        self.interval = interval
        self.state = ProgressState()
        self.remaining: dict[int, int] = {}
        self.loop: task.LoopingCall | None = None
        self.stream = sys.stderr
        crawler.signals.connect(self.selected, signal=companies_selected)
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(self.item_done, signal=signal)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        mode = crawler.settings.get("PROGRESS", "auto")
        if mode == "off":
            raise NotConfigured
        if mode == "auto":
            mode = "bar" if sys.stderr.isatty() else "log"
        interval = crawler.settings.getfloat(
            "PROGRESS_INTERVAL", 0.5 if mode == "bar" else 60.0
        )
        return cls(crawler, mode, interval)

    def selected(self, spider) -> None:
        self.remaining = {c.company_pk: len(c.targets) for c in spider.companies}
        self.state = ProgressState(
            companies_total=len(self.remaining),
            urls_total=spider.url_total,
            started=time.monotonic(),
        )
        self.loop = task.LoopingCall(self.show)
        self.loop.start(self.interval, now=False)

    def item_done(self, item, *args, **kwargs) -> None:
        company_pk = getattr(item, "company_pk", None)
        if company_pk not in self.remaining:
            return
        self.state.urls_done += 1
        self.remaining[company_pk] -= 1
        if self.remaining[company_pk] == 0:
            self.state.companies_done += 1

    def show(self) -> None:
        line = self.state.line(time.monotonic())
        if self.mode == "bar":
            self.stream.write("\r\x1b[2K" + line)
            self.stream.flush()
        else:
            logger.info("Progress: %s", line)

    def spider_closed(self, spider, reason) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
            if self.mode == "bar":
                self.stream.write("\r\x1b[2K" + self.state.line(time.monotonic()) + "\n")
                self.stream.flush()
