"""The roster screen: typing a pinyin query, paging, the dialogs, the import preview."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from tests.roster.conftest import HEADER, make_id, write_xlsx

from unionapp.roster.search import PAGE_SIZE
from unionapp.roster.store import MemberData, add_member, get_member
from unionapp.ui.common.tasks import set_synchronous
from unionapp.ui.roster.member_dialog import MemberDialog
from unionapp.ui.roster.member_table import MemberTableModel
from unionapp.ui.roster.roster_import_dialog import RosterImportDialog
from unionapp.ui.roster.roster_page import RosterPage

NAMES = ["张三", "张三丰", "李四", "王五", "赵六", "阿明", "丁一", "单田芳"]


@pytest.fixture(autouse=True)
def synchronous():
    set_synchronous(True)
    yield
    set_synchronous(False)


@pytest.fixture
def filled(ctx):
    with ctx.session() as session:
        for index, name in enumerate(NAMES):
            data = MemberData(
                name=name,
                department="一部" if index % 2 else "二部",
                phone=f"1380013800{index}",
                id_number=make_id(serial=index + 1),
            )
            add_member(session, data)
    return ctx


def shown_names(page: RosterPage) -> list[str]:
    model = page.table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_typing_pinyin_initials_finds_the_rows(qtbot, filled):
    page = RosterPage(filled)
    qtbot.addWidget(page)
    assert shown_names(page)[:3] == ["阿明", "丁一", "李四"]
    qtbot.keyClicks(page.search, "zs")
    assert shown_names(page) == ["张三", "张三丰"]
    page.search.clear()
    qtbot.keyClicks(page.search, "shan")
    assert shown_names(page) == ["单田芳"]
    page.search.clear()
    page.department.setCurrentIndex(page.department.findData("一部"))
    assert set(shown_names(page)) == {NAMES[i] for i in range(1, 8, 2)}


def test_table_masks_numbers(qtbot, filled):
    page = RosterPage(filled)
    qtbot.addWidget(page)
    model = page.table.model()
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first[0] == "阿明"
    assert "138****8005" in first
    assert any(t and t.startswith("110***********") for t in first)
    assert "在册会员 8 人" in page.hint.text()


def test_empty_roster_hint(qtbot, ctx):
    page = RosterPage(ctx)
    qtbot.addWidget(page)
    assert page.hint.text() == "还没有会员 — 点“导入”从 Excel 导入名册"


def test_model_fetches_more_by_key(qtbot, ctx):
    with ctx.session() as session:
        for index in range(PAGE_SIZE + 30):
            add_member(session, MemberData(name=f"会员{index:03d}"))
    model = MemberTableModel(ctx.engine)
    model.reload()
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE + 30 and not model.canFetchMore()
    names = [model.row_at(r).name for r in range(model.rowCount())]
    assert names == sorted(names) and len(set(names)) == len(names)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.row_at(0).name == f"会员{PAGE_SIZE + 29:03d}"


def test_member_dialog_shows_errors_beside_fields(qtbot, filled):
    dialog = MemberDialog(filled, None)
    qtbot.addWidget(dialog)
    dialog.name.setText("新人")
    dialog.phone.setText("12345")
    dialog.accept()
    assert "11 位" in dialog.errors["phone"].text()
    assert dialog.saved_id is None
    dialog.phone.setText("13700137000")
    dialog.card_number.setText("9001")
    dialog.accept()
    with filled.session() as session:
        member = get_member(session, dialog.saved_id)
        assert (member.name, member.phone, member.card_number) == ("新人", "13700137000", "9001")


def test_member_dialog_edit_shows_full_numbers_and_history(qtbot, filled):
    dialog = MemberDialog(filled, 1)
    qtbot.addWidget(dialog)
    assert dialog.id_number.text() == make_id(serial=1)
    assert dialog.phone.text() == "13800138000"
    assert dialog.history.count() == 1


def test_permanent_delete_asks_first(qtbot, filled, monkeypatch):
    page = RosterPage(filled)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: next(answers))
    page.delete_selected()
    assert shown_names(page)[0] == "阿明"
    page.delete_selected()
    assert "阿明" not in shown_names(page)


def test_import_dialog_previews_before_writing(qtbot, ctx, tmp_path: Path):
    rows = [
        HEADER,
        ["张三", "男", "技术部", "13800138000", make_id(serial=1), "6001", "2021-05-01", ""],
        ["李四", "男", "技术部", "1380013800", "", "", "", ""],
    ]
    path = write_xlsx(tmp_path / "名册.xlsx", rows)
    dialog = RosterImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    assert "新增 1 人" in dialog.summary.text() and "未导入 1 行" in dialog.summary.text()
    assert dialog.problems.item(0, 0).text() == "3"
    page = RosterPage(ctx)
    qtbot.addWidget(page)
    assert shown_names(page) == []  # the preview wrote nothing
    dialog.start_import()
    assert dialog.imported and "导入完成" in dialog.summary.text()
    page.refresh()
    assert shown_names(page) == ["张三"]


def test_member_dialog_merges_someone_elses_changes_and_asks_where_they_clash(
    qtbot, filled, data_dir
):
    from tests.windows.clash_answers import answer_clash

    from unionapp.roster.store import update_member
    from unionapp.storage.context import open_context

    dialog = MemberDialog(filled, 1)
    qtbot.addWidget(dialog)
    dialog.show()
    other = open_context(data_dir, lock=False, database=os.environ.get("UNIONAPP_DATABASE_URL"))
    try:  # meanwhile someone else, on the same data folder, changes the position and notes
        with other.session() as session:
            theirs = MemberData.of(get_member(session, 1))
            theirs.position = "主席改的职务"
            theirs.notes = "主席的备注"
            update_member(session, 1, theirs)
    finally:
        other.close()
    dialog.notes.setText("我的备注")
    dialog.card_number.setText("7001")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    asked: list[str] = []
    answer_clash("暂不保存", asked)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "主席的备注" in asked[0] and "我的备注" in asked[0] and "备注" in asked[0]
    assert dialog.isVisible() and dialog.saved_id is None
    assert dialog.notes.text() == "我的备注" and dialog.card_number.text() == "7001"
    with filled.session() as session:
        assert get_member(session, 1).notes == "主席的备注"  # nothing written
    answer_clash("保留我的内容", asked)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.saved_id == 1
    with filled.session() as session:
        member = get_member(session, 1)
        assert (member.position, member.notes, member.card_number) == (
            "主席改的职务",
            "我的备注",
            "7001",
        )


def test_member_dialog_can_take_the_other_persons_value(qtbot, filled, data_dir):
    from tests.windows.clash_answers import answer_clash

    from unionapp.roster.store import update_member
    from unionapp.storage.context import open_context

    dialog = MemberDialog(filled, 2)
    qtbot.addWidget(dialog)
    other = open_context(data_dir, lock=False, database=os.environ.get("UNIONAPP_DATABASE_URL"))
    try:
        with other.session() as session:
            theirs = MemberData.of(get_member(session, 2))
            theirs.notes = "对方的备注"
            update_member(session, 2, theirs)
    finally:
        other.close()
    dialog.notes.setText("我的备注")
    dialog.position.setText("干事")
    asked: list[str] = []
    answer_clash("采用对方的内容", asked)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert asked and dialog.saved_id == 2
    with filled.session() as session:
        member = get_member(session, 2)
        assert (member.notes, member.position) == ("对方的备注", "干事")


def test_member_dialog_merges_again_when_someone_saves_during_the_save(qtbot, filled, data_dir):
    from unionapp.roster.store import update_member
    from unionapp.storage.context import open_context

    dialog = MemberDialog(filled, 3)
    qtbot.addWidget(dialog)
    merge = dialog._merge_with_theirs
    saved_between: list[int] = []

    def merge_then_someone_saves() -> MemberData | None:
        merged = merge()
        if not saved_between:
            saved_between.append(1)
            other = open_context(
                data_dir, lock=False, database=os.environ.get("UNIONAPP_DATABASE_URL")
            )
            try:
                with other.session() as session:
                    theirs = MemberData.of(get_member(session, 3))
                    theirs.notes = "刚刚保存的备注"
                    update_member(session, 3, theirs)
            finally:
                other.close()
        return merged

    dialog._merge_with_theirs = merge_then_someone_saves  # type: ignore[method-assign]
    dialog.position.setText("会计")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.saved_id == 3
    with filled.session() as session:
        member = get_member(session, 3)
        assert (member.position, member.notes) == ("会计", "刚刚保存的备注")
