"""Crawl benchmark: the full ``companies`` crawl beside a bare Scrapy spider, same URLs, same run.

    python -m benchmarks.crawl --hosts 1000 --urls-per-host 6 --page-kb 20 --latency-ms 100
    python -m benchmarks.crawl --hosts 10000 --urls-per-host 6 --databases sqlite
    python -m benchmarks.crawl --hosts 1000 --databases sqlite,postgresql --recrawl
    python -m benchmarks.crawl --hosts 1000 --databases sqlite --shards 2

It starts a site farm in its own process (pinned to CPU 1 where allowed; the crawls run on CPU 0),
then runs (a) the bare spider and (b) ``scrapy crawl companies`` with every pipeline, the signals
and the database, and prints pages/s, CPU seconds per 1,000 pages, peak RSS and the ratio b/a.
With ``--recrawl`` it crawls again (unchanged pages) and prints the database bytes added per URL.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
PG_ADMIN = os.environ.get("TEST_POSTGRES_ADMIN", "postgresql://postgres@127.0.0.1:5432/postgres")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Measure:
    label: str
    pages: int
    seconds: float
    cpu: float
    rss_mb: float
    exit_code: int
    failed: int = 0  # URLs that ended without a response (after retries)

    @property
    def rate(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    def row(self) -> str:
        per_k = self.cpu / self.pages * 1000 if self.pages else float("nan")
        return (
            f"{self.label:<34} {self.pages:>7} pages {self.seconds:>8.1f} s {self.rate:>8.1f} pages/s "
            f"{per_k:>7.2f} CPU s/1k pages {self.rss_mb:>7.1f} MB peak RSS"
            + (f"  ({self.failed} URLs failed)" if self.failed else "")
        )


def run_measured(command: list[str], cwd: Path, env: dict[str, str], log_path: Path, cpu: int | None) -> tuple[int, float, float, str]:
    with log_path.open("w") as log:
        proc = subprocess.Popen(command, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
        if cpu is not None and hasattr(os, "sched_setaffinity"):
            try:
                os.sched_setaffinity(proc.pid, {cpu})
            except OSError:
                pass
        _, status, usage = os.wait4(proc.pid, 0)
    text = log_path.read_text(errors="replace")
    cpu_seconds = usage.ru_utime + usage.ru_stime
    return os.waitstatus_to_exitcode(status), cpu_seconds, usage.ru_maxrss / 1024, text


def stat(text: str, name: str) -> float:
    match = re.search(rf"'{re.escape(name)}': ([0-9.]+)", text)
    return float(match.group(1)) if match else 0.0


def write_inputs(workdir: Path, hosts: int, per_host: int, port: int, addresses: int = 1) -> tuple[Path, Path]:
    urls, rows = [], ["Name,Website,URLs"]
    for h in range(hosts):
        host = f"c{h:05d}.g{h % addresses}.bench-portfolio.com"  # group k is at 127.0.0.(k+1)
        pages = [f"http://{host}:{port}/"] + [f"http://{host}:{port}/p{k}" for k in range(1, per_host)]
        urls += pages
        rows.append(f'Company {h:05d},{pages[0]},"' + "\n".join(pages[1:]) + '"')
    url_file, csv_file = workdir / "urls.txt", workdir / "companies.csv"
    url_file.write_text("\n".join(urls) + "\n")
    csv_file.write_text("\n".join(rows) + "\n")
    return url_file, csv_file


def overrides(addresses: int) -> dict[str, str]:
    return {f"*.g{k}.bench-portfolio.com": f"127.0.0.{k + 1}" for k in range(addresses)}


def common_settings(args) -> list[str]:
    settings = {
        "CONCURRENT_REQUESTS": args.concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": args.per_domain,
        "LOG_LEVEL": "INFO",
        "LOGSTATS_INTERVAL": 10,
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,
    }
    out = []
    for key, value in settings.items():
        out += ["-s", f"{key}={value}"]
    return out


def bare(args, url_file: Path, workdir: Path) -> Measure:
    command = [PY, "-m", "scrapy", "runspider", str(ROOT / "benchmarks" / "bare_spider.py"),
               "-a", f"urls={url_file}", "-s", "TWISTED_DNS_RESOLVER=bare_spider.LoopbackResolver",
               *common_settings(args), *[a for item in args.bare_extra for a in ("-s", item)]]
    command = profiled(args, command, "bare")
    env = {**os.environ, "PYTHONPATH": ""}
    code, cpu, rss, text = run_measured(command, workdir, env, workdir / "bare.log", args.crawl_cpu)
    pages = int(stat(text, "response_received_count"))
    failed = int(stat(text, "log_count/ERROR"))  # the bare spider has no errback: one ERROR per failed URL
    return Measure("(a) bare Scrapy spider", pages, stat(text, "elapsed_time_seconds"), cpu, rss, code, failed)


def profiled(args, command: list[str], label: str) -> list[str]:
    """``command`` under ``py-spy record`` (all its processes) when --profile DIR is given."""
    if not args.profile:
        return command
    Path(args.profile).mkdir(parents=True, exist_ok=True)
    out = Path(args.profile).resolve() / (re.sub(r"\W+", "_", label).strip("_") + ".txt")
    spy = Path(PY).with_name("py-spy")
    return [str(spy), "record", "--subprocesses", "--rate", "100", "--format", "raw", "--nonblocking",
            "--output", str(out), "--", *command]


def companies(args, csv_file: Path, workdir: Path, database_url: str, label: str, extra: list[str]) -> tuple[Measure, str]:
    command = [PY, "-m", "scrapy", "crawl", "companies", "-a", f"source={csv_file}",
               *common_settings(args),
               "-s", "ALLOW_PRIVATE_NETWORKS=True", "-s", f"RESOLVE_OVERRIDES={json.dumps(overrides(args.addresses))}",
               "-s", "ROBOTSTXT_OBEY=False", "-s", "PROGRESS=off", "-s", "RENDER_MODE=never", *extra]
    command = profiled(args, command, label)
    env = {**os.environ, "DATABASE_URL": database_url}
    env.pop("AIRTABLE_API_KEY", None)
    code, cpu, rss, text = run_measured(command, ROOT, env, workdir / f"{label.replace(' ', '_')}.log", args.crawl_cpu)
    pages = int(stat(text, "valuation/urls_fetched"))
    failed = int(stat(text, "valuation/urls_failed"))
    return Measure(label, pages, stat(text, "elapsed_time_seconds"), cpu, rss, code, failed), text


def sharded(args, csv_file: Path, workdir: Path, database_url: str, label: str, extra: list[str]) -> Measure:
    """``--shards N``: N ``companies`` crawls of one round at once (``-a shard=i/N``) into one
    database, as on one machine with N processes; pages/s over the wall time of the whole."""
    import time

    procs = []
    start = time.monotonic()
    for index in range(1, args.shards + 1):
        command = [PY, "-m", "scrapy", "crawl", "companies", "-a", f"source={csv_file}",
                   "-a", f"shard={index}/{args.shards}", "-a", "round=bench",
                   *common_settings(args),
                   "-s", "ALLOW_PRIVATE_NETWORKS=True", "-s", f"RESOLVE_OVERRIDES={json.dumps(overrides(args.addresses))}",
                   "-s", "ROBOTSTXT_OBEY=False", "-s", "PROGRESS=off", "-s", "RENDER_MODE=never", *extra]
        env = {**os.environ, "DATABASE_URL": database_url}
        env.pop("AIRTABLE_API_KEY", None)
        log = (workdir / f"{label.replace(' ', '_')}-{index}.log").open("w")
        procs.append((subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT), log))
    cpu, rss, codes = 0.0, 0.0, []
    for proc, log in procs:
        _, status, usage = os.wait4(proc.pid, 0)
        log.close()
        cpu += usage.ru_utime + usage.ru_stime
        rss = max(rss, usage.ru_maxrss / 1024)
        codes.append(os.waitstatus_to_exitcode(status))
    seconds = time.monotonic() - start
    pages = failed = 0
    starts, finishes = [], []
    for index in range(1, args.shards + 1):
        text = (workdir / f"{label.replace(' ', '_')}-{index}.log").read_text(errors="replace")
        pages += int(stat(text, "valuation/urls_fetched"))
        failed += int(stat(text, "valuation/urls_failed"))
        starts += [stat_time(text, "start_time")]
        finishes += [stat_time(text, "finish_time")]
    if all(starts) and all(finishes):  # as (b)'s elapsed_time_seconds: first spider open to last close
        seconds = max(finishes) - min(starts)
    return Measure(label, pages, seconds, cpu, rss, max(codes), failed)


def stat_time(text: str, name: str) -> float:
    """A datetime of Scrapy's stats dump, as a POSIX timestamp (0.0 if absent)."""
    from datetime import UTC, datetime

    match = re.search(rf"'{re.escape(name)}': datetime\.datetime\(([0-9, ]+)", text)
    if not match:
        return 0.0
    parts = [int(x) for x in match.group(1).split(",") if x.strip()]
    return datetime(*parts, tzinfo=UTC).timestamp()


