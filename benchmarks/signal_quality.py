"""Score the signal detectors on a labelled set: precision and recall of flagged kinds.

A set is a folder (``tests/fixtures/signals/<name>/``) with two files:

``sentences.jsonl``, one passage of new text a line::

    {"company": "Acme2", "text": "Acme2 has been acquired by Globex.", "expected": ["acquisition"]}

Every passage and page is read as crawled in ``READ_YEAR``, the year the sets were written, so that
"raised a Series A in 2025" stays history whenever the scorer runs.

``first_snapshot`` (default false) reads the text as a page seen for the first time, where only
shutdown and acquisition count. ``expected`` lists the flagging kinds the passage must raise;
``[]`` means it must raise none.

``pages.jsonl``, one company a line, crawled twice (the "before" state, then the "after" one)::

    {"company": "Acme", "expected": ["site_down"], "expected_before": [],
     "urls": [{"url": "https://acme.example/", "homepage": true,
               "before": {"status": 200, "html": "<html>..."},
               "after": {"status": 200, "html": "<html>...", "final_url": null, "error": null}}]}

A state may give ``"file": "name.html"`` (beside the jsonl, under ``pages/``) instead of ``html``,
``"error": "refused"`` with no status for a failed fetch, and ``final_url`` for a redirect. A URL
with ``"before": null`` is new in the second crawl: when the first crawl read a page of the company,
all its text is news, as in a real crawl. The before state is scored as a first crawl
(``expected_before``, default ``[]``), the after state against it (``expected``).

Scores count (company or passage, kind) pairs: a flagged kind not expected is a false positive,
an expected kind not flagged a false negative.

    python -m benchmarks.signal_quality tests/fixtures/signals/heldout [--show-mistakes]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from valuation_spiders.analysis.kinds import FLAGGING_KINDS
from valuation_spiders.analysis.signals import PageObservation, assess_company, detect_page_signals
from valuation_spiders.analysis.text import extract_text
from valuation_spiders.analysis.text_signals import detect_text_signals

# The sets are read as if crawled in the year they were written (2026): a round "in 2025" is history
# there, "in October 2026" is news. Read in the real year, their labels would age.
READ_YEAR = 2026


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    cases: int = 0
    mistakes: list[str] = field(default_factory=list)
    flagged_healthy: list[str] = field(default_factory=list)  # first crawls expected to raise nothing that raised a flag

    def add(self, label: str, expected: set[str], found: set[str]) -> None:
        self.cases += 1
        self.true_positives += len(expected & found)
        for kind in sorted(found - expected):
            self.false_positives += 1
            self.mistakes.append(f"false {kind}: {label}")
        for kind in sorted(expected - found):
            self.false_negatives += 1
            self.mistakes.append(f"missed {kind}: {label}")

    def merge(self, other: Score) -> None:
        """Add another score's counts and cases to this one."""
        self.true_positives += other.true_positives
        self.false_positives += other.false_positives
        self.false_negatives += other.false_negatives
        self.cases += other.cases
        self.mistakes += other.mistakes
        self.flagged_healthy += other.flagged_healthy

    @property
    def precision(self) -> float:
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    def line(self, name: str) -> str:
        return (f"{name:<10} {self.cases:4d} cases  precision {self.precision:.3f}  recall {self.recall:.3f}  "
                f"(tp {self.true_positives}, fp {self.false_positives}, fn {self.false_negatives})")


def _kinds(values: list[str], where: str) -> set[str]:
    unknown = set(values) - FLAGGING_KINDS
    if unknown:
        raise ValueError(f"{where}: not flagging kinds: {sorted(unknown)} (flagging kinds: {', '.join(sorted(FLAGGING_KINDS))})")
    return set(values)


def _jsonl(path: Path) -> list[tuple[int, dict]]:
    if not path.exists():
        return []
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append((number, json.loads(line)))
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: {error}") from None
    return rows


def score_sentences(folder: Path) -> Score:
    score = Score()
    for number, row in _jsonl(folder / "sentences.jsonl"):
        expected = _kinds(row["expected"], f"sentences.jsonl:{number}")
        signals = detect_text_signals(row["text"], "https://company.example/news",
                                      first_snapshot=row.get("first_snapshot", False), company=row["company"],
                                      year=READ_YEAR)
        found = {signal.kind for signal in signals if signal.flagging}
        score.add(f"sentences:{number} [{row['company']}] {row['text'][:140]}", expected, found)
    return score


def _state_html(folder: Path, state: dict) -> str | None:
    if "file" in state:
        return (folder / "pages" / state["file"]).read_text(encoding="utf-8")
    return state.get("html")


def crawl_company(folder: Path, case: dict, state_name: str, previous: dict[str, tuple]) -> tuple[set[str], dict]:
    """One crawl of a case's URLs in one state; returns the flagged kinds and the snapshots."""
    pages = []
    snapshots: dict[str, tuple] = {}
    for entry in case["urls"]:
        state = entry.get(state_name)
        if state is None:
            continue
        html = _state_html(folder, state)
        status = state.get("status", None if state.get("error") else 200)
        page = extract_text(html) if html is not None and status is not None else None
        before = previous.get(entry["url"])
        observation = PageObservation(
            company_name=case["company"],
            url=entry["url"],
            is_homepage=entry.get("homepage", False),
            status=status,
            error=state.get("error"),
            final_url=state.get("final_url") or (entry["url"] if status is not None else None),
            title=page.title if page else "",
            text=page.text if page else "",
            previous_text=before[0] if before else None,
            previous_status=before[1] if before else None,
            previous_title=before[2] if before else None,
            html_hints=page.hints if page else "",
            read_year=READ_YEAR,
            company_read_before=bool(previous),  # a page of the company was read in the first crawl
        )
        _, signals = detect_page_signals(observation)
        pages.append((observation, signals))
        if status is not None:
            snapshots[entry["url"]] = (page.text if page else "", status, page.title if page else "")
    return {signal.kind for signal in assess_company(pages) if signal.flagging}, snapshots


def score_pages(folder: Path) -> tuple[Score, Score]:
    before_score, after_score = Score(), Score()
    for number, case in _jsonl(folder / "pages.jsonl"):
        label = f"pages:{number} [{case['company']}] {case.get('note', '')}".rstrip()
        found, snapshots = crawl_company(folder, case, "before", {})
        expected_before = _kinds(case.get("expected_before", []), label)
        before_score.add(label + " (before)", expected_before, found)
        if found and not expected_before:
            before_score.flagged_healthy.append(case["company"])
        found, _ = crawl_company(folder, case, "after", snapshots)
        after_score.add(label, _kinds(case["expected"], label), found)
    return before_score, after_score


def score_set(folder: Path) -> tuple[Score, Score, Score, Score]:
    """Sentences, first page crawl, second page crawl, and all of them together."""
    sentences = score_sentences(folder)
    before, after = score_pages(folder)
    total = Score()
    for part in (sentences, before, after):
        total.merge(part)
    return sentences, before, after, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--show-mistakes", action="store_true")
    args = parser.parse_args(argv)
    for folder in args.folders:
        if not folder.is_dir():
            print(f"{folder}: not a folder", file=sys.stderr)
            return 2
        sentences, before, after, total = score_set(folder)
        print(f"{folder}")
        print("  " + sentences.line("sentences"))
        print("  " + before.line("pages 1st"))
        print("  " + after.line("pages 2nd"))
        print("  " + total.line("all"))
        if args.show_mistakes:
            for mistake in total.mistakes:
                print("    " + mistake)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
