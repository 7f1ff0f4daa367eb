"""What is done to a page between ``load`` and reading its HTML."""

from __future__ import annotations

from contextlib import suppress

from playwright.async_api import Page
from playwright.async_api import TimeoutError as PlaywrightTimeoutError

__all__ = ["settle"]


async def settle(page: Page, timeout_ms: int) -> None:
    """Give client-side rendering its moment: wait until the network has been quiet for 500 ms
    (the app's data calls are done), but never longer than ``timeout_ms``; a page that keeps
    polling is read as it is then."""
    if timeout_ms <= 0:
        return
    with suppress(PlaywrightTimeoutError):
        await page.wait_for_load_state("networkidle", timeout=timeout_ms)
