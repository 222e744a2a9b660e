"""The settings section (设置): union profile, data folder, backups and restore."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from unionapp.storage.backup import delete_backup, describe_backups, make_backup
from unionapp.ui.common.errors import show_user_error
from unionapp.ui.common.language import save_language, saved_language
from unionapp.ui.settings import backup_actions
from unionapp.ui.settings.shared_database import SharedDatabaseBox
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
        self.shared_database = SharedDatabaseBox(ctx, body)
        layout.addWidget(self.shared_database)
        layout.addWidget(self._language_box(body))
        layout.addWidget(self._deadline_box(body))

        backup_box = QGroupBox(self.tr("备份（一个文件含全部数据和附件）"), body)
        backup_layout = QVBoxLayout(backup_box)
        note = QLabel(
            self.tr(
                "每天自动备份，自动备份保留最近 7 天、4 周、12 个月；手动备份和恢复前的备份"
                "一直保留，直到您删除。"
            ),
            backup_box,
        )
        note.setWordWrap(True)
        backup_layout.addWidget(note)
        self.backups = QTableWidget(0, 4, backup_box)
        self.backups.setObjectName("backup_list")
        self.backups.setHorizontalHeaderLabels(
            [self.tr("备份时间"), self.tr("类型"), self.tr("大小"), self.tr("校验")]
        )
        self.backups.horizontalHeader().setStretchLastSection(True)
        self.backups.setColumnWidth(0, 170)
        self.backups.setColumnWidth(1, 140)
        self.backups.setColumnWidth(2, 90)
        self.backups.setMinimumHeight(160)
        self.backups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backups.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backups.verticalHeader().hide()
        backup_layout.addWidget(self.backups)
        buttons = QHBoxLayout()
        self.backup_now_button = QPushButton(self.tr("立即备份"), backup_box)
        self.backup_now_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("从所选备份恢复"), backup_box)
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button = QPushButton(self.tr("删除"), backup_box)
        self.delete_button.setToolTip(self.tr("删除所选的备份文件（会先确认）"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.restore_file_button = QPushButton(self.tr("从文件恢复…"), backup_box)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        for button in (
            self.backup_now_button,
            self.restore_button,
            self.delete_button,
            self.restore_file_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        backup_layout.addLayout(buttons)
        move_row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("换电脑：导出全部数据到一个文件…"), backup_box)
        self.export_button.setToolTip(
            self.tr("把全部数据和附件保存为一个文件，拷到新电脑后在首次打开时恢复")
        )
        self.export_button.clicked.connect(self.export_everything)
        move_row.addWidget(self.export_button)
        move_row.addStretch(1)
        backup_layout.addLayout(move_row)
        layout.addWidget(backup_box)
        backup_box.setVisible(ctx.server is None)  # a server: pg_dump, and 备份 in the menu
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
        self.refresh_backups()

    def refresh_backups(self) -> None:
        rows = describe_backups(self.ctx.paths)
        self.backups.setRowCount(len(rows))
        for index, row in enumerate(rows):
            created = row["created"].replace("T", " ")
            size = self.tr("{0:.1f} MB").format(row["size"] / 1024 / 1024)
            verified = self.tr("已校验") if row["verified"] else self.tr("未通过")
            for column, value in enumerate(
                (created, backup_kind_label(row["kind"]), size, verified)
            ):
                item = QTableWidgetItem(value)
                item.setToolTip(row["path"])
                item.setData(Qt.ItemDataRole.UserRole, row["path"])
                self.backups.setItem(index, column, item)

    def selected_backup(self) -> str | None:
        item = self.backups.item(self.backups.currentRow(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def save_profile(self) -> None:
        if self.profile.save(self.ctx):
            self.saved_label.setText(self.tr("已保存"))

    def backup_now(self) -> None:
        try:
            make_backup(self.ctx.paths)
        except UserError as exc:
            show_user_error(self, exc)
        self.refresh_backups()

    def restore_selected(self) -> None:
        path = self.selected_backup()
        if path is None:
            QMessageBox.information(self, self.tr("恢复"), self.tr("请先在列表中选择一个备份。"))
            return
        self._restored(backup_actions.restore_file(self, self.ctx, path))

    def restore_from_file(self) -> None:
        self._restored(backup_actions.restore_chosen_file(self, self.ctx))

    def _restored(self, done: bool) -> None:
        self.refresh_backups()
        if not done:
            return
        rebuild = getattr(self.window(), "rebuild_sections", None)
        if callable(rebuild):
            rebuild()
        else:
            self.refresh()

    def delete_selected(self) -> None:
        path = self.selected_backup()
        if path is None:
            QMessageBox.information(self, self.tr("删除"), self.tr("请先在列表中选择一个备份。"))
            return
        if not backup_actions.confirm(
            self,
            self.tr("删除备份"),
            self.tr("永久删除备份 {0}？\n删除后不能再从它恢复。").format(path),
        ):
            return
        try:
            delete_backup(self.ctx.paths, Path(path))
        except UserError as exc:
            show_user_error(self, exc)
        self.refresh_backups()

    def export_everything(self) -> None:
        backup_actions.export_everything(self, self.ctx)


def backup_kind_label(kind: str) -> str:
    """The kind of a backup in the UI language."""
    labels = {
        "daily": QCoreApplication.translate("BackupKinds", "每日自动"),
        "weekly": QCoreApplication.translate("BackupKinds", "每周自动"),
        "monthly": QCoreApplication.translate("BackupKinds", "每月自动"),
        "manual": QCoreApplication.translate("BackupKinds", "手动"),
        "before-restore": QCoreApplication.translate("BackupKinds", "恢复前"),
        "before-migration": QCoreApplication.translate("BackupKinds", "升级前"),
    }
    return labels.get(kind, kind)
