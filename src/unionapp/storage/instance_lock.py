"""One running copy per data folder: an OS file lock, released by the OS if the program crashes."""

from __future__ import annotations

from filelock import FileLock, Timeout

from unionapp.errors import AlreadyRunning
from unionapp.storage.paths import DataPaths


class InstanceLock:
    """Exclusive hold on a data folder for as long as the program has its database open."""

    def __init__(self, paths: DataPaths) -> None:
        paths.root.mkdir(parents=True, exist_ok=True)
        self._lock = FileLock(str(paths.lock), timeout=0)

    def acquire(self) -> None:
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise AlreadyRunning(
                "基层工会助手已经在运行（同一数据文件夹只能由一个程序打开）。请切换到已打开的窗口。"
            ) from None

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)

    @property
    def held(self) -> bool:
        return self._lock.is_locked
