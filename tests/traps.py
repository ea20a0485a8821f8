"""A trap: a TCP server that answers nothing and records every connection and byte it receives.

Used to prove that a sign-in is *not sent* somewhere: the trap counts connections at
the socket level (not just HTTP requests), so even a TLS handshake or a discovery
GET that carried no secret shows up.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from types import TracebackType


def outside_address() -> str | None:
    """This machine's address on its network (not a loopback address), or None when it has none.

    Connecting a UDP socket sends nothing; it only asks the kernel which interface would be used.
    """
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))
        address = str(probe.getsockname()[0])
    except OSError:
        return None
    finally:
        probe.close()
    return None if address.startswith("127.") or address == "0.0.0.0" else address


class Trap:
    """Listens on ``host`` (all interfaces by default); ``connections`` and ``received`` say what reached it."""

    def __init__(self, host: str = "0.0.0.0") -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = int(self.sock.getsockname()[1])
        self.connections = 0
        self.received = b""
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="trap", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            conn.settimeout(0.5)
            with contextlib.suppress(OSError), conn:
                while chunk := conn.recv(65536):
                    self.received += chunk

    def url(self, host: str, scheme: str = "http") -> str:
        return f"{scheme}://{host}:{self.port}"

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.sock.close()

    def __enter__(self) -> Trap:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
