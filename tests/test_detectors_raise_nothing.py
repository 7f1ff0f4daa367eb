"""The text detectors raise nothing on any passage of the development sets.

``detect_text_signals`` catches every exception, so that one unreadable text never stops a crawl: the price is that a
mistake in a detector (a name left undefined by an edit, a group read that a pattern does not have) would only show as
flags that quietly stop. This reads every development passage through the detectors underneath that guard, rules and
model, as a crawl reads it, so such a mistake fails here with its traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from valuation_spiders.analysis import text_signals
from valuation_spiders.analysis.learned import text_model

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from train_text_model import SETS, TRAINING_SETS  # noqa: E402


@pytest.mark.parametrize("name", TRAINING_SETS)
def test_every_development_passage_is_read_without_an_exception(name):
    model = text_model()
    assert model is not None
    lines = (SETS / name / "sentences.jsonl").read_text("utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        row = json.loads(line)
        try:
            text_signals._detect(row["text"], "https://company.example/news", first_snapshot=row.get("first_snapshot", False),
                                 company=row["company"], model=model, year=2026)
        except Exception as error:  # (the point is to name any of them)
            pytest.fail(f"{name}/sentences.jsonl:{number}: {type(error).__name__}: {error}")
