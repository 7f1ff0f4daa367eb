"""What a ``scrapy`` command of this project costs before it does any work, against bare Scrapy.

    .venv/bin/python benchmarks/startup.py [--rounds 5]

Every ``scrapy`` command run in the project imports the project's commands (Scrapy loads them all to
list them), and a crawl also starts its analysis worker, which imports the analysis again. The test
suite runs a few hundred such processes, and a user's cron or Scrapyd runs one per job. Runs, each
``--rounds`` times, in subprocesses of this one:

- ``bare``: ``scrapy version`` outside the project (Scrapy's own start, the baseline);
- ``runs``: ``scrapy runs --json`` on a small SQLite database (a command that only reads the database);
- ``crawl``: ``scrapy crawl companies`` of three companies served by a SiteFarm on loopback (start,
  the analysis worker's start, three pages, their analysis and writes).

Prints the median wall time and CPU time (user + system of the process and its children, the
analysis worker included) of each, and each one's ratio to ``bare``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from valuation_spiders.demo.sitefarm import SiteFarm  # noqa: E402

LOCAL = {"ALLOW_PRIVATE_NETWORKS": "True", "RESOLVE_OVERRIDES": json.dumps({"*": "127.0.0.1"}), "ROBOTSTXT_OBEY": "False"}
PAGES = {  # host: (company, its homepage's text)
    "acme-robots.example": ("Acme Robots", "Acme Robots has been acquired by Globex Corporation. Our robots stay on sale."),
    "steady.example": ("Steady Co", "Steady Co makes ledgers for bakeries. Read our latest customer story."),
    "wind-down.example": ("Wind Down", "Wind Down is shutting down. Thank you to every customer who trusted us."),
}


def timed(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one command (CPU: its own and its children's, from this process's
    children's usage, which a waited-for process adds to)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    scrapy = [sys.executable, "-m", "scrapy"]
    with tempfile.TemporaryDirectory() as tmp, SiteFarm().running() as farm:
        work = Path(tmp)
        for host, (name, text) in PAGES.items():
            farm.page(host, "/", f"<html><head><title>{name}</title></head><body><h1>{name}</h1><p>{text}</p></body></html>")
        source = work / "companies.csv"
        source.write_text("Name,Website\n" + "".join(f"{name},{farm.url(host)}\n" for host, (name, _) in PAGES.items()),
                          encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRTABLE_", "DATABASE_URL"))}
        env["DATABASE_URL"] = f"sqlite:///{work / 'runs.db'}"
        crawl = [*scrapy, "crawl", "companies", "-a", f"source={source}"]
        for key, value in LOCAL.items():
            crawl += ["-s", f"{key}={value}"]
        timed(crawl, ROOT, env)  # the database the ``runs`` command reads (and warm caches)
        commands = {"bare": ([*scrapy, "version"], work), "runs": ([*scrapy, "runs", "--json"], ROOT), "crawl": (crawl, ROOT)}
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(args.rounds):  # interleaved, so that load on the machine falls on each alike
            for name, (command, cwd) in commands.items():
                results[name].append(timed(command, cwd, env))
    base_wall = statistics.median(wall for wall, _ in results["bare"])
    base_cpu = statistics.median(cpu for _, cpu in results["bare"])
    print(f"{'command':<7} {'wall s':>7} {'cpu s':>7} {'wall x bare':>12} {'cpu x bare':>11}   (median of {args.rounds})")
    for name, runs in results.items():
        wall, cpu = statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)
        print(f"{name:<7} {wall:7.2f} {cpu:7.2f} {wall / base_wall:12.2f} {cpu / base_cpu:11.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
