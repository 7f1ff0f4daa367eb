"""Signal kinds and the Signal record shared by every detector."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "FIRST_SNAPSHOT_KINDS",
    "FLAGGING_KINDS",
    "INFORMATIONAL_KINDS",
    "SEVERITY",
    "STATUS_KINDS",
    "TEXT_KINDS",
    "Signal",
    "severity_rank",
]

# A company with at least one of these in a run is flagged for review (PRODUCT.md, Signals).
FLAGGING_KINDS = frozenset({
    "funding", "acquisition", "shutdown", "layoffs",
    "site_down", "parked_domain", "domain_redirect", "domain_repurposed",
})
# name_gone: a short homepage no longer names the company and shows unrelated content; on its own
# too little to call the domain repurposed (assess_company weighs it with the other pages).
INFORMATIONAL_KINDS = frozenset({"major_change", "page_gone", "name_gone", "product_launch", "leadership"})
TEXT_KINDS = ("funding", "acquisition", "shutdown", "layoffs", "product_launch", "leadership")
# Text already on a page the first time we see it only counts for these.
FIRST_SNAPSHOT_KINDS = frozenset({"shutdown", "acquisition"})
# Status kinds describe the site as it is in this run (flagged again while it stays that way).
STATUS_KINDS = frozenset({"site_down", "parked_domain", "domain_redirect", "domain_repurposed"})

# Most serious first: the order flags and reports list signals in.
SEVERITY = (
    "shutdown", "acquisition", "site_down", "parked_domain", "domain_repurposed",
    "domain_redirect", "layoffs", "funding",
    "major_change", "page_gone", "name_gone", "leadership", "product_launch",
)
_RANK = {kind: index for index, kind in enumerate(SEVERITY)}


def severity_rank(kind: str) -> int:
    return _RANK.get(kind, len(SEVERITY))


@dataclass(frozen=True)
class Signal:
    """One thing found on a page or site: its kind, where, and the evidence a person reads.

    ``evidence`` is the sentence (at most 300 characters) for text kinds, a short description
    for status kinds.
    """

    kind: str
    url: str
    evidence: str

    @property
    def flagging(self) -> bool:
        return self.kind in FLAGGING_KINDS
