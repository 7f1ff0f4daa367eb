"""Packaging for Scrapyd eggs (``scrapyd-deploy``) and ``pip install .``.

Scrapyd runs the egg zipped, so the package reads its own files (Alembic migrations, report
templates, keyword lists) through ``importlib.resources``, never through ``__file__`` paths.
Every file inside the package goes into the egg: a data file added later needs no change here
(``tests/test_scrapyd.py`` checks that the built egg holds every file of the source tree).
"""

from pathlib import Path

from setuptools import find_packages, setup

PACKAGE = "valuation_spiders"


def package_files(package: str) -> list[str]:
    """Every file under the package (data files, and .py files in folders that are not packages,
    such as migration scripts), relative to it; compiled files and caches left out."""
    root = Path(__file__).resolve().parent / package
    return sorted(
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".pyo")
    )


setup(
    name=PACKAGE,
    version="1.0.0",
    packages=find_packages(include=[PACKAGE, f"{PACKAGE}.*"]),
    package_data={PACKAGE: package_files(PACKAGE)},
    entry_points={"scrapy": [f"settings = {PACKAGE}.settings"]},
    zip_safe=True,
)
