"""China's working-day calendar and the reader for the State Council's holiday notices."""

from unionapp.workcal.calendar import CalendarSource, Deadline, WorkCalendar, estimate_hint
from unionapp.workcal.notice_parser import ParsedNotice, parse_notice

__all__ = [
    "CalendarSource",
    "Deadline",
    "ParsedNotice",
    "WorkCalendar",
    "estimate_hint",
    "parse_notice",
]
