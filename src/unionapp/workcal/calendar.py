"""Which days are working days in mainland China, and deadlines counted in working days.

Three sources, strongest first: the user's own entries (from a pasted notice or typed in), the
``chinesecalendar`` package (official data, 2004 to its last year; it raises for other years), and
plain weekends for any year neither knows. A result that leaned on plain weekends is marked
``"estimate"`` so the user can be told to add that year's notice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Literal

import chinese_calendar

__all__ = ["CalendarSource", "Deadline", "WorkCalendar", "estimate_hint"]

CalendarSource = Literal["official", "user", "estimate"]

_ONE_DAY = timedelta(days=1)
# When a span of days draws on several sources, the weakest one names the result.
_STRENGTH: dict[CalendarSource, int] = {"official": 0, "user": 1, "estimate": 2}


@dataclass(frozen=True)
class Deadline:
    """A date computed by counting working days, and the calendar that the count relied on."""

    date: date
    calendar: CalendarSource


@cache
def _official_knows(year: int) -> bool:
    """Whether ``chinesecalendar`` holds the State Council's arrangement for ``year``."""
    try:
        chinese_calendar.is_workday(date(year, 1, 1))
    except NotImplementedError:
        return False
    return True


class WorkCalendar:
    """Working days from the user's entries, the official data, and weekends, in that order."""

    def __init__(
        self, overrides: Mapping[date, bool] | None = None, user_years: Iterable[int] = ()
    ) -> None:
        """``overrides``: True = working day, False = day off; ``user_years``: years the user
        entered a notice for (they are reported as ``"user"``)."""
        self._overrides = dict(overrides or {})
        self._user_years = frozenset(user_years)

    def is_workday(self, day: date) -> bool:
        """Whether people work on ``day``: a user entry wins, then official data, then weekends."""
        if day in self._overrides:
            return self._overrides[day]
        if _official_knows(day.year):
            return bool(chinese_calendar.is_workday(day))
        return day.weekday() < 5

    def source_for_year(self, year: int) -> CalendarSource:
        """``"user"`` if the user entered that year, ``"official"`` if the package knows it,
        else ``"estimate"`` (weekends only)."""
        if year in self._user_years:
            return "user"
        if _official_knows(year):
            return "official"
        return "estimate"

    def source_for_span(self, first: date, last: date) -> CalendarSource:
        """The weakest source among the years from ``first`` to ``last`` (in either order)."""
        low, high = sorted((first.year, last.year))
        return max(
            (self.source_for_year(year) for year in range(low, high + 1)), key=_STRENGTH.__getitem__
        )

    def add_workdays(self, start: date, count: int) -> date:
        """The ``count``-th working day after ``start`` (before it when ``count`` is negative),
        ``start`` itself not counted; ``start`` when ``count`` is 0."""
        step = _ONE_DAY if count > 0 else -_ONE_DAY
        day = start
        for _ in range(abs(count)):
            day += step
            while not self.is_workday(day):
                day += step
        return day

    def latest_submission(self, service_date: date, workdays: int = 15) -> Deadline:
        """The last day to submit ``workdays`` working days ahead of the service: the
        ``workdays``-th working day counting back from ``service_date``, which is not counted.

        The calendar is ``"estimate"`` if any day walked over lies in a year without data.
        """
        if workdays < 0:
            raise ValueError(f"workdays must not be negative: {workdays}")
        deadline = self.add_workdays(service_date, -workdays)
        last_walked = service_date - _ONE_DAY if workdays else service_date
        return Deadline(deadline, self.source_for_span(deadline, last_walked))

    def workdays_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end``; negative when ``end`` is
        earlier (then the working days from ``end`` up to but excluding ``start``).

        ``workdays_between(d, add_workdays(d, n)) == n`` for every ``n``.
        """
        if end < start:
            return -sum(self.is_workday(day) for day in _days(end, start - _ONE_DAY))
        return sum(self.is_workday(day) for day in _days(start + _ONE_DAY, end))

    def holidays_in_year(self, year: int) -> list[date]:
        """Monday-to-Friday days off in ``year`` (weekend days off are not listed)."""
        return [d for d in _year_days(year) if d.weekday() < 5 and not self.is_workday(d)]

    def workdays_in_year(self, year: int) -> list[date]:
        """Saturdays and Sundays worked in ``year`` (the make-up days, 调休上班)."""
        return [d for d in _year_days(year) if d.weekday() >= 5 and self.is_workday(d)]


def estimate_hint(year: int) -> str:
    """What to tell the user when a result rests on weekends only for ``year``.

    The window words it in its own language from ``year`` (``unionapp.ui.common.labels.estimate_text``).
    """
    return (
        f"程序尚无{year}年的国务院节假日安排，截止日期仅按周末推算，仅供参考。"
        f"请粘贴《国务院办公厅关于{year}年部分节假日安排的通知》全文以添加该年的放假和调休上班日期。"
    )


def _days(first: date, last: date) -> Iterable[date]:
    day = first
    while day <= last:
        yield day
        day += _ONE_DAY


def _year_days(year: int) -> Iterable[date]:
    return _days(date(year, 1, 1), date(year, 12, 31))
