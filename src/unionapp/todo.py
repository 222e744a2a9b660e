"""What needs doing (the home screen and ``unionapp todo``).

Five kinds of item, each dated and pointing at an application or a programme:
``deadline`` — an unsent application whose latest submission date is within 3 working days or
passed (from its programme's lead time, else the notice's general 15 working days);
``reply_overdue`` — sent, no reply after N working days (setting
``tracking.reply_overdue_workdays``); ``upcoming`` — a service scheduled in the next 7 days;
``not_applied`` — a programme applied for with Attachment 3 whose window is open now and that
has no application yet; ``catalogue_outdated`` — the newest catalogue is of an earlier year, with
the two ways forward in ``actions`` (import this year's notice, or carry the old one forward).
"""

from __future__ import annotations

import calendar as month_calendar
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session, col, select

from unionapp.applications.rules import NOT_COUNTED, application_deadline
from unionapp.applications.tracking import UNSENT_STATUSES, submitted_on
from unionapp.applications.warnings import Args, text_args
from unionapp.calendar_store import work_calendar
from unionapp.catalogue.new_year import catalogue_age
from unionapp.models import Application, Programme
from unionapp.storage.settings import get_setting

DEADLINE_SOON_WORKDAYS = 3
UPCOMING_DAYS = 7
KINDS: dict[str, str] = {
    "deadline": "报送截止临近",
    "reply_overdue": "等待回复超期",
    "upcoming": "即将开展的服务",
    "not_applied": "尚未申请的项目",
    "catalogue_outdated": "服务项目目录需要更新",
}
"""Item kind → heading on the home screen, in the order shown."""

ACTIONS: dict[str, dict[str, str]] = {
    "import_notice": {
        "label": "导入今年的通知",
        "command": "unionapp catalog import-notice 通知文件",
    },
    "carry_forward": {
        "label": "把上一年的目录复制到今年（标为待核实）",
        "command": "unionapp catalog carry-forward",
    },
}
"""The ways forward an item may offer (``TodoItem.actions``)."""


@dataclass(frozen=True)
class TodoItem:
    """``text`` is the Chinese wording; ``args`` the values formatted into it (for the window).

    Items about an application carry its ``id`` and ``item`` (service item, maybe empty) in
    ``args``; ``estimate`` is "1" when a deadline rests on weekends only, else ""; ``general``
    is "1" when it follows the notice's general rule (no lead time from a programme), else "".
    ``deadline_basis`` (deadline items only): ``programme`` or ``default``.
    """

    kind: str
    date: date
    text: str
    application_id: int | None = None
    programme_id: int | None = None
    args: Args = ()
    deadline_basis: str | None = None
    actions: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        del data["args"]
        if self.deadline_basis is None:
            del data["deadline_basis"]
        data["date"] = self.date.isoformat()
        if self.actions:
            data["actions"] = [{"id": action, **ACTIONS[action]} for action in self.actions]
        else:
            del data["actions"]
        return data


def todo_items(session: Session, today: date | None = None) -> list[TodoItem]:
    """Every item, grouped by kind (in the order of ``KINDS``) and by date within a kind."""
    today = today or date.today()
    items = [
        *_deadlines(session, today),
        *_overdue_replies(session, today),
        *_upcoming(session, today),
        *_not_applied(session, today),
        *_catalogue_outdated(session, today),
    ]
    order = list(KINDS)
    return sorted(
        items, key=lambda item: (order.index(item.kind), item.date, item.application_id or 0)
    )


def _title(application: Application) -> str:
    what = application.service_item or "（未填写服务项目）"
    return f"申请 {application.id}「{what}」"


def _title_args(application: Application) -> Args:
    return text_args(id=application.id, item=application.service_item)


def _applications(session: Session, statuses: frozenset[str] | set[str]) -> list[Application]:
    return list(
        session.exec(select(Application).where(col(Application.status).in_(statuses))).all()
    )


