"""Which companies this crawl takes: ``company=``, ``shard=I/N`` and ``limit=N``. Pure."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from valuation_spiders.rendering.decide import RENDER_MODES


class ArgumentError(ValueError):
    """A spider argument is wrong; the message says which and how to fix it."""


@dataclass(frozen=True)
class Shard:
    index: int  # 1-based
    count: int

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"

    def owns(self, record_id: str) -> bool:
        return shard_of(record_id, self.count) == self.index


def shard_of(record_id: str, count: int) -> int:
    """A stable 1-based shard for a record id: the same on every node and every Python run."""
    digest = hashlib.sha256(record_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count + 1


def parse_shard(value: str | None) -> Shard | None:
    if value in (None, ""):
        return None
    try:
        left, right = str(value).split("/")
        index, count = int(left), int(right)
    except ValueError:
        raise ArgumentError(f"shard={value!r}: expected I/N, for example shard=2/3") from None
    if count < 1 or not 1 <= index <= count:
        raise ArgumentError(f"shard={value!r}: need 1 <= I <= N, for example shard=2/3")
    return Shard(index, count)


def parse_limit(value: str | int | None) -> int | None:
    if value in (None, ""):
        return None
    try:
        limit = int(str(value).strip())
    except ValueError:
        raise ArgumentError(f"limit={value!r}: expected a whole number of companies") from None
    if limit < 1:
        raise ArgumentError(f"limit={value!r}: must be at least 1")
    return limit


def parse_render(value: str | None) -> str | None:
    """``render=auto|never|always``; None when not given (the RENDER_MODE setting decides)."""
    if value in (None, ""):
        return None
    if value not in RENDER_MODES:
        raise ArgumentError(f"render={value!r}: expected one of {', '.join(RENDER_MODES)}")
    return value


def parse_company_filter(value: str | None) -> list[str]:
    if not value:
        return []
    return [part.strip() for part in str(value).split(",") if part.strip()]


class _Company(Protocol):
    record_id: str
    name: str


C = TypeVar("C", bound=_Company)


def select_companies(
    companies: Sequence[C],
    *,
    has_urls,
    wanted: Sequence[str] = (),
    shard: Shard | None = None,
    limit: int | None = None,
) -> tuple[list[C], list[str]]:
    """The companies to crawl, in source order, and the ``company=`` values that matched nothing.

    ``wanted`` matches a record id exactly or a name case-insensitively; ``limit`` counts only
    companies that have at least one URL, after the other filters.
    """
    wanted_ids = set(wanted)
    wanted_names = {w.casefold() for w in wanted}
    matched: set[str] = set()
    selected: list[C] = []
    for company in companies:
        if wanted:
            hit = company.record_id in wanted_ids or company.name.casefold() in wanted_names
            if not hit:
                continue
            matched.update(
                w for w in wanted if w == company.record_id or w.casefold() == company.name.casefold()
            )
        if shard is not None and not shard.owns(company.record_id):
            continue
        if not has_urls(company):
            continue
        selected.append(company)
        if limit is not None and len(selected) >= limit:
            break
    unmatched = [w for w in wanted if w not in matched] if wanted else []
    return selected, unmatched
