"""A loopback TCP proxy that records what the client says and can cut every connection.

Used in front of Dovecot's plaintext port: counting tagged IMAP commands shows what a poll
costs, and ``cut()`` simulates a network drop in the middle of a sync without touching Dovecot.
Fault modes for any TCP service (IMAP or SMTP): ``stall()`` holds every byte until ``resume()``
(a hung server or a dead route), ``drop()`` silently discards bytes in both directions (packet
loss that TCP cannot repair: the client only sees silence, then its timeout), and
``cut_after(n)`` resets the connections once the client has sent ``n`` more bytes (a drop in
the middle of a command).
"""

from __future__ import annotations

import re
import socket
import threading

from mailserver_dovecot import free_port

_TAGGED = re.compile(rb"^[A-Za-z0-9]+ ([A-Za-z]+(?: [A-Za-z]+)?)")


class TcpProxy:
    def __init__(self, target_host: str, target_port: int, source: str = "127.0.0.1") -> None:
        """``source``: the address Dovecot sees; failed logins from it are penalised (anvil),
        so tests of a wrong password come from 127.0.0.2 and leave 127.0.0.1 fast."""
        self.target, self.source = (target_host, target_port), (source, 0)
        self.host, self.port = "127.0.0.1", free_port()
        self._listener = socket.create_server((self.host, self.port))
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._client_bytes = bytearray()
        self.connections = 0
        self._closed = False
        self._flowing = threading.Event()
        self._flowing.set()
        self._dropping = False
        self._cut_at: int | None = None
        threading.Thread(target=self._accept, daemon=True).start()

    def commands(self) -> list[str]:
        """IMAP command names sent so far (UID FETCH -> 'UID FETCH'), literals ignored."""
        with self._lock:
            lines = bytes(self._client_bytes).split(b"\r\n")
        names = []
        for line in lines:
            m = _TAGGED.match(line)
            words = m.group(1).decode().upper().split() if m else []
            if words and words[0] in _IMAP_COMMANDS:
                names.append(" ".join(words) if words[0] == "UID" else words[0])
        return names

    def clear(self) -> None:
        with self._lock:
            self._client_bytes.clear()

    def cut(self) -> None:
        """Reset every open connection (the listener stays up, so reconnects work)."""
        with self._lock:
            socks, self._sockets = self._sockets, []
        for s in socks:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()

    def stall(self) -> None:
        """Hold every byte (both ways, all connections, new ones too) until ``resume()``."""
        self._flowing.clear()

    def drop(self) -> None:
        """Discard every byte (both ways) until ``resume()``; connections stay open."""
        self._dropping = True

    def resume(self) -> None:
        self._dropping = False
        self._flowing.set()

    def cut_after(self, client_bytes: int) -> None:
        """Reset all connections once the client has sent ``client_bytes`` more bytes."""
        with self._lock:
            self._cut_at = len(self._client_bytes) + client_bytes

    @property
    def client_bytes(self) -> int:
        with self._lock:
            return len(self._client_bytes)

    def close(self) -> None:
        self._closed = True
        self._listener.close()
        self.cut()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target, source_address=self.source)
            with self._lock:
                self._sockets += [client, upstream]
                self.connections += 1
            threading.Thread(target=self._pump, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, False),
                             daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, record: bool) -> None:
        try:
            while data := src.recv(65536):
                self._flowing.wait()
                if self._dropping:
                    continue
                if record and self._record(data):
                    self.cut()
                    break
                dst.sendall(data)
        except OSError:
            pass
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def _record(self, data: bytes) -> bool:
        """Record client bytes; True when a ``cut_after`` threshold is crossed."""
        with self._lock:
            self._client_bytes += data
            if self._cut_at is not None and len(self._client_bytes) >= self._cut_at:
                self._cut_at = None
                return True
        return False


_IMAP_COMMANDS = {
    "CAPABILITY", "NOOP", "LOGOUT", "STARTTLS", "AUTHENTICATE", "LOGIN", "SELECT", "EXAMINE",
    "CREATE", "DELETE", "RENAME", "SUBSCRIBE", "UNSUBSCRIBE", "LIST", "LSUB", "STATUS", "APPEND",
    "CHECK", "CLOSE", "EXPUNGE", "SEARCH", "FETCH", "STORE", "COPY", "MOVE", "UID", "IDLE",
    "UNSELECT", "ENABLE", "ID", "NAMESPACE",
}
