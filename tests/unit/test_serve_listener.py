"""`serve`'s listening socket is declared TCP, so asyncio gives every accepted connection TCP_NODELAY
(without it, keep-alive requests to several workers waited ~40 ms for delayed ACKs)."""

from __future__ import annotations

import asyncio
import socket

from service.serving import TcpListenerConfig, as_tcp


def test_the_bound_listener_says_it_is_tcp():
    config = TcpListenerConfig("server.app:create_app", host="127.0.0.1", port=0, workers=2)
    sock = config.bind_socket()
    try:
        assert sock.proto == socket.IPPROTO_TCP
        assert sock.get_inheritable()  # the supervisor hands it to the worker processes
    finally:
        sock.close()


def test_connections_accepted_on_it_get_tcp_nodelay():
    async def accepted_nodelay(listener: socket.socket) -> int:
        seen: asyncio.Future = asyncio.get_running_loop().create_future()

        class Probe(asyncio.Protocol):
            def connection_made(self, transport):
                sock = transport.get_extra_info("socket")
                seen.set_result(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
                transport.close()

        listener.listen()
        server = await asyncio.get_running_loop().create_server(Probe, sock=listener)
        async with server:
            _, writer = await asyncio.open_connection(*listener.getsockname()[:2])
            value = await asyncio.wait_for(seen, 5)
            writer.close()
        return value

    plain = socket.socket(socket.AF_INET)  # how uvicorn binds it: proto 0
    plain.bind(("127.0.0.1", 0))
    assert asyncio.run(accepted_nodelay(as_tcp(plain))) != 0


def test_a_unix_socket_is_left_alone():
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        assert as_tcp(sock) is sock
    finally:
        sock.close()
