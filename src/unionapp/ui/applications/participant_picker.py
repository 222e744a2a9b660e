"""Choose the roster members taking part in an application's service (参加会员).

The search box uses the roster's own search (name, pinyin, initials, department, phone tail);
with nothing typed it lists members on the register in roster order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionapp.applications.participants import list_participants, set_participants
from unionapp.errors import UserError
from unionapp.roster.search import MemberQuery, MemberRow, fetch_page
from unionapp.ui.common.errors import show_user_error
from unionapp.ui.common.fitting import fit_to_screen

if TYPE_CHECKING:
    from unionapp.storage.context import AppContext

MEMBER_ROLE = Qt.ItemDataRole.UserRole
RESULT_LIMIT = 200
SEARCH_DELAY_MS = 200


def member_text(name: str, department: str) -> str:
    return f"{name}（{department}）" if department else name


class ParticipantPicker(QDialog):
    """After ``exec()`` returns Accepted the chosen members are stored for the application."""

    def __init__(self, ctx: AppContext, app_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.app_id = app_id
        self.setWindowTitle(self.tr("参加会员 — 申请 {0}").format(app_id))
        fit_to_screen(self, 680, 520)
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("输入姓名、拼音首字母、部门或手机尾号查找会员"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        grid = QGridLayout()
        self.results_label = QLabel(self)
        self.chosen_label = QLabel(self)
        self.results = QListWidget(self)
        self.chosen = QListWidget(self)
        for view in (self.results, self.chosen):
            view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(self.tr("加入 →"), self)
        self.add_all_button = QPushButton(self.tr("全部加入 →"), self)
        self.remove_button = QPushButton(self.tr("← 移除"), self)
        buttons.addStretch(1)
        for button in (self.add_button, self.add_all_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid.addWidget(self.results_label, 0, 0)
        grid.addWidget(self.chosen_label, 0, 2)
        grid.addWidget(self.results, 1, 0)
        grid.addLayout(buttons, 1, 1)
        grid.addWidget(self.chosen, 1, 2)
        layout.addLayout(grid, 1)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        layout.addWidget(self.box)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self.timer.start)
        self.add_button.clicked.connect(self.add_selected)
        self.add_all_button.clicked.connect(self.add_all)
        self.remove_button.clicked.connect(self.remove_selected)
        self.results.itemDoubleClicked.connect(lambda _item: self.add_selected())
        self.chosen.itemDoubleClicked.connect(lambda _item: self.remove_selected())
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)

        with ctx.session() as session:
            for member in list_participants(session, app_id):
                assert member.id is not None
                self._add_chosen(member.id, member_text(member.name, member.department))
        self._update_count()
        self.run_search()

    # -- searching ---------------------------------------------------------------------------
    def run_search(self) -> None:
        """Show the members matching the typed text (on the register only)."""
        self.timer.stop()
        query = MemberQuery(text=self.search.text().strip(), status="在册")
        rows = fetch_page(self.ctx.engine, query, None, RESULT_LIMIT)
        self.results.clear()
        for row in rows:
            self.results.addItem(self._item(row))
        more = self.tr("（只显示前 {0} 名，请输入更多字缩小范围）").format(RESULT_LIMIT)
        self.results_label.setText(
            self.tr("在册会员：找到 {0} 名{1}").format(
                len(rows), more if len(rows) >= RESULT_LIMIT else ""
            )
            if rows
            else self.tr("没有找到符合的在册会员。")
        )

    def _item(self, row: MemberRow) -> QListWidgetItem:
        item = QListWidgetItem(member_text(row.name, row.department))
        item.setData(MEMBER_ROLE, row.id)
        return item

    # -- choosing ------------------------------------------------------------------------------
    def chosen_ids(self) -> list[int]:
        return [self.chosen.item(i).data(MEMBER_ROLE) for i in range(self.chosen.count())]

    def _add_chosen(self, member_id: int, text: str) -> None:
        if member_id in self.chosen_ids():
            return
        item = QListWidgetItem(text)
        item.setData(MEMBER_ROLE, member_id)
        self.chosen.addItem(item)

    def add_selected(self) -> None:
        for item in self.results.selectedItems():
            self._add_chosen(item.data(MEMBER_ROLE), item.text())
        self._update_count()

    def add_all(self) -> None:
        for row in range(self.results.count()):
            item = self.results.item(row)
            self._add_chosen(item.data(MEMBER_ROLE), item.text())
        self._update_count()

    def remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        self._update_count()

    def _update_count(self) -> None:
        self.chosen_label.setText(self.tr("已选参加会员：{0} 名").format(self.chosen.count()))

    def accept(self) -> None:
        try:
            with self.ctx.session() as session:
                set_participants(session, self.app_id, self.chosen_ids())
        except UserError as exc:
            show_user_error(self, exc)
            return
        super().accept()
