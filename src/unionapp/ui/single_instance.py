"""A second start raises the first window: a local socket named after the data folder."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket


def server_name(data_root: str) -> str:
    digest = hashlib.sha1(data_root.encode("utf-8")).hexdigest()[:16]
    return f"unionapp-{digest}"


def ask_running_instance_to_raise(name: str) -> bool:
    """True when another instance answered (and was asked to come to the front)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(300):
        return False
    socket.write(b"raise\n")
    socket.flush()
    socket.waitForBytesWritten(300)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later starts and calls ``on_raise`` when one asks."""

    def __init__(self, name: str, on_raise: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self._on_raise = on_raise
        self._server = QLocalServer(self)
        QLocalServer.removeServer(name)  # a socket file left by a crashed run
        self._server.listen(name)
        self._server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(self._on_raise)
            connection.disconnected.connect(connection.deleteLater)
