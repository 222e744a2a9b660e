"""The user's own calendar entries (CalendarDay) and the working-day calendar built from them.

A pasted State Council notice is stored as the entries of its year (days off and make-up working
days; a notice may name a day of the year before). Single days can also be entered by hand. The
entries override the official data; a year with entries is reported as ``"user"``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import chinese_calendar
from sqlmodel import Session, col, delete, select

from unionapp.errors import UserError
from unionapp.models import CalendarDay
from unionapp.workcal import ParsedNotice, WorkCalendar, estimate_hint

NOTICE_NOTE = "国务院通知"
"""The note on entries that came from a pasted notice."""


@dataclass(frozen=True)
class YearDays:
    """A year's days off (weekdays and the weekend days inside a holiday) and make-up days."""

    year: int
    source: str
    holidays: list[date]
    workdays: list[date]

    def to_json(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "source": self.source,
            "holidays": [d.isoformat() for d in self.holidays],
            "workdays": [d.isoformat() for d in self.workdays],
        }


def work_calendar(session: Session) -> WorkCalendar:
    """The working-day calendar: the user's entries over the official data over weekends."""
    rows = session.exec(select(CalendarDay)).all()
    return WorkCalendar(
        overrides={row.day: row.is_workday for row in rows},
        user_years={row.year for row in rows},
    )


def store_notice(session: Session, notice: ParsedNotice) -> int:
    """Replace the entries of the notice's year by its days; returns how many were stored."""
    if notice.year is None:
        raise UserError(
            "无法从通知中识别年份：请确认粘贴的是《国务院办公厅关于20XX年部分节假日安排的通知》全文。"
        )
    if not notice.holidays and not notice.workdays:
        raise UserError(f"没有从{notice.year}年的通知中读出任何放假或调休上班日期，未保存。")
    session.exec(delete(CalendarDay).where(col(CalendarDay.year) == notice.year))
    for day, is_workday in sorted(notice.as_overrides().items()):
        session.add(CalendarDay(day=day, year=notice.year, is_workday=is_workday, note=NOTICE_NOTE))
    session.flush()
    return len(notice.holidays) + len(notice.workdays)


def set_day(session: Session, day: date, is_workday: bool, note: str = "") -> CalendarDay:
    """Enter one day by hand (a day off or a working day); it replaces any entry for that day."""
    row = session.get(CalendarDay, day) or CalendarDay(
        day=day, year=day.year, is_workday=is_workday
    )
    row.is_workday = is_workday
    row.note = note
    session.add(row)
    session.flush()
    return row


def remove_day(session: Session, day: date) -> bool:
    """Remove the user's entry for a day; False if there was none."""
    row = session.get(CalendarDay, day)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


def entries_of_year(session: Session, year: int) -> list[CalendarDay]:
    """The user's entries filed under ``year`` (a notice's entries may include a day of year-1)."""
    return list(
        session.exec(
            select(CalendarDay).where(CalendarDay.year == year).order_by(col(CalendarDay.day))
        ).all()
    )


def year_days(session: Session, year: int) -> YearDays:
    """A calendar year as the program will count it, and where that knowledge comes from."""
    calendar = work_calendar(session)
    overrides = {row.day: row.is_workday for row in session.exec(select(CalendarDay)).all()}
    named_off = {d for d, is_workday in overrides.items() if not is_workday}
    if calendar.source_for_year(year) != "estimate":
        named_off |= {d for d in _official_holidays() if d.year == year}
    holidays = sorted(
        d
        for d in _days_of(year)
        if not calendar.is_workday(d) and (d.weekday() < 5 or d in named_off)
    )
    return YearDays(year, calendar.source_for_year(year), holidays, calendar.workdays_in_year(year))


def year_hint(session: Session, year: int) -> str:
    """What to tell the user about ``year``: empty unless its deadlines are only estimates."""
    if work_calendar(session).source_for_year(year) == "estimate":
        return estimate_hint(year)
    return ""


def span_hint(calendar: WorkCalendar, first: date, last: date) -> str:
    """The estimate hint for the first year from ``first`` to ``last`` without data, or ""."""
    for year in range(min(first, last).year, max(first, last).year + 1):
        if calendar.source_for_year(year) == "estimate":
            return estimate_hint(year)
    return ""


def _official_holidays() -> set[date]:
    """Every day off the ``chinesecalendar`` package names (weekend days of a holiday too)."""
    return set(chinese_calendar.holidays)


def _days_of(year: int) -> list[date]:
    first = date(year, 1, 1).toordinal()
    return [date.fromordinal(n) for n in range(first, date(year, 12, 31).toordinal() + 1)]
