"""The roster section (会员名册): search as you type, filter, and keep the members."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionapp.errors import UserError
from unionapp.roster.export import export_roster
from unionapp.roster.search import MemberRow
from unionapp.roster.store import (
    change_status,
    delete_member_permanently,
    departments,
    member_counts,
)
from unionapp.roster.validate import STATUSES
from unionapp.storage.unions import identity
from unionapp.ui.common.collation import pinyin_sorted
from unionapp.ui.common.errors import show_user_error
from unionapp.ui.common.labels import label_text
from unionapp.ui.roster.member_dialog import MemberDialog, StatusDialog
from unionapp.ui.roster.member_table import ROW_ROLE, MemberTableModel
from unionapp.ui.roster.roster_import_dialog import RosterImportDialog

if TYPE_CHECKING:
    from unionapp.storage.context import AppContext


class RosterPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("搜索：姓名、拼音或首字母（如 zs）、部门、电话或卡号尾号")
        )
        self.search.setMinimumWidth(320)
        self.department = QComboBox(self)
        self.department.setMinimumWidth(120)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("全部状态"), None)
        for status in STATUSES:
            self.status.addItem(label_text(status), status)
        bar.addWidget(self.search, 1)
        bar.addWidget(QLabel(self.tr("部门"), self))
        bar.addWidget(self.department)
        bar.addWidget(QLabel(self.tr("状态"), self))
        bar.addWidget(self.status)
        layout.addLayout(bar)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("添加"), self)
        self.edit_button = QPushButton(self.tr("编辑"), self)
        self.import_button = QPushButton(self.tr("导入"), self)
        self.export_button = QPushButton(self.tr("导出"), self)
        self.status_button = QPushButton(self.tr("状态变更"), self)
        self.delete_button = QPushButton(self.tr("永久删除"), self)
        for button in (self.add_button, self.edit_button, self.status_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.import_button, self.export_button, self.delete_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_selected)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.status_button.clicked.connect(self.change_selected_status)
        self.delete_button.clicked.connect(self.delete_selected)
        with ctx.session() as session:  # what the login may do (a server's staff: less)
            self.me = identity(session)
        if not self.me.may_delete_permanently:
            self.delete_button.setEnabled(False)
            self.delete_button.setToolTip(
                self.tr("只有工会主席才能永久删除会员；工作人员的登录名没有这项权限。")
            )

        self.model = MemberTableModel(ctx.engine, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = (90, 60, 130, 100, 120, 160, 130, 96, 60)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self.edit_selected)
        layout.addWidget(self.table, 1)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: #666;")
        layout.addWidget(self.hint)

        self.search.textChanged.connect(self.apply_filters)
        self.department.currentIndexChanged.connect(self.apply_filters)
        self.status.currentIndexChanged.connect(self.apply_filters)
        self.refresh()

    # -- showing --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload departments, rows and counts (called when the section is shown)."""
        with self.ctx.session() as session:
            names = pinyin_sorted(departments(session))
        current = self.department.currentData()
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(self.tr("全部部门"), None)
        for name in names:
            self.department.addItem(name, name)
        index = self.department.findData(current)
        self.department.setCurrentIndex(max(index, 0))
        self.department.blockSignals(False)
        if self.model.query.department not in (None, *names):
            self.apply_filters()
        else:
            self.model.reload()
            self._update_hint()

    def apply_filters(self) -> None:
        query = replace(
            self.model.query,
            text=self.search.text(),
            department=self.department.currentData(),
            status=self.status.currentData(),
        )
        self.model.set_query(query)
        self._update_hint()

    def _update_hint(self) -> None:
        with self.ctx.session() as session:
            counts = member_counts(session)
        if self.model.rowCount() == 0:
            filtered = self.model.query.terms or self.model.query.department
            if not filtered and self.model.query.status is None:
                self.hint.setText(self.tr("还没有会员 — 点“导入”从 Excel 导入名册"))
            else:
                self.hint.setText(self.tr("没有符合条件的会员"))
            return
        self.hint.setText(
            self.tr("在册会员 {0} 人，其中持会员互助服务卡 {1} 人").format(
                counts["members"], counts["with_card"]
            )
        )

    def selected(self) -> MemberRow | None:
        index = self.table.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    def _select(self, member_id: int | None) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == member_id:
                self.table.selectRow(row)
                return

    # -- actions --------------------------------------------------------------------------------
    def add_member(self) -> None:
        dialog = MemberDialog(self.ctx, None, self)
        if dialog.exec():
            self.refresh()
            self._select(dialog.saved_id)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if MemberDialog(self.ctx, row.id, self).exec():
            self.refresh()
            self._select(row.id)

    def change_selected_status(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = StatusDialog(row.name, row.status, self)
        if not dialog.exec():
            return
        status, day, note = dialog.chosen()
        try:
            with self.ctx.session() as session:
                change_status(session, row.id, status, day, note)
        except UserError as error:
            show_user_error(self, error)
            return
        self.refresh()
        self._select(row.id)

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("永久删除"),
            self.tr(
                "确定要永久删除会员“{0}”吗？\n\n他/她的全部信息和历史记录（包括身份证号）"
                "以及参加活动的记录都会从数据库中彻底清除，无法恢复。\n"
                "只是转出、退会或退休的会员，请用“状态变更”。"
            ).format(row.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        delete_member_permanently(self.ctx.engine, row.id)
        self.refresh()

    def import_file(self) -> None:
        dialog = RosterImportDialog(self.ctx, self)
        dialog.exec()
        if dialog.imported:
            self.refresh()

    def export_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("导出会员名册"),
            self.tr("会员名册.xlsx"),
            self.tr("Excel 文件 (*.xlsx);;CSV 文件 (*.csv)"),
        )
        if not path:
            return
        if self.me.may_export_unmasked:
            question = self.tr(
                "默认导出时身份证号和电话会被部分遮盖。\n要导出完整的身份证号和电话吗？"
            )
        else:
            question = self.tr(
                "默认导出时身份证号和电话会被部分遮盖（完整的身份证号只有工会主席能导出）。\n"
                "要导出完整的电话吗？"
            )
        answer = QMessageBox.question(
            self,
            self.tr("导出完整号码？"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        full = answer == QMessageBox.StandardButton.Yes
        ids = full and self.me.may_export_unmasked
        try:
            count = export_roster(self.ctx.engine, path, with_id_numbers=ids, with_phones=full)
        except UserError as error:
            show_user_error(self, error)
            return
        QMessageBox.information(
            self, self.tr("导出完成"), self.tr("已导出 {0} 名会员到 {1}").format(count, path)
        )
