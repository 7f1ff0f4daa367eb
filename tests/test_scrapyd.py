"""The project as Scrapyd runs it: a real ``scrapyd`` on a loopback port with its own directories,
the egg built and uploaded by ``scrapyd-deploy``, a job scheduled through ``schedule.json`` and
watched through ``listjobs.json``, against PostgreSQL and a fake Airtable.

Configuration reaches the job only through the daemon's environment (``DATABASE_URL``,
``AIRTABLE_*``); ``schedule.json`` carries spider arguments and non-secret settings. The token and
the database password must appear in no job listing and no log.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
import requests
from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import make_url

from tests.conftest import require
from tests.crawling import ROOT
from tests.servers.fake_airtable import FakeAirtable, record_id
from tests.servers.sites import free_port
from valuation_spiders.storage.models import Company, ProcessingRun, WebsiteSnapshot

BIN = Path(sys.executable).parent
SCRAPYD, SCRAPYD_DEPLOY = BIN / "scrapyd", BIN / "scrapyd-deploy"
PROJECT = "valuation_spiders"
TOKEN = "patSCRAPYDtoken0123456789.feedfacecafe"
DB_PASSWORD = "dbPASSWORDnotInLogs42"
LOCAL_SETTINGS = {
    "ALLOW_PRIVATE_NETWORKS": "True",
    "RESOLVE_OVERRIDES": json.dumps({"*": "127.0.0.1"}),
    "ROBOTSTXT_OBEY": "False",
}


def clean_environ() -> dict[str, str]:
    """The test's environment without anything that could point a job elsewhere."""
    return {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("AIRTABLE_", "DATABASE_URL", "SCRAPY_", "SCRAPYD_", "PYTHONPATH"))
    }


