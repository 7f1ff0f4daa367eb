"""The results block users read at the end of a crawl. Pure."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class RunSummary:
    processed: int = 0  # companies with at least one URL attempted
    flagged: int = 0
    failed: int = 0  # companies none of whose URLs could be fetched or stored
    urls_scraped: int = 0  # URLs fetched and stored
    urls_failed: int = 0
    seconds: float = 0.0


def format_duration(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h {minutes}m {secs}s"
    if minutes:
        return f"{minutes}m {secs}s"
    return f"{secs}s"


def format_results(summary: RunSummary) -> str:
    return "\n".join(
        [
            "Results:",
            f"  Processed: {summary.processed} companies",
            f"  Flagged: {summary.flagged} companies",
            f"  Failed: {summary.failed} companies",
            f"  URLs Scraped: {summary.urls_scraped} URLs",
            f"  Time: {format_duration(summary.seconds)}",
        ]
    )
