"""Clicking a button of the clash message that a save opens (keep mine / take theirs / not now)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def answer_clash(
    button_text: str, asked: list[str], shots: Callable[[QWidget, str], object] | None = None
) -> None:
    """Once the clash message is open, note its text in ``asked`` (and with ``shots``, save a
    picture of it) and click ``button_text``."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        asked.append(box.text() + "\n" + box.informativeText())
        if shots is not None:
            shots(box, "clash-message")
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        QTest.mouseClick(buttons[button_text], Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)
