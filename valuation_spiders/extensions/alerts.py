"""After a run, one message to the ``VALUATION_ALERT_URLS`` targets (off when it is unset).

The message lists the companies newly flagged in the run and the failed crawl-health checks; no
message when there are neither (the log says so). A target that fails is one WARNING line and
never fails the crawl. A shard run alerts for its own companies (``scrapy alert --round`` sends a
round's as one message). An interrupted run sends nothing: its resumed run, or
``scrapy alert --run N``, does.
"""

from __future__ import annotations

import logging

from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import run_in_thread

from valuation_spiders.alerts.message import Alert
from valuation_spiders.alerts.runs import alert_for_runs
from valuation_spiders.alerts.targets import ENV, AlertTargets, alert_urls_from_env
from valuation_spiders.extensions.runs import run_finished
from valuation_spiders.storage.database import CrawlDatabase
from valuation_spiders.storage.models import ProcessingRun

logger = logging.getLogger(__name__)


def build_alert(sessions, run_id: int, max_companies: int) -> Alert | None:
    with sessions() as session:
        run = session.get(ProcessingRun, run_id)
        return alert_for_runs(session, [run], max_companies) if run is not None else None


class AlertSender:
    def __init__(self, crawler, targets: AlertTargets):
        self.crawler = crawler
        self.targets = targets
        self.timeout = crawler.settings.getfloat("ALERT_TIMEOUT", 60.0)
        self.max_companies = crawler.settings.getint("ALERT_MAX_COMPANIES", 50)
        crawler.signals.connect(self.run_finished, signal=run_finished)

    @classmethod
    def from_crawler(cls, crawler):
        urls = alert_urls_from_env()
        if not urls:
            raise NotConfigured
        targets = AlertTargets(urls)
        for problem in targets.invalid:
            logger.warning("%s: %s", ENV, problem)
        if not len(targets):
            raise NotConfigured
        return cls(crawler, targets)

    async def run_finished(self, spider, run_id: int, status: str, **kwargs) -> None:
        stats = self.crawler.stats
        if status == "interrupted":
            logger.info("Run %d was interrupted: no alert (send it by hand: scrapy alert --run %d)", run_id, run_id)
            return
        try:
            db = CrawlDatabase.for_crawler(self.crawler)
            alert = await run_in_thread(build_alert, db.sessions, run_id, self.max_companies)
        except Exception as exc:  # an alert must never fail the crawl
            logger.warning("Alert for run %d not sent: %s", run_id, str(exc).splitlines()[0])
            return
        if alert is None:
            logger.info("No alert for run %d: no company newly flagged and every health check passed", run_id)
            return
        try:
            outcome = await run_in_thread(self.targets.send, alert, self.timeout)
        except Exception as exc:
            logger.warning("Alert for run %d not sent: %s", run_id, str(exc).splitlines()[0])
            return
        for failure in outcome.failures:
            logger.warning(failure)
        if outcome.sent:
            logger.info("Alert for run %d sent to %s: %s", run_id, ", ".join(outcome.sent), alert.title)
        stats.set_value("valuation/alert/sent", len(outcome.sent))
        stats.set_value("valuation/alert/failed", len(outcome.failures))
