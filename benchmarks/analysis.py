"""Cost of the pure analysis per page, measured over the fixture portfolio.

    .venv/bin/python benchmarks/analysis.py [--rounds N] [--page-kb 20]

Prints milliseconds per page for each step (text extraction, noise normalisation, comparison,
signal detection) on the second-epoch pages compared with the first epoch, as a crawl does,
plus a large synthetic page (~50 KB) to show how extraction scales. Then the same steps, and the
whole per-page analysis the crawl runs (``analyse_page``: first snapshot, same bytes again, 304,
edited page), on pages of ``--page-kb`` KB: the crawl benchmark's farm page and a fixture page
grown to that size. Times are CPU time of this process (best of N rounds), so other load on the
machine inflates them less than wall time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fixtures.portfolio import COMPANIES, resolve
from valuation_spiders.analysis.diff import compare_texts
from valuation_spiders.analysis.noise import normalise_text, text_fingerprint
from valuation_spiders.analysis.page import PageInput, analyse_page
from valuation_spiders.analysis.signals import PageObservation, detect_page_signals
from valuation_spiders.analysis.text import extract_text
from valuation_spiders.analysis.text_signals import detect_text_signals


def _pages() -> list[tuple[str, str, str, str, int, str | None]]:
    """(company, url, epoch-1 html, epoch-2 html, epoch-2 status, final url) for fetched pages."""
    out = []
    for company in COMPANIES:
        for path in company.paths:
            first, second = resolve(company, 1, path), resolve(company, 2, path)
            if first.status == 200 and second.status is not None:
                out.append((company.name, company.url(path), first.body, second.body, second.status, second.final_url))
    return out


def _large_page(target: int = 50_000) -> str:
    """A ~50 KB blog page: the fixture's blog layout with its post list repeated."""
    body = COMPANIES[0].epoch1.pages["/blog"]
    head, _, rest = body.partition("<main")
    main, _, tail = rest.partition("</main>")
    opening, _, inner = main.partition(">")
    repeats = max(1, (target - len(head) - len(tail)) // max(len(inner), 1))
    return f"{head}<main{opening}>{inner * repeats}</main>{tail}"


def _time(fn, items, rounds: int) -> float:
    _clear_caches()
    best = []
    for _ in range(rounds):
        start = time.process_time()
        for item in items:
            fn(item)
        best.append((time.process_time() - start) / len(items) * 1000)
    return min(best)


def _clear_caches() -> None:
    """No step may find another step's (or round's) work cached: a crawl analyses each text once."""
    from valuation_spiders.analysis import noise

    cached = getattr(noise, "_normalise_lines_cached", None)
    if cached is not None:
        cached.cache_clear()


def _uncached(fn):
    def call(item):
        _clear_caches()
        return fn(item)

    return call


def _edited(html: str) -> str:
    """The page with one paragraph rewritten and one section added: a small edit."""
    head, sep, rest = html.partition("<p>")
    edited = head + sep + "We raised a new round led by Example Ventures. " + rest
    return edited.replace("</main>", "<section><h2>Careers</h2><p>We are hiring engineers in Berlin.</p></section></main>", 1)


def sized_pages(kb: float) -> dict[str, str]:
    """Pages of about ``kb`` KB: the crawl benchmark's farm page and a fixture blog page."""
    from benchmarks.sitefarm import page_html

    farm = page_html("c00042.g3.bench-portfolio.com", "/p1", int(kb * 1024)).decode()
    return {"farm page": farm, "fixture page": _large_page(int(kb * 1000))}


def page_steps(name: str, html: str, rounds: int) -> None:
    body = html.encode()
    edited = _edited(html)
    first, second = extract_text(html), extract_text(edited)
    steps = {
        "extract_text": _time(_uncached(extract_text), [html], rounds),
        "normalise_text": _time(_uncached(normalise_text), [first.text], rounds),
        "text_fingerprint": _time(_uncached(text_fingerprint), [first.text], rounds),
        "compare_texts, first": _time(_uncached(lambda t: compare_texts(None, t)), [first.text], rounds),
        "compare_texts, edited": _time(_uncached(lambda t: compare_texts(first.text, t)), [second.text], rounds),
        "detect_page_signals, first": _time(_uncached(detect_page_signals), [PageObservation(
            "Acme", "https://acme.example/p1", False, 200, None, None, first.title, first.text, None, None, None,
            first.hints)], rounds),
        "detect_page_signals, edited": _time(_uncached(detect_page_signals), [PageObservation(
            "Acme", "https://acme.example/p1", False, 200, None, None, second.title, second.text, first.text, 200,
            first.title, second.hints)], rounds),
    }
    base = {"company_name": "Acme", "url": "https://acme.example/p1", "is_homepage": False, "status": 200,
            "error": None, "final_url": None, "encoding": "utf-8", "content_type": "text/html; charset=utf-8"}
    first_result = analyse_page(PageInput(**base, body=body))
    previous = {"previous_status": 200, "previous_title": first.title, "previous_text": first.text,
                "previous_text_hash": first_result.text_hash, "previous_content_hash": first_result.content_hash,
                "has_previous": True}
    cases = {
        "analyse_page, first snapshot": PageInput(**base, body=body),
        "analyse_page, same bytes": PageInput(**base, body=body, **previous),
        "analyse_page, 304": PageInput(**{**base, "status": 304}, body=b"", not_modified=True, **previous),
        "analyse_page, edited page": PageInput(**base, body=edited.encode(), **previous),
    }
    for label, page in cases.items():
        steps[label] = _time(_uncached(analyse_page), [page], rounds)
    print(f"{name}: {len(body) / 1024:.1f} KB of HTML, {len(first.text) / 1024:.1f} KB of text")
    for label, ms in steps.items():
        print(f"  {label:<30} {ms:6.3f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--page-kb", type=float, default=20, help="size of the pages of the per-page section")
    parser.add_argument("--only-pages", action="store_true", help="only the per-page section")
    args = parser.parse_args()

    start = time.process_time()
    total = 0
    for i in range(1_000_000):
        total += i
    calibration = time.process_time() - start
    print(f"calibration: a 1e6-step Python loop takes {calibration * 1000:.0f} ms on this machine now "
          f"(~50-80 ms on an idle modern core; figures below scale with it)")
    for name, html in sized_pages(args.page_kb).items():
        page_steps(name, html, args.rounds * 10)
    if args.only_pages:
        return
    pages = _pages()
    sizes = [len(p[3]) for p in pages]
    texts1 = [extract_text(p[2]) for p in pages]
    texts2 = [extract_text(p[3]) for p in pages]
    observations = [
        PageObservation(name, url, url.endswith("/"), status, None, final, t2.title, t2.text, t1.text, 200, t1.title,
                        t2.hints)
        for (name, url, _, _, status, final), t1, t2 in zip(pages, texts1, texts2, strict=True)
    ]
    print(f"{len(pages)} pages, {statistics.mean(sizes) / 1000:.1f} KB of HTML on average "
          f"(max {max(sizes) / 1000:.1f} KB)")
    extract = _time(lambda p: extract_text(p[3]), pages, args.rounds)
    normalise = _time(lambda t: normalise_text(t.text), texts2, args.rounds)
    compare = _time(lambda pair: compare_texts(pair[0].text, pair[1].text), list(zip(texts1, texts2, strict=True)), args.rounds)
    detect = _time(detect_page_signals, observations, args.rounds)
    first = _time(lambda t: detect_text_signals(t.text, "u", first_snapshot=True, company="Acme"), texts1, args.rounds)
    # a page new in this run: all its text is news, read by the rules and the trained sentence model
    new = _time(lambda t: detect_text_signals(t.text, "u", first_snapshot=False, company="Acme"), texts2, args.rounds)
    print(f"extract_text          {extract:6.3f} ms/page")
    print(f"normalise_text        {normalise:6.3f} ms/page")
    print(f"compare_texts         {compare:6.3f} ms/page")
    print(f"detect_page_signals   {detect:6.3f} ms/page (includes compare + text signals on added lines)")
    print(f"text signals, 1st     {first:6.3f} ms/page (whole page, first snapshot)")
    print(f"text signals, new     {new:6.3f} ms/page (whole page read as news: a page new in this run)")
    print(f"total per page        {extract + detect:6.3f} ms (extract + detect_page_signals)")

    large = _large_page()
    big = _time(extract_text, [large], args.rounds * 10)
    big_text = extract_text(large).text
    big_detect = _time(lambda t: detect_text_signals(t, "u", first_snapshot=True, company="Acme"), [big_text], args.rounds * 4)
    big_new = _time(lambda t: detect_text_signals(t, "u", first_snapshot=False, company="Acme"), [big_text], args.rounds * 4)
    print(f"large page {len(large) / 1000:.0f} KB: extract_text {big:.3f} ms, "
          f"first-snapshot text signals {big_detect:.3f} ms, as news {big_new:.3f} ms ({len(big_text) / 1000:.0f} KB of text)")
    # a hostile line: counts a careless pattern backtracks on ("staff cut 1,1,1,..."; before round 15, 1.7 s a sentence)
    hostile = ("staff cut " + "1," * 290 + ". ") * 34
    bad = _time(lambda t: detect_text_signals(t, "u", first_snapshot=False, company="Acme"), [hostile], 1)
    print(f"hostile line {len(hostile) / 1000:.0f} KB of counts, as news: {bad:.1f} ms")


if __name__ == "__main__":
    main()
