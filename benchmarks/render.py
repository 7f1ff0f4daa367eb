"""Benchmark: render many JavaScript-only pages through the real spider and watch memory.

Starts a SiteFarm with PAGES pages whose text only JavaScript writes (each also asks for an image,
a font and a shared script bundle, as real app shells do), crawls them with ``render=always`` in a
``scrapy crawl companies`` subprocess, and samples from /proc, every INTERVAL seconds:

- the RSS of the crawl process (Python),
- the RSS of Playwright's driver (node),
- the PSS summed over all Chromium processes (PSS, not RSS: Chromium's processes share most of
  their pages, and summed RSS would count the shared ones once per process).

Pages done = page navigations the farm has answered. Prints the peaks reached by 50, 100, 150...
pages, then pages/s. Memory that levels off shows as flat peaks across the milestones.

    .venv/bin/python benchmarks/render.py [--pages 240] [--hosts 12] [--interval 0.25]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.crawling import LOCAL_SETTINGS  # noqa: E402
from tests.servers.sites import SiteFarm  # noqa: E402

BUNDLE = "/static/app.js"
# ~40 KB of script, like a small framework bundle: the pages depend on it to write their text
BUNDLE_JS = (
    "window.__app = {render: function (el, html) { el.innerHTML = html; }};\n"
    + "".join(f"window.__pad{i} = '{'x' * 400}';\n" for i in range(100))
)


def js_page(company: str, n: int) -> str:
    words = " ".join(f"word{i}" for i in range(120))
    return f"""<!doctype html><html><head><title>Loading…</title>
<link rel="preload" href="/static/font.woff2" as="font" crossorigin>
<script src="{BUNDLE}"></script></head>
<body><div id="root"></div><img src="/static/hero.png" alt="">
<noscript>You need to enable JavaScript to run this app.</noscript>
<script>
document.title = "{company} page {n}";
window.__app.render(document.getElementById("root"),
  "<main><h1>{company} page {n}</h1><p>{company} is winding down operations. {words}</p></main>");
