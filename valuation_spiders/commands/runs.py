"""``scrapy runs``: the processing runs, newest first."""

from __future__ import annotations

import json

from scrapy.commands import ScrapyCommand
from sqlalchemy import select

from valuation_spiders.commands import open_database
from valuation_spiders.health import check_line, failed_checks, health_summary
from valuation_spiders.results import format_duration
from valuation_spiders.storage.models import ProcessingRun
from valuation_spiders.storage.repository import _as_utc, round_runs


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "[--limit N] [--round ID] [--json]"

    def short_desc(self) -> str:
        return "List processing runs (status, shard, counts)"

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument("--limit", type=int, default=20, help="how many runs (default 20)")
        parser.add_argument("--round", dest="round_id", help="only the shard runs of this round")
        parser.add_argument("--json", action="store_true", help="one JSON object per line")

    def run(self, args, opts) -> None:
        db = open_database()
        try:
            with db.read_sessions() as session:
                query = select(ProcessingRun).order_by(ProcessingRun.id.desc()).limit(opts.limit)
                if opts.round_id:
                    query = query.where(ProcessingRun.round_id == opts.round_id)
                runs = list(session.scalars(query))
        finally:
            db.close()
        if opts.json:
            for run in runs:
                print(json.dumps(run_as_dict(run)))
            return
        if not runs:
            print("No processing runs yet. Start one with: scrapy crawl companies -a limit=10")
            return
        header = f"{'run':>5}  {'status':<11} {'started (UTC)':<19} {'time':>8} {'shard':>5} {'round':<12} {'companies':>9} {'flagged':>7} {'failed':>6} {'URLs':>6}  health"
        print(header)
        for run in runs:
            d = run_as_dict(run)
            print(
                f"{run.id:>5}  {run.status:<11} {d['started_at'][:19].replace('T', ' '):<19} "
                f"{d['duration']:>8} {run.shard or '-':>5} {(run.round_id or '-')[:12]:<12} "
                f"{run.companies_processed:>9} {run.companies_flagged:>7} {run.companies_failed:>6} "
                f"{run.urls_scraped:>6}  {health_summary(run.health)}"
            )
            for check in failed_checks(run.health):
                print(f"{'':>7}health check failed: {check_line(check)}")
        rounds = {r.round_id for r in runs if r.round_id}
        for round_id in sorted(rounds):
            shard_runs = round_runs([r for r in runs if r.round_id == round_id])  # re-runs replace
            print(
                f"round {round_id}: {len(shard_runs)} shard run(s), "
                f"{sum(r.companies_processed for r in shard_runs)} companies, "
                f"{sum(r.companies_flagged for r in shard_runs)} flagged, "
                f"statuses {', '.join(sorted({r.status for r in shard_runs}))}"
            )


def run_as_dict(run: ProcessingRun) -> dict:
    started, finished = _as_utc(run.started_at), _as_utc(run.finished_at)
    return {
        "run_id": run.id,
        "status": run.status,
        "started_at": started.isoformat() if started else None,
        "finished_at": finished.isoformat() if finished else None,
        "duration": format_duration((finished - started).total_seconds()) if started and finished else "-",
        "shard": run.shard,
        "round": run.round_id,
        "arguments": run.arguments,
        "processed": run.companies_processed,
        "flagged": run.companies_flagged,
        "failed": run.companies_failed,
        "urls_scraped": run.urls_scraped,
        "finish_reason": run.finish_reason,
        "health": run.health,  # every check: name, status (passed/failed/skipped), value, threshold
    }
