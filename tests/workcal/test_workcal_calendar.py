"""Working-day deadlines, checked against dates worked out by hand from the official notices."""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionapp.workcal import Deadline, WorkCalendar, estimate_hint


@pytest.mark.parametrize(
    ("service", "expected"),
    [
        # 2023 notice: 劳动节 4/29-5/3 off; 4/23 (Sun) and 5/6 (Sat) worked. Counting back from
        # 5/7: 5/6 make-up =1, 5/5 =2, 5/4 =3, 5/3-4/29 off, 4/28..4/24 =4..8, 4/23 make-up =9,
        # 4/22 Sat off, 4/21..4/17 =10..14, 4/16-4/15 weekend, 4/14 (Fri) =15.
        (date(2023, 5, 8), date(2023, 4, 14)),
        # 2025 notice: 春节 1/28 (Tue)-2/4 (Tue) off; 1/26 (Sun) worked. Service Wed 2/5.
        # 2/4-1/28 off, 1/27 =1, 1/26 make-up =2, 1/25 Sat off, 1/24..1/20 =3..7,
        # 1/17..1/13 =8..12, 1/10 =13, 1/9 =14, 1/8 (Wed) =15.
        (date(2025, 2, 5), date(2025, 1, 8)),
        # 2025 notice: 国庆节/中秋节 10/1 (Wed)-10/8 (Wed) off; 9/28 (Sun) worked. Service Thu
        # 10/9. 10/8-10/1 off, 9/30 =1, 9/29 =2, 9/28 make-up =3, 9/27 Sat off, 9/26..9/22
        # =4..8, 9/19..9/15 =9..13, 9/12 =14, 9/11 (Thu) =15.
        (date(2025, 10, 9), date(2025, 9, 11)),
        # 2026 notice: 春节 2/15 (Sun)-2/23 (Mon) off; 2/14 (Sat) worked. Service Tue 2/24.
        # 2/23-2/15 off, 2/14 make-up =1, 2/13..2/9 =2..6, 2/6..2/2 =7..11, 1/31-2/1 weekend,
        # 1/30 =12, 1/29 =13, 1/28 =14, 1/27 (Tue) =15.
        (date(2026, 2, 24), date(2026, 1, 27)),
        # 2026 notice: 国庆节 10/1 (Thu)-10/7 (Wed) off; 中秋节 9/25 (Fri)-9/27 (Sun) off;
        # 9/20 (Sun) worked. Service Thu 10/8. 10/7-10/1 off, 9/30 =1, 9/29 =2, 9/28 =3,
        # 9/27-9/25 off, 9/24..9/21 =4..7, 9/20 make-up =8, 9/19 Sat off, 9/18..9/14 =9..13,
        # 9/11 =14, 9/10 (Thu) =15.
        (date(2026, 10, 8), date(2026, 9, 10)),
    ],
)
def test_latest_submission_after_official_holidays(service: date, expected: date) -> None:
    assert WorkCalendar().latest_submission(service, 15) == Deadline(expected, "official")


def test_lead_time_defaults_to_15_working_days() -> None:
    assert WorkCalendar().latest_submission(date(2023, 5, 8)).date == date(2023, 4, 14)


def test_year_without_data_is_an_estimate_from_weekends() -> None:
    calendar = WorkCalendar()
    # 2027-03-15 is a Monday; 15 weekdays back (3 whole weeks) is Monday 2027-02-22.
    deadline = calendar.latest_submission(date(2027, 3, 15), 15)
    assert deadline == Deadline(date(2027, 2, 22), "estimate")
    assert calendar.source_for_year(2027) == "estimate"
    assert calendar.source_for_year(2026) == "official"
    assert "2027年" in estimate_hint(2027)


def test_walk_into_an_unknown_year_is_an_estimate() -> None:
    # Service in early 2027: the count reaches back into 2026 but starts in 2027.
    deadline = WorkCalendar().latest_submission(date(2027, 1, 6), 15)
    assert deadline.calendar == "estimate"
    assert deadline.date.year == 2026


