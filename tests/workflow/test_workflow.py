"""The chairperson's whole story in the real main window, by keyboard and mouse.

First start (the union profile) → the catalogue → “用此项目申请” on 身边 → the form filled in →
preview and save as PDF → 已报送 recorded → 已受理 with a project number → 已排期 → the home
page lists the coming service and opens it; the application list shows the status.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget

from unionapp.catalogue.query import find_programme
from unionapp.models import Application
from unionapp.storage.paths import resolve_paths
from unionapp.ui.applications.reply_dialog import ReplyDialog
from unionapp.ui.main_window import MainWindow
from unionapp.ui.settings.union_form import SetupDialog

UNION = {
    "name": "北京市东城区某某科技有限公司工会委员会",
    "contact": "李明",
    "phone": "010-65116642",
    "address": "北京市东城区东四北大街107号",
}
PROGRAMME = "2023“身边”文化助推活动"

# The offscreen platform cannot raise windows or propagate size hints; nothing else may warn.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def non_white(image: QImage) -> int:
    white = QColor("white").rgb()
    return sum(
        1
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
        if image.pixel(x, y) != white
    )


def click(qtbot: Any, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_the_whole_story_in_the_window(
    qtbot: Any, data_dir: Path, tmp_path: Path, type_text: Any, monkeypatch: Any
) -> None:
    # -- first start: the union profile, typed in the setup dialog ------------------------------
    def fill_setup(dialog: SetupDialog) -> int:
        for field, value in UNION.items():
            edit = dialog.form.edits[field]
            if value.isascii():
                qtbot.keyClicks(edit, value)
            else:
                type_text(edit, value)
        buttons = dialog.findChild(QDialogButtonBox)
        click(qtbot, buttons.button(QDialogButtonBox.StandardButton.Save))
        return dialog.result()

    monkeypatch.setattr(SetupDialog, "exec", fill_setup)
    window = MainWindow(resolve_paths(data_dir))
    qtbot.addWidget(window)
    window.show()
    assert window.load()
    ctx = window.ctx
    assert ctx is not None

    # -- the catalogue: 身边, “用此项目申请” ------------------------------------------------------
    with ctx.session() as session:
        programme_id = find_programme(session, PROGRAMME).id
    catalogue = window.show_section("catalogue")
    assert catalogue.select_programme(programme_id)
    assert catalogue.selected().name == PROGRAMME
    applications = window.pages["applications"]
    qtbot.waitUntil(lambda: applications._catalogue_connected)
    click(qtbot, catalogue.apply_button)
    assert window.stack.currentWidget() is applications
    assert len(applications.editors) == 1
    editor = next(iter(applications.editors.values()))
    app_id = editor.app_id
    qtbot.waitExposed(editor)
    assert editor.fields["provider"].text() == "北京市劳动人民文化宫"
    assert editor.fields["union_name"].text() == UNION["name"]  # from the profile
    assert "草稿" in editor.status_text()

    # -- the form, by keyboard ---------------------------------------------------------------------
    service_day = date.today() + timedelta(days=40)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.fields["contact_title"].setFocus()
    type_text(editor.fields["contact_title"], "工会主席")
    qtbot.keyClick(editor.fields["contact_title"], Qt.Key.Key_Tab)
    assert editor.focusWidget() is editor.service_time
    qtbot.keyClicks(editor.service_time, f"{service_day:%Y%m%d}1400")
    qtbot.keyClick(editor.service_time, Qt.Key.Key_Tab)
    type_text(editor.scale.lineEdit(), "120名持工会会员互助服务卡的会员")
    type_text(editor.fields["needs"], "演出约90分钟，礼堂可容纳300人")
    type_text(editor.fields["opinion"], "同意申报")
    qtbot.waitUntil(lambda: editor.warning_text("scale") == "")
    assert editor.save()

    # -- preview, then save as PDF -----------------------------------------------------------------
    click(qtbot, editor.preview_button)
    preview = editor.preview_dialog
    assert preview is not None and preview.document.pageCount() == 1
    assert non_white(preview.page_image(0, dpi=40)) > 200
    pdf_path = tmp_path / "申请表.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(pdf_path), ""))
    )
    click(qtbot, preview.save_button)
    text = pypdf.PdfReader(pdf_path).pages[0].extract_text()
    assert "演出约90分钟" in text and "120名持工会会员互助服务卡的会员" in text
    preview.close()
    assert "已打印" in editor.status_text()

    # -- the reply dialog: 已报送, then 已受理 with a project number, then 已排期 -----------------
    steps: list[str] = []

    def record(dialog: ReplyDialog) -> int:
        key = steps.pop(0)
        dialog.set_status(key)
        if key == "submitted":
            dialog.via.setCurrentIndex(dialog.via.findText("现场"))
        elif key == "accepted":
            qtbot.keyClicks(dialog.project_no, "SB-2023-17")
        elif key == "scheduled":
            moment = QDateTime(QDate.currentDate().addDays(3), QTime(14, 0))
            dialog.scheduled_at.setDateTime(moment)
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
        return dialog.result()

    monkeypatch.setattr(ReplyDialog, "exec", record)
    steps.append("submitted")
    click(qtbot, editor.reply_button)
    assert "已报送" in editor.status_text()
    assert editor.fields["needs"].isReadOnly() and editor.lock_note.isVisibleTo(editor)
    steps.append("accepted")
    click(qtbot, editor.reply_button)
    assert "已受理" in editor.status_text() and "SB-2023-17" in editor.deadline_label.text()
    steps.append("scheduled")
    click(qtbot, editor.reply_button)
    assert "已排期" in editor.status_text()
    lines = editor.timeline.entry_lines()
    assert [s for s in ("已打印", "已报送", "已受理", "已排期") if any(s in x for x in lines)] == [
        "已打印",
        "已报送",
        "已受理",
        "已排期",
    ]
    with ctx.session() as session:
        stored = session.get(Application, app_id)
        assert (stored.status, stored.project_no) == ("scheduled", "SB-2023-17")
        assert stored.service_time == datetime.combine(service_day, datetime.min.time()).replace(
            hour=14
        )
    editor.close()

    # -- the list and the home page reflect it -----------------------------------------------------
    row = applications.model.row_at(0)
    assert (row.id, row.status_label) == (app_id, "已排期")
    home = window.show_section("home")
    upcoming = [
        home.tree.topLevelItem(i)
        for i in range(home.tree.topLevelItemCount())
        if home.tree.topLevelItem(i).text(0).startswith("即将开展的服务")
    ]
    assert upcoming, "the scheduled service is listed on the home page"
    item = upcoming[0].child(0)
    assert f"申请 {app_id}" in item.text(1)
    home.tree.scrollToItem(item)
    rect = home.tree.visualItemRect(item)
    # a real double click: press and release, then the double-click press and its release
    qtbot.mouseClick(home.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(home.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is applications
    qtbot.waitUntil(lambda: app_id in applications.editors)
    assert applications.editors[app_id].isVisible()
    applications.editors[app_id].close()
    window.close()
