"""robots.txt per scheme, host and port, as RFC 9309 scopes it; Scrapy's middleware keys it on host
and port only. A URL written without a scheme that falls back from https to http must obey the
http site's robots.txt, not the "no robots.txt" the failed https fetch left behind."""

from __future__ import annotations

import logging

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware as ScrapyRobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request
from scrapy.http.request import NO_CALLBACK
from scrapy.robotstxt import RobotParser
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

logger = logging.getLogger("scrapy.downloadermiddlewares.robotstxt")


class RobotsTxtMiddleware(ScrapyRobotsTxtMiddleware):
    async def robot_parser(self, request: Request) -> RobotParser | None:
        # Scrapy's robot_parser with the parser cache keyed on the origin (scheme://host:port)
        url = urlparse_cached(request)
        origin = f"{url.scheme}://{url.netloc}"
        if origin not in self._parsers:
            self._parsers[origin] = Deferred()
            robots_request = Request(
                f"{origin}/robots.txt",
                priority=self.DOWNLOAD_PRIORITY,
                meta={"dont_obey_robotstxt": True},
                callback=NO_CALLBACK,
            )
            try:
                response = await self.crawler.engine.download_async(robots_request)
                await self._parse_robots(response, origin, request)
            except Exception as exc:
                if not isinstance(exc, IgnoreRequest):
                    logger.error(
                        "Error downloading %(request)s: %(f_exception)s",
                        {"request": request, "f_exception": exc},
                        exc_info=True,
                        extra={"spider": self.crawler.spider},
                    )
                self._robots_error(exc, origin)
            self._stats.inc_value("robotstxt/request_count")
        parser = self._parsers[origin]
        if isinstance(parser, Deferred):
            return await maybe_deferred_to_future(parser)
        return parser
