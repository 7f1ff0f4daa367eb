"""A run's alert from the database: its flagged companies against their previous covering runs,
its failed health checks, its results block (used after a crawl and by ``scrapy alert``)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from valuation_spiders.alerts.message import Alert, compose_alert, newly_flagged
from valuation_spiders.health import failed_checks
from valuation_spiders.storage.models import ProcessingRun
from valuation_spiders.storage.repository import flagged_before, run_signals


def runs_label(runs: Sequence[ProcessingRun]) -> str:
    if len(runs) == 1:
        run = runs[0]
        where = f" (round {run.round_id}, shard {run.shard})" if run.round_id and run.shard else (
            f" (shard {run.shard})" if run.shard else "")
        return f"run {run.id}{where}"
    return f"round {runs[0].round_id} (runs {', '.join(str(r.id) for r in runs)})"


def alert_for_runs(session: Session, runs: Sequence[ProcessingRun], max_companies: int = 50) -> Alert | None:
    companies = run_signals(session, [r.id for r in runs])
    newly = []
    for run in runs:
        in_run = [c for c in companies if c.run_id == run.id and c.flagged]
        before = flagged_before(session, run.id, [c.company_pk for c in in_run])
        newly += newly_flagged(in_run, before)
    checks = []
    for run in runs:
        prefix = f"run {run.id} " if len(runs) > 1 else ""
        checks += [{**c, "name": prefix + c["name"]} for c in failed_checks(run.health)]
    statuses = sorted({r.status for r in runs})
    if len(runs) == 1:
        results = runs[0].results or ""
    else:
        results = "\n\n".join(f"Run {r.id} (shard {r.shard}):\n{r.results}" for r in runs if r.results)
    return compose_alert(
        label=runs_label(runs),
        status="/".join(statuses),
        newly=sorted(newly, key=lambda c: c.company_name.casefold()),
        failed_checks=checks,
        results=results,
        max_companies=max_companies,
    )
