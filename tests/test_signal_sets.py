"""The labelled signal sets hold their scores (benchmarks/signal_quality.py).

``dev`` is written by whoever changes a rule; ``heldout``, ``heldout2`` and ``heldout3`` were each
written by someone who never read the detectors, scored once, then used for development.
``heldout4``, ``heldout5`` and ``heldout6`` were written the same way and nobody tuning rules reads their mistakes:
they are scored only on the final code of a round (README: their scores before and after). The
floors are the scores measured when each set was last scored, so a detector change that loses
precision or recall on any of them fails here instead of surfacing in a partner's report.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.signal_quality import score_set

SETS = Path(__file__).parent / "fixtures" / "signals"

# (precision, recall) floors, all cases of the set together
FLOORS = {
    # 15 of 1580 expected kinds missed: the 7 left after round 5 (an FAQ question, a passive layoff after an acquisition,
    # a product "available until", a name or app "retired" after a merger, "is no more", a quote "Joining Adobe"),
    # 6 of round 6's shutdown/layoffs passages (a redundancy "consultation that could see", "the 40 employees
    # there", a stand-down after a colon, jobs "affected" in the next sentence, "withdraw ... globally", "winding up
    # Yarrow Pty Ltd." read across the abbreviation's full stop) and 2 of its funding/acquisition ones (a flattened
    # "Series B of $30M closed; led by" list, a "Joining Coursera lets us" quote whose deal is in the next sentence)
    "dev": (1.000, 0.991),
    "heldout": (1.000, 1.000),
    "heldout2": (1.000, 1.000),
    "heldout3": (1.000, 0.997),
    # never read by anyone tuning rules; scored on the final code of each round (README)
    "heldout4": (0.989, 0.886),
    "heldout5": (0.946, 0.816),
    "heldout6": (0.953, 0.865),
}
HELD_OUT = {"heldout4", "heldout5", "heldout6"}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_labelled_set_keeps_its_precision_and_recall(name):
    folder = SETS / name
    sentences, before, after, total = score_set(folder)
    assert sentences.cases >= 300 and after.cases >= 40
    # a held-out set's mistakes are not shown: whoever reads them starts tuning on them
    shown = (lambda mistakes: f"{len(mistakes)} mistakes, not shown") if name in HELD_OUT else "\n".join
    assert before.false_positives == 0, shown(before.mistakes)  # healthy first states stay unflagged
    precision_floor, recall_floor = FLOORS[name]
    assert round(total.precision, 3) >= precision_floor, shown(total.mistakes)
    assert round(total.recall, 3) >= recall_floor, shown(total.mistakes)
