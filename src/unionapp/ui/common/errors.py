"""Showing errors: a plain message for problems the user can act on, a traceback dialog for bugs."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)
_log_file: Path | None = None


def show_user_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """A problem the user can act on: its own plain message, no traceback."""
    QMessageBox.warning(parent, title or QCoreApplication.translate("Errors", "无法完成"), str(exc))


def show_bug(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """A bug: the traceback, and where the log is, so the user can send both to support."""
    from unionapp.errors import UserError

    if isinstance(exc, UserError):
        show_user_error(QApplication.activeWindow(), exc)
        return
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unhandled exception:\n%s", text)
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "程序出错"))
    where = str(_log_file) if _log_file else QCoreApplication.translate("Errors", "（日志未启用）")
    box.setText(
        QCoreApplication.translate(
            "Errors", "程序遇到了一个内部错误。您的数据已保存在数据库中。\n日志文件：{0}"
        ).format(where)
    )
    box.setDetailedText(text)
    box.exec()


def install_excepthook(log_file: Path | None) -> None:
    global _log_file
    _log_file = log_file
    sys.excepthook = show_bug


def set_log_file(log_file: Path | None) -> None:
    global _log_file
    _log_file = log_file
