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
    # 57 of 2148 expected kinds missed, by the rules and the trained sentence model together (--show-mistakes lists
    # them). 10 older ones: "is no more", a "Joining Autodesk lets us" quote whose deal is in the next sentence, an
    # app or a name "retired" after a merger (twice), "available until March", "about 80 jobs are affected" after a
    # closure, a consultation "that could see" redundancies, "winding up Yarrow Pty Ltd." read across the
    # abbreviation's full stop, a flattened "Series B of $30M closed; led by" list. The rest are passages of rounds 7
    # (acquisitions) and 8 (layoffs, shutdowns), written for the model and not yet read by rules: "operates under",
    # "belongs to", "picks up", "flogged to", "lives inside"; "servers go dark", "turning the lights off", "suspended
    # all services permanently"; "given notice", "leave without pay", "disestablished", "put in their papers"; and
    # first-snapshot ones the model does not read. Which of them the model reads moves a little with each
    # retraining. 10 false flags, among them a purchase order, a partner "joining the Cisco family", dated ownership
    # histories, a buyout guide, doors closed "to new members".
    "dev": (0.995, 0.973),
    "heldout": (1.000, 1.000),
    "heldout2": (1.000, 1.000),
    "heldout3": (1.000, 1.000),
    # never read by anyone tuning the detectors; scored on the final code of each round (README)
    "heldout4": (0.986, 0.936),
    "heldout5": (0.949, 0.870),
    "heldout6": (0.935, 0.915),
    "heldout7": (0.964, 0.839),
    "heldout8": (0.955, 0.885),
    "heldout9": (0.957, 0.872),
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