def _deadlines(session: Session, today: date) -> list[TodoItem]:
    calendar = work_calendar(session)
    items = []
    for application in _applications(session, UNSENT_STATUSES):
        deadline = application_deadline(session, application, calendar)
        if deadline is None:
            continue
        left = calendar.workdays_between(today, deadline.date)
        if left > DEADLINE_SOON_WORKDAYS:
            continue
        estimated = deadline.calendar == "estimate"
        general = deadline.basis == "default"
        estimate = ("（按通知一般要求）" if general else "") + (
            "（按周末估算）" if estimated else ""
        )
        args = _title_args(application) + text_args(
            estimate="1" if estimated else "", general="1" if general else ""
        )
        if deadline.date < today:
            text = f"{_title(application)}的报送截止日期 {deadline.date}{estimate} 已过"
            args += text_args(passed=deadline.date)
        elif left <= 0:
            text = f"{_title(application)}今天（{deadline.date}）是最后报送日{estimate}"
            args += text_args(last_day=deadline.date)
        else:
            text = (
                f"{_title(application)}须在 {deadline.date}{estimate} 前报送，还剩 {left} 个工作日"
            )
            args += text_args(deadline=deadline.date, left=left)
        items.append(
            TodoItem(
                "deadline",
                deadline.date,
                text,
                application_id=application.id,
                args=args,
                deadline_basis=deadline.basis,
            )
        )
    return items


def _overdue_replies(session: Session, today: date) -> list[TodoItem]:
    calendar = work_calendar(session)
    wait = int(get_setting(session, "tracking.reply_overdue_workdays", 5))
    items = []
    for application in _applications(session, {"submitted"}):
        sent = submitted_on(session, application.id) or application.updated_at.date()
        if calendar.workdays_between(sent, today) < wait:
            continue
        due = calendar.add_workdays(sent, wait)
        text = f"{_title(application)}于 {sent} 报送，{wait} 个工作日内未收到回复，请联系承办单位"
        args = _title_args(application) + text_args(sent=sent, wait=wait)
        items.append(TodoItem("reply_overdue", due, text, application_id=application.id, args=args))
    return items


def _upcoming(session: Session, today: date) -> list[TodoItem]:
    last = today + timedelta(days=UPCOMING_DAYS)
    items = []
    for application in _applications(session, {"scheduled"}):
        when = application.scheduled_at or application.service_time
        if when is None or not today <= when.date() <= last:
            continue
        requested = application.service_time
        moved = application.scheduled_at is not None and requested not in (None, when)
        was = f"（原申请 {requested:%Y-%m-%d %H:%M}）" if moved and requested else ""
        place = f"，地点：{application.location}" if application.location else ""
        text = f"{_title(application)}定于 {when:%Y-%m-%d %H:%M} 开展{was}{place}"
        args = _title_args(application) + text_args(when=f"{when:%Y-%m-%d %H:%M}")
        if was and requested:
            args += text_args(requested=f"{requested:%Y-%m-%d %H:%M}")
        if application.location:
            args += text_args(location=application.location)
        items.append(
            TodoItem("upcoming", when.date(), text, application_id=application.id, args=args)
        )
    return items


def _not_applied(session: Session, today: date) -> list[TodoItem]:
    applied = set(
        session.exec(
            select(Application.programme_id).where(col(Application.status).not_in(NOT_COUNTED))
        ).all()
    )
    programmes = session.exec(
        select(Programme)
        .where(
            Programme.year == today.year,
            col(Programme.uses_form).is_(True),
            col(Programme.window_start_month).is_not(None),
            col(Programme.window_end_month).is_not(None),
        )
        .order_by(col(Programme.id))
    ).all()
    items = []
    for programme in programmes:
        start, end = programme.window_start_month, programme.window_end_month
        assert start is not None and end is not None
        if programme.id in applied or not start <= today.month <= end:
            continue
        closes = date(today.year, end, month_calendar.monthrange(today.year, end)[1])
        text = f"「{programme.name}」{programme.time_window or ''}可申请，本工会尚未申请"
        args = text_args(programme=programme.name)
        if programme.time_window:
            args += text_args(window=programme.time_window)
        items.append(TodoItem("not_applied", closes, text, programme_id=programme.id, args=args))
    return items


def _catalogue_outdated(session: Session, today: date) -> list[TodoItem]:
    age = catalogue_age(session, today.year)
    if not age.outdated:
        return []
    if age.newest_year is None:
        text = f"还没有{today.year}年的服务项目目录：请导入今年的通知"
        return [
            TodoItem(
                "catalogue_outdated",
                today,
                text,
                args=text_args(year=today.year),
                actions=("import_notice",),
            )
        ]
    text = (
        f"服务项目目录是{age.newest_year}年的，还没有{today.year}年的目录："
        f"请导入{today.year}年的通知，或把{age.newest_year}年的目录复制到{today.year}年"
        "（复制的项目标为待核实）"
    )
    return [
        TodoItem(
            "catalogue_outdated",
            today,
            text,
            args=text_args(newest=age.newest_year, year=today.year),
            actions=("import_notice", "carry_forward"),
        )
    ]
