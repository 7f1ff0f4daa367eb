"""Render a report to one self-contained HTML file (inline styles, no network fetches).

Templates are read through importlib.resources, so they work from a zipped Scrapyd egg. Every
value is autoescaped: text from crawled pages cannot run code in the report.
"""

from __future__ import annotations

from importlib import resources

from jinja2 import Environment, FunctionLoader, StrictUndefined, select_autoescape

from valuation_spiders.report.data import ReportData


def _load(name: str) -> str:
    return (resources.files("valuation_spiders.report") / "templates" / name).read_text("utf-8")


def environment() -> Environment:
    return Environment(
        loader=FunctionLoader(_load),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_report(report: ReportData) -> str:
    return environment().get_template("report.html.j2").render(report=report)
