"""A new year in the real main window at the smallest screen: the home page says the catalogue is
old → this year's notice pasted, previewed and imported → 用此项目申请 on this year's 身边 → the
application's latest submission date counts that year's lead time (20 working days), not 2023's 15."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from unionapp.applications.rules import application_deadline
from unionapp.calendar_store import work_calendar
from unionapp.catalogue.query import list_programmes
from unionapp.models import Application
from unionapp.storage.context import open_context
from unionapp.storage.paths import resolve_paths
from unionapp.ui.main_window import MainWindow
from unionapp.union import update_union

NOTICE_2023 = Path(__file__).parent.parent / "catalogue" / "notice" / "data" / "notice_2023_ocr.txt"

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_a_new_years_notice_brings_its_rules_to_the_application(
    qtbot: Any, data_dir: Path, type_text: Any
) -> None:
    year = date.today().year
    notice = NOTICE_2023.read_text(encoding="utf-8").replace("2023", str(year))
    notice = notice.replace("提前 15 个工作日", "提前 20 个工作日")
    first = open_context(data_dir)
    with first.session() as session:
        update_union(session, name="北京市某公司工会", contact="李明", phone="010-65116642")
    first.close()
    window = MainWindow(resolve_paths(data_dir))
    qtbot.addWidget(window)
    window.resize(1093, 614)
    window.show()
    assert window.load()

    # -- the home page says the catalogue is 2023's, and opens the notice import ------------------
    home = window.show_section("home")
    assert home.outdated.isVisible() and "2023" in home.outdated.label.text()
    click(qtbot, home.outdated.import_button)
    dialog = home.import_dialog
    assert dialog is not None
    dialog.paste.setFocus()
    dialog.paste.setPlainText(notice)  # pasted from the web page
    click(qtbot, dialog.read_button)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)
    assert f"{year}年还没有目录" in dialog.summary.text()
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: not home.outdated.isVisible())

    # -- this year's 身边 in the catalogue, “用此项目申请” --------------------------------------
    catalogue = window.show_section("catalogue")
    assert catalogue.year.currentData() == year
    with window.ctx.session() as session:
        shenbian = next(
            p for p in list_programmes(session, year=year) if p.name == f"{year}“身边”文化助推活动"
        )
    assert shenbian.rules["lead_workdays"] == 20
    assert catalogue.select_programme(shenbian.id)
    applications = window.pages["applications"]
    qtbot.waitUntil(lambda: applications._catalogue_connected)
    click(qtbot, catalogue.apply_button)
    editor = next(iter(applications.editors.values()))
    qtbot.waitExposed(editor)

    # -- the service date typed: the deadline counts 20 working days back ---------------------------
    service_day = date.today() + timedelta(days=60)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.fields["contact_title"].setFocus()
    type_text(editor.fields["contact_title"], "工会主席")
    qtbot.keyClick(editor.fields["contact_title"], Qt.Key.Key_Tab)
    assert editor.focusWidget() is editor.service_time
    qtbot.keyClicks(editor.service_time, f"{service_day:%Y%m%d}1400")
    qtbot.keyClick(editor.service_time, Qt.Key.Key_Tab)
    assert editor.save()
    with window.ctx.session() as session:
        application = session.get(Application, editor.app_id)
        assert application.programme_id == shenbian.id and application.service_time is not None
        deadline = application_deadline(session, application)
        calendar = work_calendar(session)
    assert deadline is not None
    assert calendar.workdays_between(deadline.date, application.service_time.date()) == 20
    editor.close()
    window.close()
