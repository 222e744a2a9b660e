"""The home-screen items for a prepared database and a fixed day (core and ``unionapp todo``)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from tracking_helpers import TODAY, programme_id

from unionapp.cli import main
from unionapp.storage.settings import set_setting
from unionapp.todo import todo_items


def test_home_screen_items(ctx: Any, prepared: dict[str, int]) -> None:
    with ctx.session() as session:
        items = todo_items(session, TODAY)
    summary = [(i.kind, i.date.isoformat(), i.application_id, i.programme_id) for i in items]
    with ctx.session() as session:
        online, offline = programme_id(session, "s2-2-2"), programme_id(session, "s2-2-3")
    assert summary == [
        ("deadline", "2023-03-23", prepared["general_rule"], None),
        ("deadline", "2023-03-29", prepared["overdue_deadline"], None),
        ("deadline", "2023-04-14", prepared["due_soon"], None),
        # sent 04-03; five working days later (04-05 was 清明) is 04-11
        ("reply_overdue", "2023-04-11", prepared["reply_late"], None),
        ("upcoming", "2023-04-18", prepared["soon"], None),
        # open all year, applied for by Attachment 3, nothing (valid) yet
        ("not_applied", "2023-12-31", None, online),
        ("not_applied", "2023-12-31", None, offline),
    ]
    assert "已过" in items[0].text and "（按通知一般要求）" in items[0].text
    assert "已过" in items[1].text and "一般要求" not in items[1].text
    assert "还剩 2 个工作日" in items[2].text
    assert [i.deadline_basis for i in items[:3]] == ["default", "programme", "programme"]


def test_reply_wait_follows_the_setting(ctx: Any, prepared: dict[str, int]) -> None:
    with ctx.session() as session:
        set_setting(session, "tracking.reply_overdue_workdays", 7)
        kinds = [i.kind for i in todo_items(session, TODAY)]
    assert "reply_overdue" not in kinds


def test_deadline_reached_today_and_after_it(ctx: Any, prepared: dict[str, int]) -> None:
    with ctx.session() as session:
        on_the_day = [i for i in todo_items(session, date(2023, 4, 14)) if i.kind == "deadline"]
        next_year = todo_items(session, date(2024, 4, 12))
    assert "最后报送日" in on_the_day[-1].text
    # nothing is upcoming and there is no 2024 catalogue (which is flagged); unsent and
    # unanswered ones remain
    assert {i.kind for i in next_year} == {"deadline", "reply_overdue", "catalogue_outdated"}


def test_todo_command(
    ctx: Any, prepared: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    ctx.close()
    argv = ["--data-dir", str(ctx.paths.root), "todo", "--today", TODAY.isoformat()]
    assert main([*argv, "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [(i["kind"], i["application_id"], i["date"]) for i in items][:5] == [
        ("deadline", prepared["general_rule"], "2023-03-23"),
        ("deadline", prepared["overdue_deadline"], "2023-03-29"),
        ("deadline", prepared["due_soon"], "2023-04-14"),
        ("reply_overdue", prepared["reply_late"], "2023-04-11"),
        ("upcoming", prepared["soon"], "2023-04-18"),
    ]
    assert set(items[0]) == {
        "kind", "application_id", "programme_id", "date", "text", "deadline_basis"
    }  # fmt: skip
    assert items[0]["deadline_basis"] == "default"
    assert "deadline_basis" not in items[3]
    assert main(argv) == 0
    assert "报送截止临近" in capsys.readouterr().out
    assert main([*argv[:-1], "2023-13-01"]) == 1
