"""Where page analysis runs: in worker processes, so it uses the cores the crawl's process cannot.

Scrapy's reactor, the pipeline's database writes and the analysis would otherwise share one GIL.
``ANALYSIS_PROCESSES`` (default 1) worker processes run ``analyse_page``; 0 runs it in a thread
of the crawl process. A worker that dies (killed, out of memory) is replaced and the page is
analysed in the crawl process, so no item is lost.

``run`` is awaited on the reactor's event loop: it waits for the worker without holding a
thread.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

T = TypeVar("T")

logger = logging.getLogger(__name__)

ANALYSIS_TIMEOUT = 300  # seconds: a page the worker cannot finish in this time is analysed here


class PageAnalyser:
    def __init__(self, processes: int):
        self.processes = max(0, processes)
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def _executor(self) -> ProcessPoolExecutor | None:
        if not self.processes:
            return None
        with self._lock:
            if self._pool is None:
                # spawn, not fork: the crawl process has threads (and a reactor) a fork would copy
                self._pool = ProcessPoolExecutor(
                    self.processes, mp_context=multiprocessing.get_context("spawn")
                )
            return self._pool

    @classmethod
    def for_crawler(cls, crawler) -> "PageAnalyser":
        """One analyser (and worker pool) per crawl, shared by the components that parse pages."""
        analyser = getattr(crawler, "_valuation_analyser", None)
        if analyser is None:
            analyser = cls(crawler.settings.getint("ANALYSIS_PROCESSES", 1))
            crawler._valuation_analyser = analyser
        return analyser

    async def run(self, function: Callable[..., T], *args) -> T:
        """``function(*args)`` in a worker process, awaited on the event loop."""
        pool = self._executor()
        if pool is None:
            return await asyncio.to_thread(function, *args)
        try:
            future = pool.submit(function, *args)
            return await asyncio.wait_for(asyncio.wrap_future(future), ANALYSIS_TIMEOUT)
        except BrokenProcessPool:
            logger.warning("An analysis worker died; starting a new one (this page is analysed here)")
            self._discard(pool)
            return await asyncio.to_thread(function, *args)
        except TimeoutError:
            logger.warning("A page took over %d s in the analysis worker; analysing it here", ANALYSIS_TIMEOUT)
            return await asyncio.to_thread(function, *args)

    def _discard(self, pool: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is pool:
                self._pool = None
        pool.shutdown(wait=False, cancel_futures=False)

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True)
