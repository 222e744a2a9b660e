"""Fixtures for the translation tests: the English translation installed for one test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from unionapp.resources import resource_dir


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The program's English translation installed for one test."""
    translator = QTranslator()
    assert translator.load(QLocale("en"), "unionapp", "_", str(resource_dir() / "i18n"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
