"""Shared fixtures: a fresh data folder per test, the offscreen Qt platform, a gui marker."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("UNIONAPP_DATA_DIR", None)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data folder for one test."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def ctx(data_dir: Path) -> Iterator[object]:
    """The data folder opened (database created, catalogue loaded), closed after the test."""
    from unionapp.storage.context import open_context

    context = open_context(data_dir)
    yield context
    context.close()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests that use pytest-qt's ``qtbot`` are marked ``gui`` automatically."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def type_text():
    """Type text into a widget with real key events, Chinese included.

    ``qtbot.keyClicks`` cannot type non-ASCII characters (Qt's QTest asserts on them), so each
    character is sent as a key press/release carrying the character as its text, as an input
    method's commit would arrive.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    def type_into(widget, text: str) -> None:
        widget.setFocus()
        for ch in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(widget, event)

    return type_into
