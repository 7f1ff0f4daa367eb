"""Look-alikes the trained sentence model (analysis/learned.py) reads as news and the rules do not:
its known errors, kept visible in the rules' tables. strict: when a retrained model reads one right,
the test says so and the mark goes."""

from __future__ import annotations

import pytest

MODEL_MISREAD = pytest.mark.xfail(strict=True, reason="known error of the trained sentence model")
