"""Where page analysis runs: in worker processes, so it uses the cores the crawl's process cannot.

Scrapy's reactor, the pipeline's database writes and the analysis would otherwise share one GIL.
``ANALYSIS_PROCESSES`` worker processes run ``analyse_page`` (default: one per core but the crawl's
own, at least one); 0 runs it in a thread of the crawl process. A worker that dies (killed, out of
memory) is replaced and its pages are analysed in the crawl process, so no item is lost.

``run`` is awaited on the reactor's event loop, and the workers are talked to from that loop
itself: each worker has a socket pair, the loop writes a call's pickle without blocking and reads
the answers when they arrive. ``concurrent.futures.ProcessPoolExecutor`` did the same through a
manager thread and a queue feeder thread, whose wake-ups and GIL hand-offs cost the crawl process
more CPU per page than the pickling itself.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import multiprocessing
import os
import pickle
import signal
import socket
import struct
from collections import deque
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

logger = logging.getLogger(__name__)

ANALYSIS_TIMEOUT = 300  # seconds: a page the worker cannot finish in this time is analysed here
# Calls sent to a worker before it answered the first: one running, one ready to start. The rest
# wait in the crawl process (a worker that dies takes at most these with it; a slow page does not
# hold pages another worker could take).
_IN_FLIGHT_PER_WORKER = 2
_HEADER = struct.Struct("!I")


def default_processes(cpus: int | None = None) -> int:
    """Analysis workers for a machine with ``cpus`` cores: one per core but the crawl's own."""
    if cpus is None:
        try:
            cpus = len(os.sched_getaffinity(0))
        except (AttributeError, OSError):
            cpus = os.cpu_count() or 1
    return max(1, cpus - 1)


class WorkerDied(Exception):
    """The worker process ended with this call unanswered."""


