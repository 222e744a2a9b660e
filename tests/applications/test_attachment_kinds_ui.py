"""Issue 13 item 4: the user says what an attached file is, the step's usual kind preselected,
and can change it later; the list shows the original name, which is used when opening it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog

from unionapp.applications.attachments import list_attachments
from unionapp.applications.service import create_application
from unionapp.applications.tracking import submit
from unionapp.ui.applications.application_editor import ApplicationEditor
from unionapp.ui.applications.reply_dialog import ReplyDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _submitted(ctx: Any) -> int:
    with ctx.session() as session:
        app_id = create_application(session, {"provider": "北京职工体育服务中心"}).id
        submit(session, app_id, date(2026, 11, 2), "电子邮件")
    return app_id


def _kinds(ctx: Any, app_id: int) -> list[tuple[str, str]]:
    with ctx.session() as session:
        return [(a.filename, a.kind) for a in list_attachments(session, app_id)]


def test_reply_dialog_preselects_the_steps_kind_and_keeps_the_users_choice(
    qtbot: Any, union_ctx: Any, tmp_path: Path
) -> None:
    app_id = _submitted(union_ctx)
    dialog = ReplyDialog(union_ctx, app_id)
    qtbot.addWidget(dialog)
    dialog.set_status("accepted")
    assert dialog.attach_kind.currentData() == "reply"
    dialog.set_status("declined")
    assert dialog.attach_kind.currentData() == "reply"
    photo = tmp_path / "现场照片.jpg"
    photo.write_bytes(b"\xff\xd8\xff photo")
    dialog.add_file(photo)
    dialog.attach_kind.setCurrentIndex(dialog.attach_kind.findData("photo"))
    dialog.attach_kind.activated.emit(dialog.attach_kind.currentIndex())  # the user's pick
    dialog.set_status("accepted")
    assert dialog.attach_kind.currentData() == "photo"  # not overridden once chosen
    dialog.project_no.setText("2026-088")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _kinds(union_ctx, app_id) == [("现场照片.jpg", "photo")]


def test_timeline_adds_names_and_relabels_attachments(
    qtbot: Any, union_ctx: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    app_id = _submitted(union_ctx)
    editor = ApplicationEditor(union_ctx, app_id)
    qtbot.addWidget(editor)
    timeline = editor.timeline
    screenshot = tmp_path / "邮件截图.png"
    screenshot.write_bytes(b"\x89PNG screenshot")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(screenshot)], ""))
    offered: list[str] = []

    def choose(dialog: Any, answer: str) -> Any:
        offered.append(dialog.kind())  # what was preselected
        dialog.combo.setCurrentIndex(dialog.combo.findData(answer))
        return QDialog.DialogCode.Accepted

    answers = iter(["other", "reply"])
    monkeypatch.setattr(
        "unionapp.ui.applications.attachment_kind.AttachmentKindDialog.exec",
        lambda dialog: choose(dialog, next(answers)),
    )
    qtbot.mouseClick(timeline.attach_button, Qt.MouseButton.LeftButton)
    assert offered == ["scan"]  # sent: the stamped scan is the usual file
    assert timeline.files.item(0).text() == "邮件截图.png（其他）"
    timeline.files.setCurrentRow(0)
    qtbot.mouseClick(timeline.kind_button, Qt.MouseButton.LeftButton)
    assert offered == ["scan", "other"]  # the current kind offered when changing it
    assert timeline.files.item(0).text() == "邮件截图.png（承办单位回复）"
    assert _kinds(union_ctx, app_id) == [("邮件截图.png", "reply")]
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    timeline.files.setCurrentRow(0)
    qtbot.mouseClick(timeline.open_button, Qt.MouseButton.LeftButton)
    path = Path(opened[0].toLocalFile())
    assert path.name == "邮件截图.png" and path.read_bytes() == screenshot.read_bytes()