</script></body></html>"""


def _proc_children() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        # the command name may hold spaces and parentheses: split after the last ')'
        fields = stat[stat.rfind(")") + 2 :].split()
        children.setdefault(int(fields[1]), []).append(int(entry))
    return children


def _descendants(pid: int) -> list[int]:
    children = _proc_children()
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _kib(path: str, key: str) -> int:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _name(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return ""


def sample(crawl_pid: int) -> dict[str, float]:
    crawl_rss = _kib(f"/proc/{crawl_pid}/status", "VmRSS")
    node_rss = chromium_pss = 0
    chromium_count = 0
    for pid in _descendants(crawl_pid):
        name = _name(pid)
        if name.startswith("node"):
            node_rss += _kib(f"/proc/{pid}/status", "VmRSS")
        elif "chrom" in name or "headless" in name:
            chromium_pss += _kib(f"/proc/{pid}/smaps_rollup", "Pss")
            chromium_count += 1
    return {
        "crawl_rss": crawl_rss / 1024,
        "node_rss": node_rss / 1024,
        "chromium_pss": chromium_pss / 1024,
        "chromium_procs": chromium_count,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=240)
    parser.add_argument("--hosts", type=int, default=12)
    parser.add_argument("--interval", type=float, default=0.25)
    parser.add_argument("--step", type=int, default=50, help="report memory every STEP pages")
    parser.add_argument("--log", help="keep the crawl's log in this file")
    parser.add_argument("-s", "--set", action="append", default=[], help="extra NAME=VALUE Scrapy setting")
    args = parser.parse_args()

    farm = SiteFarm()
    per_host = -(-args.pages // args.hosts)
    rows, page_paths = [], set()
    for h in range(args.hosts):
        host = f"app{h:02d}.example"
        company = f"App {h:02d}"
        farm.page(host, BUNDLE, BUNDLE_JS, headers={"Content-Type": "application/javascript"})
        urls = []
        for n in range(per_host):
            if h * per_host + n >= args.pages:
                break
            path = "/" if n == 0 else f"/p{n}"
            farm.page(host, path, js_page(company, n))
            page_paths.add((host, path))
            urls.append(farm.url(host, path))
        rows.append({"Name": company, "Website": urls[0], "URLs": "\n".join(urls[1:])})

    with tempfile.TemporaryDirectory() as tmp, farm.running():
        source = Path(tmp) / "companies.csv"
        with source.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=["Name", "Website", "URLs"])
            writer.writeheader()
            writer.writerows(rows)
        feed = Path(tmp) / "out.jsonl"
        settings = {**LOCAL_SETTINGS, "PROGRESS": "off", "LOG_LEVEL": "INFO"}
        settings.update(dict(item.split("=", 1) for item in args.set))
        command = [sys.executable, "-m", "scrapy", "crawl", "companies",
                   "-a", f"source={source}", "-a", "render=always", f"--overwrite-output={feed}"]
        for key, value in settings.items():
            command += ["-s", f"{key}={value}"]
        env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRTABLE_", "DATABASE_URL"))}
        env["DATABASE_URL"] = f"sqlite:///{Path(tmp) / 'bench.db'}"
        log_path = Path(tmp) / "crawl.log"

        def pages_done() -> int:
            return sum(1 for host, path, _ in list(farm.requests) if (host, path) in page_paths)

        samples: list[tuple[float, int, dict[str, float]]] = []
        with log_path.open("w") as log:
            start = time.monotonic()
            proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
            stop = threading.Event()

            def sampler() -> None:
                while not stop.is_set():
                    samples.append((time.monotonic() - start, pages_done(), sample(proc.pid)))
                    stop.wait(args.interval)

            thread = threading.Thread(target=sampler, daemon=True)
            thread.start()
            proc.wait()
            stop.set()
            thread.join()
            elapsed = time.monotonic() - start
        log_text = log_path.read_text()
        if args.log:
            Path(args.log).write_text(log_text)
        items = [json.loads(line) for line in feed.read_text().splitlines()] if feed.exists() else []

    rendered = sum(1 for i in items if i.get("rendered"))
    first_page_at = next((t for t, done, _ in samples if done > 0), 0.0)
    last_page_at = next((t for t, done, _ in samples if done >= args.pages), elapsed)
    print(f"crawl exit code {proc.returncode}; {len(items)} items, {rendered} rendered, "
          f"{sum(1 for i in items if (i.get('title') or '').startswith('App '))} with the title JavaScript wrote")
    print(f"wall time {elapsed:.1f}s (first page answered at {first_page_at:.1f}s: "
          "Python start-up, database, browser launch)")
    span = max(last_page_at - first_page_at, 1e-9)
    print(f"throughput {args.pages / elapsed:.2f} pages/s overall, {args.pages / span:.2f} pages/s "
          f"while rendering")
    print()
    print("memory in MiB; 'peak' = highest sample so far, 'now' = the sample at that page count")
    print(f"{'pages':>6} {'t (s)':>7} {'crawl RSS peak':>15} {'node RSS peak':>14} {'Chromium PSS peak':>18} "
          f"{'Chromium PSS now':>17} {'Chromium procs':>15}")
    peak = {"crawl_rss": 0.0, "node_rss": 0.0, "chromium_pss": 0.0, "chromium_procs": 0}
    milestones = list(range(args.step, args.pages + 1, args.step))
    if milestones[-1] != args.pages:
        milestones.append(args.pages)
    for t, done, values in samples:
        for key in peak:
            peak[key] = max(peak[key], values[key])
        while milestones and done >= milestones[0]:
            print(f"{milestones.pop(0):>6} {t:>7.1f} {peak['crawl_rss']:>15.0f} {peak['node_rss']:>14.0f} "
                  f"{peak['chromium_pss']:>18.0f} {values['chromium_pss']:>17.0f} {values['chromium_procs']:>15}")
    stats = {}
    for key in ("playwright/page_count", "playwright/page_count/closed", "playwright/page_count/max_concurrent",
                "playwright/request_count/aborted", "playwright/context_count", "valuation/render/contexts_recycled",
                "valuation/render/rendered", "valuation/render/failed"):
        for line in log_text.splitlines():
            if f"'{key}':" in line:
                stats[key] = line.split(":", 1)[1].strip().rstrip(",")
    print()
    print("stats:", ", ".join(f"{k}={v}" for k, v in stats.items()))
    if proc.returncode != 0:
        print(log_text[-3000:])
    return proc.returncode


if __name__ == "__main__":
    raise SystemExit(main())
