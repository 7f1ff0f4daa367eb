"""Crawl-health checks: do this run's numbers look wrong? Pure: numbers in, verdicts out.

Each check has a name, a value measured on the run, the threshold it is held to, and a verdict:
``passed``, ``failed``, or ``skipped`` (nothing to measure, e.g. no earlier run to compare with).
``extensions/runs.py`` feeds it the run's facts, logs one ERROR line per failed check and stores
the whole list in ``processing_runs.health``; the report, ``scrapy runs`` and the alert show it.

Why not Spidermon: 1.27.0 (the current release) has no upper pins, installs beside Scrapy 2.19
and imports without a warning, but it fights this project's shape. Its monitors are unittest cases
run synchronously in its own ``spider_closed`` receiver, which logs a multi-line block per suite
(titles, one line per monitor, tracebacks for failures) where one ERROR line per failed check is
wanted; their results reach other code only through Spidermon "actions", so storing them on the
processing run and putting them in our alert would take an action writing to our database after
our own run bookkeeping. ``slow_run`` needs earlier runs from our database and the removal checks
need our sync's counts anyway, and it brings 17 more packages (jsonschema[format] and its format
checkers, python-slugify, arrow, ...) for five comparisons. These functions are the same idea (read the run's numbers
after it closes, compare with thresholds and with the last comparable run), tested on their own.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

from valuation_spiders.results import format_duration

PASSED, FAILED, SKIPPED = "passed", "failed", "skipped"


@dataclass(frozen=True)
class HealthThresholds:
    max_failed_url_share: float = 0.20  # HEALTH_MAX_FAILED_URL_SHARE
    min_items: int = 1  # HEALTH_MIN_ITEMS: fewer snapshots than this and the run looks empty
    max_removed_share: float = 0.20  # HEALTH_MAX_REMOVED_SHARE: companies gone / URLs deactivated
    max_duration_ratio: float = 3.0  # HEALTH_MAX_DURATION_RATIO: against the last comparable run
    min_duration_seconds: float = 60.0  # HEALTH_MIN_DURATION_SECONDS: shorter runs are never "slow"


@dataclass(frozen=True)
class RunFacts:
    """What the checks read. ``None``: not known for this run (the check is skipped)."""

    items: int  # snapshots stored in the run (one per URL attempted)
    urls_failed: int  # of those, URLs that could not be fetched at all
    seconds: float
    companies_known: int | None = None  # companies with active URLs before the sync (this share)
    companies_missing: int | None = None  # of those, absent from the source this time
    urls_active_before: int | None = None  # active URLs of the synced companies before the sync
    urls_deactivated: int | None = None
    previous_seconds: float | None = None  # the last comparable finished run
    previous_run_id: int | None = None
    # why the run stopped before its end (source_error, shutdown, ...): nothing is judged then,
    # the run's own error line or interruption says what happened
    stopped: str | None = None


@dataclass(frozen=True)
class Check:
    name: str
    status: str  # passed | failed | skipped
    value: float | int | None
    threshold: float | int
    detail: str

    @property
    def failed(self) -> bool:
        return self.status == FAILED

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _pct(share: float) -> str:
    return f"{share:.0%}"


def _share_check(name: str, part: int | None, whole: int | None, limit: float, what: str) -> Check:
    if part is None or not whole:
        return Check(name, SKIPPED, None, limit, f"no {what} to compare")
    share = part / whole
    status = FAILED if share > limit else PASSED
    return Check(name, status, round(share, 4), limit,
                 f"{_pct(share)} of {what} ({part} of {whole}); the limit is {_pct(limit)}")


def evaluate(facts: RunFacts, limits: HealthThresholds) -> list[Check]:
    checks = [
        _share_check("failed_urls", facts.urls_failed, facts.items, limits.max_failed_url_share,
                     "URLs failed"),
        Check(
            "no_items",
            FAILED if facts.items < limits.min_items else PASSED,
            facts.items,
            limits.min_items,
            f"{facts.items} URL(s) stored; at least {limits.min_items} expected",
        ),
        _share_check("companies_removed", facts.companies_missing, facts.companies_known,
                     limits.max_removed_share, "known companies missing from the source"),
        _share_check("urls_deactivated", facts.urls_deactivated, facts.urls_active_before,
                     limits.max_removed_share, "active URLs deactivated by the sync"),
    ]
    if not facts.previous_seconds or facts.previous_run_id is None:
        checks.append(Check("slow_run", SKIPPED, None, limits.max_duration_ratio,
                            "no earlier finished run with the same arguments"))
    else:
        ratio = facts.seconds / facts.previous_seconds
        slow = ratio > limits.max_duration_ratio and facts.seconds >= limits.min_duration_seconds
        checks.append(Check(
            "slow_run",
            FAILED if slow else PASSED,
            round(ratio, 2),
            limits.max_duration_ratio,
            f"took {format_duration(facts.seconds)}, {ratio:.1f}x run {facts.previous_run_id} "
            f"({format_duration(facts.previous_seconds)}); the limit is {limits.max_duration_ratio:g}x",
        ))
    if facts.stopped:
        return [replace(c, status=SKIPPED, value=None, detail=f"the run stopped early ({facts.stopped})")
                for c in checks]
    return checks


def health_record(checks: list[Check], seconds: float) -> dict[str, Any]:
    """What ``processing_runs.health`` stores: every check, the failed names, the run's seconds
    (the next run's ``slow_run`` compares with them)."""
    return {
        "checks": [c.as_dict() for c in checks],
        "failed": [c.name for c in checks if c.failed],
        "seconds": round(seconds, 3),
    }


def failed_checks(health: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The failed checks of a stored health record (none for runs recorded before checks)."""
    return [c for c in (health or {}).get("checks", []) if c.get("status") == FAILED]


def check_line(check: dict[str, Any]) -> str:
    return f"{check['name']}: {check['detail']}"


def health_summary(health: dict[str, Any] | None) -> str:
    """One short word for listings: ``ok``, ``2 failed``, or ``-`` when the run has no checks."""
    if not health or not health.get("checks"):
        return "-"
    failed = failed_checks(health)
    return f"{len(failed)} failed" if failed else "ok"
