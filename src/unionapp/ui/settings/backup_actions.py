"""Backup actions shared by the settings page, the File menu and the first-start screen:
export everything to one file (a new PC) and restore from a backup file.

Tests replace ``choose_save_path``/``choose_open_path``/``confirm`` to stand in for the file
and question dialogs; everything after the user's answer is the real thing.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from unionapp.errors import UserError
from unionapp.storage.backup import backup_record, make_backup, restore_backup
from unionapp.ui.common.errors import show_user_error

if TYPE_CHECKING:
    from unionapp.storage.context import AppContext


def choose_save_path(parent: QWidget, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("BackupActions", "导出全部数据到一个文件"),
        suggested,
        QCoreApplication.translate("BackupActions", "数据库备份 (*.db)"),
    )
    return path


def choose_open_path(parent: QWidget, folder: str) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("BackupActions", "选择备份文件"),
        folder,
        QCoreApplication.translate("BackupActions", "数据库备份 (*.db);;所有文件 (*)"),
    )
    return path


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def export_everything(parent: QWidget, ctx: AppContext) -> Path | None:
    """换电脑: write a manual backup (data and every attachment) to a place the user chooses."""
    suggested = str(Path.home() / f"基层工会助手-全部数据-{datetime.now():%Y%m%d-%H%M}.db")
    chosen = choose_save_path(parent, suggested)
    if not chosen:
        return None
    try:
        path = make_backup(ctx.paths, Path(chosen))
    except UserError as exc:
        show_user_error(parent, exc, QCoreApplication.translate("BackupActions", "无法导出"))
        return None
    record = backup_record(path)
    inform(
        parent,
        QCoreApplication.translate("BackupActions", "已导出"),
        QCoreApplication.translate(
            "BackupActions",
            "全部数据（含 {0} 个附件）已保存到：\n{1}\n\n"
            "在新电脑上安装本程序后，在第一次打开时选择“从备份文件恢复…”并选中这个文件。",
        ).format(record.attachments if record else 0, path),
    )
    return path


def restore_file(parent: QWidget, ctx: AppContext, path: Path | str) -> bool:
    """Replace the open data with the backup ``path`` after asking; True when restored."""
    if not confirm(
        parent,
        QCoreApplication.translate("BackupActions", "从备份恢复"),
        QCoreApplication.translate(
            "BackupActions", "用备份 {0} 替换现在的数据（含附件）？\n恢复前会先自动备份现在的数据。"
        ).format(path),
    ):
        return False
    ctx.engine.dispose()
    try:
        safety = restore_backup(ctx.paths, Path(path))
    except UserError as exc:
        show_user_error(parent, exc, QCoreApplication.translate("BackupActions", "无法恢复"))
        return False
    finally:
        ctx.reopen_database()  # also migrates a backup made by an older version
    message = QCoreApplication.translate("BackupActions", "已从备份恢复。")
    if safety is not None:
        message += "\n" + QCoreApplication.translate(
            "BackupActions", "恢复前的数据已备份到：{0}"
        ).format(safety)
    inform(parent, QCoreApplication.translate("BackupActions", "恢复完成"), message)
    return True


def restore_chosen_file(parent: QWidget, ctx: AppContext) -> bool:
    """Ask for a backup file (another computer's export, a copied backup) and restore it."""
    chosen = choose_open_path(parent, str(ctx.paths.backups))
    return bool(chosen) and restore_file(parent, ctx, chosen)
