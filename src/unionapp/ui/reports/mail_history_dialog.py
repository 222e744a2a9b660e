"""The record of report mails drafted (.eml) or sent (SMTP): when, how, to whom, which files."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionapp.reports.mail import mail_history
from unionapp.ui.common.fitting import fit_to_screen

if TYPE_CHECKING:
    from unionapp.storage.context import AppContext


class MailHistoryDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("邮件记录"))
        layout = QVBoxLayout(self)
        with ctx.session() as session:
            records = mail_history(session)
        methods = {"eml": self.tr("邮件草稿"), "smtp": self.tr("直接发送")}
        self.table = QTableWidget(len(records), 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("时间"), self.tr("方式"), self.tr("收件人"), self.tr("主题"), self.tr("附件")]
        )
        for row, record in enumerate(records):
            files = "、".join(json.loads(record.files or "[]"))
            values = (
                record.sent_at.strftime("%Y-%m-%d %H:%M"),
                methods.get(record.method, record.method),
                record.recipients,
                record.subject,
                files,
            )
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        if not records:
            layout.addWidget(
                QLabel(self.tr("还没有邮件记录 — 生成报表后点“发送邮件”或“直接发送…”。"), self)
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 820, 360)
