"""The reporting period and filters chosen by the user, and how they are written in Chinese."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from unionapp.errors import UserError

MAX_PERIOD_DAYS = 3660  # ten years: the monthly chart stays readable and the work bounded


@dataclass(frozen=True)
class ReportQuery:
    """What to report on: a closed date range and, optionally, one category or hosting unit."""

    start: date
    end: date
    category: str | None = None
    provider: str | None = None
    list_attendees: bool = False

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise UserError(
                f"报表期间不对：结束日期 {self.end.isoformat()} "
                f"早于开始日期 {self.start.isoformat()}。"
            )
        if (self.end - self.start).days > MAX_PERIOD_DAYS:
            raise UserError(
                f"报表期间太长：{self.start.isoformat()} 至 {self.end.isoformat()}，"
                "一份报表最多涵盖 10 年。"
            )


def year_period(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def quarter_period(year: int, quarter: int) -> tuple[date, date]:
    if quarter not in (1, 2, 3, 4):
        raise UserError(f"季度应为 1 到 4：{quarter}")
    start = date(year, 3 * quarter - 2, 1)
    if quarter == 4:
        return start, date(year, 12, 31)
    return start, date(year, 3 * quarter + 1, 1) - timedelta(days=1)


def period_text(start: date, end: date) -> str:
    """The period as a reader says it: 2024年, 2024年第二季度, or 2024年3月1日至2024年5月31日."""
    if start == date(start.year, 1, 1) and end == date(start.year, 12, 31):
        return f"{start.year}年"
    for quarter, name in enumerate("一二三四", start=1):
        if (start, end) == quarter_period(start.year, quarter):
            return f"{start.year}年第{name}季度"
    return f"{_day(start)}至{_day(end)}"


def _day(value: date) -> str:
    return f"{value.year}年{value.month}月{value.day}日"
