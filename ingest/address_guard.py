"""Which addresses the HTTP client may connect to: the SSRF guard (``ingest.http`` checks every DNS answer
and every socket libcurl opens against it)."""

from __future__ import annotations

import ipaddress
import socket

from ingest.http_errors import BlockedAddressError, ConnectError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def _unmapped(ip: IPAddress) -> IPAddress:
    """``::ffff:10.0.0.1`` is 10.0.0.1: judge (and match networks against) the IPv4 address."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    return ip


def is_public_address(ip: IPAddress) -> bool:
    ip = _unmapped(ip)
    return ip.is_global and not ip.is_multicast


class AddressGuard:
    """Which addresses the client may connect to: public ones, plus any allowed network."""

    def __init__(self, allow_private: bool, allowed_networks: tuple[str, ...] = ()) -> None:
        self.allow_private = allow_private
        self.allowed = [ipaddress.ip_network(n, strict=False) for n in allowed_networks]

    def permits(self, address: str) -> bool:
        if self.allow_private:
            return True
        try:
            ip = _unmapped(ipaddress.ip_address(address.split("%")[0]))
        except ValueError:
            return False
        return is_public_address(ip) or any(ip in net for net in self.allowed)

    def resolve(self, host: str, port: int) -> list[str]:
        """Every address ``host`` resolves to; BlockedAddressError if any of them is not permitted."""
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise ConnectError(host, f"cannot resolve {host}: {exc}") from None
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        bad = [a for a in addresses if not self.permits(a)]
        if bad:
            raise BlockedAddressError(host, f"refusing to connect to non-public address {bad[0]}")
        return addresses


def is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%")[0])
    except ValueError:
        return False
    return True
