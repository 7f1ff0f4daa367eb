"""Cost of the pure analysis per page, measured over the fixture portfolio.

    .venv/bin/python benchmarks/analysis.py [--rounds N]

Prints milliseconds per page for each step (text extraction, noise normalisation, comparison,
signal detection) on the second-epoch pages compared with the first epoch, as a crawl does,
plus a large synthetic page (~50 KB) to show how extraction scales. Times are CPU time of this
process (best of N rounds), so other load on the machine inflates them less than wall time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fixtures.portfolio import COMPANIES, resolve  # noqa: E402
from valuation_spiders.analysis.diff import compare_texts  # noqa: E402
from valuation_spiders.analysis.noise import normalise_text  # noqa: E402
from valuation_spiders.analysis.signals import PageObservation, detect_page_signals  # noqa: E402
from valuation_spiders.analysis.text import extract_text  # noqa: E402
from valuation_spiders.analysis.text_signals import detect_text_signals  # noqa: E402


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
    best = []
    for _ in range(rounds):
        start = time.process_time()
        for item in items:
            fn(item)
        best.append((time.process_time() - start) / len(items) * 1000)
    return min(best)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    start = time.process_time()
    total = 0
    for i in range(1_000_000):
        total += i
    calibration = time.process_time() - start
    print(f"calibration: a 1e6-step Python loop takes {calibration * 1000:.0f} ms on this machine now "
          f"(~50-80 ms on an idle modern core; figures below scale with it)")
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
    print(f"extract_text          {extract:6.3f} ms/page")
    print(f"normalise_text        {normalise:6.3f} ms/page")
    print(f"compare_texts         {compare:6.3f} ms/page")
    print(f"detect_page_signals   {detect:6.3f} ms/page (includes compare + text signals on added lines)")
    print(f"text signals, 1st     {first:6.3f} ms/page (whole page, first snapshot)")
    print(f"total per page        {extract + detect:6.3f} ms (extract + detect_page_signals)")

    large = _large_page()
    big = _time(extract_text, [large], args.rounds * 10)
    big_text = extract_text(large).text
    big_detect = _time(lambda t: detect_text_signals(t, "u", first_snapshot=True, company="Acme"), [big_text], args.rounds * 4)
    print(f"large page {len(large) / 1000:.0f} KB: extract_text {big:.3f} ms, "
          f"first-snapshot text signals {big_detect:.3f} ms ({len(big_text) / 1000:.0f} KB of text)")


if __name__ == "__main__":
    main()
