"""Answer a modal dialog the way a user would, while the code under test waits in ``exec()``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QWidget

POLL_MS = 20


@contextmanager
def answering(answer: Callable[[QWidget], None]) -> Iterator[list[QWidget]]:
    """Inside the ``with`` block, the first modal dialog that opens is handed to ``answer``
    (which fills it in and presses a button); the list yielded receives that dialog. A dialog
    ``answer`` leaves open is rejected, so that a failing test does not hang; the watch ends
    with the block, so it never answers another test's dialog."""
    seen: list[QWidget] = []
    timer = QTimer()
    timer.setInterval(POLL_MS)

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        timer.stop()
        seen.append(widget)
        try:
            answer(widget)
        finally:
            if widget.isVisible() and isinstance(widget, QDialog):
                widget.reject()

    timer.timeout.connect(poll)
    timer.start()
    try:
        yield seen
    finally:
        timer.stop()


def file_named(path: str) -> Callable[[QWidget], None]:
    """An answer for a file dialog (open or save): type the full path and press the button."""

    def answer(widget: QWidget) -> None:
        assert isinstance(widget, QFileDialog), widget
        name_box = widget.findChild(QLineEdit, "fileNameEdit")
        assert name_box is not None, "not Qt's own file dialog"
        name_box.setText(path)  # typed as a user types a full path
        widget.accept()

    return answer
