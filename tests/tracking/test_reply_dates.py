"""Reply dates that make sense: 已完成 not before the confirmed date; a moved date recorded again."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest

from unionapp.applications.tracking import StatusChange, change_status, correct_entry, timeline
from unionapp.cli import main
from unionapp.errors import UserError
from unionapp.models import Application


def _scheduled(ctx: Any, new_app: Callable[..., int]) -> int:
    """A hand-typed application for 2026-12-22 14:00, confirmed by the provider for 2027-01-05."""
    app_id = new_app(key=None, service_time=datetime(2026, 12, 22, 14), status="submitted",
                     on=date(2026, 11, 20))  # fmt: skip
    with ctx.session() as session:
        change_status(
            session,
            app_id,
            StatusChange("scheduled", date(2026, 11, 25), scheduled_at=datetime(2027, 1, 5, 9)),
        )
    return app_id


def test_done_before_the_confirmed_date_is_refused(ctx: Any, new_app: Callable[..., int]) -> None:
    app_id = _scheduled(ctx, new_app)
    with pytest.raises(UserError) as raised, ctx.session() as session:
        change_status(session, app_id, StatusChange("done", date(2026, 11, 30), attendance=40))
    message = str(raised.value)
    assert "2027-01-05" in message and "2026-11-30" in message
    assert "请先记录新的排期" in message
    with ctx.session() as session:
        assert session.get(Application, app_id).status == "scheduled"
        assert [e.status for e in timeline(session, app_id)] == ["submitted", "scheduled"]
        # on the confirmed day itself it is fine
        change_status(session, app_id, StatusChange("done", date(2027, 1, 5), attendance=40))


def test_a_moved_date_is_recorded_again_then_done(ctx: Any, new_app: Callable[..., int]) -> None:
    app_id = _scheduled(ctx, new_app)
    with ctx.session() as session:
        change_status(
            session,
            app_id,
            StatusChange("scheduled", date(2026, 11, 28), scheduled_at=datetime(2026, 11, 30, 9)),
        )
        change_status(session, app_id, StatusChange("done", date(2026, 11, 30), attendance=40))
        application = session.get(Application, app_id)
        assert application.scheduled_at == datetime(2026, 11, 30, 9)
        assert application.service_time == datetime(2026, 12, 22, 14)  # the requested time kept
        assert [e.status for e in timeline(session, app_id)] == [
            "submitted",
            "scheduled",
            "scheduled",
            "done",
        ]


def test_a_correction_cannot_date_done_before_the_service(
    ctx: Any, new_app: Callable[..., int]
) -> None:
    app_id = _scheduled(ctx, new_app)
    with ctx.session() as session:
        entry = change_status(session, app_id, StatusChange("done", date(2027, 1, 5)))
        with pytest.raises(UserError, match="2027-01-05"):
            correct_entry(session, entry.id, date=date(2027, 1, 4))


def test_cli_refuses_done_before_the_confirmed_date_and_accepts_a_new_schedule(
    ctx: Any, new_app: Callable[..., int], capsys: pytest.CaptureFixture[str]
) -> None:
    app_id = _scheduled(ctx, new_app)
    ctx.close()
    base = ["--data-dir", str(ctx.paths.root), "application"]
    done = ["reply", str(app_id), "--status", "done", "--date", "2026-11-30", "--attendance", "40"]
    assert main([*base, *done]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "2027-01-05" in err and "2026-11-30" in err and "请先记录新的排期" in err
    moved = ["reply", str(app_id), "--status", "scheduled", "--date", "2026-11-28",
             "--scheduled", "2026-11-30T09:00"]  # fmt: skip
    assert main([*base, *moved]) == 0
    assert main([*base, *done]) == 0
    capsys.readouterr()
    assert main([*base, "show", str(app_id), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["status"] == "done"
    assert (data["service_time"], data["scheduled_at"]) == ("2026-12-22T14:00", "2026-11-30T09:00")
    assert main([*base, "show", str(app_id)]) == 0
    assert (
        "服务时间：2026-11-30 09:00（已确认；原申请 2026-12-22 14:00）" in capsys.readouterr().out
    )
    assert main([*base, "list"]) == 0
    assert "2026-11-30 09:00（已确认；原申请 2026-12-22 14:00）" in capsys.readouterr().out


def test_cli_show_gives_the_general_deadline_of_a_hand_typed_draft(
    ctx: Any, new_app: Callable[..., int], capsys: pytest.CaptureFixture[str]
) -> None:
    """The draft of the issue: typed in by hand for 2026-12-22, and a programme-less JSON."""
    app_id = new_app(key=None, service_time=datetime(2026, 12, 22, 14), on=date(2026, 11, 20))
    ctx.close()
    base = ["--data-dir", str(ctx.paths.root)]
    assert main([*base, "application", "show", str(app_id), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    # 15 working days before Tue 2026-12-22 (the service day not counted): Tue 2026-12-01
    assert (data["deadline"], data["deadline_basis"]) == ("2026-12-01", "default")
    assert main([*base, "application", "show", str(app_id)]) == 0
    assert "最晚报送日期：2026-12-01（按通知一般要求）" in capsys.readouterr().out
    assert main([*base, "application", "list", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["deadline"], row["deadline_basis"]) == ("2026-12-01", "default")
    # due within 3 working days on 2026-11-26: on the home screen and in ``todo``
    assert main([*base, "todo", "--today", "2026-11-26", "--json"]) == 0
    [item] = [i for i in json.loads(capsys.readouterr().out) if i["kind"] == "deadline"]
    assert (item["application_id"], item["date"], item["deadline_basis"]) == (
        app_id,
        "2026-12-01",
        "default",
    )
    # once sent, no deadline item any more
    assert main([*base, "application", "submit", str(app_id), "--date", "2026-11-27",
                 "--via", "电子邮件"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main([*base, "todo", "--today", "2026-11-30", "--json"]) == 0
    assert not [i for i in json.loads(capsys.readouterr().out) if i["kind"] == "deadline"]
