"""Where page analysis runs: in worker processes, so it uses the cores the crawl's process cannot.

Scrapy's reactor, the pipeline's database writes and the analysis would otherwise share one GIL.
``ANALYSIS_PROCESSES`` (default 1) worker processes run ``analyse_page``; 0 runs it in the
calling thread. A worker that dies (killed, out of memory) is replaced and the page is analysed
in the calling thread, so no item is lost.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from valuation_spiders.analysis.page import PageInput, PageResult, analyse_page

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

    def analyse(self, page: PageInput) -> PageResult:
        pool = self._executor()
        if pool is None:
            return analyse_page(page)
        try:
            return pool.submit(analyse_page, page).result(timeout=ANALYSIS_TIMEOUT)
        except BrokenProcessPool:
            logger.warning("An analysis worker died; starting a new one (%s analysed here)", page.url)
            with self._lock:
                if self._pool is pool:
                    self._pool = None
            pool.shutdown(wait=False, cancel_futures=False)
            return analyse_page(page)
        except TimeoutError:
            logger.warning("Analysis of %s took over %d s in the worker; analysing it here", page.url, ANALYSIS_TIMEOUT)
            return analyse_page(page)

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True)
