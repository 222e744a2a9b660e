"""Each of the notice's rules fires where it should and stays silent where it should not."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from unionapp.applications.participants import (
    list_participants,
    set_participant_count,
    set_participants,
)
from unionapp.applications.rules import rule_warnings
from unionapp.applications.service import application_json
from unionapp.applications.tracking import submit
from unionapp.models import Application, Member
from unionapp.storage.settings import set_setting

BEFORE_DEADLINE = date(2023, 4, 10)  # the deadline for 2023-05-08 is 2023-04-14
AFTER_DEADLINE = date(2023, 4, 17)


def rules_of(ctx: Any, app_id: int, today: date = BEFORE_DEADLINE) -> dict[str, str]:
    """rule id → field of the warnings the application gets."""
    with ctx.session() as session:
        application = session.get(Application, app_id)
        return {w.rule: w.field for w in rule_warnings(session, application, today=today)}


def test_a_timely_application_has_no_rule_warnings(ctx: Any, new_app: Callable[..., int]) -> None:
    assert rules_of(ctx, new_app()) == {}


def test_lead_time_fires_once_the_deadline_has_passed_unsent(
    ctx: Any, new_app: Callable[..., int]
) -> None:
    app_id = new_app()
    assert "lead_time" not in rules_of(ctx, app_id, today=date(2023, 4, 14))
    assert rules_of(ctx, app_id, today=AFTER_DEADLINE) == {"lead_time": "service_time"}


def test_no_deadline_warning_once_the_form_is_sent(ctx: Any, new_app: Callable[..., int]) -> None:
    unsent, late = new_app(), new_app()
    with ctx.session() as session:
        submit(session, late, date(2023, 4, 17), "邮寄")  # after the 04-14 deadline
    assert rules_of(ctx, unsent, today=date(2023, 5, 1))["lead_time"] == "service_time"
    assert "lead_time" not in rules_of(ctx, late, today=date(2023, 5, 1))
    for status in ("accepted", "scheduled", "done", "declined", "withdrawn"):
        app_id = new_app(status=status)
        assert "lead_time" not in rules_of(ctx, app_id, today=date(2023, 5, 1)), status


def test_a_programme_without_a_lead_time_follows_the_general_rule(
    ctx: Any, new_app: Callable[..., int]
) -> None:
    app_id = new_app(key="a1-3")  # 研修班: uses the form, states no lead time
    assert rules_of(ctx, app_id, today=date(2023, 4, 14)) == {}  # the last day: 15 workdays
    assert rules_of(ctx, app_id, today=date(2023, 4, 17)) == {"lead_time": "service_time"}
    with ctx.session() as session:
        [warning] = rule_warnings(
            session, session.get(Application, app_id), today=date(2023, 4, 17)
        )
        data = application_json(session, session.get(Application, app_id))
    assert warning.message.startswith("按通知一般要求须提前15个工作日报送，最晚 2023-04-14 报送")
    assert (data["deadline"], data["deadline_basis"]) == ("2023-04-14", "default")


def test_a_hand_typed_draft_has_the_general_deadline_and_a_setting_changes_it(
    ctx: Any, new_app: Callable[..., int]
) -> None:
    app_id = new_app(key=None)  # no catalogue programme: provider and item typed in
    with ctx.session() as session:
        data = application_json(session, session.get(Application, app_id))
        assert (data["deadline"], data["deadline_basis"]) == ("2023-04-14", "default")
        set_setting(session, "applications.default_lead_workdays", 10)
    with ctx.session() as session:
        data = application_json(session, session.get(Application, app_id))
    assert (data["deadline"], data["deadline_basis"]) == ("2023-04-21", "default")


def test_yearly_limit_counts_this_union_s_valid_applications(
    ctx: Any, new_app: Callable[..., int]
) -> None:
    first = new_app()
    assert "yearly_limit" not in rules_of(ctx, first)
    second = new_app(service_time=datetime(2023, 9, 5, 9, 0))
    assert rules_of(ctx, first)["yearly_limit"] == "service_item"
    assert "yearly_limit" in rules_of(ctx, second)


def test_yearly_limit_ignores_declined_withdrawn_and_other_years(
    ctx: Any, new_app: Callable[..., int]
) -> None:
    new_app(status="declined")
    new_app(status="withdrawn")
    current = new_app()
    assert "yearly_limit" not in rules_of(ctx, current)
    # another year's request under the same programme does not count for 2023 either
    new_app(service_time=datetime(2024, 5, 8, 9, 0))
    assert "yearly_limit" not in rules_of(ctx, current)
    # and a withdrawn application itself is never warned
    withdrawn = new_app(status="withdrawn")
    new_app()
    assert "yearly_limit" not in rules_of(ctx, withdrawn)


def _members(ctx: Any, count: int) -> list[int]:
    with ctx.session() as session:
        members = [Member(name=f"会员{i:02d}", sort_key=f"{i:02d}") for i in range(count)]
        session.add_all(members)
        session.flush()
        return [m.id for m in members if m.id is not None]


def test_min_participants_uses_the_list_else_the_number(
    ctx: Any, new_app: Callable[..., int]
) -> None:
    app_id = new_app(key="s2-2-3")  # offline coaching: 20 or more members
    assert rules_of(ctx, app_id) == {"min_participants": "participant_count"}  # nothing entered
    with ctx.session() as session:
        set_participant_count(session, app_id, 19)
    assert "min_participants" in rules_of(ctx, app_id)
    with ctx.session() as session:
        set_participant_count(session, app_id, 20)
    assert rules_of(ctx, app_id) == {}
    # a list, when kept, is what counts: 5 listed beat the 20 typed in
    member_ids = _members(ctx, 20)
    with ctx.session() as session:
        set_participants(session, app_id, member_ids[:5])
    assert "min_participants" in rules_of(ctx, app_id)
    with ctx.session() as session:
        listed = set_participants(session, app_id, member_ids)
        assert [m.name for m in listed] == [f"会员{i:02d}" for i in range(20)]
        assert len(list_participants(session, app_id)) == 20
    assert rules_of(ctx, app_id) == {}


def test_min_participants_is_not_asked_of_online_coaching(
    ctx: Any, new_app: Callable[..., int]
) -> None:
    app_id = new_app(key="s2-2-2", location="线上（腾讯会议）")
    assert rules_of(ctx, app_id) == {}


def test_outside_window_fires_for_months_and_years_outside(
    ctx: Any, new_app: Callable[..., int]
) -> None:
    # 身边: 3月—12月 of 2023
    assert "outside_window" not in rules_of(ctx, new_app(service_time=datetime(2023, 3, 31, 9)))
    february = new_app(service_time=datetime(2023, 2, 20, 9))
    assert rules_of(ctx, february, today=date(2023, 1, 3))["outside_window"] == "service_time"
    next_year = new_app(service_time=datetime(2024, 5, 8, 9))
    assert "outside_window" in rules_of(ctx, next_year)


def test_no_programme_no_rules_and_no_service_time_no_deadline(
    ctx: Any, new_app: Callable[..., int]
) -> None:
    assert rules_of(ctx, new_app(key=None)) == {}
    app_id = new_app(service_time=None)
    with ctx.session() as session:
        data = application_json(session, session.get(Application, app_id))
    assert data["deadline"] is None


def test_rule_warnings_reach_application_json(ctx: Any, new_app: Callable[..., int]) -> None:
    new_app()
    app_id = new_app()
    with ctx.session() as session:
        data = application_json(session, session.get(Application, app_id))
    rules = [w["rule"] for w in data["warnings"]]
    assert "yearly_limit" in rules
