"""Two-fold cross-validation of the text detectors over the development sets: what rules and model score on text the
model was not trained on, without reading a held-out set.

    .venv/bin/python benchmarks/cross_validation.py [--out listing.tsv]

The development sets (``tools/train_text_model.py``'s ``TRAINING_SETS``) are split in two by their order (even and odd
places); a model is trained on each half (in two processes, about four minutes on two cores), and each half's
passages and pages are scored by the rules with the model trained on the other half, as a crawl reads them (first
snapshots included). Prints true and false flags, misses, precision and recall per fold and pooled, and the pages'
first and second crawls with the healthy first crawls flagged. Round 24 chose its levers on these figures: at its start
they were within a point of the held-out sets' pooled scores.

``--out`` writes one line per passage: ``set:line``, expected kinds, flagged kinds, ``F`` for a first snapshot, the
passage's start (for comparing two versions of the code line by line).
"""

from __future__ import annotations

import argparse
import json
import sys
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from train_text_model import PARAMETERS, SETS, TRAINING_SETS  # noqa: E402

from benchmarks.signal_quality import READ_YEAR, Score, score_pages  # noqa: E402

FOLDS = tuple(tuple(name for place, name in enumerate(TRAINING_SETS) if place % 2 == fold) for fold in (0, 1))


def _passages(names: tuple[str, ...]) -> list[tuple[str, int, dict]]:
    rows = []
    for name in names:
        for number, line in enumerate((SETS / name / "sentences.jsonl").read_text("utf-8").splitlines(), 1):
            if line.strip():
                rows.append((name, number, json.loads(line)))
    return rows


def _train(fold: int) -> dict:
    """The model for ``fold``'s passages: trained on the other fold."""
    from valuation_spiders.analysis.training import train_model

    return train_model([row for _, _, row in _passages(FOLDS[1 - fold])], **PARAMETERS)


def _score(job: tuple[int, dict]) -> tuple[list[str], Score, Score, Score]:
    fold, weights = job
    from valuation_spiders.analysis import text_signals
    from valuation_spiders.analysis.learned import TextModel

    model = TextModel.from_json(weights)
    text_signals.text_model = lambda: model  # (this process reads with the fold's model, as a crawl reads with the shipped one)
    listing, sentences = [], Score()
    for name, number, row in _passages(FOLDS[fold]):
        first = row.get("first_snapshot", False)
        found = {signal.kind for signal in text_signals.detect_text_signals(
            row["text"], "https://company.example/news", first_snapshot=first, company=row["company"], year=READ_YEAR)
            if signal.flagging}
        expected = set(row["expected"])
        sentences.add(f"{name}:{number}", expected, found)
        start = " ".join(row["text"].split())[:160]
        listing.append(f"{name}:{number}\t{','.join(sorted(expected)) or '-'}\t{','.join(sorted(found)) or '-'}\t"
                       f"{'F' if first else ' '}\t[{row['company']}] {start}")
    before, after = Score(), Score()
    for name in FOLDS[fold]:
        if (SETS / name / "pages.jsonl").exists():
            first_crawl, second_crawl = score_pages(SETS / name)
            before.merge(first_crawl)
            after.merge(second_crawl)
    return listing, sentences, before, after


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write the per-passage listing here")
    args = parser.parse_args(argv)
    with Pool(2) as pool:
        models = pool.map(_train, (0, 1))
        results = pool.map(_score, list(enumerate(models)))
    pooled = Score()
    for fold, (_, sentences, before, after) in enumerate(results):
        print(f"fold {fold} ({len(FOLDS[fold])} sets)")
        print("  " + sentences.line("sentences"))
        print("  " + before.line("pages 1st") + f"  healthy first crawls flagged: {len(before.flagged_healthy)}")
        print("  " + after.line("pages 2nd"))
        for part in (sentences, before, after):
            pooled.merge(part)
    print(pooled.line("pooled"))
    if args.out:
        args.out.write_text("".join(line + "\n" for listing, *_ in results for line in listing), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
