"""Run the real ``scrapy crawl companies`` in a subprocess, as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

LOCAL_SETTINGS = {
    "ALLOW_PRIVATE_NETWORKS": "True",
    "RESOLVE_OVERRIDES": json.dumps({"*": "127.0.0.1"}),
    "ROBOTSTXT_OBEY": "False",
    "RETRY_TIMES": "1",
    "DOWNLOAD_TIMEOUT": "10",
    "PROGRESS": "log",
    "PROGRESS_INTERVAL": "1",
}


@dataclass
class CrawlResult:
    returncode: int
    stdout: str
    stderr: str

    @property
    def log(self) -> str:
        return self.stderr

    def results_block(self) -> dict[str, str]:
        lines = self.stderr.splitlines()
        start = max(i for i, line in enumerate(lines) if line.strip() == "Results:")
        block = {}
        for line in lines[start + 1 : start + 6]:
            key, _, value = line.strip().partition(": ")
            block[key] = value
        return block


def crawl(
    *args: str,
    database_url: str,
    settings: dict[str, str] | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 300,
    spider: str = "companies",
    open_files: int | None = None,
) -> CrawlResult:
    """``open_files``: start the crawl with this soft open-files limit (as a systemd service or a
    default login would)."""
    command = [sys.executable, "-m", "scrapy", "crawl", spider]
    raw_next = False
    for arg in args:
        if raw_next or arg.startswith("-"):
            command.append(arg)
            raw_next = arg in ("-O", "-o", "--output", "--overwrite-output", "-L", "--loglevel")
        else:
            command += ["-a", arg]
    for key, value in {**LOCAL_SETTINGS, **(settings or {})}.items():
        command += ["-s", f"{key}={value}"]
    full_env = {
        k: v for k, v in os.environ.items() if not k.startswith(("AIRTABLE_", "DATABASE_URL"))
    }
    full_env.update({"DATABASE_URL": database_url, "PYTHONUNBUFFERED": "1"})
    full_env.update(env or {})
    def limit_open_files():
        import resource

        resource.setrlimit(resource.RLIMIT_NOFILE, (open_files, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))

    proc = subprocess.run(
        command, cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=timeout,
        preexec_fn=limit_open_files if open_files else None,
    )
    return CrawlResult(proc.returncode, proc.stdout, proc.stderr)


def scrapy_command(*args: str, database_url: str, env: dict[str, str] | None = None, timeout: float = 120):
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRTABLE_", "DATABASE_URL"))}
    full_env.update({"DATABASE_URL": database_url, **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *args], cwd=ROOT, env=full_env, capture_output=True,
        text=True, timeout=timeout,
    )
