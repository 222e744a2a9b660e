"""The settings section (设置): union profile, data folder, backups and restore."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionapp.applications.rules import (
    MAX_LEAD_WORKDAYS,
    default_lead_workdays,
    set_default_lead_workdays,
)
from unionapp.errors import UserError
from unionapp.storage.backup import list_backups, make_backup, restore_backup
from unionapp.ui.common.errors import show_user_error
from unionapp.ui.common.language import save_language, saved_language
from unionapp.ui.settings.union_form import UnionProfileForm
from unionapp.union import get_union

if TYPE_CHECKING:
    from unionapp.storage.context import AppContext


class SettingsPage(QScrollArea):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window_ref = parent
        self.setWidgetResizable(True)
        body = QWidget(self)
        layout = QVBoxLayout(body)

        profile_box = QGroupBox(self.tr("本工会资料（自动填入申请表）"), body)
        profile_layout = QVBoxLayout(profile_box)
        self.profile = UnionProfileForm(profile_box)
        profile_layout.addWidget(self.profile)
        save = QPushButton(self.tr("保存本工会资料"), profile_box)
        save.clicked.connect(self.save_profile)
        self.saved_label = QLabel(profile_box)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addWidget(self.saved_label)
        row.addStretch(1)
        profile_layout.addLayout(row)
        layout.addWidget(profile_box)

        folder_box = QGroupBox(self.tr("数据文件夹"), body)
        folder_layout = QHBoxLayout(folder_box)
        self.folder_label = QLabel(str(ctx.paths.root), folder_box)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = QPushButton(self.tr("打开文件夹"), folder_box)
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(ctx.paths.root)))
        )
        folder_layout.addWidget(self.folder_label, 1)
        folder_layout.addWidget(open_folder)
        layout.addWidget(folder_box)
        layout.addWidget(self._language_box(body))
        layout.addWidget(self._deadline_box(body))

        backup_box = QGroupBox(self.tr("备份（每天自动备份，保留最近 7 天、4 周、12 个月）"), body)
        backup_layout = QVBoxLayout(backup_box)
        self.backups = QTableWidget(0, 2, backup_box)
        self.backups.setHorizontalHeaderLabels([self.tr("备份时间"), self.tr("文件")])
        self.backups.horizontalHeader().setStretchLastSection(True)
        self.backups.setColumnWidth(0, 180)
        self.backups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backups.verticalHeader().hide()
        backup_layout.addWidget(self.backups)
        buttons = QHBoxLayout()
        backup_now = QPushButton(self.tr("立即备份"), backup_box)
        backup_now.clicked.connect(self.backup_now)
        restore_selected = QPushButton(self.tr("从所选备份恢复"), backup_box)
        restore_selected.clicked.connect(self.restore_selected)
        restore_file = QPushButton(self.tr("从文件恢复…"), backup_box)
        restore_file.clicked.connect(self.restore_from_file)
        for button in (backup_now, restore_selected, restore_file):
            buttons.addWidget(button)
        buttons.addStretch(1)
        backup_layout.addLayout(buttons)
        layout.addWidget(backup_box)
        layout.addStretch(1)
        self.setWidget(body)
        self.refresh()

    def _language_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("界面语言 / Language"), parent)
        row = QHBoxLayout(box)
        self.language = QComboBox(box)
        self.language.addItem(self.tr("跟随系统"), "")
        self.language.addItem("简体中文", "zh_CN")  # language names are shown in their own language
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language() or "")))
        self.language.currentIndexChanged.connect(self.change_language)
        self.language_note = QLabel(self.tr("更改后，下次打开程序时生效。"), box)
        row.addWidget(self.language)
        row.addWidget(self.language_note, 1)
        return box

    def _deadline_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("报送期限"), parent)
        row = QHBoxLayout(box)
        label = QLabel(
            self.tr("服务项目没有规定提前报送时间的（包括手工填写的申请），按通知一般要求提前"), box
        )
        label.setWordWrap(True)
        row.addWidget(label, 1)
        self.lead_workdays = QSpinBox(box)
        self.lead_workdays.setRange(1, MAX_LEAD_WORKDAYS)
        self.lead_workdays.setSuffix(self.tr(" 个工作日报送"))
        with self.ctx.session() as session:
            self.lead_workdays.setValue(default_lead_workdays(session))
        self.lead_workdays.valueChanged.connect(self.change_lead_workdays)
        row.addWidget(self.lead_workdays)
        return box

    def change_lead_workdays(self, workdays: int) -> None:
        try:
            with self.ctx.session() as session:
                set_default_lead_workdays(session, workdays)
        except UserError as exc:
            show_user_error(self, exc)

    def change_language(self) -> None:
        save_language(self.language.currentData() or None)
        self.language_note.setText(self.tr("已保存。请关闭并重新打开程序，新的界面语言才会生效。"))

    def refresh(self) -> None:
        with self.ctx.session() as session:
            self.profile.set_data(get_union(session))
        self.saved_label.clear()
        infos = list_backups(self.ctx.paths)
        self.backups.setRowCount(len(infos))
        for row, info in enumerate(infos):
            self.backups.setItem(
                row, 0, QTableWidgetItem(info.taken_at.strftime("%Y-%m-%d %H:%M:%S"))
            )
            item = QTableWidgetItem(info.path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.backups.setItem(row, 1, item)

    def save_profile(self) -> None:
        if self.profile.save(self.ctx):
            self.saved_label.setText(self.tr("已保存"))

    def backup_now(self) -> None:
        try:
            make_backup(self.ctx.paths)
        except UserError as exc:
            show_user_error(self, exc)
        self.refresh()

    def restore_selected(self) -> None:
        item = self.backups.item(self.backups.currentRow(), 1)
        if item is None:
            QMessageBox.information(self, self.tr("恢复"), self.tr("请先在列表中选择一个备份。"))
            return
        self._restore(item.data(Qt.ItemDataRole.UserRole))

    def restore_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择备份文件"), str(self.ctx.paths.backups), self.tr("数据库备份 (*.db)")
        )
        if path:
            self._restore(path)

    def _restore(self, path: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("从备份恢复"),
            self.tr("用备份 {0} 替换现在的数据？\n恢复前会先自动备份现在的数据。").format(path),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.engine.dispose()
        try:
            restore_backup(self.ctx.paths, path)
        except UserError as exc:
            show_user_error(self, exc, self.tr("无法恢复"))
            return
        finally:
            self.ctx.reopen_database()
        QMessageBox.information(self, self.tr("恢复完成"), self.tr("已从备份恢复。"))
        rebuild = getattr(self.window(), "rebuild_sections", None)
        if callable(rebuild):
            rebuild()
