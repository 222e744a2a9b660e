"""MemberTableModel: the roster as a Qt table model over the database, a page at a time.

Rows are fetched by key (`roster.search.fetch_page`) when the view scrolls near the end
(canFetchMore/fetchMore), never all at once. ID numbers and phones are shown masked.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from unionapp.roster.search import PAGE_SIZE, MemberQuery, MemberRow, fetch_page, page_key
from unionapp.roster.validate import mask_id, mask_phone
from unionapp.ui.common.labels import label_text

if TYPE_CHECKING:
    from sqlalchemy import Engine

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class MemberTableModel(QAbstractTableModel):
    COL_NAME, COL_GENDER, COL_DEPARTMENT, COL_POSITION, COL_PHONE = range(5)
    COL_ID, COL_CARD, COL_JOINED, COL_STATUS = range(5, 9)
    SORTABLE: ClassVar[dict[int, str]] = {
        COL_NAME: "name",
        COL_DEPARTMENT: "department",
        COL_STATUS: "status",
    }

    def __init__(self, engine: Engine, parent: Any = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._rows: list[MemberRow] = []
        self._query = MemberQuery()
        self._exhausted = True
        self._headers = [
            self.tr("姓名"),
            self.tr("性别"),
            self.tr("部门"),
            self.tr("职务"),
            self.tr("手机/电话"),
            self.tr("身份证号"),
            self.tr("会员卡号"),
            self.tr("入会日期"),
            self.tr("状态"),
        ]

    @property
    def query(self) -> MemberQuery:
        return self._query

    def set_query(self, query: MemberQuery) -> None:
        """Show the first page for `query` (the rest comes as the view scrolls)."""
        self._query = query
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = fetch_page(self._engine, self._query, None, PAGE_SIZE)
        self._exhausted = len(self._rows) < PAGE_SIZE
        self.endResetModel()

    def row_at(self, row: int) -> MemberRow:
        return self._rows[row]

    def loaded_rows(self) -> int:
        return len(self._rows)

    # -- paging -------------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or not self._rows:
            return
        after = page_key(self._rows[-1], self._query.sort)
        page = fetch_page(self._engine, self._query, after, PAGE_SIZE)
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORTABLE.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=key, descending=descending))

    # -- the table ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == self.COL_PHONE:
            return mask_phone(row.phone) if row.phone else ""
        if column == self.COL_ID:
            return mask_id(row.id_number) if row.id_number else ""
        if column == self.COL_JOINED:
            return row.join_date.isoformat() if row.join_date else ""
        values = {
            self.COL_NAME: row.name,
            self.COL_GENDER: label_text(row.gender),
            self.COL_DEPARTMENT: row.department,
            self.COL_POSITION: row.position,
            self.COL_CARD: row.card_number or "",
            self.COL_STATUS: label_text(row.status),
        }
        return values.get(column)
