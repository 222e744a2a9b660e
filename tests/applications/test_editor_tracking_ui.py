"""The editor joined with tracking and the roster: status, lock, attachments, participants;
the list's warnings and deadlines; deleting drafts; the catalogue showing one programme."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from unionapp.applications.participants import list_participants
from unionapp.applications.printing import mark_printed
from unionapp.applications.service import (
    create_application,
    delete_draft,
    get_application,
    list_applications,
)
from unionapp.applications.tracking import StatusChange, change_status, submit
from unionapp.errors import UserError
from unionapp.roster.store import MemberData, add_member
from unionapp.ui.applications.application_editor import ApplicationEditor
from unionapp.ui.applications.application_table import ApplicationTableModel
from unionapp.ui.applications.applications_page import ApplicationsPage
from unionapp.ui.applications.participant_picker import ParticipantPicker
from unionapp.ui.applications.reply_dialog import ReplyDialog
from unionapp.ui.catalogue.catalogue_page import CataloguePage

from .conftest import programme_id

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

COACHING = "职工文化服务活动：派出专业师资赴基层辅导培训服务"  # at least 20 members


def _new(ctx: Any, programme: str | None = None, **values: Any) -> int:
    pid = programme_id(ctx, programme) if programme else None
    with ctx.session() as session:
        return create_application(session, values, programme_id=pid).id or 0


def test_editor_locks_after_submission_and_unlocks_when_returned(
    qtbot: Any, union_ctx: Any, monkeypatch: Any
) -> None:
    app_id = _new(union_ctx, "2023“身边”文化助推活动", service_time=datetime(2023, 5, 8, 14))
    editor = ApplicationEditor(union_ctx, app_id)
    qtbot.addWidget(editor)
    assert editor.status_text() == "状态：草稿"
    assert "最晚报送日期：2023-04-14" in editor.deadline_label.text()
    assert not editor.fields["needs"].isReadOnly() and editor.lock_note.isHidden()
    steps = ["submitted", "returned"]

    def record(dialog: ReplyDialog) -> int:
        dialog.set_status(steps.pop(0))
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        return dialog.result()

    monkeypatch.setattr(ReplyDialog, "exec", record)
    saved: list[int] = []
    editor.saved.connect(saved.append)
    qtbot.mouseClick(editor.reply_button, Qt.MouseButton.LeftButton)
    assert editor.status_text() == "状态：已报送" and saved == [app_id]
    assert editor.fields["needs"].isReadOnly() and editor.fields["phone"].isReadOnly()
    assert not editor.programme.isEnabled() and not editor.scale.isEnabled()
    assert "报送时的版本" in editor.lock_note.text() and not editor.lock_note.isHidden()
    assert any("已报送" in line for line in editor.timeline.entry_lines())
    qtbot.mouseClick(editor.reply_button, Qt.MouseButton.LeftButton)
    assert editor.status_text() == "状态：退回修改"
    assert not editor.fields["needs"].isReadOnly() and editor.lock_note.isHidden()
    editor.fields["needs"].setPlainText("按要求修改")
    assert editor.save()
    with union_ctx.session() as session:
        assert get_application(session, app_id).needs == "按要求修改"


def test_attachments_are_added_and_listed(
    qtbot: Any, union_ctx: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    app_id = _new(union_ctx)
    editor = ApplicationEditor(union_ctx, app_id)
    qtbot.addWidget(editor)
    assert not editor.timeline.open_button.isEnabled()
    scan = tmp_path / "盖章申请表.pdf"
    scan.write_bytes(b"%PDF-1.4 stamped")
    assert editor.timeline.add_attachment_file(scan, "scan")
    assert editor.timeline.files.count() == 1
    assert editor.timeline.files.item(0).text() == "盖章申请表.pdf（盖章申请表扫描件）"
    assert editor.timeline.open_button.isEnabled()
    opened = editor.timeline.file_for(editor.timeline.files.item(0))
    assert opened is not None and opened.name == "盖章申请表.pdf"
    assert opened.is_relative_to(union_ctx.paths.opened_files)
    assert opened.read_bytes() == scan.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(
        "unionapp.ui.applications.timeline_widget.show_user_error",
        lambda _w, exc, *a: shown.append(str(exc)),
    )
    assert not editor.timeline.add_attachment_file(tmp_path / "missing.pdf", "reply")
    assert shown and "missing.pdf" in shown[0] and editor.timeline.files.count() == 1


def _roster(ctx: Any, count: int) -> None:
    with ctx.session() as session:
        for index in range(count):
            add_member(session, MemberData(name=f"张{index:02d}", department="一部"))
        add_member(session, MemberData(name="李四", department="二部"))


def test_participants_picked_from_the_roster_update_the_minimum_warning(
    qtbot: Any, union_ctx: Any, monkeypatch: Any
) -> None:
    _roster(union_ctx, 20)
    app_id = _new(union_ctx, COACHING, service_time=datetime(2030, 5, 8, 14))
    editor = ApplicationEditor(union_ctx, app_id)
    qtbot.addWidget(editor)
    assert "尚未填写参加人数" in editor.warning_text("participant_count")
    editor.participant_count.setValue(12)  # typed by hand
    qtbot.waitUntil(lambda: "目前只有12人" in editor.warning_text("participant_count"))

    def pick(dialog: ParticipantPicker) -> int:
        dialog.search.setText("zhang")
        dialog.run_search()
        assert dialog.results.count() == 20
        dialog.add_all()
        dialog.search.setText("李")
        dialog.run_search()
        assert [dialog.results.item(i).text() for i in range(dialog.results.count())] == [
            "李四（二部）"
        ]
        dialog.results.item(0).setSelected(True)
        dialog.add_selected()
        assert dialog.chosen_label.text() == "已选参加会员：21 名"
        qtbot.mouseClick(
            dialog.box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        return dialog.result()

    monkeypatch.setattr(ParticipantPicker, "exec", pick)
    qtbot.mouseClick(editor.pick_button, Qt.MouseButton.LeftButton)
    assert editor.participants_label.text() == "已选 21 名会员"
    assert not editor.participant_count.isEnabled()
    assert editor.warning_text("participant_count") == ""
    with union_ctx.session() as session:
        assert len(list_participants(session, app_id)) == 21
        assert get_application(session, app_id).participant_count == 12


def test_the_list_shows_warnings_and_the_deadline(qtbot: Any, union_ctx: Any) -> None:
    estimate = _new(union_ctx, "2023“身边”文化助推活动", service_time=datetime(2030, 5, 8, 14))
    clean = _new(
        union_ctx,
        "2023“身边”文化助推活动",
        service_time=datetime(2023, 5, 8, 14),
        scale="100名会员",
    )
    by_hand = _new(union_ctx, provider="某剧团", service_item="慰问演出",
                   service_time=datetime(2030, 12, 20, 14))  # fmt: skip
    moved = _new(union_ctx, provider="某剧团", service_time=datetime(2023, 5, 8, 14))
    with union_ctx.session() as session:
        submit(session, clean, date(2023, 4, 10), "现场")
        submit(session, moved, date(2023, 4, 10), "现场")
        change_status(
            session,
            moved,
            StatusChange("scheduled", date(2023, 4, 20), scheduled_at=datetime(2023, 5, 15, 9)),
        )
    page = ApplicationsPage(union_ctx)
    qtbot.addWidget(page)
    model = page.model
    rows = {model.row_at(i).id: i for i in range(model.rowCount())}

    def cell(app_id: int, column: int, role: Any = Qt.ItemDataRole.DisplayRole) -> Any:
        return model.data(model.index(rows[app_id], column), role)

    assert cell(estimate, ApplicationTableModel.COL_DEADLINE).endswith("（估算）")
    assert cell(clean, ApplicationTableModel.COL_DEADLINE) == ""  # sent: no deadline any more
    # typed in by hand, no programme: the notice's general 15 working days
    assert (
        cell(by_hand, ApplicationTableModel.COL_DEADLINE) == "2030-11-29（按通知一般要求）（估算）"
    )
    # the confirmed time, the requested one beside it
    assert cell(moved, ApplicationTableModel.COL_TIME) == "2023-05-15 09:00（原 2023-05-08）"
    assert (
        cell(moved, ApplicationTableModel.COL_TIME, Qt.ItemDataRole.ToolTipRole)
        == "2023-05-15 09:00（已确认；原申请 2023-05-08 14:00）"
    )
    assert cell(clean, ApplicationTableModel.COL_TIME) == "2023-05-08 14:00"
    assert cell(estimate, ApplicationTableModel.COL_WARNINGS).startswith("⚠")
    tip = cell(estimate, ApplicationTableModel.COL_WARNINGS, Qt.ItemDataRole.ToolTipRole)
    assert "是估算" in tip and "服务职工规模" in tip
    assert cell(clean, ApplicationTableModel.COL_WARNINGS) == ""
    assert cell(clean, ApplicationTableModel.COL_STATUS) == "已报送"


def test_only_untouched_drafts_are_deleted(
    qtbot: Any, union_ctx: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    draft, printed, unprinted_again = (_new(union_ctx) for _ in range(3))
    with union_ctx.session() as session:
        mark_printed(session, [printed, unprinted_again])
        change_status(session, unprinted_again, StatusChange("draft", date.today()))
    with union_ctx.session() as session, pytest.raises(UserError, match="不能删除"):
        delete_draft(session, unprinted_again)
    page = ApplicationsPage(union_ctx)
    qtbot.addWidget(page)
    page.select_application(printed)
    assert not page.delete_button.isEnabled()
    page.select_application(draft)
    assert page.delete_button.isEnabled()
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> Any:
        def ask(_parent: Any, _title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
            asked.append(text)
            return reply

        return ask

    editor = page.open_application(draft)
    editor.close()  # closing and opening again gives a fresh window
    assert draft not in page.editors
    editor = page.open_application(draft)
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 3 and "删除后无法恢复" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 2 and draft not in page.editors
    with union_ctx.session() as session:
        assert {row.id for row in list_applications(session)} == {printed, unprinted_again}
    informed: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: informed.append(text))
    page.select_application(unprinted_again)
    page.delete_selected()
    assert informed and "不能删除" in informed[0] and page.model.rowCount() == 2


def test_catalogue_selects_a_programme_of_another_year(qtbot: Any, union_ctx: Any) -> None:
    page = CataloguePage(union_ctx)
    qtbot.addWidget(page)
    page.year.setCurrentIndex(0)
    page.category.setCurrentIndex(page.category.findData("体育"))
    target = programme_id(union_ctx, COACHING)
    assert page.select_programme(target)
    assert page.selected().id == target
    assert page.year.currentData() == 2023 and page.category.currentData() is None
    assert COACHING in page.details.toPlainText()
    assert not page.select_programme(99999)