def _serve(sock: socket.socket) -> None:
    """A worker's loop: read a call, run it, send back its result (or its exception)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the crawl, which then closes us
    with sock:
        reader = sock.makefile("rb")
        while True:
            header = reader.read(_HEADER.size)
            if len(header) < _HEADER.size:
                return  # the crawl process closed its end
            call_id, function, args = pickle.loads(reader.read(_HEADER.unpack(header)[0]))
            try:
                answer = (call_id, True, function(*args))
            except BaseException as exc:  # handed back to the caller
                answer = (call_id, False, exc)
            try:
                payload = pickle.dumps(answer, pickle.HIGHEST_PROTOCOL)
            except Exception as exc:  # an unpicklable result or exception
                payload = pickle.dumps((call_id, False, RuntimeError(f"unpicklable answer: {exc!r}")))
            sock.sendall(_HEADER.pack(len(payload)) + payload)


class _Worker:
    """One worker process and its socket, driven by one event loop."""

    def __init__(self, loop: asyncio.AbstractEventLoop):
        self.loop = loop
        parent, child = socket.socketpair()
        self.process = multiprocessing.get_context("spawn").Process(
            target=_serve, args=(child,), name="valuation-analysis", daemon=True
        )
        self.process.start()
        child.close()
        parent.setblocking(False)
        self.sock = parent
        self.pending: dict[int, asyncio.Future] = {}
        self._outbox = bytearray()
        self._inbox = bytearray()
        self._writing = False
        self.alive = True
        loop.add_reader(parent.fileno(), self._on_readable)

    @property
    def load(self) -> int:
        return len(self.pending)

    def send(self, call_id: int, payload: bytes, future: asyncio.Future) -> None:
        self.pending[call_id] = future
        self._outbox += _HEADER.pack(len(payload))
        self._outbox += payload
        self._flush()

    def _flush(self) -> None:
        try:
            while self._outbox:
                sent = self.sock.send(self._outbox)
                del self._outbox[:sent]
        except (BlockingIOError, InterruptedError):
            pass
        except OSError:
            self._died()
            return
        if self._outbox and not self._writing:
            self.loop.add_writer(self.sock.fileno(), self._flush)
            self._writing = True
        elif not self._outbox and self._writing:
            self.loop.remove_writer(self.sock.fileno())
            self._writing = False

    def _on_readable(self) -> None:
        try:
            data = self.sock.recv(1 << 20)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:
            self._died()
            return
        inbox = self._inbox
        inbox += data
        while len(inbox) >= _HEADER.size:
            size = _HEADER.unpack_from(inbox)[0]
            end = _HEADER.size + size
            if len(inbox) < end:
                break
            call_id, ok, value = pickle.loads(memoryview(inbox)[_HEADER.size:end])
            del inbox[:end]
            future = self.pending.pop(call_id, None)
            if future is not None and not future.done():
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)
        self.on_answer()

    def on_answer(self) -> None:  # set by the analyser: send the next waiting call
        pass

    def _died(self) -> None:
        if not self.alive:
            return
        self.alive = False
        self._detach()
        pending, self.pending = self.pending, {}
        for future in pending.values():
            if not future.done():
                future.set_exception(WorkerDied())
        self.on_answer()

    def _detach(self) -> None:
        if not self.loop.is_closed():
            self.loop.remove_reader(self.sock.fileno())
            if self._writing:
                self.loop.remove_writer(self.sock.fileno())
        self._writing = False
        self.sock.close()

    def stop(self, kill: bool = False) -> None:
        """Close the socket (the worker then exits); ``kill``: do not wait for it."""
        if self.alive:
            self.alive = False
            self._detach()
        for future in self.pending.values():
            if not future.done() and not self.loop.is_closed():
                future.set_exception(WorkerDied())
        self.pending = {}
        if kill and self.process.is_alive():
            self.process.kill()
        self.process.join(10)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)


class PageAnalyser:
    def __init__(self, processes: int):
        self.processes = max(0, processes)
        self._workers: list[_Worker] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._waiting: deque[tuple[int, bytes, asyncio.Future]] = deque()
        self._ids = itertools.count()

    @classmethod
    def for_crawler(cls, crawler) -> PageAnalyser:
        """One analyser (and worker pool) per crawl, shared by the components that parse pages."""
        analyser = getattr(crawler, "_valuation_analyser", None)
        if analyser is None:
            value = crawler.settings.get("ANALYSIS_PROCESSES")
            processes = default_processes() if value in (None, "", "auto") else int(value)
            analyser = cls(processes)
            crawler._valuation_analyser = analyser
        return analyser

    @property
    def worker_pids(self) -> list[int]:
        return [worker.process.pid for worker in self._workers if worker.alive]

    async def run(self, function: Callable[..., T], *args) -> T:
        """``function(*args)`` in a worker process, awaited on the event loop."""
        if not self.processes:
            return await asyncio.to_thread(function, *args)
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        call_id = next(self._ids)
        self._waiting.append((call_id, pickle.dumps((call_id, function, args), pickle.HIGHEST_PROTOCOL), future))
        self._dispatch(loop)
        try:
            return await asyncio.wait_for(asyncio.shield(future), ANALYSIS_TIMEOUT)
        except asyncio.CancelledError:
            future.cancel()  # nobody will read its answer
            raise
        except WorkerDied:
            logger.warning("An analysis worker died; starting a new one (its pages are analysed here)")
        except TimeoutError:
            logger.warning("A page took over %g s in the analysis worker; analysing it here", ANALYSIS_TIMEOUT)
            self._stop_worker_of(call_id)
        return await asyncio.to_thread(function, *args)

    def _dispatch(self, loop: asyncio.AbstractEventLoop) -> None:
        """Send waiting calls to the least busy workers, starting workers as needed."""
        if self._loop is not loop:  # a new event loop (tests run several): new workers
            self._stop_all()
            self._loop = loop
        self._top_up(loop)
        while self._waiting:
            worker = min(self._workers, key=lambda w: w.load)
            if worker.load >= _IN_FLIGHT_PER_WORKER:
                return
            call_id, payload, future = self._waiting.popleft()
            if future.done():  # its caller gave up waiting
                continue
            worker.send(call_id, payload, future)
            if not worker.alive:
                # died while we wrote: the call failed with it. Its death already re-entered
                # _dispatch (on_answer), which may have replaced it: keep the live ones, top up.
                self._top_up(loop)

    def _top_up(self, loop: asyncio.AbstractEventLoop) -> None:
        """Drop dead workers and start new ones up to ``processes``."""
        self._workers = [worker for worker in self._workers if worker.alive]
        while len(self._workers) < self.processes:
            self._workers.append(self._start(loop))

    def _start(self, loop: asyncio.AbstractEventLoop) -> _Worker:
        worker = _Worker(loop)
        worker.on_answer = lambda: self._dispatch(loop)
        return worker

    def _stop_worker_of(self, call_id: int) -> None:
        for worker in self._workers:
            if call_id in worker.pending:
                worker.pending.pop(call_id).cancel()  # its caller analyses it here
                worker.on_answer = lambda: None
                worker.stop(kill=True)  # stuck: its other calls are analysed here by their callers

    def _stop_all(self, kill: bool = False) -> None:
        workers, self._workers = self._workers, []
        for worker in workers:
            worker.on_answer = lambda: None
            worker.stop(kill=kill)

    def close(self) -> None:
        self._stop_all()
        self._waiting.clear()
