"""ProgrammeTableModel: the catalogue list as a Qt table model (rows are ProgrammeInfo values)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from unionapp.catalogue.query import ProgrammeInfo

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def rules_summary(info: ProgrammeInfo) -> str:
    rules = info.rules
    parts = []
    if rules.get("uses_form"):
        parts.append(QCoreApplication.translate("Rules", "填附件3"))
    if rules.get("lead_workdays"):
        parts.append(
            QCoreApplication.translate("Rules", "提前{0}个工作日").format(rules["lead_workdays"])
        )
    if rules.get("yearly_limit"):
        parts.append(
            QCoreApplication.translate("Rules", "每年限{0}次").format(rules["yearly_limit"])
        )
    if rules.get("min_participants"):
        parts.append(
            QCoreApplication.translate("Rules", "至少{0}人").format(rules["min_participants"])
        )
    return QCoreApplication.translate("Rules", "，").join(parts)


class ProgrammeTableModel(QAbstractTableModel):
    COL_YEAR, COL_CATEGORY, COL_NAME, COL_PROVIDERS, COL_WINDOW, COL_RULES = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ProgrammeInfo] = []
        self._headers = [
            self.tr("年度"),
            self.tr("类别"),
            self.tr("项目名称"),
            self.tr("承办单位"),
            self.tr("活动时间"),
            self.tr("规则"),
        ]

    def set_rows(self, rows: list[ProgrammeInfo]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> ProgrammeInfo:
        return self._rows[row]

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
        info = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return info
        if role == Qt.ItemDataRole.ForegroundRole and info.needs_review:
            return QColor("#9a5b00")
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
            if column == self.COL_YEAR:
                return info.year
            if column == self.COL_CATEGORY:
                return info.category
            if column == self.COL_NAME:
                if info.needs_review and role != SORT_ROLE:
                    return self.tr("【待核实】{0}").format(info.name)
                return info.name
            if column == self.COL_PROVIDERS:
                return "、".join(info.providers)
            if column == self.COL_WINDOW:
                if role == SORT_ROLE:
                    return info.window_start_month or 0
                return info.time_window
            if column == self.COL_RULES:
                return rules_summary(info)
        return None
