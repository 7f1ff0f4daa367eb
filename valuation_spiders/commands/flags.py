"""``scrapy flags``: the flagged companies of a run, with their evidence."""

from __future__ import annotations

import csv
import json
import sys

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from valuation_spiders.commands import chosen_runs, open_database
from valuation_spiders.storage.repository import run_signals


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "[--run ID | --round ID] [--json | --csv] [--all]"

    def short_desc(self) -> str:
        return "List the flagged companies of a run (default: the latest finished one)"

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument("--run", type=int, dest="run_id", help="processing run id")
        parser.add_argument("--round", dest="round_id", help="every shard run of this round")
        parser.add_argument("--json", action="store_true", help="one JSON object per line")
        parser.add_argument("--csv", action="store_true", help="CSV, one row per signal")
        parser.add_argument(
            "--all", action="store_true", help="also companies with only informational signals"
        )

    def run(self, args, opts) -> None:
        if opts.json and opts.csv:
            raise UsageError("choose one of --json and --csv", print_help=False)
        db = open_database()
        try:
            with db.read_sessions() as session:
                runs = chosen_runs(session, opts.run_id, opts.round_id)
                companies = run_signals(session, [r.id for r in runs])
        finally:
            db.close()
        if not opts.all:
            companies = [c for c in companies if c.flagged]
        if opts.json:
            for c in companies:
                print(json.dumps({
                    "run_id": c.run_id,
                    "company_id": c.record_id,
                    "company_name": c.company_name,
                    "signals": [
                        {"kind": s["kind"], "url": s["url"], "evidence": s["evidence"]} for s in c.signals
                    ],
                }, ensure_ascii=False))
            return
        if opts.csv:
            writer = csv.writer(sys.stdout)
            writer.writerow(["run_id", "company_id", "company_name", "kind", "flagging", "url", "evidence"])
            for c in companies:
                for s in c.signals:
                    writer.writerow([c.run_id, c.record_id, c.company_name, s["kind"],
                                     "yes" if s["flagging"] else "no", s["url"], s["evidence"]])
            return
        run_label = ", ".join(str(r.id) for r in runs)
        print(f"Run {run_label}: {len(companies)} flagged compan{'y' if len(companies) == 1 else 'ies'}")
        for c in companies:
            print(f"\n{c.company_name} ({c.record_id})")
            for s in c.signals:
                mark = "!" if s["flagging"] else " "
                print(f"  {mark} {s['kind']:<18} {s['url']}\n      {s['evidence']}")
