"""The report page's seven buttons, pressed as a user presses them (a disconnected button fails).

The report is made on the real background thread (no synchronous runner here); modal dialogs
are answered while they are open (``support.modal``).
"""

from __future__ import annotations

import email
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton, QWidget

from support.modal import answering, file_named
from unionapp.reports import smtp as smtp_mod
from unionapp.ui.reports.mail_history_dialog import MailHistoryDialog
from unionapp.ui.reports.report_page import ReportPage
from unionapp.ui.reports.smtp_dialog import SmtpDialog

from .conftest import Sample
from .test_smtp import (  # noqa: F401  (fixtures)
    PASSWORD,
    MemoryKeyring,
    Server,
    memory_keyring,
    plain_server,
    settings_for,
)


class OpenedUrls(QObject):
    """Stands in for the desktop: records the files the program asks the system to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toLocalFile())


@pytest.fixture
def desktop() -> Iterator[OpenedUrls]:
    opened = OpenedUrls()
    QDesktopServices.setUrlHandler("file", opened, "open")
    yield opened
    QDesktopServices.unsetUrlHandler("file")


def click(button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def page(sample: Sample, qtbot) -> ReportPage:
    """The page showing the 2024 report, made by pressing 生成报表."""
    shown = ReportPage(sample.ctx)  # type: ignore[arg-type]
    qtbot.addWidget(shown)
    shown.resize(1000, 640)
    shown.show()
    shown.year.setValue(2024)
    before = shown.status.text()
    assert not shown.save_pdf_button.isEnabled() and shown.document.pageCount() == 0
    click(shown.generate_button)
    qtbot.waitUntil(lambda: shown.rendered is not None, timeout=30_000)
    assert shown.status.text() != before and "2024" in shown.status.text()
    assert shown.document.pageCount() >= 1 and shown.save_pdf_button.isEnabled()
    return shown


def test_generate_shows_the_report(page: ReportPage) -> None:
    assert page.rendered is not None
    assert page.rendered.figures.period_text in page.status.text()


def test_save_pdf_and_excel_write_the_files(page: ReportPage, qtbot, tmp_path: Path) -> None:
    pdf = tmp_path / "年报.pdf"
    with answering(file_named(str(pdf))) as seen:
        click(page.save_pdf_button)
    assert seen and pdf.read_bytes().startswith(b"%PDF")
    assert pdf.name in page.status.text()
    xlsx = tmp_path / "年报.xlsx"
    with answering(file_named(str(xlsx))) as seen:
        click(page.save_xlsx_button)
    assert seen and xlsx.name in page.status.text()
    assert openpyxl.load_workbook(xlsx).sheetnames


def test_mail_button_writes_a_draft_with_both_files(
    page: ReportPage, sample: Sample, desktop: OpenedUrls, qtbot
) -> None:
    before = page.status.text()
    with answering(
        lambda box: box.accept()
    ):  # a notice, if the program shows one, is read and closed
        click(page.mail_button)
    qtbot.wait(50)
    drafts = sorted((sample.ctx.paths.root / "报表").rglob("*.eml"))  # type: ignore[attr-defined]
    assert len(drafts) == 1
    assert page.status.text() != before
    message = email.message_from_bytes(drafts[0].read_bytes())
    names = [part.get_filename() for part in message.get_payload()[1:]]
    assert sorted(Path(n).suffix for n in names) == [".pdf", ".xlsx"]

    with answering(lambda dialog: _history_rows(dialog, expected=1)) as history:
        click(page.history_button)
    assert history and isinstance(history[0], MailHistoryDialog)


def _history_rows(dialog: QWidget, expected: int) -> None:
    assert isinstance(dialog, MailHistoryDialog)
    assert dialog.table.rowCount() == expected
    dialog.accept()


def test_history_button_opens_the_history(page: ReportPage) -> None:
    with answering(lambda dialog: _history_rows(dialog, expected=0)) as seen:
        click(page.history_button)
    assert seen and isinstance(seen[0], MailHistoryDialog)


def test_settings_button_opens_the_mail_settings(page: ReportPage, sample: Sample) -> None:
    with sample.ctx.session() as session:  # type: ignore[attr-defined]
        smtp_mod.save_smtp_settings(
            session, smtp_mod.SmtpSettings(host="smtp.example.com", user="gh@example.com")
        )
    hosts: list[str] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, SmtpDialog)
        hosts.append(dialog.host.text())
        dialog.reject()

    with answering(answer) as seen:
        click(page.settings_button)
    assert seen and hosts == ["smtp.example.com"]


def test_send_directly_without_a_server_says_what_to_do(page: ReportPage) -> None:
    texts: list[str] = []

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.accept()

    with answering(answer):
        click(page.smtp_send_button)
    assert texts and "邮件设置" in texts[0]


def test_send_directly_delivers_the_report(
    page: ReportPage,
    sample: Sample,
    qtbot,
    plain_server: Server,  # noqa: F811
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    settings = settings_for(plain_server)
    with sample.ctx.session() as session:  # type: ignore[attr-defined]
        smtp_mod.save_smtp_settings(session, settings)
    smtp_mod.store_password(settings, PASSWORD)

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("fed@example.com")
        dialog.accept()

    with answering(answer) as seen:
        click(page.smtp_send_button)
    assert seen
    qtbot.waitUntil(lambda: page.smtp_send_button.isEnabled(), timeout=30_000)
    assert "fed@example.com" in page.status.text()
    [envelope] = plain_server.inbox.messages
    assert envelope.rcpt_tos == ["fed@example.com"]
