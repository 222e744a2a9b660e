"""Issue 12 through the real window, as a chairperson clicks it (pytest-qt, offscreen, 1366×768
at 125% scaling): back up and restore that very backup, two backups in one second, move to a new
PC from one exported file, a year of automatic backups beside the manual ones, and roster
re-imports that show what they change. Screenshots go to the test's tmp folder (shots/).

Only the operating system's file and question dialogs are stood in for (``backup_actions``'s
``choose_*``/``confirm``/``inform``, QFileDialog, QMessageBox); everything behind them is real.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from tests.backups.conftest import fill_folder
from tests.roster.conftest import make_id, write_csv, write_xlsx

import unionapp.storage.backup as backup_module
from unionapp.storage.context import open_context
from unionapp.storage.paths import resolve_paths
from unionapp.ui.common.tasks import set_synchronous
from unionapp.ui.main_window import MainWindow
from unionapp.ui.roster.roster_import_dialog import RosterImportDialog
from unionapp.ui.settings import backup_actions
from unionapp.ui.settings.settings_page import SettingsPage
from unionapp.ui.settings.union_form import SetupDialog
from unionapp.union import get_union, update_union

SCREEN = (1093, 614)  # 1366×768 at 125 %
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: raise()


@pytest.fixture(autouse=True)
def synchronous() -> Iterator[None]:
    set_synchronous(True)
    yield
    set_synchronous(False)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The user's answers to the file and question dialogs, and the messages shown."""
    given: dict[str, Any] = {"save": "", "open": "", "confirm": True, "told": []}
    monkeypatch.setattr(backup_actions, "choose_save_path", lambda _p, _s: given["save"])
    monkeypatch.setattr(backup_actions, "choose_open_path", lambda _p, _f: given["open"])
    monkeypatch.setattr(backup_actions, "confirm", lambda _p, _t, text: given["confirm"])
    monkeypatch.setattr(
        backup_actions, "inform", lambda _p, title, text: given["told"].append((title, text))
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: given["told"].append(a[1:3]))
    return given


def _window(qtbot: Any, folder: Path) -> MainWindow:
    window = MainWindow(resolve_paths(folder))
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    assert window.load()
    return window


def _named(folder: Path, name: str = "北京市某公司工会") -> None:
    ctx = open_context(folder)
    with ctx.session() as session:
        update_union(session, name=name, contact="李明")
    ctx.close()


def _settings(window: MainWindow) -> SettingsPage:
    page = window.show_section("settings")
    assert isinstance(page, SettingsPage)
    return page


def _rows(page: SettingsPage) -> list[list[str]]:
    table = page.backups
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _click(button: QWidget) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def _scroll_to_backups(page: SettingsPage) -> None:
    """Scroll the settings page down to the backup list, as the user does."""
    bar = page.verticalScrollBar()
    bar.setValue(bar.maximum())


def _select_path(page: SettingsPage, path: Path) -> None:
    for row in range(page.backups.rowCount()):
        if page.backups.item(row, 0).data(Qt.ItemDataRole.UserRole) == str(path):
            page.backups.selectRow(row)
            return
    raise AssertionError(f"{path.name} is not in the list")


def _union_name(window: MainWindow) -> str:
    assert window.ctx is not None
    with window.ctx.session() as session:
        return get_union(session).name


def test_backup_restored_the_same_second_it_was_made(qtbot, data_dir, answers, shots):
    _named(data_dir, "早上的工会名称")
    window = _window(qtbot, data_dir)
    window.backup_action.trigger()  # 文件 → 立即备份
    page = _settings(window)
    [made] = [
        Path(r["path"])
        for r in backup_module.describe_backups(window.ctx.paths)
        if r["kind"] == "manual"
    ]
    assert window.ctx is not None
    with window.ctx.session() as session:
        update_union(session, name="改错了的名称")
    _select_path(page, made)
    _click(page.restore_button)
    assert made.exists(), "the backup being restored must never be deleted"
    assert _union_name(window) == "早上的工会名称"
    page = _settings(window)  # the pages were rebuilt on the restored data
    kinds = sorted(row[1] for row in _rows(page))
    assert kinds.count("手动") == 1 and kinds.count("恢复前") == 1
    assert all(row[3] == "已校验" for row in _rows(page))
    _scroll_to_backups(page)
    shots(window, "after-restore")
    _select_path(page, made)  # every entry can be restored, again and again
    _click(page.restore_button)
    assert made.exists() and _union_name(window) == "早上的工会名称"
    window.close()


