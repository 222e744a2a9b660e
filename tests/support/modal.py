"""Answer a modal dialog the way a user would, while the code under test waits in ``exec()``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

POLL_MS = 20


@contextmanager
def answering(
    answer: Callable[[QWidget], None], kind: type[QWidget] = QWidget
) -> Iterator[list[QWidget]]:
    """Inside the ``with`` block, the first modal dialog (of ``kind``) is handed to ``answer``
    (which fills it in and presses a button); the list yielded receives that dialog. A dialog
    ``answer`` leaves open is rejected, so that a failing test does not hang; an assertion
    failing inside ``answer`` is raised when the block ends; the watch ends with the block, so
    it never answers another test's dialog."""
    seen: list[QWidget] = []
    failures: list[BaseException] = []
    timer = QTimer()
    timer.setInterval(POLL_MS)

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind):
            return
        timer.stop()
        seen.append(widget)
        try:
            answer(widget)
        except BaseException as exc:  # raised again after the block, where the test sees it
            failures.append(exc)
        finally:
            if widget.isVisible() and isinstance(widget, QDialog):
                widget.reject()

    timer.timeout.connect(poll)
    timer.start()
    try:
        yield seen
    finally:
        timer.stop()
    if failures:
        raise failures[0]


def file_named(path: str) -> Callable[[QWidget], None]:
    """An answer for a file dialog (open or save): type the full path and press the button."""

    def answer(widget: QWidget) -> None:
        assert isinstance(widget, QFileDialog), widget
        name_box = widget.findChild(QLineEdit, "fileNameEdit")
        assert name_box is not None, "not Qt's own file dialog"
        name_box.setText(path)  # typed as a user types a full path
        press_accept(widget)

    return answer


def press_accept(dialog: QWidget) -> None:
    """Click the dialog's accepting button (Save, Open, Print, OK …) with the mouse."""
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
                assert button.isEnabled(), button.text()
                QTest.mouseClick(button, Qt.MouseButton.LeftButton)
                return
    raise AssertionError(f"no accepting button in {dialog}")


def read_into(texts: list[str]) -> Callable[[QWidget], None]:
    """An answer for a message box: keep its text, press its default button."""

    def answer(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox), widget
        texts.append(widget.text())
        QTest.mouseClick(widget.defaultButton() or widget.buttons()[0], Qt.MouseButton.LeftButton)

    return answer
