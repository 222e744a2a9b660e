"""各工会: for a federation login, one row per union with the year's applications by status and
the members served, and the total over all unions (the year's report). No member is shown: the
server gives a federation login no access to any roster."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionapp.errors import UserError
from unionapp.reports.federation import FederationFigures, federation_figures
from unionapp.ui.common.errors import show_user_error
from unionapp.ui.common.labels import status_text

if TYPE_CHECKING:
    from unionapp.storage.context import AppContext

SHOWN_STATUSES = ("submitted", "accepted", "scheduled", "done", "declined", "returned")


class FederationPage(QWidget):
    """The year's figures of every union, with a total row."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("年度："), self))
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        bar.addWidget(self.year)
        self.refresh_button = QPushButton(self.tr("刷新"), self)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        headers = [
            self.tr("编号"),
            self.tr("工会"),
            self.tr("申请"),
            *(status_text(s) for s in SHOWN_STATUSES),
            self.tr("其他"),
            self.tr("服务人次"),
            self.tr("尚未报送"),
        ]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.figures: FederationFigures | None = None
        self.refresh_button.clicked.connect(self.refresh)
        self.year.valueChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        try:
            with self.ctx.session() as session:
                self.figures = federation_figures(session, self.year.value())
        except UserError as exc:
            show_user_error(self, exc)
            return
        figures = self.figures
        self.summary.setText(
            self.tr(
                "{0} 年：{1} 个工会，已报送的申请 {2} 份，服务 {3} 人次；"
                "尚未报送的 {4} 份另列，不计入统计。"
            ).format(
                figures.year,
                len(figures.unions),
                figures.applications,
                figures.people,
                figures.unsent,
            )
        )
        rows = [
            (str(u.union_id), u.name or self.tr("（未填名称）"), u.by_status, u.people, u.unsent)
            for u in figures.unions
        ]
        rows.append(("", self.tr("合计"), figures.by_status(), figures.people, figures.unsent))
        self.table.setRowCount(len(rows))
        for row, (number, name, by_status, people, unsent) in enumerate(rows):
            others = sum(n for s, n in by_status.items() if s not in SHOWN_STATUSES)
            values = [
                number,
                name,
                sum(by_status.values()),
                *(by_status.get(s, 0) for s in SHOWN_STATUSES),
                others,
                people,
                unsent,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if column != 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
