"""The report page and the mail settings dialog, offscreen."""

from __future__ import annotations

import email
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from unionapp.reports.smtp import load_smtp_settings
from unionapp.ui.common import tasks
from unionapp.ui.reports.report_page import ReportPage
from unionapp.ui.reports.smtp_dialog import SmtpDialog

from .conftest import Sample
from .test_smtp import MemoryKeyring, memory_keyring  # noqa: F401  (fixture)


@pytest.fixture(autouse=True)
def synchronous() -> Iterator[None]:
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


def test_generate_preview_save_and_mail(
    sample: Sample, qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = ReportPage(sample.ctx)  # type: ignore[arg-type]
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.resize(1100, 760)
    assert not page.save_pdf_button.isEnabled()
    page.year.setValue(2024)
    page.mode.setCurrentIndex(1)  # 第一季度
    assert (page.query().start.isoformat(), page.query().end.isoformat()) == (
        "2024-01-01",
        "2024-03-31",
    )
    page.mode.setCurrentIndex(0)  # 全年
    assert page.provider.findData("甲文化中心") >= 0 and page.provider.findData("丙影院") >= 0
    page.generate()
    assert page.document.pageCount() >= 2
    assert (
        "报送申请 7 件，完成服务 3 场，服务职工 45 人次，参加服务的会员 3 人" in page.status.text()
    )
    assert "另有尚未报送的申请 2 件，不计入统计" in page.status.text()
    page.grab()  # asks the view to render its pages, which happens in the background
    qtbot.wait(800)  # type: ignore[attr-defined]
    page.grab().save("/tmp/report_page.png")

    target = tmp_path / "保存的报表.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.save_pdf()
    assert page.rendered is not None and target.read_bytes() == page.rendered.pdf

    opened: list[str] = []
    shown: list[str] = []

    def open_url(url: object) -> bool:
        opened.append(url.toLocalFile())  # type: ignore[attr-defined]
        return False  # no default mail program

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    page.write_mail()
    [eml] = Path(opened[0]).glob("*.eml")  # the folder shown instead
    assert "没有找到能打开邮件草稿的邮件程序" in shown[0]
    assert page.status.text() == f"已保存到 {eml}，请用邮件程序打开。"
    message = email.message_from_bytes(eml.read_bytes())
    assert message["X-Unsent"] == "1"
    names = [part.get_filename() for part in message.get_payload()[1:]]
    assert [Path(n).suffix for n in names] == [".pdf", ".xlsx"]
    assert message.get_payload()[1].get_payload(decode=True) == page.rendered.pdf

    from unionapp.ui.reports.mail_history_dialog import MailHistoryDialog

    history = MailHistoryDialog(sample.ctx)  # type: ignore[arg-type]
    qtbot.addWidget(history)  # type: ignore[attr-defined]
    assert history.table.rowCount() == 1
    assert history.table.item(0, 1).text() == "邮件草稿"
    assert ".pdf" in history.table.item(0, 4).text() and ".xlsx" in history.table.item(0, 4).text()


def test_smtp_dialog_tests_and_saves(
    sample: Sample,
    qtbot: object,
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    dialog = SmtpDialog(sample.ctx)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.host.setText("127.0.0.1")
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    assert dialog.port.value() == 25
    dialog.port.setValue(1)  # nothing listens there
    dialog.user.setText("union@example.com")
    dialog.password.setText("pw")
    dialog.run_test()
    assert "无法连接邮件服务器 127.0.0.1:1" in dialog.test_result.text()
    dialog.grab().save("/tmp/smtp_dialog.png")
    dialog.save()
    with sample.ctx.session() as session:  # type: ignore[attr-defined]
        settings = load_smtp_settings(session)
    assert (settings.host, settings.port, settings.security) == ("127.0.0.1", 1, "none")
    assert memory_keyring.passwords == {("unionapp-smtp", "union@example.com@127.0.0.1"): "pw"}