def test_service_date_in_unknown_year_is_not_walked_over() -> None:
    # Service on 2027-01-01: only days of 2026 are counted, so the result is official.
    assert WorkCalendar().latest_submission(date(2027, 1, 1), 1) == Deadline(
        date(2026, 12, 31), "official"
    )


@pytest.mark.parametrize("year", [1900, 1950, 2003, 2027, 2060, 2100])
def test_no_year_in_range_raises(year: int) -> None:
    calendar = WorkCalendar()
    for day in (date(year, 1, 1), date(year, 7, 15), date(year, 12, 31)):
        calendar.is_workday(day)
        calendar.latest_submission(day, 15)
        calendar.add_workdays(day, 10)
    assert calendar.workdays_between(date(year, 1, 1), date(year, 12, 31)) > 200
    calendar.holidays_in_year(year)
    calendar.workdays_in_year(year)


def test_user_override_changes_the_deadline() -> None:
    # Declaring Friday 2023-04-28 a day off pushes the 15th working day back to Thu 4/13.
    calendar = WorkCalendar({date(2023, 4, 28): False}, user_years={2023})
    assert calendar.latest_submission(date(2023, 5, 8), 15) == Deadline(date(2023, 4, 13), "user")
    assert calendar.source_for_year(2023) == "user"


def test_user_entries_make_a_new_year_usable() -> None:
    # A user-entered 2027: Fri 1/1 off, Sat 1/9 worked. Service Mon 1/11, 3 working days back:
    # 1/9 make-up =1, 1/8 =2, 1/7 =3.
    entries = {date(2027, 1, 1): False, date(2027, 1, 9): True}
    calendar = WorkCalendar(entries, user_years={2027})
    assert calendar.latest_submission(date(2027, 1, 11), 3) == Deadline(date(2027, 1, 7), "user")
    assert calendar.holidays_in_year(2027) == [date(2027, 1, 1)]
    assert calendar.workdays_in_year(2027) == [date(2027, 1, 9)]


def test_override_can_make_an_official_holiday_a_working_day() -> None:
    calendar = WorkCalendar({date(2025, 10, 8): True})
    assert calendar.is_workday(date(2025, 10, 8))
    assert not WorkCalendar().is_workday(date(2025, 10, 8))


def test_add_workdays_forward_skips_holidays_and_counts_make_up_days() -> None:
    # From Fri 2025-09-26: 9/28 (Sun) make-up =1, 9/29 =2, 9/30 =3, 10/1-10/8 off, 10/9 =4,
    # 10/10 =5, 10/11 (Sat) make-up =6.
    calendar = WorkCalendar()
    assert calendar.add_workdays(date(2025, 9, 26), 6) == date(2025, 10, 11)
    assert calendar.add_workdays(date(2025, 9, 26), 0) == date(2025, 9, 26)


def test_year_lists_for_display() -> None:
    calendar = WorkCalendar()
    assert calendar.workdays_in_year(2025) == [
        date(2025, 1, 26),
        date(2025, 2, 8),
        date(2025, 4, 27),
        date(2025, 9, 28),
        date(2025, 10, 11),
    ]
    holidays = calendar.holidays_in_year(2025)
    assert date(2025, 1, 1) in holidays
    assert date(2025, 5, 31) not in holidays  # a Saturday: weekend days off are not listed
    assert all(day.weekday() < 5 for day in holidays)
    assert calendar.holidays_in_year(2027) == []


def test_negative_lead_time_is_rejected() -> None:
    with pytest.raises(ValueError):
        WorkCalendar().latest_submission(date(2025, 1, 1), -1)


@settings(max_examples=60, deadline=None)
@given(
    start=st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)),
    count=st.integers(min_value=-40, max_value=40),
)
def test_add_and_count_agree(start: date, count: int) -> None:
    calendar = WorkCalendar({date(2028, 3, 1): False, date(2028, 3, 4): True})
    end = calendar.add_workdays(start, count)
    assert calendar.workdays_between(start, end) == count
    if count:
        assert calendar.is_workday(end)
        assert (end > start) == (count > 0)
    back = calendar.latest_submission(start, abs(count))
    assert back.date == calendar.add_workdays(start, -abs(count))
    assert back.date <= start - timedelta(days=abs(count))
