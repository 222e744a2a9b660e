"""Warnings, to-do items and the calendar hint from the core, in the UI language.

The Chinese templates in ``unionapp.ui.common.labels`` must give exactly the core's messages (every rule
and every kind is made by the real core functions on a prepared database); with the English
translation installed, the editor's warnings and the home page speak English.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from PySide6.QtWidgets import QApplication
from sqlmodel import Session, delete, select

from unionapp.applications.checks import application_warnings, field_warnings
from unionapp.applications.participants import set_participant_count
from unionapp.applications.rules import _estimate_warning, rule_warnings
from unionapp.applications.service import create_application, list_applications
from unionapp.applications.tracking import StatusChange, change_status, submit
from unionapp.applications.warnings import Warning
from unionapp.calendar_store import work_calendar
from unionapp.models import Application, Programme
from unionapp.todo import TodoItem, todo_items
from unionapp.ui.common.labels import (
    ESTIMATE_SOURCE,
    TODO_SOURCES,
    WARNING_SOURCES,
    TemplateKey,
    estimate_text,
    todo_fields,
    todo_text,
    warning_fields,
    warning_text,
)
from unionapp.workcal import estimate_hint

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")
QUOTED = re.compile(r"“[^“”]*”|《[^《》]*》|「[^「」]*」")
"""Data (programme names, places, typed values) is quoted and may stay Chinese; programme
names hold quotes of their own, so the innermost quotes go first."""

TODAY = date(2023, 4, 12)  # a1-2 (身边): 15 working days' lead, one application a year


def _programme(session: Session, key: str) -> int:
    found = session.exec(select(Programme).where(Programme.key == key, Programme.year == 2023))
    programme_id = found.one().id
    assert programme_id is not None
    return programme_id


def _new(session: Session, key: str | None, when: datetime | None, **values: Any) -> int:
    programme_id = _programme(session, key) if key else None
    values = {"service_time": when, "service_item": "送文化", **values}
    application = create_application(session, values, programme_id=programme_id, today=TODAY)
    assert application.id is not None
    return application.id


def _programme_2027(session: Session) -> int:
    """A 2027 programme: no holiday data for 2027, so its deadlines are estimates."""
    found = session.exec(select(Programme).where(Programme.year == 2027)).first()
    programme = found or Programme(
        year=2027,
        key="x",
        name="2027“身边”文化助推活动",
        category="普惠服务",
        window_start_month=3,
        window_end_month=12,
        lead_workdays=15,
        uses_form=True,
    )
    session.add(programme)
    session.flush()
    assert programme.id is not None
    return programme.id


def _schedule(session: Session, app_id: int, moment: datetime) -> None:
    submit(session, app_id, date(2023, 4, 3), "现场")
    change_status(session, app_id, StatusChange("scheduled", date(2023, 4, 6), scheduled_at=moment))


def _key(rule: str, args: tuple[tuple[str, str], ...]) -> TemplateKey:
    return rule, frozenset(name for name, _ in args)


def _all_warnings(ctx: Any) -> list[Warning]:
    """At least one warning of every rule and wording, from the real checks."""
    with ctx.session() as session:
        draft = Application(status="draft", service_time=datetime(2020, 1, 1), phone="电话")
        draft.contact = "王\U00030000"
        warnings = field_warnings(draft)
        late, second = (_new(session, "a1-2", datetime(2023, 5, 8, 14)) for _ in range(2))
        submit(session, late, date(2023, 4, 17), "邮寄")
        february = _new(session, "a1-2", datetime(2023, 2, 20, 9))
        few, none = (_new(session, "s2-2-3", datetime(2023, 5, 8, 14)) for _ in range(2))
        by_hand = _new(session, None, datetime(2023, 5, 8, 14))  # the general 15 working days
        set_participant_count(session, few, 5)
        year_2027 = Application(
            programme_id=_programme_2027(session), service_time=datetime(2027, 5, 10, 9)
        )
        session.add(year_2027)
        session.flush()
        for app_id in (late, second, february, few, none, by_hand):
            application = session.get(Application, app_id)
            warnings += rule_warnings(session, application, today=date(2023, 4, 17))
        warnings += rule_warnings(session, year_2027, today=date(2027, 3, 1))
        # an estimate without a year lacking data: only the core's own helper can word it
        calendar = work_calendar(session)
        warnings.append(_estimate_warning(calendar, date(2023, 4, 14), date(2023, 5, 8)))
    return warnings


def test_chinese_warning_templates_give_the_core_messages(ctx: Any, qapp: QApplication) -> None:
    warnings = _all_warnings(ctx)
    assert {_key(w.rule, w.args) for w in warnings} == set(WARNING_SOURCES)
    for warning in warnings:
        source = WARNING_SOURCES[_key(warning.rule, warning.args)]
        assert source.format(**warning_fields(warning)) == warning.message
        assert warning_text(warning) == warning.message  # no translation installed: as is
    assert ESTIMATE_SOURCE.format(year=2027) == estimate_hint(2027) == estimate_text(2027)
    assert all(set(w.to_json()) == {"rule", "field", "message"} for w in warnings)


def _all_todo_items(ctx: Any) -> list[TodoItem]:
    """Every kind and wording of home-screen item, from the real ``todo_items``."""
    with ctx.session() as session:
        _new(session, "a1-2", datetime(2023, 5, 8, 14))  # deadline 04-14
        printed = _new(session, "a1-2", datetime(2023, 4, 20, 9))
        change_status(session, printed, StatusChange("printed", date(2023, 4, 10)))
        waiting = _new(session, "a1-2", datetime(2023, 6, 20, 9))
        submit(session, waiting, date(2023, 4, 3), "邮寄")
        _schedule(session, _new(session, None, None, location="工会活动室"), datetime(2023, 4, 18))
        _schedule(session, _new(session, None, None, service_item=""), datetime(2023, 4, 19))
        # moved by the provider: the requested time beside the confirmed one
        moved = _new(session, None, datetime(2023, 5, 8, 14), location="工会活动室")
        _schedule(session, moved, datetime(2023, 4, 17, 9))
        _schedule(session, _new(session, None, datetime(2023, 5, 9, 9)), datetime(2023, 4, 16, 9))
        session.add(
            Programme(
                year=2023,
                key="y",
                name="职工健步走",
                category="普惠服务",
                window_start_month=1,
                window_end_month=12,
                uses_form=True,
            )
        )
        application = Application(
            programme_id=_programme_2027(session),
            service_time=datetime(2027, 5, 10, 9),
            service_item="送文化",
        )
        session.add(application)
        session.flush()
        items = todo_items(session, TODAY) + todo_items(session, date(2023, 4, 14))
        items += todo_items(session, date(2027, 4, 19))
        items += todo_items(session, date(2028, 1, 10))  # the 2027 catalogue is outdated
    return items + _todo_items_without_a_catalogue(ctx)


def _todo_items_without_a_catalogue(ctx: Any) -> list[TodoItem]:
    with ctx.session() as session:
        nested = session.begin_nested()
        session.exec(delete(Programme))  # one statement: no version check per row
        items = todo_items(session, TODAY)
        nested.rollback()
    return items


def test_chinese_todo_templates_give_the_core_texts(ctx: Any, qapp: QApplication) -> None:
    items = _all_todo_items(ctx)
    assert {_key(i.kind, i.args) for i in items} == set(TODO_SOURCES)
    assert any("（按周末估算）" in i.text for i in items)
    assert any("（未填写服务项目）" in i.text for i in items)
    for item in items:
        source = TODO_SOURCES[_key(item.kind, item.args)]
        assert source.format(**todo_fields(item)) == item.text
        assert todo_text(item) == item.text
    assert all("args" not in item.to_json() for item in items)


def _unquoted(text: str) -> str:
    while (shorter := QUOTED.sub("", text)) != text:
        text = shorter
    return text


def _unquoted_cjk(texts: list[str]) -> list[str]:
    return [t for t in texts if CJK.search(_unquoted(t))]


def test_quoted_data_is_allowed_and_only_that() -> None:
    name = "““时代书签”第十九期研修班” is open (“3月—12月”)"
    assert _unquoted_cjk([name, "Application 3 “送文化”"]) == []
    assert _unquoted_cjk(["请填写“联系人”。", "“a” 申请"]) == ["请填写“联系人”。", "“a” 申请"]


def test_english_warnings_and_todo_items_keep_only_quoted_data_chinese(
    ctx: Any, english: None
) -> None:
    warnings = _all_warnings(ctx)
    texts = [warning_text(w) for w in warnings]
    assert "Please fill in “Service provider”." in texts
    assert _unquoted_cjk(texts) == []
    items = [todo_text(item) for item in _all_todo_items(ctx)]
    assert any(t.startswith("Application ") and "(estimated from weekends)" in t for t in items)
    assert _unquoted_cjk(items) == []
    assert "State Council" in estimate_text(2027) and not CJK.search(estimate_text(2027))


def test_english_editor_list_and_home_page(qtbot: Any, ctx: Any, english: None) -> None:
    from unionapp.ui.applications.application_editor import ApplicationEditor
    from unionapp.ui.applications.application_table import ApplicationTableModel
    from unionapp.ui.home.home_page import HomePage

    with ctx.session() as session:
        first = _new(
            session, "a1-2", datetime(2023, 5, 8, 14), phone="电话", contact="王\U00030000"
        )
        _new(session, "a1-2", datetime(2023, 5, 9, 14))
        _new(session, "s2-2-3", datetime(2023, 5, 8, 14))
    editor = ApplicationEditor(ctx, first)
    qtbot.addWidget(editor)
    with ctx.session() as session:
        expected = application_warnings(session, session.get(Application, first))
    assert {w.rule for w in expected} >= {"required", "phone", "glyph", "yearly_limit"}
    shown = [label.text() for label in editor.warning_labels.values() if not label.isHidden()]
    shown += [editor.other_warnings.text()] if not editor.other_warnings.isHidden() else []
    assert shown and _unquoted_cjk(shown) == []
    assert "does not look like a phone number" in editor.warning_text("phone")

    model = ApplicationTableModel()
    with ctx.session() as session:
        model.set_rows(list_applications(session))
    tips = [model.data(model.index(row, model.COL_WARNINGS), 3) for row in range(model.rowCount())]
    assert tips and all("⚠" in tip for tip in tips) and _unquoted_cjk(tips) == []

    page = HomePage(ctx, today=TODAY)
    qtbot.addWidget(page)
    lines = []
    for top in range(page.tree.topLevelItemCount()):
        group = page.tree.topLevelItem(top)
        lines.append(group.text(0))
        lines += [group.child(row).text(1) for row in range(group.childCount())]
    # the a1-2 drafts, and s2-2-3 (no lead time of its own: the general 15 working days)
    assert "Submission deadline near (3)" in lines
    assert any("(notice's general rule)" in line for line in lines)
    assert len(lines) > 2 and _unquoted_cjk(lines) == []


def test_english_clash_message_names_who_and_when(qtbot: Any, english: None) -> None:
    from PySide6.QtWidgets import QWidget
    from tests.windows.clash_answers import answer_clash

    from unionapp.clashes import Clash, LastChange
    from unionapp.ui.common.clash_dialog import ask_about_clashes

    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[str] = []
    answer_clash("Keep mine", asked)
    change = LastChange("chair1", datetime(2026, 3, 1, 9, 5))
    clash = Clash("contact", "主席", "干事")
    assert ask_about_clashes(parent, "t", change, [clash], {"contact": "Contact"}) is True
    assert asked[0].startswith("chair1 changed this record at 2026-03-01 09:05:00. You changed")
    assert "“Contact”: they changed it to “主席”, you to “干事”" in asked[0]
    assert _unquoted_cjk(asked) == []
    answer_clash("Don't save yet", asked)
    assert ask_about_clashes(parent, "t", LastChange(""), [clash], {}) is None
    assert asked[1].startswith("(unknown) changed this record. ")
