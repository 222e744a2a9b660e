"""The notice's rules for an application, as warnings that never block saving or printing.

Each programme carries its rules (lead working days, applications per union per year, minimum
participants, time window). A rule the programme does not state is not checked, except the lead
time: every application with a service time has a latest submission date, from its programme's
lead time or else from the notice's general rule (setting ``applications.default_lead_workdays``,
15 working days). Deadline warnings concern unsent applications only. Rule ids:
``lead_time``, ``yearly_limit``, ``min_participants``, ``outside_window``, ``deadline_estimate``;
each warning names the Application column it concerns, so the editor can show it beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from sqlmodel import Session, col, select

from unionapp.applications.participants import participant_total
from unionapp.applications.tracking import UNSENT_STATUSES
from unionapp.applications.warnings import Warning, text_args
from unionapp.calendar_store import work_calendar
from unionapp.errors import UserError
from unionapp.models import Application, Programme
from unionapp.storage.settings import get_setting, set_setting
from unionapp.workcal import CalendarSource, WorkCalendar, estimate_hint

DEFAULT_LEAD_KEY = "applications.default_lead_workdays"
MAX_LEAD_WORKDAYS = 60
DeadlineBasis = Literal["programme", "default"]

NOT_COUNTED = frozenset({"declined", "withdrawn"})
"""Statuses that do not use up a programme's yearly allowance."""


def programme_of(session: Session, application: Application) -> Programme | None:
    if application.programme_id is None:
        return None
    return session.get(Programme, application.programme_id)


@dataclass(frozen=True)
class SubmissionDeadline:
    """The latest submission date, the calendar the count relied on, and where the lead time
    came from: the programme (``programme``) or the notice's general rule (``default``)."""

    date: date
    calendar: CalendarSource
    basis: DeadlineBasis
    workdays: int


def default_lead_workdays(session: Session) -> int:
    """The notice's general lead time in working days (a setting, 15 unless changed)."""
    return int(get_setting(session, DEFAULT_LEAD_KEY))


def set_default_lead_workdays(session: Session, workdays: int) -> None:
    """Change the general lead time; outside 1–60 working days is refused."""
    if not 1 <= workdays <= MAX_LEAD_WORKDAYS:
        raise UserError(
            f"提前报送的工作日数应在 1—{MAX_LEAD_WORKDAYS} 之间：{workdays}（通知的一般要求是 15）"
        )
    set_setting(session, DEFAULT_LEAD_KEY, workdays)


def application_deadline(
    session: Session, application: Application, calendar: WorkCalendar | None = None
) -> SubmissionDeadline | None:
    """The latest submission date: the lead working days counted back from the service date.

    The programme's lead time where it states one, else the general rule; None only without
    a service time.
    """
    if application.service_time is None:
        return None
    programme = programme_of(session, application)
    if programme is not None and programme.lead_workdays:
        workdays, basis = programme.lead_workdays, "programme"
    else:
        workdays, basis = default_lead_workdays(session), "default"
    calendar = calendar or work_calendar(session)
    deadline = calendar.latest_submission(application.service_time.date(), workdays)
    return SubmissionDeadline(deadline.date, deadline.calendar, basis, workdays)  # type: ignore[arg-type]


def deadline_json(session: Session, application: Application) -> dict[str, str | None]:
    """``deadline`` (ISO date or None) and ``deadline_basis`` (programme, default or None)."""
    deadline = application_deadline(session, application)
    return {
        "deadline": deadline.date.isoformat() if deadline else None,
        "deadline_basis": deadline.basis if deadline else None,
    }


def rule_warnings(
    session: Session, application: Application, *, today: date | None = None
) -> list[Warning]:
    """Every rule that the application breaks: the lead time (while unsent), then the rules
    of its programme."""
    today = today or date.today()
    warnings: list[Warning] = []
    if application.status in UNSENT_STATUSES:
        calendar = work_calendar(session)
        deadline = application_deadline(session, application, calendar)
        if deadline is not None:
            warnings += _lead_time(deadline, today)
            if deadline.calendar == "estimate":
                assert application.service_time is not None
                warnings.append(
                    _estimate_warning(calendar, deadline.date, application.service_time.date())
                )
    programme = programme_of(session, application)
    if programme is None:
        return warnings
    warnings += _yearly_limit(session, application, programme)
    warnings += _min_participants(session, application, programme)
    warnings += _outside_window(application, programme)
    return warnings