def database_bytes(url: str) -> int:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            size = conn.exec_driver_sql("PRAGMA page_count").scalar() * conn.exec_driver_sql("PRAGMA page_size").scalar()
        else:
            size = conn.execute(text("SELECT pg_database_size(current_database())")).scalar()
    engine.dispose()
    return int(size)


def fresh_database(kind: str, workdir: Path) -> tuple[str, callable]:
    if kind == "sqlite":
        path = workdir / f"bench-{uuid.uuid4().hex[:6]}.db"
        return f"sqlite:///{path}", lambda: None
    import psycopg

    name = f"vs_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop():
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://") + f"/{name}", drop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hosts", type=int, default=1000)
    parser.add_argument("--urls-per-host", type=int, default=6)
    parser.add_argument("--page-kb", type=float, default=20)
    parser.add_argument("--latency-ms", type=float, default=100)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--per-domain", type=int, default=4)
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--recrawl", action="store_true", help="crawl again and report bytes added per URL")
    parser.add_argument("--skip-bare", action="store_true")
    parser.add_argument("--farm-cpu", type=int, default=1)
    parser.add_argument("--addresses", type=int, default=16,
                        help="loopback addresses the farm listens on (hosts are spread over them)")
    parser.add_argument("--crawl-cpu", type=int, default=None, help="pin the crawls to this CPU")
    parser.add_argument("--profile", metavar="DIR", default=None,
                        help="record each crawl with py-spy (all processes, raw stacks) into DIR; "
                             "CPU figures then include py-spy's own")
    parser.add_argument("--shards", type=int, default=1,
                        help="instead of (b): this many shard crawls of one round at once into one database")
    parser.add_argument("--bare-extra", action="append", default=[], help="extra -s NAME=VALUE for the bare spider")
    parser.add_argument("--extra", action="append", default=[], help="extra -s NAME=VALUE for the companies crawl")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="vs-bench-"))
    port = free_port()
    farm = subprocess.Popen(
        [PY, "-m", "benchmarks.sitefarm", "--port", str(port), "--page-kb", str(args.page_kb),
         "--latency-ms", str(args.latency_ms), "--cpu", str(args.farm_cpu), "--addresses", str(args.addresses)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    assert farm.stdout is not None
    farm.stdout.readline()
    url_file, csv_file = write_inputs(workdir, args.hosts, args.urls_per_host, port, args.addresses)
    total = args.hosts * args.urls_per_host
    print(f"{args.hosts} hosts x {args.urls_per_host} URLs = {total} pages of ~{args.page_kb:g} KB, "
          f"median latency {args.latency_ms:g} ms, CONCURRENT_REQUESTS={args.concurrency}, "
          f"per domain {args.per_domain}; farm pid {farm.pid}; work dir {workdir}")
    extra = []
    for item in args.extra:
        extra += ["-s", item]
    results: list[Measure] = []
    try:
        baseline = None
        if not args.skip_bare:
            baseline = bare(args, url_file, workdir)
            results.append(baseline)
            print(baseline.row(), flush=True)
        for kind in [k for k in args.databases.split(",") if k]:
            url, drop = fresh_database(kind, workdir)
            try:
                if args.shards > 1:
                    measure = sharded(args, csv_file, workdir, url, f"(c) {args.shards} shards at once, {kind}", extra)
                    results.append(measure)
                    print(measure.row(), flush=True)
                    if baseline and baseline.rate:
                        print(f"    ratio c/a = {measure.rate / baseline.rate:.2f} (first spider open to last close)")
                    continue
                measure, _ = companies(args, csv_file, workdir, url, f"(b) companies crawl, {kind}", extra)
                results.append(measure)
                print(measure.row(), flush=True)
                if baseline and baseline.rate:
                    print(f"    ratio b/a = {measure.rate / baseline.rate:.2f}")
                first = database_bytes(url)
                print(f"    database after first crawl: {first / 1e6:.1f} MB, {first / max(measure.pages, 1):.0f} bytes per URL")
                if args.recrawl:
                    again, _ = companies(args, csv_file, workdir, url, f"(b') re-crawl unchanged, {kind}", extra)
                    results.append(again)
                    print(again.row(), flush=True)
                    if baseline and baseline.rate:
                        print(f"    ratio b'/a = {again.rate / baseline.rate:.2f}")
                    second = database_bytes(url)
                    print(f"    re-crawl added {(second - first) / 1e6:.2f} MB, "
                          f"{(second - first) / max(again.pages, 1):.0f} bytes per URL")
            finally:
                drop()
    finally:
        farm.terminate()
        farm.wait(10)
    print(json.dumps([m.__dict__ | {"rate": round(m.rate, 1)} for m in results]))
    if any(m.exit_code for m in results):
        sys.exit(1)


if __name__ == "__main__":
    main()
