"""The editor of a hand-typed draft: the general deadline, then replies recorded as a user does,
a moved service date shown with the requested one, and 已完成 refused before the service."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from unionapp.applications.service import create_application
from unionapp.storage.settings import get_setting
from unionapp.todo import todo_items
from unionapp.ui.applications.application_editor import ApplicationEditor
from unionapp.ui.applications.reply_dialog import ReplyDialog
from unionapp.ui.settings.settings_page import SettingsPage


def _hand_typed(ctx: Any) -> int:
    values = {"provider": "某剧团", "service_item": "新年慰问演出",
              "service_time": datetime(2026, 12, 22, 14)}  # fmt: skip
    with ctx.session() as session:
        return create_application(session, values, today=date(2026, 11, 20)).id or 0


def _answer(qtbot: Any, steps: list[Callable[[ReplyDialog], None]]) -> Callable[..., int]:
    def record(dialog: ReplyDialog) -> int:
        steps.pop(0)(dialog)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        return dialog.result()

    return record


def _on(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def test_the_general_deadline_then_a_moved_date_then_done(
    qtbot: Any, union_ctx: Any, monkeypatch: Any
) -> None:
    app_id = _hand_typed(union_ctx)
    editor = ApplicationEditor(union_ctx, app_id)
    qtbot.addWidget(editor)
    assert "最晚报送日期：2026-12-01（按通知一般要求）" in editor.deadline_label.text()
    assert "15 个工作日" in editor.deadline_label.toolTip()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    choices: list[list[str]] = []

    def submitted(dialog: ReplyDialog) -> None:
        dialog.set_status("submitted")
        dialog.date.setDate(_on(date(2026, 11, 27)))

    def scheduled(dialog: ReplyDialog, when: datetime) -> None:
        dialog.set_status("scheduled")
        dialog.date.setDate(_on(date(2026, 11, 28)))
        dialog.scheduled_at.setDateTime(QDateTime(_on(when.date()), QTime(when.hour, when.minute)))

    def done_early(dialog: ReplyDialog) -> None:
        choices.append([dialog.status.itemText(i) for i in range(dialog.status.count())])
        dialog.set_status("done")
        dialog.date.setDate(_on(date(2026, 11, 30)))

    steps = [
        submitted,
        lambda d: scheduled(d, datetime(2027, 1, 5, 9)),
        done_early,
        lambda d: scheduled(d, datetime(2026, 11, 30, 9)),
        done_early,
    ]
    monkeypatch.setattr(ReplyDialog, "exec", _answer(qtbot, steps))
    qtbot.mouseClick(editor.reply_button, Qt.MouseButton.LeftButton)
    assert "最晚报送日期" not in editor.deadline_label.text()  # sent: no deadline any more
    qtbot.mouseClick(editor.reply_button, Qt.MouseButton.LeftButton)
    assert (
        "服务时间：2027-01-05 09:00（已确认；原申请 2026-12-22 14:00）"
        in editor.deadline_label.text()
    )
    qtbot.mouseClick(editor.reply_button, Qt.MouseButton.LeftButton)
    assert "改期（新的服务时间）" in choices[0] and "已完成" in choices[0]
    assert shown and "2027-01-05" in shown[0] and "2026-11-30" in shown[0]
    assert "请先记录新的排期" in shown[0]
    assert editor.status_text() == "状态：已排期"
    # the provider moves the service to 2026-11-30: recorded again, then done that day
    qtbot.mouseClick(editor.reply_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.reply_button, Qt.MouseButton.LeftButton)
    assert editor.status_text() == "状态：已完成" and len(shown) == 1
    assert (
        "服务时间：2026-11-30 09:00（已确认；原申请 2026-12-22 14:00）"
        in editor.deadline_label.text()
    )


def test_the_home_screen_lists_the_confirmed_time_beside_the_requested(
    union_ctx: Any, monkeypatch: Any
) -> None:
    from unionapp.applications.tracking import StatusChange, change_status, submit

    app_id = _hand_typed(union_ctx)
    with union_ctx.session() as session:
        submit(session, app_id, date(2026, 11, 27), "现场")
        change_status(
            session,
            app_id,
            StatusChange("scheduled", date(2026, 11, 28), scheduled_at=datetime(2026, 12, 3, 9)),
        )
        [item] = [i for i in todo_items(session, date(2026, 11, 30)) if i.kind == "upcoming"]
    assert item.date == date(2026, 12, 3)
    assert "定于 2026-12-03 09:00 开展（原申请 2026-12-22 14:00）" in item.text


def test_the_general_lead_time_is_a_setting(qtbot: Any, union_ctx: Any) -> None:
    page = SettingsPage(union_ctx)
    qtbot.addWidget(page)
    assert page.lead_workdays.value() == 15
    page.lead_workdays.setValue(10)
    with union_ctx.session() as session:
        assert get_setting(session, "applications.default_lead_workdays") == 10
    editor = ApplicationEditor(union_ctx, _hand_typed(union_ctx))
    qtbot.addWidget(editor)
    # 10 working days before Tue 2026-12-22: Tue 2026-12-08
    assert "最晚报送日期：2026-12-08（按通知一般要求）" in editor.deadline_label.text()
