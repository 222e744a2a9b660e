"""The status machine (every legal and illegal step), the timeline, corrections, attachments."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from tracking_helpers import PATH_TO, change_for

from unionapp.applications.attachments import add_attachment, attachment_content
from unionapp.applications.service import application_json, update_application
from unionapp.applications.statuses import STATUS_LABELS
from unionapp.applications.tracking import (
    TRANSITIONS,
    StatusChange,
    add_note,
    change_status,
    correct_entry,
    submitted_on,
    timeline_json,
)
from unionapp.cli import main
from unionapp.errors import UserError
from unionapp.models import Application

DAY = date(2023, 4, 12)
LEGAL = [(a, b) for a, nexts in TRANSITIONS.items() for b in nexts]
ILLEGAL = [(a, b) for a in STATUS_LABELS for b in STATUS_LABELS if b not in TRANSITIONS[a]]


def test_the_machine_is_as_the_issue_says() -> None:
    assert set(TRANSITIONS) == set(STATUS_LABELS)
    assert {"printed", "submitted"} <= set(TRANSITIONS["draft"])
    assert "submitted" in TRANSITIONS["printed"]
    assert TRANSITIONS["done"] == ()
    assert len(LEGAL) + len(ILLEGAL) == len(STATUS_LABELS) ** 2


@pytest.mark.parametrize("start", list(TRANSITIONS))
def test_every_legal_step_is_recorded(start: str, ctx: Any, new_app: Callable[..., int]) -> None:
    for target in TRANSITIONS[start]:
        app_id = new_app(status=start, on=DAY)
        with ctx.session() as session:
            change_status(session, app_id, change_for(target, date(2023, 5, 10)))
        with ctx.session() as session:
            application = session.get(Application, app_id)
            assert application.status == target
            entries = timeline_json(session, app_id)
        assert len(entries) == len(PATH_TO[start]) + 1
        assert entries[-1]["status"] == target and entries[-1]["from_status"] == start
        assert entries[-1]["date"] == "2023-05-10"


@pytest.mark.parametrize("start", list(TRANSITIONS))
def test_every_illegal_step_is_refused_naming_both_states(
    start: str, ctx: Any, new_app: Callable[..., int]
) -> None:
    app_id = new_app(status=start, on=DAY)
    for target in [b for a, b in ILLEGAL if a == start]:
        with pytest.raises(UserError) as raised, ctx.session() as session:
            change_status(session, app_id, change_for(target, DAY))
        message = str(raised.value)
        for status in (start, target):
            assert status in message and STATUS_LABELS[status] in message
    with ctx.session() as session:
        assert session.get(Application, app_id).status == start
        assert len(timeline_json(session, app_id)) == len(PATH_TO[start])


def test_cli_done_to_draft_exits_1_naming_both_states(
    ctx: Any, new_app: Callable[..., int], capsys: pytest.CaptureFixture[str]
) -> None:
    app_id = new_app(status="done")
    ctx.close()
    argv = ["--data-dir", str(ctx.paths.root), "application", "reply", str(app_id)]
    assert main([*argv, "--status", "draft", "--date", "2023-06-01"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert all(word in err for word in ("done", "已完成", "draft", "草稿"))


def test_cli_submit_and_replies_through_to_done(
    ctx: Any, new_app: Callable[..., int], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    app_id = new_app()
    ctx.close()
    scan = tmp_path / "盖章申请表.pdf"
    scan.write_bytes(b"%PDF-1.4 stamped form")
    base = ["--data-dir", str(ctx.paths.root), "application"]
    steps = [
        [
            "submit",
            str(app_id),
            "--date",
            "2023-04-12",
            "--via",
            "现场",
            "--to",
            "吴镝",
            "--attach",
            str(scan),
        ],
        [
            "reply",
            str(app_id),
            "--status",
            "accepted",
            "--date",
            "2023-04-18",
            "--project-no",
            "SB-7",
        ],
        [
            "reply",
            str(app_id),
            "--status",
            "scheduled",
            "--date",
            "2023-04-20",
            "--scheduled",
            "2023-05-08T14:00",
        ],
        [
            "reply",
            str(app_id),
            "--status",
            "done",
            "--date",
            "2023-05-08",
            "--attendance",
            "42",
            "--note",
            "演出顺利",
        ],
    ]
    for step in steps:
        assert main([*base, *step]) == 0, capsys.readouterr().err
    capsys.readouterr()
    assert main([*base, "show", str(app_id), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["status"] == "done"
    assert data["deadline"] == "2023-04-14"
    assert data["project_no"] == "SB-7" and data["attendance"] == 42
    assert data["scheduled_at"] == "2023-05-08T14:00"
    assert [(t["date"], t["status"]) for t in data["timeline"]] == [
        ("2023-04-12", "submitted"),
        ("2023-04-18", "accepted"),
        ("2023-04-20", "scheduled"),
        ("2023-05-08", "done"),
    ]
    assert data["timeline"][-1]["note"] == "演出顺利"
    assert data["timeline"][0]["via"] == "现场" and data["timeline"][0]["to_whom"] == "吴镝"
    assert data["timeline"][0]["attachments"][0]["filename"] == "盖章申请表.pdf"


def test_cli_submit_refuses_an_unknown_via(
    ctx: Any, new_app: Callable[..., int], capsys: pytest.CaptureFixture[str]
) -> None:
    app_id = new_app()
    ctx.close()
    argv = ["--data-dir", str(ctx.paths.root), "application", "submit", str(app_id)]
    with pytest.raises(SystemExit) as raised:
        main([*argv, "--date", "2023-04-12", "--via", "快递"])
    assert raised.value.code == 2


def test_what_each_step_asks_for(ctx: Any, new_app: Callable[..., int]) -> None:
    submitted, accepted = new_app(), new_app(status="accepted")
    with pytest.raises(UserError, match="报送方式"), ctx.session() as session:
        change_status(session, submitted, StatusChange("submitted", DAY))
    with pytest.raises(UserError, match="服务日期和时间"), ctx.session() as session:
        change_status(session, accepted, StatusChange("scheduled", DAY))


def test_returned_keeps_the_sent_form_and_goes_back_to_editing(
    ctx: Any, new_app: Callable[..., int]
) -> None:
    app_id = new_app(status="returned", needs="原来的需求")
    with ctx.session() as session:
        entry = timeline_json(session, app_id)[-1]
        assert entry["status"] == "returned"
        assert entry["snapshot"]["needs"] == "原来的需求"
        assert entry["snapshot"]["service_time"] == "2023-05-08T14:00:00"
        assert submitted_on(session, app_id) is None
        update_application(session, app_id, {"needs": "改过的需求"})
        change_status(session, app_id, change_for("submitted", date(2023, 4, 13)))
        assert submitted_on(session, app_id) == date(2023, 4, 13)
        assert timeline_json(session, app_id)[1]["snapshot"]["needs"] == "原来的需求"


def test_a_correction_supersedes_and_keeps_the_old_entry(
    ctx: Any, new_app: Callable[..., int]
) -> None:
    app_id = new_app(status="scheduled")
    with ctx.session() as session:
        scheduled = next(e for e in timeline_json(session, app_id) if e["status"] == "scheduled")
        new = correct_entry(
            session, scheduled["id"], scheduled_at=datetime(2023, 5, 9, 9, 30), note="改期"
        )
        with pytest.raises(UserError, match="已被更正"):
            correct_entry(session, scheduled["id"], note="again")
        with pytest.raises(UserError, match="status"):
            correct_entry(session, new.id, status="done")
    with ctx.session() as session:
        entries = timeline_json(session, app_id)
        application = session.get(Application, app_id)
    old = next(e for e in entries if e["id"] == scheduled["id"])
    assert old["superseded_by"] == new.id
    assert old["scheduled_at"] == "2023-05-08T14:00"
    assert entries[-1]["scheduled_at"] == "2023-05-09T09:30" and entries[-1]["note"] == "改期"
    assert application.scheduled_at == datetime(2023, 5, 9, 9, 30)
    assert application.status == "scheduled"


def test_a_correction_of_the_submission_date_moves_the_lead_time_check(
    ctx: Any, new_app: Callable[..., int]
) -> None:
    app_id = new_app(status="submitted", on=date(2023, 4, 17))
    with ctx.session() as session:
        entry_id = timeline_json(session, app_id)[0]["id"]
        correct_entry(session, entry_id, date=date(2023, 4, 13))
        assert submitted_on(session, app_id) == date(2023, 4, 13)
        rules = [
            w["rule"]
            for w in application_json(session, session.get(Application, app_id))["warnings"]
        ]
    assert "lead_time" not in rules


def test_notes_do_not_change_the_status(ctx: Any, new_app: Callable[..., int]) -> None:
    app_id = new_app(status="submitted")
    with ctx.session() as session:
        add_note(session, app_id, date(2023, 4, 14), "电话确认已收到")
        with pytest.raises(UserError):
            add_note(session, app_id, date(2023, 4, 14), "  ")
        assert session.get(Application, app_id).status == "submitted"
        assert timeline_json(session, app_id)[-1]["status"] == ""


def test_attachments_are_stored_by_content_hash(
    ctx: Any, new_app: Callable[..., int], tmp_path: Path
) -> None:
    app_id = new_app()
    content = b"scanned reply"
    first = tmp_path / "回复.JPG"
    first.write_bytes(content)
    again = tmp_path / "copy.jpg"
    again.write_bytes(content)
    with ctx.session() as session:
        one = add_attachment(session, app_id, first, kind="reply")
        two = add_attachment(session, app_id, again)
        digest = hashlib.sha256(content).hexdigest()
        assert one.sha256 == two.sha256 == digest
        assert attachment_content(session, one) == content
        stored = session.connection().exec_driver_sql("SELECT sha256 FROM stored_file").all()
        assert [row[0] for row in stored] == [digest]  # one copy of the bytes
        assert not any(ctx.paths.attachments.iterdir())  # nothing outside the database
        with pytest.raises(UserError, match="找不到"):
            add_attachment(session, app_id, tmp_path / "missing.pdf")
