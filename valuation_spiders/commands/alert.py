"""``scrapy alert``: send a run's alert again, by hand (to ``VALUATION_ALERT_URLS``)."""

from __future__ import annotations

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from valuation_spiders.commands import chosen_runs, open_database


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "[--run ID | --round ID] [--dry-run]"

    def short_desc(self) -> str:
        return "Send a run's alert (newly flagged companies, failed health checks) again"

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument("--run", type=int, dest="run_id", help="processing run id (default: the latest finished one)")
        parser.add_argument("--round", dest="round_id", help="every shard run of this round, as one message")
        parser.add_argument("--dry-run", action="store_true", help="print the message instead of sending it")

    def run(self, args, opts) -> None:
        from valuation_spiders.alerts.runs import alert_for_runs  # imports Apprise: only for this command
        from valuation_spiders.alerts.targets import ENV, AlertTargets

        if opts.run_id is not None and opts.round_id:
            raise UsageError("choose one of --run and --round", print_help=False)
        targets = None
        if not opts.dry_run:
            targets = AlertTargets.from_env()
            for problem in targets.invalid:
                print(f"{ENV}: {problem}")
            if not len(targets):
                raise UsageError(f"{ENV} holds no usable Apprise URL (see the README)", print_help=False)
        db = open_database()
        try:
            with db.read_sessions() as session:
                runs = chosen_runs(session, opts.run_id, opts.round_id)
                max_companies = self.settings.getint("ALERT_MAX_COMPANIES", 50)
                alert = alert_for_runs(session, runs, max_companies)
        finally:
            db.close()
        label = ", ".join(str(r.id) for r in runs)
        if alert is None:
            print(f"Run {label}: no company newly flagged and every health check passed; nothing to send")
            return
        if targets is None:
            print(f"{alert.title}\n\n{alert.body}")
            return
        outcome = targets.send(alert, self.settings.getfloat("ALERT_TIMEOUT", 60.0))
        for failure in outcome.failures:
            print(failure)
        if outcome.sent:
            print(f"Alert for run {label} sent to {', '.join(outcome.sent)}")
        if outcome.failures:
            self.exitcode = 1
