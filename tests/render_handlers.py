"""A download handler for tests of the browser's network guard against a local SiteFarm.

Every test site lives on 127.0.0.1, which the guard refuses when ``ALLOW_PRIVATE_NETWORKS`` is off.
Here 127.0.0.1 counts as public and any host named ``internal.*`` counts as private, so a crawl can
show which of a page's requests the browser makes and which the guard stops. Used with
``-s DOWNLOAD_HANDLERS={"http": "tests.render_handlers.LoopbackIsPublicHandler", ...}``.
"""

from __future__ import annotations

from valuation_spiders.network.addresses import blocked_reason
from valuation_spiders.rendering.handler import BrowserDownloadHandler


class LoopbackIsPublicHandler(BrowserDownloadHandler):
    def __init__(self, crawler):
        super().__init__(crawler)
        guard = self.guard
        real_lookup = guard.lookup
        guard._address_reason = lambda address: None if address == "127.0.0.1" else blocked_reason(address)

        async def lookup(host: str):
            if host.lower().startswith("internal."):
                return [], f"blocked: private address 10.0.0.5 (resolved from {host})"
            return await real_lookup(host)

        guard.lookup = lookup
