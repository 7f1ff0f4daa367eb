"""The labelled signal sets hold their scores (benchmarks/signal_quality.py).

``dev`` is written by whoever changes a rule; ``heldout``, ``heldout2`` and ``heldout3`` were each
written by someone who never read the detectors, scored once, then used for development.
``heldout4`` to ``heldout9`` were written the same way and nobody tuning rules reads their mistakes:
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
    # 29 of 1895 expected kinds missed, by the rules and the trained sentence model together (--show-mistakes lists
    # them). 10 older ones: "is no more", a "Joining Autodesk lets us" quote whose deal is in the next sentence, an
    # app or a name "retired" after a merger (twice), "available until March", "about 80 jobs are affected" after a
    # closure, a consultation "that could see" redundancies, "winding up Yarrow Pty Ltd." read across the
    # abbreviation's full stop, a flattened "Series B of $30M closed; led by" list. The rest are round 7's passages,
    # written for the model and not yet read by rules: acquisitions told as "operates under", "belongs to", "picks
    # up", "flogged to", "lives inside", "handed over the keys", or on a first snapshot; closures as "servers go dark",
    # "turning the lights off", "closed permanently"; layoffs "would be cut" told to staff, "given notice", "leave
    # without pay"; a round "in the bank" told in the next sentence. Which of them the model reads moves a little
    # with each retraining. 6 false flags: a purchase order, a partner "joining the Cisco family", two dated
    # ownership histories, a buyout guide, doors closed "to new members".
    "dev": (0.997, 0.985),
    "heldout": (1.000, 1.000),
    "heldout2": (1.000, 1.000),
    "heldout3": (1.000, 1.000),
    # never read by anyone tuning the detectors; scored on the final code of each round (README)
    "heldout4": (0.986, 0.933),
    "heldout5": (0.945, 0.870),
    "heldout6": (0.931, 0.915),
    "heldout7": (0.963, 0.829),
    "heldout8": (0.958, 0.879),
    "heldout9": (0.953, 0.872),
}
HELD_OUT = {"heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9"}


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
