"""Page analysis in a worker process: same result as in place, and a killed worker loses nothing."""

from __future__ import annotations

import asyncio
import os
import signal

from valuation_spiders.analysis.page import PageInput, analyse_page
from valuation_spiders.pipelines.analysis_pool import PageAnalyser

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
        assert analyse(analyser, page()).title == "Acme"
        pool = analyser._pool
        for pid in list(pool._processes):
            os.kill(pid, signal.SIGKILL)
        # the page in flight when the worker died is analysed in place, none is lost
        assert analyse(analyser, page("https://acme.com/a")).title == "Acme"
        assert analyse(analyser, page("https://acme.com/b")).signals[0]["kind"] == "shutdown"
        assert analyser._pool is not pool
    finally:
        analyser.close()


def test_awaited_analysis_survives_a_killed_worker_without_holding_a_thread():
    """The pipeline awaits the worker on the event loop: same result, and a dead worker still
    loses no page."""
    analyser = PageAnalyser(1)

    async def scenario():
        first = await analyser.run(analyse_page, page())
        for pid in list(analyser._pool._processes):
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