def test_two_manual_backups_in_one_second(qtbot, data_dir, answers, monkeypatch, shots):
    _named(data_dir)
    window = _window(qtbot, data_dir)

    class SameSecond(datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[override]
            return datetime(2026, 11, 30, 9, 15, 0)

    monkeypatch.setattr(backup_module, "datetime", SameSecond)
    page = _settings(window)
    _click(page.backup_now_button)
    _click(page.backup_now_button)
    manual = [row for row in _rows(page) if row[1] == "手动"]
    assert [row[0] for row in manual] == ["2026-11-30 09:15:00"] * 2
    assert len(list((data_dir / "backups").glob("*-manual-*.db"))) == 2
    _scroll_to_backups(page)
    shots(window, "two-in-one-second")
    # 删除 asks first; saying no keeps the file, yes removes it from the disk and the list
    # the first manual one (today's automatic backup, made at the real time, may come first)
    page.backups.selectRow(next(i for i, row in enumerate(_rows(page)) if row[1] == "手动"))
    answers["confirm"] = False
    _click(page.delete_button)
    assert len([r for r in _rows(page) if r[1] == "手动"]) == 2
    answers["confirm"] = True
    _click(page.delete_button)
    assert len([r for r in _rows(page) if r[1] == "手动"]) == 1
    assert len(list((data_dir / "backups").glob("*-manual-*.db"))) == 1
    window.close()


def test_move_to_a_new_pc_with_identical_attachments(qtbot, tmp_path, answers, monkeypatch, shots):
    office = tmp_path / "office-pc"
    stored = fill_folder(office, tmp_path / "scans")
    window = _window(qtbot, office)
    exported = tmp_path / "U盘" / "全部数据.db"
    exported.parent.mkdir()
    answers["save"] = str(exported)
    window.export_action.trigger()  # 文件 → 换电脑：导出全部数据到一个文件…
    assert exported.exists() and "3 个附件" in answers["told"][-1][1]
    window.close()

    new_pc = tmp_path / "new-pc"
    answers["open"] = str(exported)
    seen: dict[str, Any] = {}

    def on_first_start_screen() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SetupDialog):  # not shown yet: look again shortly
            QTimer.singleShot(20, on_first_start_screen)
            return
        seen["dialog"] = type(dialog).__name__
        if isinstance(dialog, SetupDialog):
            dialog.resize(*SCREEN)
            seen["shot"] = shots(dialog, "first-start")
            _click(dialog.restore_button)  # 从备份文件恢复…

    QTimer.singleShot(0, on_first_start_screen)
    window = _window(qtbot, new_pc)
    assert seen["dialog"] == "SetupDialog"
    assert _union_name(window) == "北京市某公司工会"
    opened: list[Path] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(Path(url.toLocalFile())) or True
    )
    page = window.show_section("applications")
    editor = page.open_application(1)
    files = editor.timeline.files
    assert files.count() == 3
    for row in range(files.count()):
        files.setCurrentRow(row)
        _click(editor.timeline.open_button)
    shots(editor, "attachments-on-new-pc")
    assert {p.name: p.read_bytes() for p in opened} == dict(stored.values())
    assert all(p.is_relative_to(new_pc) for p in opened)
    assert [files.item(r).text() for r in range(3)] == [
        "盖章申请表.pdf（盖章申请表扫描件）",
        "回复 截图.png（承办单位回复）",
        "活动照片.jpg（活动照片）",
    ]
    editor.close()
    window.close()


