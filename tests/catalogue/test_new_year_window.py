"""The new year in the window, as a user clicks it: the outdated catalogue flagged on the home
screen and in 服务项目, the notice (pasted or opened) and a spreadsheet previewed before anything is
written, last year carried forward and confirmed, 新增项目 with this year and one time window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from unionapp.catalogue.exchange import export_catalogue
from unionapp.catalogue.query import list_programmes, save_programme
from unionapp.tabular import read_table, write_table
from unionapp.ui.catalogue.catalogue_page import CataloguePage
from unionapp.ui.catalogue.programme_dialog import ProgrammeDialog
from unionapp.ui.home.home_page import HomePage

NOTICE_2023 = Path(__file__).parent / "notice" / "data" / "notice_2023_ocr.txt"
TODAY = date(2026, 3, 2)
SMALL_SCREEN = (1093, 614)


def notice_2026() -> str:
    text = NOTICE_2023.read_text(encoding="utf-8").replace("2023", "2026")
    return text.replace("提前 15 个工作日", "提前 20 个工作日")


def click(button) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def read_done(qtbot, dialog) -> None:
    """The notice or spreadsheet is read on the worker thread: wait for the preview."""
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)


def fits_small_screen(dialog) -> None:
    hint = dialog.minimumSizeHint()
    assert hint.width() <= SMALL_SCREEN[0] and hint.height() <= SMALL_SCREEN[1]
    dialog.resize(*SMALL_SCREEN)


def programmes(ctx, year: int):
    with ctx.session() as session:
        return list_programmes(session, year=year)


@pytest.fixture
def page(qtbot, ctx):
    widget = CataloguePage(ctx, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1093, 560)
    widget.show()
    return widget


def test_pasted_notice_is_previewed_and_written_only_on_confirmation(
    shots, qtbot, ctx, page, tmp_path
):
    assert page.outdated.isVisible() and "2023" in page.outdated.label.text()
    page.import_notice_action.trigger()
    dialog = page.import_dialog
    assert dialog is not None and dialog.isVisible()
    fits_small_screen(dialog)
    assert not dialog.import_button.isEnabled()
    dialog.paste.setPlainText(notice_2026())  # as Ctrl+V puts it there
    click(dialog.read_button)
    read_done(qtbot, dialog)
    assert dialog.import_button.isEnabled()
    assert "2026年还没有目录" in dialog.summary.text()
    groups = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert groups[0].startswith("新增的项目（")
    assert any(g.startswith("没有读懂的行") for g in groups)
    shots(dialog, "notice_preview")
    assert programmes(ctx, 2026) == []  # nothing written yet
    click(dialog.import_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    written = programmes(ctx, 2026)
    assert len(written) > 40
    shenbian = next(p for p in written if p.name == "2026“身边”文化助推活动")
    assert shenbian.rules["lead_workdays"] == 20
    assert page.year.currentData() == 2026 and page.model.rowCount() == len(written)
    assert "已导入2026年目录" in page.empty_hint.text()
    assert not page.outdated.isVisible()


def test_an_opened_notice_shows_how_it_differs_from_that_years_catalogue(
    qtbot, ctx, page, tmp_path, monkeypatch
):
    path = tmp_path / "通知.txt"
    path.write_text(NOTICE_2023.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    page.import_notice_action.trigger()
    dialog = page.import_dialog
    click(dialog.open_button)
    read_done(qtbot, dialog)
    assert "与2023年目录相比" in dialog.summary.text()
    groups = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    changed = next(g for g in groups if g.text(0).startswith("有变化的项目"))
    first = changed.child(0)
    assert first.childCount() >= 1 and first.child(0).text(1) != first.child(0).text(2)
    click(dialog.cancel_button)
    assert not dialog.isVisible()


def test_a_notice_that_cannot_be_read_says_so_and_writes_nothing(qtbot, ctx, page):
    page.import_notice_action.trigger()
    dialog = page.import_dialog
    dialog.paste.setPlainText("会议纪要：下周一上午开会。")
    click(dialog.read_button)
    read_done(qtbot, dialog)
    assert dialog.error.isVisible() and dialog.error.text()
    assert not dialog.import_button.isEnabled()


def test_spreadsheet_import_previews_and_keeps_hand_edits(
    shots, qtbot, ctx, page, tmp_path, monkeypatch
):
    path = tmp_path / "目录.xlsx"
    with ctx.session() as session:
        export_catalogue(session, path, year=2023)
        edited = next(p for p in list_programmes(session, year=2023) if p.key == "a1-2")
        edited.rules["lead_workdays"] = 12
        save_programme(session, edited)  # as 编辑 → 保存 does
    rows = read_table(path)
    header, body = rows[0], [list(r) for r in rows[1:]]
    lead, key = header.index("提前工作日"), header.index("编号")
    for row in body:
        if row[key] == "a1-2":
            row[lead] = 18
    write_table(path, header, body)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    page.import_table_action.trigger()
    dialog = page.import_dialog
    read_done(qtbot, dialog)
    fits_small_screen(dialog)
    assert "手工修改过" in dialog.summary.text()
    assert dialog.overwrite.isVisible() and not dialog.overwrite.isChecked()
    shots(dialog, "spreadsheet_preview")
    click(dialog.import_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with ctx.session() as session:
        kept = next(p for p in list_programmes(session, year=2023) if p.key == "a1-2")
    assert kept.rules["lead_workdays"] == 12
    assert "保留了 1 个手工修改过的项目" in page.empty_hint.text()


def test_carry_forward_then_confirm_in_the_catalogue(shots, qtbot, ctx, page):
    click(page.outdated.carry_button)
    assert page.year.currentData() == 2026
    assert page.model.rowCount() == 47
    assert "待核实" in page.empty_hint.text()
    assert page.selected().needs_review
    assert page.confirm_button.isVisible() and "待核实" in page.details.toPlainText()
    shots(page, "carried_forward")
    first = page.selected().id
    click(page.confirm_button)
    assert page.selected().id == first and not page.selected().needs_review
    assert not page.confirm_button.isVisible()
    assert "46 个待核实" in page.empty_hint.text()


def test_home_screen_flags_the_old_catalogue_and_carries_it_forward(shots, qtbot, ctx):
    home = HomePage(ctx, today=TODAY)
    qtbot.addWidget(home)
    home.resize(1093, 560)
    home.show()
    assert home.outdated.isVisible()
    headings = [home.tree.topLevelItem(i).text(0) for i in range(home.tree.topLevelItemCount())]
    assert any(h.startswith("服务项目目录需要更新") for h in headings)
    shots(home, "home_outdated")
    click(home.outdated.carry_button)
    assert not home.outdated.isVisible()
    assert len(programmes(ctx, 2026)) == 47


def test_home_screen_opens_the_notice_import(qtbot, ctx):
    home = HomePage(ctx, today=TODAY)
    qtbot.addWidget(home)
    home.show()
    click(home.outdated.import_button)
    dialog = home.import_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.paste.setPlainText(notice_2026())
    click(dialog.read_button)
    read_done(qtbot, dialog)
    click(dialog.import_button)
    qtbot.waitUntil(lambda: not home.outdated.isVisible())


def test_new_programme_defaults_to_this_year_and_takes_the_window_once(
    shots, qtbot, ctx, page, type_text
):
    seen = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ProgrammeDialog)
        seen["year"] = dialog.year.value()
        fits_small_screen(dialog)
        type_text(dialog.name, "职工合唱辅导")
        dialog.start_month.setCurrentIndex(dialog.start_month.findData(3))
        dialog.end_month.setCurrentIndex(dialog.end_month.findData(12))
        seen["made"] = dialog.time_window.text()
        dialog.time_window.clear()
        type_text(dialog.time_window, "9月—次年1月")
        seen["read"] = (dialog.start_month.currentData(), dialog.end_month.currentData())
        shots(dialog, "programme_dialog")
        click(dialog.save_button)

    QTimer.singleShot(0, fill)
    click(page.add_button)
    assert seen["year"] == TODAY.year
    assert seen["made"] == "3月—12月"
    assert seen["read"] == (9, 1)
    saved = programmes(ctx, TODAY.year)
    assert [(p.name, p.time_window, p.window_start_month, p.window_end_month) for p in saved] == [
        ("职工合唱辅导", "9月—次年1月", 9, 1)
    ]
