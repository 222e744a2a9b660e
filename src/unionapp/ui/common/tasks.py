"""One way to run long work: off the GUI thread, with progress, results delivered on the GUI thread.

Widgets are touched only on the GUI thread. Tests may call ``set_synchronous(True)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

ProgressFn = Callable[[int, int], bool]  # (done, total) -> keep going?
_synchronous = False


def set_synchronous(value: bool) -> None:
    global _synchronous
    _synchronous = value


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """A job ``fn(progress)`` whose outcome reaches ``on_success`` or ``on_failure`` on the GUI thread."""

    def __init__(
        self,
        fn: Callable[[ProgressFn], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        super().__init__()
        self.signals = _Signals()
        self.cancelled = False
        self._fn = fn
        self.signals.succeeded.connect(on_success)
        self.signals.failed.connect(on_failure)
        if on_progress is not None:
            self.signals.progress.connect(on_progress)

    def _report(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self.cancelled

    def run(self) -> None:
        try:
            result = self._fn(self._report)
        except BaseException as exc:  # delivered to the GUI thread, not lost in the pool
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


_pool: QThreadPool | None = None


def run_task(
    fn: Callable[[ProgressFn], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Start ``fn`` on the single database worker thread (or inline when synchronous)."""
    global _pool
    task = Task(fn, on_success, on_failure, on_progress)
    if _synchronous:
        task.run()
        return task
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)  # database writes go through one worker
    task.setAutoDelete(False)
    _pool.start(task)
    return task
