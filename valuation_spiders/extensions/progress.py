"""Progress while a crawl runs: a live tqdm bar on a terminal, the same line logged every
``PROGRESS_INTERVAL`` seconds elsewhere (Scrapyd), so a stalled crawl still shows a line.

tqdm keeps the counts, the rate, the ETA and the terminal redraw; this module only feeds it one
update per URL and the companies done, and, off a terminal, logs ``str(bar)`` on a timer (tqdm
itself only redraws when an update arrives, and writes to a stream, not to the log).
"""

from __future__ import annotations

import io
import logging
import sys

from scrapy import signals
from scrapy.exceptions import NotConfigured
from tqdm import tqdm
from twisted.internet import task

from valuation_spiders.spiders.companies import companies_selected

logger = logging.getLogger(__name__)


class _Bar(tqdm):
    monitor_interval = 0  # no monitor thread: updates come from the reactor, never in bursts


class Progress:
    def __init__(self, crawler, mode: str, interval: float):
        self.crawler = crawler
        self.mode = mode
        self.interval = interval
        self.bar: tqdm | None = None
        self.remaining: dict[int, int] = {}
        self.companies_done = 0
        self.loop: task.LoopingCall | None = None
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
        interval = crawler.settings.getfloat("PROGRESS_INTERVAL", 0.5 if mode == "bar" else 60.0)
        return cls(crawler, mode, interval)

    def _companies(self) -> str:
        return f"{self.companies_done}/{len(self.remaining)} companies"

    def selected(self, spider) -> None:
        self.remaining = {c.company_pk: len(c.targets) for c in spider.companies}
        bar = self.mode == "bar"
        self.bar = _Bar(
            total=spider.url_total,
            unit="URL",
            file=sys.stderr if bar else io.StringIO(),
            mininterval=self.interval if bar else float("inf"),
            dynamic_ncols=bar,
            ascii=not bar,
            smoothing=0.3 if bar else 0,  # a log line every minute: the average rate reads better
            postfix=self._companies(),
        )
        if not bar:
            self.loop = task.LoopingCall(self.log_line)
            self.loop.start(self.interval, now=False)

    def item_done(self, item, *args, **kwargs) -> None:
        company_pk = getattr(item, "company_pk", None)
        if self.bar is None or company_pk not in self.remaining:
            return
        self.remaining[company_pk] -= 1
        if self.remaining[company_pk] == 0:
            self.companies_done += 1
            self.bar.set_postfix_str(self._companies(), refresh=False)
        self.bar.update(1)

    def log_line(self) -> None:
        logger.info("Progress: %s", str(self.bar).strip())

    def spider_closed(self, spider, reason) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        if self.bar is not None:
            self.bar.close()
