"""Cancelling a roster import on the real background thread: nothing written, import again works.

No synchronous runner here: the preview and the import run on the database worker thread, as
in the program, and the test waits for their results to reach the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from sqlmodel import func, select

from support.modal import answering, file_named
from unionapp.models import Member
from unionapp.ui.common import tasks
from unionapp.ui.roster.roster_import_dialog import RosterImportDialog

ROWS = 3000


def _roster(folder: Path) -> Path:
    path = folder / "名册.csv"
    lines = ["姓名,部门,手机"]
    lines += [f"会员{i:05d},部门{i % 7},139{i:08d}" for i in range(ROWS)]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def _members(ctx) -> int:
    with ctx.session() as session:
        return session.exec(select(func.count()).select_from(Member)).one()


def _click(button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_cancel_on_the_worker_thread_leaves_the_roster_untouched(qtbot, ctx, tmp_path):
    tasks.set_synchronous(False)
    roster = _roster(tmp_path)
    dialog = RosterImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    with answering(file_named(str(roster))) as seen:
        _click(dialog.choose_button)
    assert seen
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=60_000)
    assert f"新增 {ROWS} 人" in dialog.summary.text()

    _click(dialog.import_button)
    assert dialog.task is not None and dialog.progress.isVisible()
    _click(dialog.cancel_button)  # 取消 while the worker writes
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert dialog.summary.text() == "导入已取消，名册没有任何改动。"
    assert _members(ctx) == 0
    assert dialog.isVisible(), "cancelling the import does not close the window"

    _click(dialog.import_button)  # changed their mind: import after all
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert dialog.summary.text().startswith(f"导入完成：新增 {ROWS} 人")
    assert _members(ctx) == ROWS
