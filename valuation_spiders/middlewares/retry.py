"""Scrapy's retries, plus two things a polite monitor needs.

- ``Retry-After`` on a 429 or 503 is honoured: the retry waits that long (Scrapy's own middleware
  retries at once, which a rate-limited site answers with another 429). A wait longer than
  ``RETRY_AFTER_MAX`` seconds is not worth holding the crawl for: the 429/503 becomes the snapshot.
  The wait holds one of the crawl's ``CONCURRENT_REQUESTS``, not the site's download slot.
- A URL the SSRF guard refused is not retried: it would resolve to the same address again.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares.retry import RetryMiddleware as ScrapyRetryMiddleware
from scrapy.utils.asyncio import sleep
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import response_status_message

from valuation_spiders.network.resolver import blocked_host_reason

RETRY_AFTER_STATUSES = {429, 503}


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or an HTTP date); None if absent
    or unreadable."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())




class RetryMiddleware(ScrapyRetryMiddleware):
    def __init__(self, settings):
        super().__init__(settings)
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX", 60.0)

    async def process_response(self, request, response):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        wait = None
        if response.status in RETRY_AFTER_STATUSES:
            wait = retry_after_seconds(response.headers.get(b"Retry-After"))
        if wait is not None and wait > self.retry_after_max:
            self.crawler.stats.inc_value("valuation/retry_after/too_long")
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        if wait:
            self.crawler.stats.inc_value("valuation/retry_after/waited")
            await sleep(wait)
        return retry

    def process_exception(self, request, exception):
        if blocked_host_reason(urlparse_cached(request).hostname):
            return None
        return super().process_exception(request, exception)
