"""The editor filled by keyboard, the list page, duplicate and the print preview."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from unionapp.applications.service import create_application, get_application
from unionapp.ui.applications.application_editor import ApplicationEditor
from unionapp.ui.applications.applications_page import ApplicationsPage

from .conftest import UNION, programme_id

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

TYPED = {
    "provider": "北京市劳动人民文化宫",
    "union_name": "北京市东城区某某科技有限公司工会委员会",
    "contact": "王芳",
    "contact_title": "工会副主席",
    "phone": "13910662798",
    "service_item": "送辅导到身边",
    "category": "综艺演出/歌舞专场",
    "scale": "100名持工会会员互助服务卡的会员",
    "location": "北京市东城区东四北大街107号",
    "needs": "演出约90分钟",
    "notes": "请提前联系",
    "opinion": "同意申报",
}


def non_white_pixels(image: QImage) -> int:
    white = QColor("white").rgb()
    return sum(
        1
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
        if image.pixel(x, y) != white
    )


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type ``text`` as key presses: qtbot.keyClicks for ASCII; for Chinese characters (which
    QTest cannot map to keys) a key event carrying the character, as an input method delivers."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _new(ctx: Any, **values: Any) -> int:
    with ctx.session() as session:
        return create_application(session, values).id or 0


def test_editor_filled_by_keyboard_keeps_every_value(qtbot: Any, union_ctx: Any) -> None:
    app_id = _new(union_ctx)
    editor = ApplicationEditor(union_ctx, app_id)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    for name, value in TYPED.items():
        widget = editor.scale.lineEdit() if name == "scale" else editor.fields[name]
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, widget, value)
    # the date-time field: enter it by Tab from the field before, type the digits section by section
    editor.fields["contact_title"].setFocus()
    qtbot.keyClick(editor.fields["contact_title"], Qt.Key.Key_Tab)
    assert editor.focusWidget() is editor.service_time
    qtbot.keyClicks(editor.service_time, "203005080930")
    qtbot.keyClick(editor.service_time, Qt.Key.Key_Tab)
    assert editor.dirty
    editor.close()

    with union_ctx.session() as session:
        saved = get_application(session, app_id)
        for name, value in TYPED.items():
            assert getattr(saved, name) == value, name
        assert saved.service_time == datetime(2030, 5, 8, 9, 30)
        assert saved.declared_on == date.today()

    again = ApplicationEditor(union_ctx, app_id)
    qtbot.addWidget(again)
    for name, value in TYPED.items():
        widget: QWidget = again.fields[name]
        shown = (
            again.scale.currentText()
            if name == "scale"
            else widget.toPlainText()
            if isinstance(widget, QPlainTextEdit)
            else widget.text()  # type: ignore[attr-defined]
        )
        assert shown == value, name
    assert again.values()["service_time"] == datetime(2030, 5, 8, 9, 30)
    assert not again.dirty


def test_autosave_after_a_pause(qtbot: Any, union_ctx: Any) -> None:
    app_id = _new(union_ctx)
    editor = ApplicationEditor(union_ctx, app_id)
    qtbot.addWidget(editor)
    editor.autosave.setInterval(10)
    type_text(qtbot, editor.fields["notes"], "自动保存")
    qtbot.waitUntil(lambda: not editor.dirty)
    with union_ctx.session() as session:
        assert get_application(session, app_id).notes == "自动保存"


def test_warnings_appear_beside_their_field_live(qtbot: Any, union_ctx: Any) -> None:
    app_id = _new(union_ctx, service_time=datetime(2030, 5, 8, 14, 0))
    editor = ApplicationEditor(union_ctx, app_id)
    qtbot.addWidget(editor)
    assert editor.warning_text("phone") == ""
    phone = editor.fields["phone"]
    qtbot.keyClick(phone, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(phone, "12345")
    qtbot.waitUntil(lambda: "不像电话号码" in editor.warning_text("phone"))
    assert "请填写“服务职工规模”" in editor.warning_text("scale")
    assert editor.warning_text("union_name") == ""


def test_empty_service_time_stays_empty_when_tabbed_through(qtbot: Any, union_ctx: Any) -> None:
    app_id = _new(union_ctx)
    editor = ApplicationEditor(union_ctx, app_id)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.fields["contact_title"].setFocus()
    qtbot.keyClick(editor.fields["contact_title"], Qt.Key.Key_Tab)
    qtbot.keyClick(editor.service_time, Qt.Key.Key_Tab)
    assert editor.values()["service_time"] is None
    assert "申请服务时间" in editor.warning_text("service_time")


def test_preview_shows_the_page(qtbot: Any, union_ctx: Any) -> None:
    app_id = _new(union_ctx, service_time=datetime(2030, 5, 8, 14, 0))
    editor = ApplicationEditor(union_ctx, app_id)
    qtbot.addWidget(editor)
    editor.preview()
    dialog = editor.preview_dialog
    assert dialog is not None
    assert dialog.document.pageCount() == 1
    image = dialog.page_image(0, dpi=40)
    assert image.hasAlphaChannel() is False
    assert non_white_pixels(image) > 200
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: non_white_pixels(dialog.view.grab().toImage()) > 200)


def test_page_lists_new_duplicates_and_prints_selected(qtbot: Any, union_ctx: Any) -> None:
    page = ApplicationsPage(union_ctx)
    qtbot.addWidget(page)
    editor = page.new_from_programme(programme_id(union_ctx))
    assert editor.fields["provider"].text() == "北京市劳动人民文化宫"  # type: ignore[attr-defined]
    assert editor.fields["union_name"].text() == UNION["name"]  # type: ignore[attr-defined]
    editor.close()
    page.select_application(editor.app_id)
    copy = page.duplicate_selected()
    assert copy is not None and copy.app_id != editor.app_id
    copy.close()
    assert page.model.rowCount() == 2
    page.table.selectAll()
    page.print_selected()
    dialog = page.preview_dialog
    assert dialog is not None and dialog.document.pageCount() == 2
    dialog.printed.emit()
    with union_ctx.session() as session:
        assert {get_application(session, i).status for i in (1, 2)} == {"printed"}
    page.status.setCurrentIndex(page.status.findData("printed"))
    assert page.model.rowCount() == 2
    page.status.setCurrentIndex(page.status.findData("draft"))
    assert page.model.rowCount() == 0
