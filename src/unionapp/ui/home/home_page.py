"""The home screen (首页): what needs doing, grouped; each item opens its application."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionapp.calendar_store import work_calendar
from unionapp.catalogue.new_year import carry_forward, catalogue_age
from unionapp.errors import UserError
from unionapp.todo import KINDS, TodoItem, todo_items
from unionapp.ui.catalogue.import_dialog import NOTICE, CatalogueImportDialog
from unionapp.ui.catalogue.outdated_bar import OutdatedCatalogueBar
from unionapp.ui.common.errors import show_user_error
from unionapp.ui.common.labels import estimate_text, todo_kind_text, todo_text

if TYPE_CHECKING:
    from unionapp.storage.context import AppContext

ITEM_ROLE = Qt.ItemDataRole.UserRole


class HomePage(QWidget):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fixed_today = today
        self.items: list[TodoItem] = []
        self.import_dialog: CatalogueImportDialog | None = None
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        header.addWidget(self.title, 1)
        self.calendar_button = QPushButton(self.tr("工作日日历…"), self)
        self.calendar_button.setToolTip(
            self.tr("粘贴国务院节假日安排通知，或逐日录入放假和调休上班日期")
        )
        self.calendar_button.clicked.connect(self.open_calendar)
        header.addWidget(self.calendar_button)
        self.refresh_button = QPushButton(self.tr("刷新"), self)
        self.refresh_button.clicked.connect(self.refresh)
        header.addWidget(self.refresh_button)
        layout.addLayout(header)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(
            "QLabel { background: #fff4d6; border: 1px solid #e0c36a; padding: 6px; }"
        )
        self.hint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.hint)
        self.outdated = OutdatedCatalogueBar(self)
        self.outdated.import_button.clicked.connect(self.import_notice)
        self.outdated.carry_button.clicked.connect(self.carry_forward)
        layout.addWidget(self.outdated)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("日期"), self.tr("事项")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.itemActivated.connect(self._activated)
        layout.addWidget(self.tree, 1)
        self.empty = QLabel(self.tr("没有待办事项。新的申请在“申请”中填写。"), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty, 1)
        footer = QLabel(self.tr("双击一项即可打开对应的申请或服务项目。"), self)
        footer.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(footer)
        self.refresh()

    def today(self) -> date:
        return self.fixed_today or date.today()

    def refresh(self) -> None:
        today = self.today()
        with self.ctx.session() as session:
            self.items = todo_items(session, today)
            calendar = work_calendar(session)
            missing = [
                year
                for year in (today.year, today.year + 1)
                if calendar.source_for_year(year) == "estimate"
                and (year == today.year or today.month >= 11)
            ]
            age = catalogue_age(session, today.year)
        self.outdated.show_age(age)
        self.title.setText(self.tr("待办事项（{0}）").format(today.isoformat()))
        self.hint.setText(estimate_text(missing[0]) if missing else "")
        self.hint.setVisible(bool(missing))
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for kind in KINDS:
            group = [item for item in self.items if item.kind == kind]
            if not group:
                continue
            heading = self.tr("{0}（{1}）").format(todo_kind_text(kind), len(group))
            top = QTreeWidgetItem([heading, ""])
            top.setFirstColumnSpanned(True)
            top.setFont(0, bold)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            for item in group:
                text = todo_text(item)
                child = QTreeWidgetItem([item.date.isoformat(), text])
                child.setData(0, ITEM_ROLE, item)
                child.setToolTip(1, text)
                if kind == "deadline" and item.date < today:
                    child.setForeground(0, Qt.GlobalColor.darkRed)
                    child.setForeground(1, Qt.GlobalColor.darkRed)
                top.addChild(child)
        self.tree.expandAll()
        self.tree.setVisible(bool(self.items))
        self.empty.setVisible(not self.items)

    def open_item(self, item: TodoItem) -> None:
        """Show the application (or, for a programme not yet applied for, the catalogue); an
        outdated catalogue opens the notice import."""
        show_section = getattr(self.window(), "show_section", None)
        if item.kind != "catalogue_outdated" and not callable(show_section):
            return  # the page shown on its own, outside the main window
        if item.kind == "catalogue_outdated":
            self.import_notice()
        elif item.application_id is not None:
            show_section("applications").open_application(item.application_id)
        elif item.programme_id is not None:
            show_section("catalogue").select_programme(item.programme_id)

    def import_notice(self) -> CatalogueImportDialog:
        """Open the notice import (window-modal); the list is refreshed once it is imported."""
        dialog = CatalogueImportDialog(self.ctx, NOTICE, self)
        if self.import_dialog is not None:  # the one opened before, closed by now
            self.import_dialog.deleteLater()
        dialog.accepted.connect(self.refresh)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def carry_forward(self) -> None:
        """Copy the newest catalogue into this year (every programme 待核实)."""
        try:
            with self.ctx.session() as session:
                carry_forward(session, self.today().year)
        except UserError as exc:
            show_user_error(self, exc)
            return
        self.refresh()

    def open_calendar(self) -> None:
        from unionapp.ui.settings.calendar_dialog import CalendarDialog

        dialog = CalendarDialog(self.ctx, self)
        dialog.exec()
        if dialog.stored:
            self.refresh()

    def _activated(self, tree_item: QTreeWidgetItem, _column: int) -> None:
        item = tree_item.data(0, ITEM_ROLE)
        if isinstance(item, TodoItem):
            self.open_item(item)
