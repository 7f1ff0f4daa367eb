"""The detectors' patterns, compiled on first use (analysis/patterns.py)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from valuation_spiders.analysis import grammar, text_signals
from valuation_spiders.analysis.patterns import compile_all, lazy, matched_by

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("module", [text_signals, grammar], ids=lambda module: module.__name__)
def test_every_pattern_of_the_detectors_compiles(module):
    # a pattern that does not compile would fail only on its first use, inside a detector, where a crawl
    # reads nothing rather than stop: here it fails the suite instead
    assert compile_all(module) > 50


def test_a_broken_pattern_is_found_by_compile_all_not_at_import():
    import types

    module = types.ModuleType("broken")
    module.FINE = lazy(r"\bfine\b")
    module.TABLE = {"kind": (lazy(r"ok"), lazy(r"(unclosed"))}
    with pytest.raises(re.error):
        compile_all(module)


def test_a_lazy_pattern_reads_as_the_compiled_one():
    source, flags = r"\b(?P<who>[A-Z]\w+) (?:has been )?acquired by (?P<buyer>[A-Z]\w+)", re.I
    eager, deferred = re.compile(source, flags), lazy(source, flags)
    assert deferred.pattern == source  # its text before any use: patterns are built from each other's text
    text = "Acme has been acquired by Globex. tern acquired by hull."
    assert deferred.search(text).group("buyer") == eager.search(text).group("buyer") == "Globex"
    assert [m.span() for m in deferred.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert deferred.sub("<deal>", text) == eager.sub("<deal>", text)
    assert deferred.findall(text) == eager.findall(text)
    assert deferred.match(text) and deferred.fullmatch("Acme acquired by Globex")
    assert deferred.flags == eager.flags and deferred.groupindex == eager.groupindex
    m = deferred.search(text)
    assert matched_by(m, deferred) and not matched_by(m, lazy(r"acquired by", flags))


def test_importing_the_detectors_compiles_no_pattern():
    # what every scrapy command pays before it runs (Scrapy imports the project's commands, and through them the
    # analysis): a command that reads the database compiles none of the detectors' patterns
    script = ("import gc\nfrom valuation_spiders.analysis import text_signals\n"
              "from valuation_spiders.analysis.patterns import LazyPattern\n"
              "made = [p for p in gc.get_objects() if isinstance(p, LazyPattern)]\n"
              "print(len(made), sum('_compiled' in vars(p) for p in made))")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    made, compiled = map(int, result.stdout.split())
    assert made > 800 and compiled == 0
