"""A dead company's port in the crawl tests stays dead while other tests run beside it (pytest -n 2)."""

from __future__ import annotations

import socket

import pytest

from tests.servers.sites import closed_port


def test_a_closed_port_refuses_connections():
    port = closed_port()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=5)


def test_no_other_server_can_take_a_closed_port_while_the_tests_run():
    # (a port merely free when handed out could be bound by a parallel test's server before the crawl tries it: the
    # dead company would then answer, and the crawl-health test saw no failed URL)
    port = closed_port()
    with socket.socket() as other, pytest.raises(OSError):
        other.bind(("127.0.0.1", port))
