"""Compare two snapshots of one URL: changed or not, how much, and which lines.

Line based and linear in the size of the texts: lines are matched as a multiset on their
normalised form (so reordered blocks and noise are not changes), and the similarity of the
unmatched rest is measured on word pairs, not with difflib (quadratic on long pages).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .noise import normalise_lines, split_ready

__all__ = ["Comparison", "compare_texts", "magnitude_for"]

MINOR_AT = 0.90  # similarity >= this: minor
MAJOR_BELOW = 0.50  # similarity < this: major; in between: moderate


@dataclass(frozen=True)
class Comparison:
    """How ``after`` differs from ``before``.

    ``similarity`` is 1.0 when both are the same after normalisation and falls towards 0.0 as
    the text is replaced. ``added``/``removed`` hold the original (un-normalised) lines.
    """

    changed: bool
    similarity: float
    magnitude: str  # "none" | "minor" | "moderate" | "major"
    added: tuple[str, ...]
    removed: tuple[str, ...]


def magnitude_for(changed: bool, similarity: float) -> str:
    if not changed:
        return "none"
    if similarity >= MINOR_AT:
        return "minor"
    if similarity >= MAJOR_BELOW:
        return "moderate"
    return "major"


def _lines(text: str) -> list[tuple[str, str]]:
    """(normalised, original) for every line that has content after normalisation."""
    text = split_ready(text)
    originals = text.split("\n")
    return [
        (norm, original.strip())
        for norm, original in zip(normalise_lines(text), originals, strict=True)
        if norm
    ]


def _word_pairs(lines: list[str]) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for line in lines:
        words = line.split()
        if len(words) == 1:
            pairs.add((words[0], ""))
        pairs.update(zip(words, words[1:]))
    return pairs


def _unmatched(lines: list[tuple[str, str]], surplus: Counter[str]) -> list[tuple[str, str]]:
    """Lines whose normalised form occurs more often here than on the other side, in order."""
    budget = Counter(surplus)
    out = []
    for norm, original in lines:
        if budget[norm] > 0:
            budget[norm] -= 1
            out.append((norm, original))
    return out


def _originals(lines: list[tuple[str, str]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(original for _, original in lines))


def compare_texts(before: str | None, after: str) -> Comparison:
    """Compare the visible text of two snapshots; ``before=None`` is a first snapshot.

    A first snapshot is not a change: ``changed=False``, magnitude "none", similarity 1.0 and
    every line reported as added (the text that is new to us).
    """
    if before is not None and before == after:  # the common case on a re-crawl: nothing to do
        return Comparison(False, 1.0, "none", (), ())
    after_lines = _lines(after or "")
    if before is None:
        return Comparison(False, 1.0, "none", _originals(after_lines), ())
    before_lines = _lines(before)
    count_before = Counter(norm for norm, _ in before_lines)
    count_after = Counter(norm for norm, _ in after_lines)
    if count_before == count_after:
        return Comparison(False, 1.0, "none", (), ())

    added = _unmatched(after_lines, count_after - count_before)
    removed = _unmatched(before_lines, count_before - count_after)
    common = count_before & count_after
    matched_chars = sum(len(norm) * n for norm, n in common.items())
    total_before = sum(len(norm) for norm, _ in before_lines)
    total_after = sum(len(norm) for norm, _ in after_lines)
    rest_before = sum(len(norm) for norm, _ in removed)
    rest_after = sum(len(norm) for norm, _ in added)

    # The unmatched rest may be the same words re-flowed or lightly edited: score it on word
    # pairs (order-aware, immune to stop-word overlap between unrelated texts).
    rest_score = 0.0
    if removed and added:
        pairs_before = _word_pairs([norm for norm, _ in removed])
        pairs_after = _word_pairs([norm for norm, _ in added])
        union = len(pairs_before) + len(pairs_after)
        if union:
            rest_score = 2 * len(pairs_before & pairs_after) / union
    total = total_before + total_after
    similarity = (2 * matched_chars + rest_score * (rest_before + rest_after)) / total if total else 1.0
    similarity = min(max(similarity, 0.0), 0.999)  # changed, so never "the same"
    similarity = round(similarity, 4)
    return Comparison(
        changed=True,
        similarity=similarity,
        magnitude=magnitude_for(True, similarity),
        added=_originals(added),
        removed=_originals(removed),
    )