def copy_project(dest: Path, deploy_targets: dict[str, str]) -> Path:
    """The project as a user checks it out, plus deploy targets appended to its scrapy.cfg.

    scrapyd-deploy builds in the project folder (build/, *.egg-info): a copy keeps the working
    tree clean and proves the egg needs nothing outside setup.py, scrapy.cfg and the package."""
    dest.mkdir()
    shutil.copytree(
        ROOT / PROJECT, dest / PROJECT, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    shutil.copy(ROOT / "setup.py", dest / "setup.py")
    cfg = (ROOT / "scrapy.cfg").read_text()
    for name, url in deploy_targets.items():
        cfg += f"\n[deploy:{name}]\nurl = {url}\nproject = {PROJECT}\n"
    (dest / "scrapy.cfg").write_text(cfg)
    return dest


class ScrapydNode:
    """One ``scrapyd`` daemon with its own config file and eggs/logs/items/dbs folders."""

    def __init__(self, root: Path, env: dict[str, str], *, max_proc: int = 1):
        self.root = root
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = env
        self.dirs = {name: root / name for name in ("eggs", "logs", "items", "dbs")}
        for path in self.dirs.values():
            path.mkdir(parents=True)
        (root / "scrapyd.conf").write_text(
            "[scrapyd]\n"
            "bind_address = 127.0.0.1\n"
            f"http_port = {self.port}\n"
            f"eggs_dir = {self.dirs['eggs']}\n"
            f"logs_dir = {self.dirs['logs']}\n"
            f"items_dir = {self.dirs['items']}\n"
            f"dbs_dir = {self.dirs['dbs']}\n"
            f"max_proc = {max_proc}\n"
            "poll_interval = 0.2\n"
        )
        self.output = root / "scrapyd.out"
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 30) -> None:
        # cwd holds scrapyd.conf (read from the working directory) and no scrapy.cfg above it,
        # so the jobs can only run the deployed egg
        with self.output.open("wb") as out:
            self.process = subprocess.Popen(
                [str(SCRAPYD), "--pidfile", str(self.root / "twistd.pid")],
                cwd=self.root,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"scrapyd exited with {self.process.returncode}:\n{self.log()[-3000:]}")
            try:
                if requests.get(f"{self.url}/daemonstatus.json", timeout=2).json()["status"] == "ok":
                    return
            except (requests.RequestException, ValueError):
                pass
            time.sleep(0.2)
        pytest.fail(f"scrapyd did not answer on {self.url}:\n{self.log()[-3000:]}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)

    def log(self) -> str:
        return self.output.read_text(errors="replace") if self.output.exists() else ""

    def schedule(self, spider: str, args: dict[str, str], settings: dict[str, str]) -> str:
        data = [("project", PROJECT), ("spider", spider), *args.items()]
        data += [("setting", f"{k}={v}") for k, v in settings.items()]
        answer = requests.post(f"{self.url}/schedule.json", data=data, timeout=30).json()
        assert answer["status"] == "ok", answer
        return answer["jobid"]

    def wait_finished(self, job_ids: list[str], timeout: float = 120) -> list[str]:
        """Poll listjobs.json until every job has finished; returns every listing seen."""
        listings = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            response = requests.get(f"{self.url}/listjobs.json", params={"project": PROJECT}, timeout=10)
            listings.append(response.text)
            finished = {job["id"] for job in response.json()["finished"]}
            if finished >= set(job_ids):
                return listings
            time.sleep(0.5)
        pytest.fail(f"jobs {job_ids} did not finish in {timeout}s:\n{listings[-1]}\n{self.log()[-3000:]}")

    def job_log(self, spider: str, job_id: str) -> str:
        return (self.dirs["logs"] / PROJECT / spider / f"{job_id}.log").read_text(errors="replace")

    def job_items(self, spider: str, job_id: str) -> list[dict]:
        path = self.dirs["items"] / PROJECT / spider / f"{job_id}.jl"
        return [json.loads(line) for line in path.read_text().splitlines()]


def deploy(project_dir: Path, target: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(SCRAPYD_DEPLOY), target, "--version", "1.0.0-test"],
        cwd=project_dir,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def portfolio(farm, count: int) -> list[dict]:
    records = []
    for i in range(count):
        host = f"venture{i:02d}.com"
        farm.page(host, "/", f"<html><title>Venture {i}</title><body><h1>Venture {i}</h1><p>Venture {i} makes batteries.</p></body></html>")
        for path in ("/team", "/pricing"):
            farm.page(host, path, f"<html><title>{path}</title><body><p>{path} of Venture {i}</p></body></html>")
        records.append(
            {
                "id": record_id(i),
                "fields": {
                    "Name": f"Venture {i:02d}",
                    "Website": farm.url(host, "/"),
                    "URLs": "\n".join([farm.url(host, "/team"), farm.url(host, "/pricing")]),
                },
            }
        )
    return records


# Run with the egg first on sys.path, from a folder outside the project: reads every data file
# through importlib.resources and migrates a fresh SQLite database, all from inside the zip.
ZIPPED_EGG_PROBE = """
import json, sys
from importlib import resources
egg, data_files, database = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]
sys.path.insert(0, egg)
import valuation_spiders
assert valuation_spiders.__file__.startswith(egg), valuation_spiders.__file__
root = resources.files("valuation_spiders")
sizes = {name: len(root.joinpath(*name.split("/")).read_bytes()) for name in data_files}
from valuation_spiders.storage.database import make_engine, table_names, upgrade
engine = make_engine(database)
revision = upgrade(engine)
print(json.dumps({"sizes": sizes, "revision": revision, "tables": table_names(engine)}))
"""


def test_egg_holds_every_file_of_the_package_and_works_zipped(tmp_path):
    """Scrapyd runs the egg zipped: every file the package reads (migrations, templates) must be
    in it and readable from inside the zip."""
    require(SCRAPYD_DEPLOY.exists(), f"scrapyd-deploy ({SCRAPYD_DEPLOY})")
    project = copy_project(tmp_path / "project", {})
    egg = tmp_path / "project.egg"
    built = subprocess.run(
        [str(SCRAPYD_DEPLOY), "--build-egg", str(egg)],
        cwd=project, env=clean_environ(), capture_output=True, text=True, timeout=120,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    with zipfile.ZipFile(egg) as archive:
        names = set(archive.namelist())
        entry_points = archive.read("EGG-INFO/entry_points.txt").decode()
    source = {
        path.relative_to(project / PROJECT).as_posix(): path
        for path in (project / PROJECT).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert {f"{PROJECT}/{name}" for name in source} - names == set()
    assert "settings = valuation_spiders.settings" in entry_points
    assert "EGG-INFO/zip-safe" in names

    data_files = sorted(name for name in source if not name.endswith(".py"))
    assert "storage/migrations/script.py.mako" in data_files
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    probe = subprocess.run(
        [sys.executable, "-c", ZIPPED_EGG_PROBE, str(egg), json.dumps(data_files),
         f"sqlite:///{outside / 'egg.db'}"],
        cwd=outside, env=clean_environ(), capture_output=True, text=True, timeout=120,
    )
    assert probe.returncode == 0, probe.stderr[-3000:]
    found = json.loads(probe.stdout.splitlines()[-1])
    assert found["sizes"] == {name: source[name].stat().st_size for name in data_files}
    assert found["revision"] and {"companies", "website_snapshots", "processing_runs"} <= set(found["tables"])


@pytest.mark.slow
def test_scrapyd_deploy_schedule_and_run_on_postgresql(site_farm, tmp_path, postgres_url):
    require(SCRAPYD.exists() and SCRAPYD_DEPLOY.exists(), f"scrapyd and scrapyd-deploy in {BIN}")
    url = make_url(postgres_url)
    if url.password:
        db_password = str(url.password)
    else:  # give it one to check it is masked: the local server trusts loopback, any password works
        db_password, url = DB_PASSWORD, url.set(password=DB_PASSWORD)
    database_url = url.render_as_string(hide_password=False)
    with FakeAirtable(token=TOKEN, records=portfolio(site_farm, 8)) as fa:
        env = {
            **clean_environ(),
            "DATABASE_URL": database_url,
            "AIRTABLE_API_KEY": TOKEN,
            "AIRTABLE_BASE_ID": fa.base,
            "AIRTABLE_API_URL": fa.url,
        }
        node = ScrapydNode(tmp_path / "scrapyd", env)
        # the job must import the package from the egg, not from a checkout or an install
        probe = subprocess.run([sys.executable, "-c", f"import {PROJECT}"], cwd=node.root, env=env,
                               capture_output=True)
        assert probe.returncode != 0, f"{PROJECT} is importable outside the project: uninstall it"
        node.start()
        try:
            project = copy_project(tmp_path / "project", {"local-test": node.url})
            deployed = deploy(project, "local-test", clean_environ())
            assert deployed.returncode == 0, deployed.stderr[-3000:] + deployed.stdout
            answer = json.loads(deployed.stdout)
            assert (answer["status"], answer["project"], answer["spiders"]) == ("ok", PROJECT, 1)
            spiders = requests.get(f"{node.url}/listspiders.json", params={"project": PROJECT}, timeout=30)
            assert spiders.json()["spiders"] == ["companies"]

            job = node.schedule("companies", {"limit": "5", "round": "2026-12"}, LOCAL_SETTINGS)
            listings = node.wait_finished([job])
        finally:
            node.stop()

    log = node.job_log("companies", job)
    daemon_log = node.log()
    assert "Process finished:" in daemon_log and "Process died" not in daemon_log, daemon_log[-3000:]
    assert "Airtable import complete: 8 companies created" in log, log[-3000:]
    assert "Traceback" not in log and "] ERROR: " not in log, log[-3000:]
    lines = [line.strip() for line in log.splitlines()]
    results = lines.index("Results:")
    assert lines[results + 1 : results + 5] == [
        "Processed: 5 companies",
        "Flagged: 0 companies",
        "Failed: 0 companies",
        "URLs Scraped: 15 URLs",
    ]
    items = node.job_items("companies", job)  # Scrapyd's items_dir feed
    assert len(items) == 15 and {i["status"] for i in items} == {200}
    for text in (log, daemon_log, *listings, json.dumps(items)):
        assert TOKEN not in text
        assert db_password not in text
    assert ":***@" in log  # the database is named, its password masked

    engine = create_engine(postgres_url)
    try:
        with engine.connect() as conn:
            assert conn.scalar(select(func.count()).select_from(Company)) == 8
            assert conn.scalar(select(func.count()).select_from(WebsiteSnapshot)) == 15
            run = conn.execute(select(ProcessingRun)).one()
    finally:
        engine.dispose()
    assert run.status == "finished" and run.finish_reason == "finished"
    assert (run.companies_processed, run.urls_scraped, run.companies_failed) == (5, 15, 0)
    assert run.round_id == "2026-12" and run.shard is None and run.pid and run.hostname
    assert run.arguments["limit"] == 5
    assert "URLs Scraped: 15 URLs" in run.results
