"""Regular expressions compiled when they are first used, not when their module is imported.

The detectors' modules hold some 900 patterns. Compiled at import they cost about a second of CPU in
every process that imports them: each ``scrapy`` command (Scrapy imports all of the project's
commands before it runs one, and through them the analysis) and each crawl's analysis worker. A
command that only reads the database uses none of them, a crawl of a few pages a part.

``lazy(pattern, flags)`` stands for ``re.compile(pattern, flags)``: its ``pattern`` is the source
text at once (patterns are built from each other's text), and its first search, match or other use
compiles it and puts the compiled pattern's own methods on it, so later calls go straight to them.
A match's ``re`` is the compiled pattern: ``matched_by(match, pattern)`` asks which pattern made it.

A pattern that does not compile fails on its first use, inside a detector, which a crawl survives
by reading nothing. ``compile_all`` compiles every pattern of a module at once, for the test that
catches such a pattern before a crawl does.
"""

from __future__ import annotations

import re
from types import ModuleType

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """``re.compile(pattern, flags)``, compiled on first use."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self._flags = flags

    def compile(self) -> re.Pattern[str]:
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self._flags)
            for name in _METHODS:  # found on the instance from now on: no lookup through __getattr__
                setattr(self, name, getattr(compiled, name))
        return compiled

    def __getattr__(self, name: str):  # only for what the instance does not hold yet: a first use
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.compile(), name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self._flags})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)


def matched_by(match: re.Match[str], pattern: LazyPattern) -> bool:
    """Whether ``pattern`` made ``match`` (``match.re`` is the compiled pattern, not its stand-in)."""
    return match.re is pattern.compile()


def compile_all(module: ModuleType) -> int:
    """Compile every pattern a module holds at its top level (in a name, or in a dict, list or tuple
    there); the number compiled. Raises ``re.error`` for the first that does not compile."""
    count = 0
    pending = list(vars(module).values())
    while pending:
        value = pending.pop()
        if isinstance(value, LazyPattern):
            value.compile()
            count += 1
        elif isinstance(value, dict):
            pending += [*value.keys(), *value.values()]
        elif isinstance(value, list | tuple | set | frozenset):
            pending += list(value)
    return count
