"""What an alert says, and about whom. Pure: no Scrapy, no database, no network.

A company is *newly flagged* in a run when it is flagged there and was not flagged in the
previous finished run that covered it (stored a snapshot of one of its URLs); a company crawled
for the first time and flagged is new too. A site that is still dead, or a company flagged for
the same acquisition again, is not news and is not alerted twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from valuation_spiders.health import check_line

EVIDENCE_CHARS = 300  # an evidence sentence is cut here in the message (the report has it whole)


class FlaggedCompany(Protocol):
    """A company's signals in one run (``storage.repository.CompanyFlags`` is one)."""

    run_id: int
    company_pk: int
    record_id: str
    company_name: str
    signals: list[dict[str, Any]]

    @property
    def flagged(self) -> bool: ...


@dataclass(frozen=True)
class Alert:
    title: str
    body: str


def newly_flagged(
    companies: Iterable[FlaggedCompany], flagged_before: Mapping[int, bool]
) -> list[FlaggedCompany]:
    """The flagged companies that were not flagged in their previous covering run.
    ``flagged_before``: company pk -> flagged in that run; a company absent from it was never
    covered by a finished run before."""
    return [c for c in companies if c.flagged and not flagged_before.get(c.company_pk, False)]


def _clip(text: str, limit: int = EVIDENCE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def compose_alert(
    *,
    label: str,
    status: str,
    newly: Sequence[FlaggedCompany],
    failed_checks: Sequence[dict[str, Any]],
    results: str,
    max_companies: int = 50,
) -> Alert | None:
    """The message for a run (``label``: "run 7" or "round r1 (runs 7, 8)"); None when nothing
    is newly flagged and every health check passed."""
    if not newly and not failed_checks:
        return None
    headline = []
    if newly:
        headline.append(f"{_plural(len(newly), 'company', 'companies')} newly flagged")
    if failed_checks:
        headline.append(f"{_plural(len(failed_checks), 'health check', 'health checks')} failed")
    title = f"valuation_spiders {label}: {', '.join(headline)}"
    lines = [f"{label[0].upper()}{label[1:]} {status}: {', '.join(headline)}."]
    if newly:
        lines += ["", "Newly flagged for review:"]
        for company in list(newly)[:max_companies]:
            lines += ["", f"{company.company_name} ({company.record_id})"]
            for signal in company.signals:
                if not signal.get("flagging"):
                    continue
                lines.append(f"- {signal['kind']}: {_clip(signal['evidence'] or '')}")
                lines.append(f"  {signal['url']}")
        hidden = len(newly) - max_companies
        if hidden > 0:
            lines += ["", f"… and {_plural(hidden, 'more company', 'more companies')} "
                          f"(scrapy flags --run {newly[0].run_id})"]
    if failed_checks:
        lines += ["", "Crawl health:"]
        lines += [f"- {check_line(check)}" for check in failed_checks]
    if results:
        lines += ["", results]
    return Alert(title=title, body="\n".join(lines))
