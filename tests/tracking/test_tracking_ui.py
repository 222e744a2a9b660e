"""The reply dialog, the timeline widget, the home page and the calendar dialog (pytest-qt)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from tracking_helpers import TODAY, notice_path

from unionapp.calendar_store import entries_of_year, work_calendar
from unionapp.models import Application
from unionapp.todo import TodoItem
from unionapp.ui.applications.reply_dialog import ReplyDialog
from unionapp.ui.applications.timeline_widget import CorrectionDialog, TimelineWidget
from unionapp.ui.home.home_page import HomePage
from unionapp.ui.settings.calendar_dialog import CalendarDialog


def _ok(dialog: ReplyDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_recording_a_reply_through_the_dialog_shows_in_the_timeline(
    qtbot: Any, ctx: Any, new_app: Callable[..., int], tmp_path: Path, monkeypatch: Any
) -> None:
    app_id = new_app(status="submitted")
    widget = TimelineWidget(ctx, app_id)
    qtbot.addWidget(widget)
    assert any("已报送" in line and "现场" in line for line in widget.entry_lines())
    reply = tmp_path / "受理回执.pdf"
    reply.write_bytes(b"%PDF-1.4 reply")
    dialogs: list[ReplyDialog] = []

    def fill_in_and_press_record(self: ReplyDialog) -> int:
        dialogs.append(self)
        assert [self.status.itemData(i) for i in range(self.status.count())] == [
            "accepted",
            "scheduled",
            "declined",
            "returned",
            "withdrawn",
        ]
        self.set_status("accepted")
        assert self.project_no.isVisibleTo(self) and not self.reason.isVisibleTo(self)
        self.date.setDate(QDate(2023, 4, 18))
        self.project_no.setText("SB-2023-17")
        self.note.setPlainText("电话通知已受理")
        self.add_file(reply)
        qtbot.mouseClick(_ok(self), Qt.MouseButton.LeftButton)
        return self.result()

    monkeypatch.setattr(ReplyDialog, "exec", fill_in_and_press_record)
    with qtbot.waitSignal(widget.changed, timeout=1000):
        qtbot.mouseClick(widget.record_button, Qt.MouseButton.LeftButton)
    assert dialogs and dialogs[0].entry_id is not None
    last = widget.entry_lines()[-1]
    assert "2023-04-18" in last and "已受理" in last and "SB-2023-17" in last
    assert "电话通知已受理" in last and "受理回执.pdf" in last
    assert "已受理" in widget.status_label.text()
    assert widget.files.count() == 1 and widget.open_button.isEnabled()
    with ctx.session() as session:
        application = session.get(Application, app_id)
        assert application.status == "accepted" and application.project_no == "SB-2023-17"


def test_the_dialog_schedules_and_refuses_from_a_final_state(
    qtbot: Any, ctx: Any, new_app: Callable[..., int]
) -> None:
    app_id = new_app(status="accepted")
    dialog = ReplyDialog(ctx, app_id)
    qtbot.addWidget(dialog)
    dialog.set_status("scheduled")
    dialog.scheduled_at.setDateTime(QDateTime(QDate(2023, 5, 9), QTime(15, 30)))
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    with ctx.session() as session:
        application = session.get(Application, app_id)
        assert application.status == "scheduled"
        assert application.scheduled_at == datetime(2023, 5, 9, 15, 30)
    done = ReplyDialog(ctx, new_app(status="done"))
    qtbot.addWidget(done)
    assert done.status.count() == 0 and not _ok(done).isEnabled()


class FakeWindow(QWidget):
    """Stands in for the main window: records which section and application were opened."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[tuple[str, int]] = []

    def show_section(self, key: str) -> Any:
        window = self

        class Page:
            def open_application(self, app_id: int) -> None:
                window.opened.append((key, app_id))

            def select_programme(self, programme_id: int) -> None:
                window.opened.append((key, programme_id))

        return Page()


def test_home_page_groups_the_items_and_opens_them(
    qtbot: Any, ctx: Any, prepared: dict[str, int], tmp_path: Path
) -> None:
    window = FakeWindow()
    qtbot.addWidget(window)
    page = HomePage(ctx, window, today=TODAY)
    headings = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    assert headings == [
        "报送截止临近（3）",
        "等待回复超期（1）",
        "即将开展的服务（1）",
        "尚未申请的项目（2）",
    ]
    first = page.tree.topLevelItem(0).child(0)
    assert first.text(0) == "2023-03-23"
    assert "（按通知一般要求）" in first.text(1)
    page.tree.itemActivated.emit(first, 1)
    item: TodoItem = page.tree.topLevelItem(2).child(0).data(0, Qt.ItemDataRole.UserRole)
    page.open_item(item)
    programme_item = page.tree.topLevelItem(3).child(0)
    page.tree.itemActivated.emit(programme_item, 0)
    assert window.opened[:2] == [
        ("applications", prepared["general_rule"]),
        ("applications", prepared["soon"]),
    ]
    assert window.opened[2][0] == "catalogue"
    assert page.hint.isHidden()  # 2023 has official data
    window.resize(900, 420)
    window.show()
    page.resize(900, 420)
    page.grab().save(str(tmp_path / "home.png"))


def test_calendar_dialog_parses_confirms_and_stores_a_notice(qtbot: Any, ctx: Any) -> None:
    dialog = CalendarDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.notice_text.setPlainText(notice_path(2026).read_text(encoding="utf-8"))
    assert not dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.parse_button, Qt.MouseButton.LeftButton)
    shown = dialog.result.toPlainText()
    assert "2026年" in shown and "调休上班（6天）" in shown and "没能确定地读懂" not in shown
    with ctx.session() as session:
        assert entries_of_year(session, 2026) == []
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.stored
    with ctx.session() as session:
        assert len(entries_of_year(session, 2026)) == 33 + 6
        assert work_calendar(session).source_for_year(2026) == "user"


def test_calendar_dialog_reports_unreadable_lines_and_enters_days_by_hand(
    qtbot: Any, ctx: Any
) -> None:
    dialog = CalendarDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.notice_text.setPlainText(
        "国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（周三）放假，共1天。"
    )
    dialog.parse_text()
    assert "没能确定地读懂" in dialog.result.toPlainText()
    assert not dialog.save_button.isEnabled()
    dialog.calendar.setSelectedDate(QDate(2027, 1, 1))
    dialog.day_note.setText("元旦")
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    with ctx.session() as session:
        calendar = work_calendar(session)
        assert not calendar.is_workday(datetime(2027, 1, 1).date())
        assert calendar.source_for_year(2027) == "user"
    assert "2027-01-01  放假  元旦" in dialog.year_entries.item(0).text()


def test_correcting_an_entry_in_the_timeline_keeps_the_old_one(
    qtbot: Any, ctx: Any, new_app: Callable[..., int], monkeypatch: Any
) -> None:
    app_id = new_app(status="submitted")
    widget = TimelineWidget(ctx, app_id)
    qtbot.addWidget(widget)
    widget.entries.setCurrentRow(0)

    def change_date(self: CorrectionDialog) -> int:
        self.date.setDate(QDate(2023, 4, 11))
        self.note.setText("实际是周二送达")
        self.accept()
        return self.result()

    monkeypatch.setattr(CorrectionDialog, "exec", change_date)
    widget.correct_selected()
    lines = widget.entry_lines()
    assert len(lines) == 2
    assert lines[0].startswith("2023-04-10") and "已更正" in lines[0]
    assert widget.entries.item(0).font().strikeOut()
    assert lines[1].startswith("2023-04-11") and "实际是周二送达" in lines[1]
