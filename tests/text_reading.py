"""What the text detectors flag in a passage, read as the crawl of 2026 reads it (the signal sets' READ_YEAR)."""

from __future__ import annotations

from valuation_spiders.analysis.learned import TextModel
from valuation_spiders.analysis.text_signals import detect_text_signals


def rules_read(text: str, company: str) -> set[str]:
    """The rules alone: what each guard does, whatever the trained model reads."""
    return {s.kind for s in detect_text_signals(text, "https://x.example/", first_snapshot=False, company=company,
                                                learned=False, year=2026) if s.flagging}


def crawl_read(text: str, company: str) -> set[str]:
    """Rules and model, as a crawl reads."""
    return {s.kind for s in detect_text_signals(text, "https://x.example/", first_snapshot=False, company=company,
                                                year=2026) if s.flagging}


def first_read(text: str, company: str) -> set[str]:
    """The rules alone on a page seen for the first time: only a sale or a closure counts there."""
    return {s.kind for s in detect_text_signals(text, "https://x.example/", first_snapshot=True, company=company,
                                                learned=False, year=2026) if s.flagging}


def reads_everything(kind: str) -> TextModel:
    """A model sure of ``kind`` in every sentence it is let read: what is flagged is what the guards let through."""
    return TextModel({kind: {"<s>": 9.0}}, {kind: 0.0}, 0.6)
