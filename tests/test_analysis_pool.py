"""Page analysis in a worker process: same result as in place, and a killed worker loses nothing."""

from __future__ import annotations

import asyncio
import os
import signal
import time

import pytest

from valuation_spiders.analysis.page import PageInput, analyse_page
from valuation_spiders.pipelines.analysis_pool import PageAnalyser, default_processes

HTML = (b"<html><head><title>Acme</title></head><body><h1>Acme</h1>"
        b"<p>After nine years, Acme is shutting down and will cease operations in March.</p></body></html>")


def page(url: str = "https://acme.com/") -> PageInput:
    return PageInput(company_name="Acme", url=url, is_homepage=True, status=200, error=None,
                     final_url=url, body=HTML, encoding="utf-8", content_type="text/html")


def analyse(analyser: PageAnalyser, item: PageInput):
    return asyncio.run(analyser.run(analyse_page, item))


def test_worker_process_gives_the_same_result_as_in_place():
    analyser = PageAnalyser(1)
    try:
        remote = analyse(analyser, page())
    finally:
        analyser.close()
    local = analyse_page(page())
    assert remote == local
    assert [s["kind"] for s in remote.signals] == ["shutdown"]
    assert remote.body_z and remote.text_z and remote.title == "Acme"


def test_a_killed_worker_is_replaced_and_the_page_still_analysed():
    analyser = PageAnalyser(1)
    try:
        async def scenario():
            assert (await analyser.run(analyse_page, page())).title == "Acme"
            killed = analyser.worker_pids
            assert killed
            for pid in killed:
                os.kill(pid, signal.SIGKILL)
            # the page in flight when the worker died is analysed in place, none is lost
            assert (await analyser.run(analyse_page, page("https://acme.com/a"))).title == "Acme"
            b = await analyser.run(analyse_page, page("https://acme.com/b"))
            assert b.signals[0]["kind"] == "shutdown"
            assert analyser.worker_pids and not set(analyser.worker_pids) & set(killed)

        asyncio.run(scenario())
    finally:
        analyser.close()


def test_awaited_analysis_survives_a_killed_worker_without_holding_a_thread():
    """The pipeline awaits the worker on the event loop: same result, and a dead worker still
    loses no page."""
    analyser = PageAnalyser(1)

    async def scenario():
        first = await analyser.run(analyse_page, page())
        for pid in analyser.worker_pids:
            os.kill(pid, signal.SIGKILL)
        again = await asyncio.gather(*(analyser.run(analyse_page, page(f"https://acme.com/{i}")) for i in range(5)))
        return first, again

    try:
        first, again = asyncio.run(scenario())
    finally:
        analyser.close()
    assert first == analyse_page(page())
    assert [result.title for result in again] == ["Acme"] * 5
    assert all(result.signals[0]["kind"] == "shutdown" for result in again)


def test_render_check_parse_is_reused_by_the_analysis_of_the_same_bytes(monkeypatch):
    """render=auto parses a page to look for an app shell; the analysis of the same page, in the
    same process, reuses that parse (one parse per page) and gives the same result."""
    from valuation_spiders.analysis import page as page_module
    from valuation_spiders.rendering import decide

    expected = analyse_page(page())
    parses = []
    real_extract = page_module.extract_text

    def counting(body, encoding=None):
        parses.append(body)
        return real_extract(body, encoding)

    monkeypatch.setattr(page_module, "extract_text", counting)
    monkeypatch.setattr(decide, "extract_text", counting)
    render, reason = decide.render_after_fetch("auto", None, 200, "text/html", HTML, "utf-8")
    assert (render, reason) == (False, "has text")
    assert analyse_page(page()) == expected
    assert len(parses) == 1
    # used once: a second analysis of the same bytes parses again rather than keep it forever
    assert analyse_page(page()) == expected
    assert len(parses) == 2


def test_two_workers_share_many_pages_and_answer_each_its_own():
    analyser = PageAnalyser(2)

    async def scenario():
        urls = [f"https://acme.com/{i}" for i in range(40)]
        results = await asyncio.gather(*(analyser.run(analyse_page, page(url)) for url in urls))
        return urls, results, analyser.worker_pids

    try:
        urls, results, pids = asyncio.run(scenario())
    finally:
        analyser.close()
    assert len(set(pids)) == 2
    assert [r.signals[0]["url"] for r in results] == urls  # each call got its own page's answer


def test_an_exception_in_the_worker_reaches_the_caller():
    analyser = PageAnalyser(1)

    async def scenario():
        with pytest.raises(ValueError, match="invalid literal"):
            await analyser.run(int, "not a number")
        return await analyser.run(int, "42")  # the worker carries on

    try:
        assert asyncio.run(scenario()) == 42
    finally:
        analyser.close()


def test_a_page_stuck_in_the_worker_is_analysed_here_and_the_worker_replaced(monkeypatch):
    from valuation_spiders.pipelines import analysis_pool

    analyser = PageAnalyser(1)

    async def scenario():
        await analyser.run(analyse_page, page())
        stuck = analyser.worker_pids
        monkeypatch.setattr(analysis_pool, "ANALYSIS_TIMEOUT", 0.5)
        assert await analyser.run(time.sleep, 1.5) is None  # timed out there, slept here
        monkeypatch.setattr(analysis_pool, "ANALYSIS_TIMEOUT", 300)  # a new worker takes a while to start
        after = await analyser.run(analyse_page, page("https://acme.com/after"))
        return stuck, after, analyser.worker_pids

    try:
        stuck, after, pids = asyncio.run(scenario())
    finally:
        analyser.close()
    assert after.title == "Acme"
    assert pids and not set(pids) & set(stuck)


@pytest.mark.parametrize(("cpus", "workers"), [(1, 1), (2, 1), (4, 3), (16, 15)])
def test_default_workers_leave_one_core_to_the_crawl(cpus, workers):
    assert default_processes(cpus) == workers
