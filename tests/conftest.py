"""Shared fixtures: a fresh data folder per test, the offscreen Qt platform on a laptop-sized
screen, a gui marker."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

LAPTOP_SCREEN = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768 - 40}
"""The offscreen screen the window tests run on: a 1366×768 laptop's free area (40-px task bar)."""
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":  # another platform: left alone
    _config = Path(tempfile.gettempdir()) / "unionapp-tests-laptop-screen.json"
    _config.write_text(json.dumps({"screens": [LAPTOP_SCREEN]}), "utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_config}"
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
