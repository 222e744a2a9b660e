"""The reports section (报表): choose a period, preview the PDF, save it, or send it by e-mail."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import select

from unionapp.catalogue.store import CATEGORIES
from unionapp.errors import UserError
from unionapp.models import Application, Provider
from unionapp.reports.figures import UNCATEGORISED, ReportFigures, compute_figures
from unionapp.reports.mail import parse_recipients, write_report_draft
from unionapp.reports.mail_client import find_mail_program, open_draft
from unionapp.reports.pdf import report_pdf_bytes
from unionapp.reports.period import ReportQuery, quarter_period, year_period
from unionapp.reports.smtp import load_smtp_settings, send_report_mail
from unionapp.reports.xlsx import write_report_xlsx
from unionapp.ui.common.errors import show_user_error
from unionapp.ui.common.tasks import run_task
from unionapp.ui.reports.mail_history_dialog import MailHistoryDialog
from unionapp.ui.reports.smtp_dialog import SmtpDialog
from unionapp.union import get_union, update_union

if TYPE_CHECKING:
    from sqlmodel import Session

    from unionapp.storage.context import AppContext

CUSTOM = "custom"
_UNSAFE_FILENAME = re.compile(r'[\\/:*?"<>|\s]+')


@dataclass(frozen=True)
class _Rendered:
    figures: ReportFigures
    pdf: bytes


class ReportPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rendered: _Rendered | None = None
        self._pdf_data = QByteArray()
        self._buffer: QBuffer | None = None
        layout = QVBoxLayout(self)

        period = QHBoxLayout()
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("全年"), "year")
        quarters = (
            self.tr("第一季度"),
            self.tr("第二季度"),
            self.tr("第三季度"),
            self.tr("第四季度"),
        )
        for quarter, name in enumerate(quarters, start=1):
            self.mode.addItem(name, quarter)
        self.mode.addItem(self.tr("自定义起止日期"), CUSTOM)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setSuffix(self.tr(" 年"))
        self.year.setValue(date.today().year)
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        period.addWidget(QLabel(self.tr("报表期间"), self))
        period.addWidget(self.year)
        period.addWidget(self.mode)
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("至"), self))
        period.addWidget(self.end)
        period.addStretch(1)
        layout.addLayout(period)

        filters = QHBoxLayout()
        self.category = QComboBox(self)
        self.category.addItem(self.tr("全部类别"), None)
        for name in (*CATEGORIES, UNCATEGORISED):
            self.category.addItem(name, name)
        self.provider = QComboBox(self)
        self.provider.setMinimumWidth(220)
        self.attendees = QCheckBox(self.tr("列出参加人员姓名"), self)
        self.attendees.setToolTip(
            self.tr("勾选后报表中会出现会员姓名；身份证号和手机号任何时候都不会出现。")
        )
        self.generate_button = QPushButton(self.tr("生成报表"), self)
        self.generate_button.setDefault(True)
        filters.addWidget(QLabel(self.tr("类别"), self))
        filters.addWidget(self.category)
        filters.addWidget(QLabel(self.tr("承办单位"), self))
        filters.addWidget(self.provider)
        filters.addWidget(self.attendees)
        filters.addStretch(1)
        filters.addWidget(self.generate_button)
        layout.addLayout(filters)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.view, 1)

        mail_row = QHBoxLayout()
        self.recipients = QLineEdit(self)
        self.recipients.setObjectName("report_recipients")
        self.recipients.setPlaceholderText(self.tr("上级工会的邮箱，多个用逗号分隔"))
        recipients_label = QLabel(self.tr("收件人邮箱"), self)
        recipients_label.setBuddy(self.recipients)
        mail_row.addWidget(recipients_label)
        mail_row.addWidget(self.recipients, 1)
        layout.addLayout(mail_row)

        actions = QHBoxLayout()
        self.status = QLabel(self.tr("选择期间后点“生成报表”。"), self)
        self.status.setWordWrap(True)
        self.save_pdf_button = QPushButton(self.tr("保存 PDF…"), self)
        self.save_xlsx_button = QPushButton(self.tr("保存 Excel…"), self)
        self.mail_button = QPushButton(self.tr("发送邮件"), self)
        self.mail_button.setToolTip(
            self.tr("生成带 PDF 和 Excel 附件的邮件草稿，用默认邮件程序打开")
        )
        self.smtp_send_button = QPushButton(self.tr("直接发送…"), self)
        self.settings_button = QPushButton(self.tr("邮件设置…"), self)
        self.history_button = QPushButton(self.tr("邮件记录…"), self)
        actions.addWidget(self.status, 1)
        for button in (
            self.save_pdf_button,
            self.save_xlsx_button,
            self.mail_button,
            self.smtp_send_button,
            self.settings_button,
            self.history_button,
        ):
            actions.addWidget(button)
        layout.addLayout(actions)

        self.mode.currentIndexChanged.connect(self._period_mode_changed)
        self.year.valueChanged.connect(self._period_mode_changed)
        self.generate_button.clicked.connect(self.generate)
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.save_xlsx_button.clicked.connect(self.save_xlsx)
        self.mail_button.clicked.connect(self.write_mail)
        self.smtp_send_button.clicked.connect(self.send_directly)
        self.settings_button.clicked.connect(lambda: SmtpDialog(self.ctx, self).exec())
        self.history_button.clicked.connect(lambda: MailHistoryDialog(self.ctx, self).exec())
        self._period_mode_changed()
        self._set_ready(False)
        self.refresh()

    # -- choices ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Fill the hosting units from the catalogue and the applications (keeps the choice)."""
        chosen = self.provider.currentData()
        with self.ctx.session() as session:
            names = set(session.exec(select(Provider.name)))
            names |= {p.strip() for p in session.exec(select(Application.provider)) if p.strip()}
        self.provider.blockSignals(True)
        self.provider.clear()
        self.provider.addItem(self.tr("全部承办单位"), None)
        for name in sorted(names):
            self.provider.addItem(name, name)
        self.provider.setCurrentIndex(max(0, self.provider.findData(chosen)))
        self.provider.blockSignals(False)
        if not self.recipients.text().strip():
            with self.ctx.session() as session:
                self.recipients.setText(get_union(session).report_recipients)
        if self.rendered is None and self.isVisible():  # first visit: show this year's report
            self.generate()

    def _period_mode_changed(self) -> None:
        mode = self.mode.currentData()
        custom = mode == CUSTOM
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        self.year.setEnabled(not custom)
        if custom:
            return
        year = self.year.value()
        start, end = year_period(year) if mode == "year" else quarter_period(year, mode)
        self.start.setDate(QDate(start.year, start.month, start.day))
        self.end.setDate(QDate(end.year, end.month, end.day))

    def query(self) -> ReportQuery:
        return ReportQuery(
            start=self.start.date().toPython(),
            end=self.end.date().toPython(),
            category=self.category.currentData(),
            provider=self.provider.currentData(),
            list_attendees=self.attendees.isChecked(),
        )

    # -- generating -------------------------------------------------------------------------
    def _set_ready(self, ready: bool) -> None:
        for button in (self.save_pdf_button, self.save_xlsx_button, self.mail_button,
                       self.smtp_send_button):  # fmt: skip
            button.setEnabled(ready)

    def generate(self) -> None:
        try:
            query = self.query()
        except UserError as exc:
            show_user_error(self, exc)
            return
        self.generate_button.setEnabled(False)
        self.status.setText(self.tr("正在生成报表……"))

        def work(_progress: object) -> _Rendered:
            with self.ctx.session() as session:
                figures = compute_figures(session, query)
            return _Rendered(figures=figures, pdf=report_pdf_bytes(figures))

        run_task(work, self._show, self._failed)

    def _show(self, rendered: _Rendered) -> None:
        self.generate_button.setEnabled(True)
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._pdf_data = QByteArray(rendered.pdf)  # the preview reads from memory: no temp file
        self._buffer = QBuffer(self._pdf_data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.rendered = rendered
        self._set_ready(True)
        f = rendered.figures
        text = self.tr(
            "{0}：报送申请 {1} 件，完成服务 {2} 场，服务职工 {3} 人次，参加服务的会员 {4} 人。"
        ).format(
            f.period_text, f.applications, len(f.services_done), f.person_times, f.members_reached
        )
        if f.unsent:
            text += self.tr("另有尚未报送的申请 {0} 件，不计入统计。").format(len(f.unsent))
        self.status.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self.generate_button.setEnabled(True)
        self.status.setText(self.tr("未能生成报表。"))
        if not isinstance(exc, UserError):
            raise exc
        show_user_error(self, exc)

    # -- saving -----------------------------------------------------------------------------
    def _base_name(self) -> str:
        assert self.rendered is not None
        f = self.rendered.figures
        return _UNSAFE_FILENAME.sub("", f"{f.union_name}{f.period_text}报表") or "报表"

    def save_pdf(self) -> None:
        if self.rendered is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存 PDF 报表"), self._base_name() + ".pdf", self.tr("PDF 文件 (*.pdf)")
        )
        if path:
            self._write(lambda p: Path(p).write_bytes(self.rendered.pdf), path)  # type: ignore[union-attr]

    def save_xlsx(self) -> None:
        if self.rendered is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("保存 Excel 报表"),
            self._base_name() + ".xlsx",
            self.tr("Excel 文件 (*.xlsx)"),
        )
        if path:
            self._write(lambda p: write_report_xlsx(self.rendered.figures, p), path)  # type: ignore[union-attr]

    def _write(self, writer: object, path: str) -> None:
        try:
            writer(path)  # type: ignore[operator]
        except UserError as exc:
            show_user_error(self, exc)
            return
        except OSError as exc:
            show_user_error(self, UserError(self.tr("无法写入 {0}：{1}").format(path, exc)))
            return
        self.status.setText(self.tr("已保存：{0}").format(path))

    def _files_for_mail(self) -> list[Path]:
        """The previewed PDF and the Excel workbook, in a dated folder of the data folder."""
        assert self.rendered is not None
        folder = self.ctx.paths.root / "报表" / datetime.now().strftime("%Y%m%d-%H%M%S")
        folder.mkdir(parents=True, exist_ok=True)
        pdf = folder / (self._base_name() + ".pdf")
        pdf.write_bytes(self.rendered.pdf)
        xlsx = write_report_xlsx(self.rendered.figures, folder / (self._base_name() + ".xlsx"))
        return [pdf, xlsx]

    # -- e-mail -----------------------------------------------------------------------------
    def _typed_recipients(self) -> list[str]:
        """The addresses in the recipient field (UserError when one is malformed or none)."""
        recipients = parse_recipients(self.recipients.text())
        if not recipients:
            raise UserError(
                self.tr("没有收件人：请在“收件人邮箱”中填写上级工会的邮箱，多个用逗号分隔。")
            )
        return recipients

    def _remember_recipients(self, session: Session, recipients: list[str]) -> None:
        """The first addresses typed here become the union's report recipients."""
        if not get_union(session).report_recipients.strip():
            update_union(session, report_recipients=", ".join(recipients))

    def write_mail(self) -> None:
        if self.rendered is None:
            return
        try:
            recipients = self._typed_recipients()
            files = self._files_for_mail()
            with self.ctx.session() as session:
                eml = write_report_draft(
                    session,
                    files[0].with_name(self._base_name() + "邮件.eml"),
                    self.rendered.figures,
                    files,
                    recipients,
                )
                self._remember_recipients(session, recipients)
        except (UserError, OSError) as exc:
            show_user_error(self, exc if isinstance(exc, UserError) else UserError(str(exc)))
            return
        program = find_mail_program()
        if program is not None and open_draft(eml, program):
            self.status.setText(self.tr("已在 {0} 中打开草稿。").format(program.name))
            return
        reveal_in_folder(eml)
        self.status.setText(self.tr("已保存到 {0}，请用邮件程序打开。").format(eml))
        QMessageBox.information(
            self,
            self.tr("没有找到邮件程序"),
            self.tr(
                "这台电脑上没有找到能打开邮件草稿的邮件程序。邮件草稿和附件已保存到：\n{0}\n\n"
                "可以把 .eml 文件拖进邮件程序打开，或新建邮件后把 PDF 和 Excel 文件作为附件发送。"
            ).format(eml.parent),
        )

    def send_directly(self) -> None:
        if self.rendered is None:
            return
        with self.ctx.session() as session:
            settings = load_smtp_settings(session)
        recipients = self.recipients.text().strip()
        if not settings.host:
            QMessageBox.information(
                self, self.tr("直接发送"), self.tr("请先在“邮件设置”中填写发件邮箱的 SMTP 服务器。")
            )
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("直接发送"),
            self.tr("收件人（多个用逗号分隔）："),
            QLineEdit.EchoMode.Normal,
            recipients,
        )
        if not ok:
            return
        try:
            to = parse_recipients(text)
            files = self._files_for_mail()
        except (UserError, OSError) as exc:
            show_user_error(self, exc if isinstance(exc, UserError) else UserError(str(exc)))
            return
        figures = self.rendered.figures
        self.status.setText(self.tr("正在发送……"))
        self.smtp_send_button.setEnabled(False)

        def work(_progress: object) -> str:
            with self.ctx.session() as session:
                send_report_mail(session, settings, figures, files, to)
            return ", ".join(to)

        run_task(work, self._sent, self._send_failed)

    def _sent(self, recipients: str) -> None:
        self.smtp_send_button.setEnabled(True)
        self.status.setText(self.tr("已发送给 {0}。").format(recipients))

    def _send_failed(self, exc: BaseException) -> None:
        self.smtp_send_button.setEnabled(True)
        self.status.setText(self.tr("发送失败。"))
        if not isinstance(exc, UserError):
            raise exc
        show_user_error(self, exc, self.tr("发送失败"))


def reveal_in_folder(path: Path) -> None:
    """Show the folder holding ``path``, with the file selected where the system can."""
    if sys.platform == "win32":
        subprocess.Popen(["explorer", "/select,", str(path)])
        return
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
