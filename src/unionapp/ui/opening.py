"""Opening the data folder from the window, with a plain answer for each thing that can go wrong."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from unionapp.storage.context import AppContext
    from unionapp.storage.paths import DataPaths


def open_with_recovery(
    parent: QWidget, paths: DataPaths, database: str | None = None
) -> AppContext | None:
    """Open the database; on damage offer the newest good backup. None when the user cannot go on.

    With a server (``database``) that cannot be opened, offer this PC's data folder instead.
    """
    from unionapp.errors import AlreadyRunning, DatabaseCorrupt, UserError
    from unionapp.storage.backup import newest_good_backup, recover_from_newest_backup
    from unionapp.storage.context import open_context

    if database is not None:
        from unionapp.ui.settings.shared_database import ask_password

        try:
            return open_context(paths, database=database, prompt=ask_password)
        except UserError as exc:
            answer = QMessageBox.question(
                parent,
                QCoreApplication.translate("Opening", "无法打开服务器上的数据库"),
                QCoreApplication.translate(
                    "Opening",
                    "{0}\n\n要改为打开本机数据文件夹中的数据吗？（可在“设置 → 共享数据库”中"
                    "修改服务器）",
                ).format(exc),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
    try:
        return open_context(paths)
    except AlreadyRunning as exc:
        QMessageBox.information(
            parent, QCoreApplication.translate("Opening", "程序已打开"), str(exc)
        )
        return None
    except DatabaseCorrupt as exc:
        good = newest_good_backup(paths)
        if good is None:
            return _restore_chosen_file(parent, paths, exc)
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("Opening", "数据库已损坏"),
            QCoreApplication.translate(
                "Opening",
                "{0}\n\n可以从最近的完好备份（{1:%Y年%m月%d日 %H:%M}）恢复。损坏的文件会改名保留，"
                "不会删除。\n\n现在恢复吗？",
            ).format(exc, good.taken_at),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            damaged, used = recover_from_newest_backup(paths)
            ctx = open_context(paths)
        except UserError as again:
            QMessageBox.critical(
                parent, QCoreApplication.translate("Opening", "恢复失败"), str(again)
            )
            return None
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Opening", "已恢复"),
            QCoreApplication.translate(
                "Opening", "已从备份 {0} 恢复。\n损坏的文件保留为：{1}"
            ).format(used.path.name, damaged),
        )
        return ctx
    except UserError as exc:
        QMessageBox.critical(
            parent, QCoreApplication.translate("Opening", "无法打开数据"), str(exc)
        )
        return None


def _restore_chosen_file(
    parent: QWidget, paths: DataPaths, problem: Exception
) -> AppContext | None:
    """No good backup in the data folder: offer a backup file from elsewhere (a USB stick, the
    file exported for a new PC). The damaged file is renamed and kept, never deleted."""
    from unionapp.errors import UserError
    from unionapp.storage.backup import move_damaged_aside, restore_backup
    from unionapp.storage.context import open_context
    from unionapp.ui.settings.backup_actions import choose_open_path, confirm

    if not confirm(
        parent,
        QCoreApplication.translate("Opening", "数据库已损坏"),
        QCoreApplication.translate(
            "Opening",
            "{0}\n\n数据文件夹中没有完好的备份。如果您在 U 盘或别处有备份文件（例如换电脑时导出的"
            "文件），可以从它恢复；损坏的文件会改名保留，不会删除。\n\n现在选择备份文件吗？",
        ).format(problem),
    ):
        _no_way_on(parent, paths, problem)
        return None
    chosen = choose_open_path(parent, str(paths.backups))
    if not chosen:
        _no_way_on(parent, paths, problem)
        return None
    try:
        damaged = move_damaged_aside(paths)
        restore_backup(paths, Path(chosen))
        ctx = open_context(paths)
    except UserError as again:
        QMessageBox.critical(parent, QCoreApplication.translate("Opening", "恢复失败"), str(again))
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Opening", "已恢复"),
        QCoreApplication.translate("Opening", "已从备份 {0} 恢复。\n损坏的文件保留为：{1}").format(
            Path(chosen).name, damaged
        ),
    )
    return ctx


def _no_way_on(parent: QWidget, paths: DataPaths, problem: Exception) -> None:
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("Opening", "数据库已损坏"),
        QCoreApplication.translate(
            "Opening",
            "{0}\n\n没有找到完好的备份。请联系技术支持，不要删除数据文件夹：\n{1}",
        ).format(problem, paths.root),
    )
