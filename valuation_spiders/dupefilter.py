"""Duplicate filter keyed on the company URL, not on where a redirect lands.

Scrapy's default filter drops a redirect whose target was already requested, so when several URLs of
a company redirect to one page only the first would end as an item. Here each company URL is seen
once per run (which also makes a resumed ``JOBDIR`` crawl skip what it already scheduled), and the
redirects of an accepted URL are never filtered.
"""

from __future__ import annotations

from scrapy import Request
from scrapy.dupefilters import RFPDupeFilter


class CompanyURLDupeFilter(RFPDupeFilter):
    def request_seen(self, request: Request) -> bool:
        url_id = request.meta.get("company_url_id")
        if url_id is None:
            return super().request_seen(request)
        if request.meta.get("redirect_times"):
            return False
        fp = f"company-url:{request.meta.get('run_id')}:{url_id}".encode()
        if fp in self._fingerprints:
            return True
        self._fingerprints.add(fp)
        if self.file:
            self.file.write(len(fp).to_bytes(2, "big") + fp)
        return False
