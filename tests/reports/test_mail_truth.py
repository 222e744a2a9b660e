"""E-mail that tells the truth: the recipient typed on the report page or asked for at first
start, and a status line that says what happened (a real program started, or where the draft is).

The "mail program" here is a real one on a private PATH: ``xdg-mime`` answers with a desktop
entry, ``xdg-open`` records the file it was asked to open (or fails, when told to).
"""

from __future__ import annotations

import email
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from unionapp.reports import mail_client
from unionapp.reports.mail_client import find_mail_program, known_name
from unionapp.ui.common import tasks
from unionapp.ui.reports.report_page import ReportPage
from unionapp.ui.settings.union_form import SetupDialog
from unionapp.union import get_union, update_union

from .conftest import Sample


@pytest.fixture(autouse=True)
def synchronous() -> Iterator[None]:
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


def _script(path: Path, text: str) -> None:
    path.write_text("#!/bin/sh\n" + text, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


@pytest.fixture
def mail_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Thunderbird as the default mail program; returns the log of files it was asked to open."""
    bin_dir, data = tmp_path / "bin", tmp_path / "share"
    (data / "applications").mkdir(parents=True)
    bin_dir.mkdir()
    (data / "applications" / "thunderbird.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=Thunderbird\nExec=thunderbird %u\n",
        encoding="utf-8",
    )
    log = tmp_path / "opened.txt"
    _script(bin_dir / "xdg-mime", 'echo "thunderbird.desktop"\n')
    _script(bin_dir / "xdg-open", f'echo "$1" >> "{log}"\n')
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}/bin{os.pathsep}/usr/bin")
    monkeypatch.setattr(
        "unionapp.ui.reports.report_page.find_mail_program", mail_client.find_mail_program
    )
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("XDG_DATA_DIRS", str(data))
    return log


@pytest.fixture
def page(sample: Sample, qtbot: object) -> ReportPage:
    page = ReportPage(sample.ctx)  # type: ignore[arg-type]
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.year.setValue(2024)
    page.show()
    QTest.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert page.rendered is not None
    return page


def test_the_program_names_are_the_ones_users_know() -> None:
    assert known_name(r'"C:\Program Files\Microsoft Office\root\Office16\OUTLOOK.EXE"') == "Outlook"
    assert known_name(r"C:\Program Files\Foxmail 7.2\Foxmail.exe") == "Foxmail"
    assert known_name("thunderbird.desktop") == "Thunderbird"
    assert known_name("Outlook.File.eml.15") == "Outlook"  # a Windows registration
    assert known_name("/usr/bin/claws-mail") == "claws-mail"


def test_no_mail_program_is_found_without_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    assert find_mail_program() is None


def test_the_draft_opens_in_the_program_found_to_the_typed_recipient(
    page: ReportPage, mail_program: Path, sample: Sample
) -> None:
    assert page.recipients.text() == "fed@example.com"  # from the union profile
    page.recipients.setText("boss@example.com, office@example.com")
    QTest.mouseClick(page.mail_button, Qt.MouseButton.LeftButton)
    [opened] = mail_program.read_text(encoding="utf-8").split()
    assert opened.endswith(".eml")
    assert page.status.text() == "已在 Thunderbird 中打开草稿。"
    message = email.message_from_bytes(Path(opened).read_bytes())
    assert message["To"] == "boss@example.com, office@example.com"
    with sample.ctx.session() as session:  # type: ignore[attr-defined]
        assert get_union(session).report_recipients == "fed@example.com"  # not overwritten


def test_a_program_that_fails_to_start_is_not_claimed(
    page: ReportPage, mail_program: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _script(Path(os.environ["PATH"].split(os.pathsep)[0]) / "xdg-open", "exit 4\n")
    shown: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: True)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    QTest.mouseClick(page.mail_button, Qt.MouseButton.LeftButton)
    assert page.status.text().startswith("已保存到 ")
    assert page.status.text().endswith(".eml，请用邮件程序打开。")
    assert "打开草稿" not in page.status.text()
    assert shown and "没有找到能打开邮件草稿的邮件程序" in shown[0]


def test_a_recipient_typed_on_the_page_when_the_profile_has_none(
    page: ReportPage, mail_program: Path, sample: Sample, monkeypatch: pytest.MonkeyPatch
) -> None:
    with sample.ctx.session() as session:  # type: ignore[attr-defined]
        update_union(session, report_recipients="")
    page.recipients.clear()
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: errors.append(text))
    QTest.mouseClick(page.mail_button, Qt.MouseButton.LeftButton)
    assert errors and "收件人邮箱" in errors[0]
    assert not mail_program.exists()  # nothing opened
    page.recipients.setText("not-an-address")
    QTest.mouseClick(page.mail_button, Qt.MouseButton.LeftButton)
    assert "收件人邮箱格式不对：not-an-address" in errors[1]
    page.recipients.setText("fed2@example.com")
    QTest.mouseClick(page.mail_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "已在 Thunderbird 中打开草稿。"
    with sample.ctx.session() as session:  # type: ignore[attr-defined]
        assert get_union(session).report_recipients == "fed2@example.com"  # remembered


def test_first_start_asks_for_the_report_recipient(ctx: object, qtbot: object) -> None:
    dialog = SetupDialog(ctx)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    edits = dialog.form.edits
    edits["name"].setText("某某公司工会委员会")
    edits["report_recipients"].setText("fed@example.com")
    assert edits["report_recipients"].isVisibleTo(dialog)
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    QTest.mouseClick(save, Qt.MouseButton.LeftButton)
    with ctx.session() as session:  # type: ignore[attr-defined]
        assert get_union(session).report_recipients == "fed@example.com"
