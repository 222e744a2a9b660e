"""ApplicationTableModel: the application list as a Qt table model (rows: ApplicationRow)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from unionapp.applications.service import ApplicationRow
from unionapp.applications.tracking import UNSENT_STATUSES
from unionapp.ui.common.labels import service_time_text, status_text, warning_text

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class ApplicationTableModel(QAbstractTableModel):
    (
        COL_ID,
        COL_WARNINGS,
        COL_PROGRAMME,
        COL_PROVIDER,
        COL_TIME,
        COL_DEADLINE,
        COL_STATUS,
        COL_CHANGED,
    ) = range(8)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ApplicationRow] = []
        self._headers = [
            self.tr("编号"),
            self.tr("提醒"),
            self.tr("服务项目"),
            self.tr("承办单位"),
            self.tr("服务时间"),
            self.tr("最晚报送日期"),
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
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.COL_WARNINGS:
            return self.tr("⚠ 表示有提醒（未填的项目、报送期限、通知规则），鼠标停在上面可看详情")
        if role == Qt.ItemDataRole.ToolTipRole and section == self.COL_DEADLINE:
            return self.tr(
                "按项目要求提前的工作日数倒推的最晚报送日期；项目没有要求的，"
                "按通知一般要求提前15个工作日。只显示尚未报送的申请。"
            )
        if role == Qt.ItemDataRole.ToolTipRole and section == self.COL_TIME:
            return self.tr("承办单位确定了服务时间的，显示确定的时间，原申请的时间写在旁边")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self._sort_value(row, index.column())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_TIME:
                return service_time_text(row.service_time, row.scheduled_at)
            if column == self.COL_WARNINGS:
                lines = [f"⚠ {warning_text(w)}" for w in row.warnings]
                return "\n".join(lines) or self.tr("没有提醒")
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_WARNINGS:
            return QColor("#b35c00")
        if role == Qt.ItemDataRole.BackgroundRole and row.warnings:
            return QColor("#fff4e0")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_WARNINGS:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def row_at(self, position: int) -> ApplicationRow:
        return self._rows[position]

    def _text(self, row: ApplicationRow, column: int) -> str:
        if column == self.COL_ID:
            return str(row.id)
        if column == self.COL_WARNINGS:
            return f"⚠ {len(row.warnings)}" if row.warnings else ""
        if column == self.COL_DEADLINE:
            if row.deadline is None or row.status not in UNSENT_STATUSES:
                return ""
            general = self.tr("（按通知一般要求）") if row.deadline_basis == "default" else ""
            estimate = self.tr("（估算）") if row.deadline_estimate else ""
            return f"{row.deadline.isoformat()}{general}{estimate}"
        if column == self.COL_PROGRAMME:
            return row.service_item or row.programme or self.tr("（未填）")
        if column == self.COL_PROVIDER:
            return row.provider
        if column == self.COL_TIME:
            return service_time_text(row.service_time, row.scheduled_at, short=True)
        if column == self.COL_STATUS:
            return status_text(row.status)
        return row.updated_at.strftime("%Y-%m-%d %H:%M")

    def _sort_value(self, row: ApplicationRow, column: int) -> Any:
        if column == self.COL_ID:
            return row.id
        if column == self.COL_WARNINGS:
            return len(row.warnings)
        if column == self.COL_DEADLINE:
            shown = row.deadline is not None and row.status in UNSENT_STATUSES
            return row.deadline.isoformat() if shown and row.deadline else ""
        if column == self.COL_TIME:
            return row.confirmed_time.isoformat() if row.confirmed_time else ""
        if column == self.COL_CHANGED:
            return row.updated_at.isoformat()
        return self._text(row, column)
