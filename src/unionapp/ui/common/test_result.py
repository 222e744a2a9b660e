"""The outcome of a "测试连接" button, shown in its label: green when it worked, red with the reason."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from unionapp.errors import UserError


def show_test_success(label: QLabel, message: str) -> None:
    label.setStyleSheet("color: #2E7D32;")
    label.setText(message)


def show_test_failure(label: QLabel, exc: BaseException) -> None:
    """A problem the user can act on is shown; anything else is a bug and goes on up."""
    if not isinstance(exc, UserError):
        raise exc
    label.setStyleSheet("color: #C62828;")
    label.setText(str(exc))
