"""Two small traps of the roster screens: a preselected status, rejected rows without names."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from tests.roster.conftest import HEADER, make_id, write_xlsx

from unionapp.roster.store import MemberData, add_member, get_member
from unionapp.ui.common.tasks import set_synchronous
from unionapp.ui.roster.member_dialog import StatusDialog
from unionapp.ui.roster.roster_import_dialog import RosterImportDialog
from unionapp.ui.roster.roster_page import RosterPage


@pytest.fixture(autouse=True)
def synchronous():
    set_synchronous(True)
    yield
    set_synchronous(False)


def test_the_status_dialog_preselects_nothing(qtbot, ctx) -> None:
    with ctx.session() as session:
        member_id = add_member(session, MemberData(name="张三")).id
    page = RosterPage(ctx)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    seen: dict[str, object] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, StatusDialog)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        seen["index"], seen["ok"] = dialog.status.currentIndex(), ok.isEnabled()
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)  # disabled: nothing happens
        seen["still_open"] = dialog.isVisible()
        dialog.status.setCurrentIndex(dialog.status.findData("退休"))
        seen["ok_after"] = ok.isEnabled()
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    QTest.mouseClick(page.status_button, Qt.MouseButton.LeftButton)
    assert seen == {"index": -1, "ok": False, "still_open": True, "ok_after": True}
    with ctx.session() as session:
        assert get_member(session, member_id).status == "退休"


def test_rejected_rows_show_the_name_and_the_whole_reason(qtbot, ctx, tmp_path: Path) -> None:
    rows = [
        HEADER,
        ["张三", "男", "技术部", "13800138000", make_id(serial=1), "6001", "2021-05-01", ""],
        ["李四", "男", "技术部", "1380013800", "", "", "", ""],
    ]
    dialog = RosterImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.resize(700, 500)
    dialog.show()
    dialog.load_file(write_xlsx(tmp_path / "名册.xlsx", rows))
    table = dialog.problems
    headers = [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]
    assert headers == ["行", "姓名", "列", "原因"]
    assert [table.item(0, i).text() for i in range(3)] == ["3", "李四", "D 手机号"]
    [error] = dialog.preview.problems
    assert table.item(0, 3).text() == f"未导入：{error.reason}"
    assert table.wordWrap()
    width = table.columnWidth(3)
    needed = table.fontMetrics().horizontalAdvance(table.item(0, 3).text())
    lines = -(-needed // max(1, width - 8))
    assert table.rowHeight(0) >= lines * table.fontMetrics().lineSpacing()
