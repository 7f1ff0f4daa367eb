"""The open-files limit of the crawl process.

A portfolio crawl opens connections to thousands of hosts, and the OS keeps a closed socket's
descriptor until Twisted lets it go. Under systemd or a default login the soft limit is often
1,024, which 64 concurrent requests over ~50 new hosts a second reach within seconds ("Couldn't
bind: 24: Too many open files"). The hard limit is usually far higher; raising the soft limit up
to it is what servers commonly do at start.
"""

from __future__ import annotations

import logging

try:
    import resource
except ImportError:  # not on Windows
    resource = None  # type: ignore[assignment]

logger = logging.getLogger(__name__)

WANTED_OPEN_FILES = 65_536


def raise_open_files_limit(wanted: int = WANTED_OPEN_FILES) -> tuple[int, int] | None:
    """Raise the soft RLIMIT_NOFILE towards ``wanted`` (never above the hard limit, never down).
    Returns (before, after), or None where the platform has no such limit."""
    if resource is None:
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        except (ValueError, OSError) as exc:
            logger.warning("Could not raise the open-files limit from %d: %s", soft, exc)
            return soft, soft
        logger.info("Open-files limit raised from %d to %d for the crawl's connections", soft, target)
        return soft, target
    return soft, soft
