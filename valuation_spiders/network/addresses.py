"""Which addresses a crawl may reach. Pure."""

from __future__ import annotations

import ipaddress
import re
import socket

ALLOWED_SCHEMES = ("http", "https")
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")  # RFC 6052 well-known prefix


def blocked_reason(address: str) -> str | None:
    """Why an IP address must not be fetched from (SSRF), or None for a public address."""
    try:
        ip = ipaddress.ip_address(address.strip("[]"))
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address):
        # an IPv4 address inside IPv6 (mapped, 6to4, NAT64) is reached at that IPv4 address
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            ip = embedded
    for label, test in (
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("unspecified", ip.is_unspecified),
        ("multicast", ip.is_multicast),
        ("reserved", ip.is_reserved),
        ("private", ip.is_private),
        ("non-global", not ip.is_global),
    ):
        if test:
            return f"blocked: {label} address {ip.compressed}"
    return None


_NUMERIC_HOST = re.compile(r"[0-9a-fA-FxX.]+")


def legacy_ipv4(host: str) -> str | None:
    """The dotted-quad address of a host written as a legacy IPv4 form the system resolver
    accepts ("2130706433", "0x7f000001", "127.1", "0177.0.0.1"), or None for anything else."""
    if not host or not _NUMERIC_HOST.fullmatch(host) or not any(ch.isdigit() for ch in host):
        return None
    try:
        return socket.inet_ntoa(socket.inet_aton(host))
    except OSError:
        return None
