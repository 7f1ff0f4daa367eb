"""Whether a company name's shape changes what the text detectors read (issue 12, cause 2), over the development sets.

    .venv/bin/python benchmarks/name_shapes.py [--shapes "Kelp & Coral,4Sight,..."] [--show N]

Every passage of a development set whose company has a plain one-word name ("Acme", written so in the passage, never
glued to another word) is read by the rules alone, then read again with the name written in each of the other shapes
real portfolios have ("Kelp & Coral", "4Sight", "Orbit 3", "dot.systems", "O'Rourke & Finch", "Velo+Fix"), in the
passage and as the company's name. A reading that changes is counted by how it compares with the passage's label:
worse (the plain name was read right), better (the shape was), other. A name's shape should change nothing: the goal
is no reading changed. The held-out sets are not read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.test_signal_sets import HELD_OUT
from valuation_spiders.analysis.text_signals import detect_text_signals

SETS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "signals"
SHAPES = ("Kelp & Coral", "4Sight", "Orbit 3", "dot.systems", "O'Rourke & Finch", "Velo+Fix")
_PLAIN = re.compile(r"[A-Z][a-z]{4,}")


def _read(text: str, company: str, first: bool) -> tuple[str, ...]:
    return tuple(sorted({signal.kind for signal in detect_text_signals(
        text, "https://x.example/", first_snapshot=first, company=company, learned=False, year=2026) if signal.flagging}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--show", type=int, default=0, help="print the first N readings made worse")
    args = parser.parse_args(argv)
    shapes = [shape.strip() for shape in args.shapes.split(",") if shape.strip()]
    counts: Counter[tuple[str, str]] = Counter()
    passages = shown = 0
    for path in sorted(SETS.glob("*/sentences.jsonl")):
        if path.parent.name in HELD_OUT:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            name, text = case["company"], case["text"]
            word = re.compile(rf"\b{re.escape(name)}\b")
            if not _PLAIN.fullmatch(name) or not word.search(text) or re.search(rf"\b{re.escape(name)}[A-Za-z]", text):
                continue
            first = case.get("first_snapshot", False)
            expected = tuple(sorted(case["expected"]))
            plain = _read(text, name, first)
            passages += 1
            for shape in shapes:
                shaped = _read(word.sub(shape, text), shape, first)
                if shaped == plain:
                    continue
                how = "worse" if plain == expected else "better" if shaped == expected else "other"
                counts[(shape, how)] += 1
                if how == "worse" and shown < args.show:
                    shown += 1
                    print(f"  {path.parent.name}: {list(plain)} -> {list(shaped)} with {shape!r}: {word.sub(shape, text)[:140]!r}")
    print(f"{passages} passages, {len(shapes)} shapes, {passages * len(shapes)} readings")
    print(f"{'shape':<20} {'worse':>6} {'better':>7} {'other':>6}")
    for shape in shapes:
        print(f"{shape:<20} {counts[(shape, 'worse')]:>6} {counts[(shape, 'better')]:>7} {counts[(shape, 'other')]:>6}")
    total = {how: sum(n for (_, h), n in counts.items() if h == how) for how in ("worse", "better", "other")}
    print(f"{'all':<20} {total['worse']:>6} {total['better']:>7} {total['other']:>6}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
