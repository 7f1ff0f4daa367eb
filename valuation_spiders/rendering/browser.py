"""Which Chromium to launch, and with which flags. No Scrapy imports.

Order: the ``BROWSER_EXECUTABLE_PATH`` setting when set (and nothing else: a wrong path is a
configuration error to report, not something to paper over with another browser), else the Chromium
that ``playwright install`` downloaded for this Playwright version, else the system's Chromium
(Debian: ``apt-get install chromium``).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

__all__ = ["BrowserExecutable", "chromium_args", "find_browser", "host_resolver_rules", "no_browser_hint"]

# The real binary first: Debian's /usr/bin/chromium is a shell wrapper that adds flags of its own.
SYSTEM_CHROMIUMS = (
    "/usr/lib/chromium/chromium",
    "/usr/bin/chromium",
    "chromium",
    "chromium-browser",
)

# Headless on a server: no GPU, and none of Chromium's own background traffic (updates, sync,
# safe-browsing lists), which is also refused on locked-down hosts. /dev/shm is tiny in containers.
BASE_ARGS = (
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
)


@dataclass(frozen=True)
class BrowserExecutable:
    path: str
    source: str  # "BROWSER_EXECUTABLE_PATH" | "playwright" | "system"


def _executable(candidate: str) -> str | None:
    if os.sep in candidate:
        path = Path(candidate)
        return str(path) if path.is_file() and os.access(path, os.X_OK) else None
    return shutil.which(candidate)


def _playwright_registry(env: Mapping[str, str]) -> Path | None:
    configured = env.get("PLAYWRIGHT_BROWSERS_PATH")
    if configured == "0":  # browsers installed inside the playwright package
        try:
            import playwright

            return Path(playwright.__file__).parent / "driver" / "package" / ".local-browsers"
        except ImportError:
            return None
    if configured:
        return Path(configured)
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "ms-playwright"
    if sys.platform == "win32":
        base = env.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "ms-playwright"
    return Path(env.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ms-playwright"


def _playwright_revisions() -> dict[str, str]:
    """The browser revisions this Playwright version launches (its ``browsers.json``)."""
    try:
        import playwright

        manifest = Path(playwright.__file__).parent / "driver" / "package" / "browsers.json"
        browsers = json.loads(manifest.read_text(encoding="utf-8"))["browsers"]
        return {b["name"]: str(b["revision"]) for b in browsers}
    except (ImportError, OSError, ValueError, KeyError, TypeError):
        return {}


def playwright_chromium(env: Mapping[str, str] | None = None) -> str | None:
    """The Chromium that ``playwright install chromium`` put in place for this Playwright, if any."""
    env = os.environ if env is None else env
    registry = _playwright_registry(env)
    if registry is None or not registry.is_dir():
        return None
    revisions = _playwright_revisions()
    candidates = []
    # headless mode prefers the slimmer headless shell, like Playwright itself
    if "chromium-headless-shell" in revisions:
        rev = revisions["chromium-headless-shell"]
        candidates += [
            registry / f"chromium_headless_shell-{rev}" / "chrome-headless-shell-linux64" / "chrome-headless-shell",
            registry / f"chromium_headless_shell-{rev}" / "chrome-linux" / "headless_shell",
        ]
    if "chromium" in revisions:
        rev = revisions["chromium"]
        candidates += [
            registry / f"chromium-{rev}" / "chrome-linux64" / "chrome",
            registry / f"chromium-{rev}" / "chrome-linux" / "chrome",
        ]
    for candidate in candidates:
        found = _executable(str(candidate))
        if found:
            return found
    return None


def find_browser(
    explicit: str | None = None,
    *,
    env: Mapping[str, str] | None = None,
    system: tuple[str, ...] = SYSTEM_CHROMIUMS,
) -> BrowserExecutable | None:
    """The Chromium to launch, or None when there is none (rendering then records "no browser")."""
    if explicit is not None and str(explicit).strip():
        found = _executable(str(explicit).strip())
        return BrowserExecutable(found, "BROWSER_EXECUTABLE_PATH") if found else None
    downloaded = playwright_chromium(env)
    if downloaded:
        return BrowserExecutable(downloaded, "playwright")
    for candidate in system:
        found = _executable(candidate)
        if found:
            return BrowserExecutable(found, "system")
    return None


def no_browser_hint(explicit: str | None) -> str:
    """Why no browser was found, and what to do about it, in a few words."""
    if explicit is not None and str(explicit).strip():
        return f"BROWSER_EXECUTABLE_PATH={str(explicit).strip()!r} is not an executable file"
    return "no Chromium found (apt-get install chromium, or set BROWSER_EXECUTABLE_PATH)"


def host_resolver_rules(overrides: Mapping[str, str]) -> str | None:
    """``RESOLVE_OVERRIDES`` as Chromium's ``--host-resolver-rules``: Chromium resolves names itself
    and never sees Scrapy's resolver. The catch-all ``*`` goes last (Chromium takes the first match)."""
    rules = []
    for host, address in sorted(overrides.items(), key=lambda kv: kv[0] == "*"):
        host, address = str(host).strip().lower(), str(address).strip()
        if not host or not address or any(c in host + address for c in ", \t\n"):
            continue
        if ":" in address and not address.startswith("["):
            address = f"[{address}]"  # an IPv6 literal
        rules.append(f"MAP {host} {address}")
    return ", ".join(rules) or None


def chromium_args(
    overrides: Mapping[str, str] | None = None,
    *,
    as_root: bool | None = None,
    extra: tuple[str, ...] | list[str] = (),
) -> list[str]:
    """Command-line flags for a headless Chromium run by the crawl."""
    if as_root is None:
        as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    args = list(BASE_ARGS)
    if as_root:
        args.append("--no-sandbox")  # Chromium refuses to start its sandbox as root
    rules = host_resolver_rules(overrides or {})
    if rules:
        args.append(f"--host-resolver-rules={rules}")
    for arg in extra:
        if arg not in args:
            args.append(arg)
    return args
