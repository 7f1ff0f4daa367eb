"""Which addresses a crawl may reach. Pure."""

from __future__ import annotations

import ipaddress

ALLOWED_SCHEMES = ("http", "https")


def blocked_reason(address: str) -> str | None:
    """Why an IP address must not be fetched from (SSRF), or None for a public address."""
    try:
        ip = ipaddress.ip_address(address.strip("[]"))
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for label, test in (
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("private", ip.is_private),
        ("multicast", ip.is_multicast),
        ("reserved", ip.is_reserved),
        ("unspecified", ip.is_unspecified),
        ("non-global", not ip.is_global),
    ):
        if test:
            return f"blocked: {label} address {ip.compressed}"
    return None
