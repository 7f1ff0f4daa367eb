"""``scrapy crawl``, with spider arguments checked before anything starts and a non-zero exit
code when the crawl could not do its job (bad token, unreachable database)."""

from __future__ import annotations

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from valuation_spiders.extensions.runs import FAILED_REASONS
from valuation_spiders.selection import ArgumentError, parse_limit, parse_render, parse_shard

# Scrapyd passes these to every job it runs (the job id; the egg version when one is scheduled)
SCRAPYD_ARGUMENTS = {"_job", "_version"}


class Command(ScrapyCrawlCommand):
    def run(self, args, opts) -> None:
        if args and args[0] == "companies":
            spargs = opts.spargs
            try:
                parse_limit(spargs.get("limit"))
                parse_shard(spargs.get("shard"))
                parse_render(spargs.get("render"))
            except ArgumentError as exc:
                raise UsageError(str(exc), print_help=False) from None
            known = {"limit", "company", "shard", "render", "source", "round"} | SCRAPYD_ARGUMENTS
            unknown = set(spargs) - known
            if unknown:
                raise UsageError(
                    f"unknown argument(s) {', '.join(sorted(unknown))}: the companies spider takes "
                    "limit, company, shard, render, source, round",
                    print_help=False,
                )
        if len(args) != 1:
            return super().run(args, opts)
        assert self.crawler_process
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
        stats = crawler.stats.get_stats() if crawler.stats else {}
        if stats.get("finish_reason") in FAILED_REASONS:
            self.exitcode = 1
