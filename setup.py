"""Packaging for Scrapyd eggs (``scrapyd-deploy``) and ``pip install .``."""

from setuptools import find_packages, setup

setup(
    name="valuation_spiders",
    version="1.0.0",
    packages=find_packages(exclude=["tests", "tests.*", "benchmarks"]),
    package_data={
        "valuation_spiders": [
            "storage/migrations/*.mako",
            "storage/migrations/versions/*.py",
            "report/templates/*",
            "demo/sites/*",
            "demo/sites/*/*",
        ]
    },
    entry_points={"scrapy": ["settings = valuation_spiders.settings"]},
    zip_safe=True,
)
