"""A module-level name is bound once: a second pattern of the same name replaces the first for every reader of it.

Round 30 wrote a second ``_HEDGE`` (modal words) far below the first (a count's hedge: "around", "about") in
``text_signals``; the count readers then took "around 80 employees" for no count, and no test of theirs said so.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "valuation_spiders"


def _rebound(source: str) -> list[str]:
    seen: dict[str, int] = {}
    rebound = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        for name in names:
            if name in seen:
                rebound.append(f"{name}: lines {seen[name]} and {node.lineno}")
            seen[name] = node.lineno
    return rebound


def test_a_second_binding_is_found():
    assert _rebound("_HEDGE = 1\nx = 2\n_HEDGE = 3\n") == ["_HEDGE: lines 1 and 3"]
    assert _rebound("def f():\n    pass\n\n\nf = 1\n") == ["f: lines 1 and 5"]


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda path: str(path.relative_to(PACKAGE)))
def test_no_module_binds_a_name_twice(path):
    assert _rebound(path.read_text(encoding="utf-8")) == []
