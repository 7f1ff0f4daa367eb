"""``scrapy demo``: see the tool work in a minute, offline and without credentials.

Serves a small bundled portfolio on 127.0.0.1 in two states (before and after), crawls both with
the real ``companies`` spider (``scrapy crawl`` in a subprocess, the same code path users run)
into a throwaway SQLite database, and writes the report of the second crawl.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from valuation_spiders.demo.portfolio import portfolio_csv, serve_state
from valuation_spiders.demo.sitefarm import SiteFarm


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "[-o demo-report.html] [--keep]"

    def short_desc(self) -> str:
        return "Crawl a bundled example portfolio twice (offline) and write its report"

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument("-o", "--output", dest="report_path", default="demo-report.html")
        parser.add_argument("--keep", action="store_true", help="keep the throwaway database")

    def _crawl(self, workdir: Path, env: dict[str, str], overrides: dict[str, str], label: str) -> None:
        source = workdir / "portfolio.csv"
        command = [
            sys.executable, "-m", "scrapy", "crawl", "companies", "-a", f"source={source}",
            "-a", "render=never", "-s", "ALLOW_PRIVATE_NETWORKS=True",
            "-s", f"RESOLVE_OVERRIDES={json.dumps(overrides)}", "-s", "ROBOTSTXT_OBEY=False",
            "-s", "RETRY_TIMES=0", "-s", "DOWNLOAD_TIMEOUT=10", "-s", "PROGRESS=off",
            "-s", "LOG_FILE=" + str(workdir / f"{label}.log"), "-s", "LOG_LEVEL=INFO",
        ]
        print(f"Crawling the portfolio ({label})...", flush=True)
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        log = (workdir / f"{label}.log").read_text(errors="replace") if (workdir / f"{label}.log").exists() else ""
        results = log[log.rfind("Results:"):].splitlines()[:6] if "Results:" in log else []
        if done.returncode != 0 or not results:
            raise UsageError(f"the demo crawl ({label}) failed; its log: {workdir / f'{label}.log'}", print_help=False)
        print("\n".join("  " + line for line in results), flush=True)

    def run(self, args, opts) -> None:
        workdir = Path(tempfile.mkdtemp(prefix="valuation-demo-"))
        env = {k: v for k, v in os.environ.items() if not k.startswith("AIRTABLE_")}
        env["DATABASE_URL"] = f"sqlite:///{workdir / 'demo.db'}"
        farm = SiteFarm()
        with farm.running():
            (workdir / "portfolio.csv").write_text(portfolio_csv(farm), encoding="utf-8")
            self._crawl(workdir, env, serve_state(farm, "before"), "before")
            self._crawl(workdir, env, serve_state(farm, "after"), "after")
        report = subprocess.run(
            [sys.executable, "-m", "scrapy", "report", "-o", opts.report_path],
            env=env, capture_output=True, text=True,
        )
        if report.returncode != 0:
            raise UsageError(f"could not write the report: {report.stderr.strip()[-300:]}", print_help=False)
        print(report.stdout.strip())
        print(f"Open {Path(opts.report_path).resolve()} in a browser.")
        if opts.keep:
            print(f"Demo database: {env['DATABASE_URL']}")