def _estimate_warning(calendar: WorkCalendar, deadline: date, service_date: date) -> Warning:
    """The latest submission date rests on weekends only; names the first year without data."""
    message = f"最晚报送日期 {deadline} 是估算。"
    for year in range(min(deadline, service_date).year, max(deadline, service_date).year + 1):
        if calendar.source_for_year(year) == "estimate":
            message += estimate_hint(year)
            return Warning(
                "deadline_estimate",
                "service_time",
                message,
                text_args(deadline=deadline, year=year),
            )
    return Warning("deadline_estimate", "service_time", message, text_args(deadline=deadline))


def _lead_time(deadline: SubmissionDeadline, today: date) -> list[Warning]:
    """An unsent application whose latest submission date has passed."""
    if today <= deadline.date:
        return []
    lead = deadline.workdays
    if deadline.basis == "default":
        return [
            Warning(
                "lead_time",
                "service_time",
                f"按通知一般要求须提前{lead}个工作日报送，最晚 {deadline.date} 报送，"
                "今天已过截止日期；请与承办单位联系或调整申请服务时间。",
                text_args(lead=lead, deadline=deadline.date, basis="default"),
            )
        ]
    return [
        Warning(
            "lead_time",
            "service_time",
            f"本项目须提前{lead}个工作日报送，最晚 {deadline.date} 报送，今天已过截止日期；"
            "请与承办单位联系或调整申请服务时间。",
            text_args(lead=lead, deadline=deadline.date),
        )
    ]


def application_year(application: Application, programme: Programme) -> int:
    """The year an application counts in: its service time's, else its programme's."""
    return application.service_time.year if application.service_time else programme.year


def _yearly_limit(
    session: Session, application: Application, programme: Programme
) -> list[Warning]:
    """More applications this year for the programme than a union may make (this database
    is one union); declined and withdrawn ones do not count."""
    limit = programme.yearly_limit
    if not limit or application.status in NOT_COUNTED:
        return []
    year = application_year(application, programme)
    others = session.exec(
        select(Application).where(
            Application.programme_id == programme.id,
            col(Application.status).not_in(NOT_COUNTED),
        )
    ).all()
    count = 1 + sum(
        1
        for other in others
        if other.id != application.id and application_year(other, programme) == year
    )
    if count <= limit:
        return []
    return [
        Warning(
            "yearly_limit",
            "service_item",
            f"本项目每个基层工会每年度限申请{limit}次，{year}年本工会已有{count}份有效申请"
            "（未通过和已撤回的不计）。",
            text_args(limit=limit, year=year, count=count),
        )
    ]


def _min_participants(
    session: Session, application: Application, programme: Programme
) -> list[Warning]:
    """Fewer participants than the programme needs (the list, else the number entered).

    The notice asks the minimum of offline coaching only: a service whose location says
    线上 (online) is not checked.
    """
    minimum = programme.min_participants
    if not minimum or "线上" in application.location:
        return []
    total = participant_total(session, application)
    if total is None:
        return [
            Warning(
                "min_participants",
                "participant_count",
                f"本项目线下活动需{minimum}名以上工会会员参加，尚未填写参加人数或选择参加会员。",
                text_args(minimum=minimum),
            )
        ]
    if total >= minimum:
        return []
    return [
        Warning(
            "min_participants",
            "participant_count",
            f"本项目线下活动需{minimum}名以上工会会员参加，目前只有{total}人。",
            text_args(minimum=minimum, total=total),
        )
    ]


def _outside_window(application: Application, programme: Programme) -> list[Warning]:
    """A service time outside the programme's year or its months (e.g. 3月—12月)."""
    when = application.service_time
    start, end = programme.window_start_month, programme.window_end_month
    if when is None or start is None or end is None:
        return []
    in_months = (
        start <= when.month <= end if start <= end else (when.month >= start or when.month <= end)
    )
    if when.year == programme.year and in_months:
        return []
    window = programme.time_window or f"{start}月—{end}月"
    return [
        Warning(
            "outside_window",
            "service_time",
            f"申请服务时间 {when:%Y-%m-%d} 不在本项目的服务时间（{programme.year}年 {window}）内。",
            text_args(date=f"{when:%Y-%m-%d}", year=programme.year, window=window),
        )
    ]
