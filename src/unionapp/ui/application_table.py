"""ApplicationTableModel: the application list as a Qt table model (rows: ApplicationRow)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from unionapp.applications.service import ApplicationRow

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class ApplicationTableModel(QAbstractTableModel):
    COL_ID, COL_PROGRAMME, COL_PROVIDER, COL_TIME, COL_STATUS, COL_CHANGED = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ApplicationRow] = []
        self._headers = [
            self.tr("编号"),
            self.tr("服务项目"),
            self.tr("承办单位"),
            self.tr("申请服务时间"),
            self.tr("状态"),
            self.tr("最近修改"),
        ]

    def set_rows(self, rows: list[ApplicationRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

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
        if role == SORT_ROLE:
            return self._sort_value(row, index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        return None

    def _text(self, row: ApplicationRow, column: int) -> str:
        if column == self.COL_ID:
            return str(row.id)
        if column == self.COL_PROGRAMME:
            return row.service_item or row.programme or self.tr("（未填）")
        if column == self.COL_PROVIDER:
            return row.provider
        if column == self.COL_TIME:
            return row.service_time.strftime("%Y-%m-%d %H:%M") if row.service_time else ""
        if column == self.COL_STATUS:
            return row.status_label
        return row.updated_at.strftime("%Y-%m-%d %H:%M")

    def _sort_value(self, row: ApplicationRow, column: int) -> Any:
        if column == self.COL_ID:
            return row.id
        if column == self.COL_TIME:
            return row.service_time.isoformat() if row.service_time else ""
        if column == self.COL_CHANGED:
            return row.updated_at.isoformat()
        return self._text(row, column)
