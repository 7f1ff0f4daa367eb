"""``scrapy report [--run ID | --round ID] -o report.html``: the page a partner reads."""

from __future__ import annotations

from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from valuation_spiders.commands import open_database
from valuation_spiders.report.data import build_report
from valuation_spiders.report.render import render_report
from valuation_spiders.storage.repository import resolve_runs


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "[--run ID | --round ID] -o report.html"

    def short_desc(self) -> str:
        return "Write an HTML report of a run: flagged companies, evidence, what changed"

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument("--run", type=int, dest="run_id", help="processing run id (default: latest finished)")
        parser.add_argument("--round", dest="round_id", help="every shard run of this round")
        parser.add_argument("-o", "--output", dest="report_path", default="report.html", help="file to write")

    def run(self, args, opts) -> None:
        db = open_database()
        try:
            with db.read_sessions() as session:
                runs = resolve_runs(session, opts.run_id, opts.round_id)
                if not runs:
                    raise UsageError("no such run in the database (see `scrapy runs`)", print_help=False)
                report = build_report(session, runs)
        finally:
            db.close()
        path = Path(opts.report_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_report(report), encoding="utf-8")
        print(f"Wrote {path} ({report.flagged_count} flagged compan{'y' if report.flagged_count == 1 else 'ies'})")