def test_a_year_of_automatic_backups_keeps_every_manual_one(qtbot, data_dir, answers, monkeypatch):
    _named(data_dir)
    window = _window(qtbot, data_dir)
    start = datetime.now().replace(hour=8, minute=30) + timedelta(days=1)  # after load's backup
    clock = {"now": start}

    class Clock(datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[override]
            return clock["now"]

    monkeypatch.setattr(backup_module, "datetime", Clock)
    for day in range(365):
        clock["now"] = start + timedelta(days=day)
        window._automatic_backup()  # what opening the program does each morning
        if day % 30 == 0:
            clock["now"] += timedelta(hours=2)
            window.backup_action.trigger()  # 文件 → 立即备份
    page = _settings(window)
    rows = _rows(page)
    manual = [row for row in rows if row[1] == "手动"]
    automatic = [row for row in rows if row[1] in ("每日自动", "每周自动", "每月自动")]
    assert len(manual) == 13
    assert 7 <= len(automatic) <= 7 + 4 + 12
    assert {row[1] for row in automatic} == {"每日自动", "每周自动", "每月自动"}
    window.close()


# --- roster re-imports ---------------------------------------------------------------------

HEADER = ["姓名", "部门", "手机号", "身份证号码"]
ZHOU, LI = make_id(serial=7, male=False), make_id(serial=8)


def _import_through_the_window(
    window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch, act: Callable[[Any], None]
) -> dict[str, Any]:
    """Click 导入 on the roster page, choose ``path``, and let ``act`` work the dialog."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    page = window.show_section("roster")
    seen: dict[str, Any] = {}

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RosterImportDialog):  # not shown yet: look again shortly
            QTimer.singleShot(20, in_dialog)
            return
        seen["dialog"] = dialog
        try:
            _click(dialog.choose_button)
            seen["summary"] = dialog.summary.text()
            table = dialog.changes
            seen["changes"] = [
                [table.item(r, c).text() for c in range(table.columnCount())]
                for r in range(table.rowCount())
            ]
            act(dialog)
        except BaseException as exc:  # never leave a modal dialog open behind a failure
            seen["error"] = exc
        if dialog.isVisible():
            seen["left_open"] = True
            dialog.done(0)

    QTimer.singleShot(0, in_dialog)
    _click(page.import_button)
    if "error" in seen:
        raise seen["error"]
    assert "left_open" not in seen, "the dialog did not close"
    return seen


def _members(folder: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(folder / "unionapp.db")) as conn:
        return conn.execute("SELECT name, department FROM member ORDER BY id").fetchall()


def test_gbk_reimport_in_the_window(qtbot, data_dir, tmp_path, answers, monkeypatch, shots):
    _named(data_dir)
    window = _window(qtbot, data_dir)
    xlsx = write_xlsx(
        tmp_path / "名册.xlsx",
        [HEADER, ["周𠇔", "工会办", "13800138000", ZHOU], ["李四", "财务部", "13900139000", LI]],
    )
    _import_through_the_window(
        window, xlsx, monkeypatch, lambda d: (_click(d.import_button), _click(d.cancel_button))
    )
    assert _members(data_dir) == [("周𠇔", "工会办"), ("李四", "财务部")]
    gbk = write_csv(
        tmp_path / "名册.csv",
        [HEADER, ["周敏", "工会办", "13800138000", ZHOU], ["李四", "人事部", "13900139000", LI]],
        encoding="gbk",
    )

    def look_then_import(dialog: Any) -> None:
        dialog.resize(*SCREEN)
        shots(dialog, "gbk-reimport-preview")
        _click(dialog.import_button)
        _click(dialog.cancel_button)

    seen = _import_through_the_window(window, gbk, monkeypatch, look_then_import)
    assert "更新 1 人" in seen["summary"]
    assert ["3", "李四", "部门", "财务部", "人事部"] in seen["changes"]
    [kept] = [row for row in seen["changes"] if row[1] == "周𠇔"]
    assert kept[2:4] == ["姓名", "周𠇔"] and "保留原值" in kept[4] and "GBK" in kept[4]
    assert _members(data_dir) == [("周𠇔", "工会办"), ("李四", "人事部")]
    window.close()


def test_preview_lists_a_department_change_and_writes_nothing(
    qtbot, data_dir, tmp_path, answers, monkeypatch
):
    _named(data_dir)
    window = _window(qtbot, data_dir)
    first = write_xlsx(tmp_path / "a.xlsx", [HEADER, ["李四", "财务部", "13900139000", LI]])
    _import_through_the_window(
        window, first, monkeypatch, lambda d: (_click(d.import_button), _click(d.cancel_button))
    )
    before = _members(data_dir)
    moved = write_xlsx(
        tmp_path / "b.xlsx",
        [HEADER, ["李四", "人事部", "13900139000", LI], ["王五", "后勤部", "13700137000", ""]],
    )
    seen = _import_through_the_window(window, moved, monkeypatch, lambda d: _click(d.cancel_button))
    assert seen["changes"] == [["2", "李四", "部门", "财务部", "人事部"]]
    assert "尚未写入" in seen["summary"]
    assert _members(data_dir) == before  # looked, cancelled: nothing written

    def new_members_only(dialog: Any) -> None:
        dialog.new_only.click()
        _click(dialog.import_button)
        _click(dialog.cancel_button)

    _import_through_the_window(window, moved, monkeypatch, new_members_only)
    assert _members(data_dir) == [("李四", "财务部"), ("王五", "后勤部")]
    window.close()


def test_damaged_database_without_backups_restored_from_a_file(qtbot, tmp_path, answers):
    office = tmp_path / "office-pc"
    stored = fill_folder(office, tmp_path / "scans")
    exported = tmp_path / "全部数据.db"
    backup_module.make_backup(resolve_paths(office), exported)
    for old in (office / "backups").iterdir():
        old.unlink()  # no backup left in the data folder
    db = office / "unionapp.db"
    damaged = db.read_bytes()[:8192]
    db.write_bytes(damaged)
    answers["open"] = str(exported)
    window = _window(qtbot, office)  # asks, then restores the chosen file
    assert _union_name(window) == "北京市某公司工会"
    kept = [
        p for p in office.glob("unionapp.db.damaged-*") if not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert window.ctx is not None
    with window.ctx.session() as session:
        count = session.connection().exec_driver_sql("SELECT count(*) FROM stored_file")
        assert count.scalar_one() == len(stored)
    window.close()
