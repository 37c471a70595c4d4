"""One running program per data folder.

Double-clicking an ``.ekb`` bundle while e-Kinerja is already open starts a second
process. Two processes on one SQLite workspace fight over its lock ("database is
locked"), so the second one hands its request to the first over a local socket (a named
pipe on Windows) and exits; the first brings its window to the front and shows the
bundle's preview.
"""

from __future__ import annotations

import os
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

# Only paid when the socket file exists (a program runs, or one crashed: then the
# connection is refused at once); a busy first program may take a while to accept.
CONNECT_MS = 3000
SEND_MS = 2000
# Once connected, a program is surely running (a stale socket refuses at once): wait for
# its answer even while it is busy (importing its pages on a loaded machine), rather than
# start a second copy on the same data folder.
ANSWER_MS = 20000


def _server_may_exist(name: str) -> bool:
    """A cheap look for the server's socket file (named pipe on Windows), so that a
    normal start does not pay for loading QtNetwork before its first window."""
    if os.name == "nt":
        try:
            return name in os.listdir("\\\\.\\pipe\\")
        except OSError:
            return True  # cannot tell: ask the real way
    # QLocalServer puts its socket in QDir::tempPath(): $TMPDIR, else /tmp.
    base = os.environ.get("TMPDIR") or "/tmp"  # noqa: S108 - where Qt looks, read only
    return os.path.exists(os.path.join(base, name))


def server_name(data_dir: Path) -> str:
    """A name per user and data folder (the same folder reached by another path too)."""
    try:
        key = str(data_dir.resolve())
    except OSError:
        key = str(data_dir.absolute())
    if os.name == "nt":
        key = key.lower()
    user = os.environ.get("USERNAME") or os.environ.get("USER") or ""
    # Two CRC-32s (64 bits) tell data folders apart; hashlib would load OpenSSL (~10 ms)
    # before the first window, and this name guards nothing secret.
    raw = f"{user}\0{key}".encode()
    return f"ekinerja-{zlib.crc32(raw):08x}{zlib.crc32(raw[::-1]):08x}"


class SingleInstance(QObject):
    """``forward()`` in a second process; ``listen()`` in the first."""

    # A request from a second start: {"file": "/path/x.ekb" or None}.
    received = Signal(dict)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.server: QLocalServer | None = None

    def forward(self, file: Path | None) -> bool:
        """Hand ``file`` to a running program for this data folder. True when one took it
        (this process should then exit)."""
        if not _server_may_exist(self.name):
            return False
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        import json

        payload = json.dumps({"file": str(file) if file else None}).encode("utf-8") + b"\n"
        socket.write(payload)
        ok = socket.waitForBytesWritten(SEND_MS)
        # Wait for the first program to read it: it answers "ok" once it has.
        ok = ok and socket.waitForReadyRead(ANSWER_MS) and bytes(socket.readAll().data()) == b"ok"
        socket.disconnectFromServer()
        return bool(ok)

    def listen(self) -> bool:
        """Become the program that others hand their requests to."""
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A socket file left behind by a program that crashed: nobody answered
            # forward(), so it is stale.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                return False
        server.newConnection.connect(self._accept)
        self.server = server
        return True

    def _accept(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        import json

        line = bytes(socket.readLine().data())
        try:
            message = json.loads(line.decode("utf-8"))
        except ValueError:
            message = None
        if not isinstance(message, dict):
            socket.abort()
            return
        socket.write(b"ok")
        socket.flush()
        file = message.get("file")
        self.received.emit({"file": file if isinstance(file, str) and file else None})

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
