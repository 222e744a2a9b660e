"""The union profile on the settings page when someone else saved it while it was open."""

from __future__ import annotations

import os
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from tests.windows.clash_answers import answer_clash

from unionapp.storage.context import open_context
from unionapp.ui.settings.settings_page import SettingsPage
from unionapp.union import get_union, update_union


def _page_changed_behind(qtbot, ctx, data_dir, **theirs):
    with ctx.session() as session:
        update_union(session, name="测试工会", contact="甘十", phone="010-65116642")
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    other = open_context(data_dir, lock=False, database=os.environ.get("UNIONAPP_DATABASE_URL"))
    try:  # someone else, on the same data folder, saves the profile meanwhile
        with other.session() as session:
            update_union(session, **theirs)
    finally:
        other.close()
    save = next(b for b in page.findChildren(QPushButton) if b.text() == "保存本工会资料")
    return page, save


def test_profile_keeps_both_changes_and_asks_where_they_clash(qtbot, ctx, data_dir):
    page, save = _page_changed_behind(qtbot, ctx, data_dir, contact="主席", address="对方的地址")
    edits = page.profile.edits
    edits["contact"].setText("干事")
    edits["email"].setText("union@example.com")
    asked: list[str] = []
    answer_clash("暂不保存", asked)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "主席" in asked[0] and "干事" in asked[0] and "联系人" in asked[0]
    assert re.search(r"\S 于 \d{4}-\d\d-\d\d \d\d:\d\d:\d\d 修改了这条记录", asked[0])  # who, when
    assert edits["contact"].text() == "干事" and page.saved_label.text() == ""  # nothing lost
    with ctx.session() as session:
        assert get_union(session).contact == "主席"
    answer_clash("保留我的内容", asked)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    with ctx.session() as session:
        union = get_union(session)
    assert (union.contact, union.address, union.email) == (
        "干事",
        "对方的地址",
        "union@example.com",
    )
    assert edits["address"].text() == "对方的地址"  # the other person's change shown


def test_profile_can_take_the_other_persons_value(qtbot, ctx, data_dir):
    page, save = _page_changed_behind(qtbot, ctx, data_dir, phone="13800138000")
    edits = page.profile.edits
    edits["phone"].setText("13900139000")
    edits["chairperson"].setText("王主席")
    asked: list[str] = []
    answer_clash("采用对方的内容", asked)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert asked and page.saved_label.text() == "已保存"
    with ctx.session() as session:
        union = get_union(session)
    assert (union.phone, union.chairperson) == ("13800138000", "王主席")
