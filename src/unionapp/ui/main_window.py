"""The main window: navigation on the left, one page per section on the right.

The window paints first with a placeholder; ``load()`` then opens the database (the heavy imports
happen there), runs the first-start setup and builds the sections.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from unionapp.ui.common.fitting import fit_to_screen

if TYPE_CHECKING:
    from unionapp.storage.context import AppContext
    from unionapp.storage.paths import DataPaths

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Signals: ``first_painted`` once the window has painted; ``loaded`` once the data is open."""

    first_painted = Signal()
    loaded = Signal()

    def __init__(self, paths: DataPaths, database: str | None = None) -> None:
        super().__init__()
        self.paths = paths
        self.database = database
        self.ctx: AppContext | None = None
        self.federation = False  # a federation login: its own view, no roster
        self._painted = False
        self.pages: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("基层工会助手"))
        fit_to_screen(self, 1180, 760)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget(central)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(150)
        self.nav.setStyleSheet(
            "QListWidget#navigation { font-size: 15px; } "
            "QListWidget#navigation::item { padding: 10px 12px; }"
        )
        self.stack = QStackedWidget(central)
        self.placeholder = QLabel(self.tr("正在打开数据……"), self.stack)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.placeholder)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._show_page)
        self._build_menus()

    # -- start-up ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.backup_action = QAction(self.tr("立即备份(&B)"), self)
        self.backup_action.triggered.connect(self.backup_now)
        file_menu.addAction(self.backup_action)
        self.export_action = QAction(self.tr("换电脑：导出全部数据到一个文件…"), self)
        self.export_action.triggered.connect(self.export_everything)
        file_menu.addAction(self.export_action)
        self.restore_action = QAction(self.tr("从备份文件恢复…"), self)
        self.restore_action.triggered.connect(self.restore_from_file)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("退出(&X)"), self)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        from unionapp.ui.help.guide import add_help_actions

        add_help_actions(help_menu, self)
        about = QAction(self.tr("关于基层工会助手(&A)"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def load(self) -> bool:
        """Open the data folder and build the sections; False if the program cannot go on."""
        from unionapp.ui.opening import open_with_recovery

        ctx = open_with_recovery(self, self.paths, self.database)
        if ctx is None:
            self.close()
            return False
        self.ctx = ctx
        for action in (self.export_action, self.restore_action):  # a server: pg_dump/pg_restore
            action.setEnabled(ctx.server is None)
        if ctx.storage_warning:
            QMessageBox.warning(self, self.tr("数据文件夹在网络驱动器上"), ctx.storage_warning)
        from unionapp.ui.common.errors import set_log_file

        set_log_file(ctx.log_file)
        self._automatic_backup()
        from unionapp.storage.unions import identity
        from unionapp.ui.settings.union_form import ensure_union_set_up

        with ctx.session() as session:
            self.federation = not identity(session).sees_members
        if not self.federation:
            ensure_union_set_up(self, ctx)
        self._build_sections()
        self.loaded.emit()
        return True

    def _build_sections(self) -> None:
        from unionapp.ui.sections import section_specs

        assert self.ctx is not None
        for spec in section_specs(federation=self.federation):
            page = spec.factory(self.ctx, self)
            self.pages[spec.key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.nav.setCurrentRow(0)

    def rebuild_sections(self) -> None:
        """Build every page again (after the database was replaced by a restore)."""
        current = self.nav.currentRow()
        self.nav.blockSignals(True)
        self.nav.clear()
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.nav.blockSignals(False)
        self._build_sections()
        self.nav.setCurrentRow(max(0, min(current, self.nav.count() - 1)))

    def _show_page(self, row: int) -> None:
        item = self.nav.item(row)
        if item is None:
            return
        page = self.pages[item.data(Qt.ItemDataRole.UserRole)]
        self.stack.setCurrentWidget(page)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def current_section(self) -> str:
        """The key of the section on show ("" before the sections are built)."""
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""

    def show_section(self, key: str) -> QWidget:
        """Switch to a section by key and return its page."""
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
        return self.pages[key]

    def bring_to_front(self) -> None:
        self.setWindowState(
            (self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        self.show()
        self.raise_()
        self.activateWindow()

    # -- backups ----------------------------------------------------------------------------
    def _automatic_backup(self) -> None:
        from unionapp.storage.backup import backup_due, make_backup

        assert self.ctx is not None
        if self.ctx.server is not None:  # the server's own backups (pg_dump) protect it
            return
        try:
            if backup_due(self.ctx.paths):
                make_backup(self.ctx.paths, kind="auto")
        except Exception:  # a failed automatic backup must not stop the program from opening
            log.exception("automatic backup failed")

    def backup_now(self) -> None:
        from unionapp.errors import UserError
        from unionapp.storage.backup import make_backup
        from unionapp.storage.copy import server_backup
        from unionapp.ui.common.errors import show_user_error

        if self.ctx is None:
            return
        try:
            if self.ctx.server is not None:  # a SQLite file of the server's data
                path = server_backup(self.ctx.engine, self.ctx.paths)
            else:
                path = make_backup(self.ctx.paths)
        except UserError as exc:
            show_user_error(self, exc)
            return
        QMessageBox.information(self, self.tr("备份完成"), self.tr("已备份到：\n{0}").format(path))
        settings = self.pages.get("settings")
        if settings is not None and hasattr(settings, "refresh_backups"):
            settings.refresh_backups()

    def export_everything(self) -> None:
        from unionapp.ui.settings.backup_actions import export_everything

        if self.ctx is not None:
            export_everything(self, self.ctx)

    def restore_from_file(self) -> None:
        from unionapp.ui.settings.backup_actions import restore_chosen_file

        if self.ctx is not None and restore_chosen_file(self, self.ctx):
            self.rebuild_sections()

    def show_about(self) -> None:
        from unionapp.ui.help.about_dialog import AboutDialog

        AboutDialog(self.paths.root, self).exec()

    # -- closing ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self.pages.values():
            save = getattr(page, "save_pending", None)
            if callable(save):
                save()
        if self.ctx is not None:
            from unionapp.storage.backup import make_backup

            try:
                if self.ctx.server is None:  # a server is protected by its own backups
                    make_backup(self.ctx.paths, kind="auto")
            except Exception:
                log.exception("backup on close failed")
            self.ctx.close()
            self.ctx = None
        super().closeEvent(event)
