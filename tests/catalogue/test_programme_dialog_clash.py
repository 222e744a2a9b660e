"""The programme dialog when someone else saved the same programme while it was open."""

from __future__ import annotations

import os
import re
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from tests.windows.clash_answers import answer_clash

from unionapp.catalogue.query import get_programme, list_programmes, save_programme
from unionapp.storage.context import open_context
from unionapp.ui.catalogue.programme_dialog import ProgrammeDialog


def _open_and_change_behind(qtbot, ctx, data_dir, **theirs):
    with ctx.session() as session:
        info = list_programmes(session)[0]
    dialog = ProgrammeDialog(ctx, info)
    qtbot.addWidget(dialog)
    dialog.show()
    other = open_context(data_dir, lock=False, database=os.environ.get("UNIONAPP_DATABASE_URL"))
    try:  # someone else, on the same data folder, saves the programme meanwhile
        with other.session() as session:
            current = get_programme(session, info.id)
            rules = {**current.rules, **theirs.pop("rules", {})}
            save_programme(session, replace(current, rules=rules, **theirs))
    finally:
        other.close()
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    return dialog, info.id, save


def test_programme_dialog_keeps_both_changes_and_asks_where_they_clash(qtbot, ctx, data_dir):
    dialog, pid, save = _open_and_change_behind(
        qtbot, ctx, data_dir, description="对方写的内容", rules={"note": "对方的规则"}
    )
    dialog.rules_note.setText("我的规则")
    dialog.participation.setPlainText("我写的参与方式")
    asked: list[str] = []
    answer_clash("暂不保存", asked)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "对方的规则" in asked[0] and "我的规则" in asked[0] and "规则原文" in asked[0]
    assert re.search(r"\S 于 \d{4}-\d\d-\d\d \d\d:\d\d:\d\d 修改了这条记录", asked[0])  # who, when
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.rules_note.text() == "我的规则"  # nothing lost
    with ctx.session() as session:
        assert get_programme(session, pid).rules["note"] == "对方的规则"
    answer_clash("保留我的内容", asked)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    with ctx.session() as session:
        stored = get_programme(session, pid)
    assert (stored.description, stored.participation, stored.rules["note"]) == (
        "对方写的内容",
        "我写的参与方式",
        "我的规则",
    )


def test_programme_dialog_can_take_the_other_persons_value(qtbot, ctx, data_dir):
    dialog, pid, save = _open_and_change_behind(qtbot, ctx, data_dir, name="对方改的名称")
    dialog.name.setText("我改的名称")
    dialog.minimum.setValue(7)
    asked: list[str] = []
    answer_clash("采用对方的内容", asked)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert asked and dialog.saved is not None
    with ctx.session() as session:
        stored = get_programme(session, pid)
    assert (stored.name, stored.rules["min_participants"]) == ("对方改的名称", 7)
