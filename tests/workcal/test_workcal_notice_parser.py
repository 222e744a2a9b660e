"""The holiday-notice reader, on the real notices 2023-2026 and on older and newer phrasings."""

from datetime import date, timedelta
from pathlib import Path

import chinese_calendar
import pytest

from unionapp.workcal import ParsedNotice, WorkCalendar, parse_notice

DATA = Path(__file__).parent / "data"


def _notice(year: int) -> str:
    return (DATA / f"{year}.txt").read_text(encoding="utf-8")


def _mismatches(parsed: ParsedNotice, year: int) -> list[date]:
    """Days of ``year`` where the parse result plus weekends disagrees with chinesecalendar."""
    wrong = []
    day = date(year, 1, 1)
    while day.year == year:
        parsed_workday = day in parsed.workdays or (
            day.weekday() < 5 and day not in parsed.holidays
        )
        if parsed_workday != chinese_calendar.is_workday(day):
            wrong.append(day)
        day += timedelta(days=1)
    return wrong


@pytest.mark.parametrize("year", [2023, 2024, 2025, 2026])
def test_official_notice_matches_chinesecalendar_day_by_day(year: int) -> None:
    parsed = parse_notice(_notice(year))
    assert parsed.year == year
    assert parsed.unparsed == []
    assert _mismatches(parsed, year) == []


def test_2023_new_year_range_starts_in_the_previous_year() -> None:
    parsed = parse_notice(_notice(2023))
    assert parsed.holidays[:3] == [date(2022, 12, 31), date(2023, 1, 1), date(2023, 1, 2)]
    assert parsed.workdays == [
        date(2023, 1, 28),
        date(2023, 1, 29),
        date(2023, 4, 23),
        date(2023, 5, 6),
        date(2023, 6, 25),
        date(2023, 10, 7),
        date(2023, 10, 8),
    ]


def test_2024_advice_on_new_years_eve_is_not_a_rule() -> None:
    # 鼓励各单位…安排职工在除夕（2月9日）休息: 2024-02-09 stays a working day.
    parsed = parse_notice(_notice(2024))
    assert date(2024, 2, 9) not in parsed.holidays
    assert parsed.unparsed == []


def test_2025_preamble_is_not_a_rule() -> None:
    # The preamble's 自2025年1月1日起 / 国庆节自10月1日起放假调休7天 state principles only.
    parsed = parse_notice(_notice(2025))
    assert parsed.unparsed == []
    assert date(2025, 10, 8) in parsed.holidays  # the rule says 8 days, the principle 7


# The 2012 arrangement as an older notice phrased it: 星期X, 放假公休, ranges written with a year
# on the start date only, and a make-up day in the previous year.
OLDER_2012 = """国务院办公厅关于2012年部分节假日安排的通知
国办发明电〔2011〕39号

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
经国务院批准，现将2012年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下：
一、元旦：2012年1月1日至3日放假调休，共3天。2011年12月31日（星期六）上班。
二、春节：1月22日至28日放假调休，共7天。1月21日（星期六）、1月29日（星期日）上班。
三、清明节：4月2日至4日放假调休，共3天。3月31日（星期六）、4月1日（星期日）上班。
四、劳动节：4月29日至5月1日放假调休，共3天。4月28日（星期六）上班。
五、端午节：6月22日至24日放假公休，共3天。
六、中秋节、国庆节：9月30日至10月7日放假调休，共8天。9月29日（星期六）上班。
"""

# The 2017 arrangement: 补休 for a day off in lieu, 与周末连休.
OLDER_2017 = """国务院办公厅关于2017年部分节假日安排的通知
一、元旦：1月1日放假，1月2日（星期一）补休。
二、春节：1月27日至2月2日放假调休，共7天。1月22日（星期日）、2月4日（星期六）上班。
三、清明节：4月2日至4日放假调休，共3天。4月1日（星期六）上班。
四、劳动节：5月1日放假，与周末连休。
五、端午节：5月28日至30日放假调休，共3天。5月27日（星期六）上班。
六、中秋节、国庆节：10月1日至8日放假调休，共8天。9月30日（星期六）上班。
"""


@pytest.mark.parametrize(("text", "year"), [(OLDER_2012, 2012), (OLDER_2017, 2017)])
def test_older_phrasing_matches_chinesecalendar(text: str, year: int) -> None:
    parsed = parse_notice(text)
    assert parsed.year == year
    assert parsed.unparsed == []
    assert _mismatches(parsed, year) == []


def test_make_up_day_in_the_previous_year() -> None:
    parsed = parse_notice(OLDER_2012)
    assert parsed.workdays[0] == date(2011, 12, 31)
    assert parsed.as_overrides()[date(2011, 12, 31)] is True
    assert parsed.as_overrides()[date(2012, 1, 2)] is False


def test_2017_day_in_lieu_is_a_holiday() -> None:
    assert date(2017, 1, 2) in parse_notice(OLDER_2017).holidays


# A newer-style notice for a year the package does not know (weekdays checked by hand:
# 2026-12-31 is a Thursday, 2027-01-01 a Friday), with full-width digits and brackets in
# places, a cross-year range, a make-up day in the previous year, lunar notes, ASCII brackets.
NEWER_2027 = """国务院办公厅关于2027年部分节假日安排的通知

经国务院批准，现将2027年元旦、春节、劳动节和端午节放假调休日期的具体安排通知如下。

一、元旦：2026年12月31日（周四）至2027年1月2日（周六）放假调休，共3天。2026年12月27日（周日）上班。

二、春节：２月５日（农历除夕、周五）至１１日（农历正月初七、周四）放假调休，共７天。1月31日(星期天)、2月20日(周六)上班。

三、劳动节：5月1日（周六）至5日（周三）放假调休，共五天。

四、端午节：5月31日（周一）至6月2日（周三）放假，共3天。

五、中秋节：9月15日（周三）放假1天，不调休。
"""


def test_newer_phrasing_with_a_cross_year_range() -> None:
    parsed = parse_notice(NEWER_2027)
    assert parsed.year == 2027
    assert parsed.unparsed == []
    assert parsed.holidays[:3] == [date(2026, 12, 31), date(2027, 1, 1), date(2027, 1, 2)]
    assert parsed.workdays == [
        date(2026, 12, 27),
        date(2027, 1, 31),
        date(2027, 2, 20),
    ]
    assert date(2027, 2, 5) in parsed.holidays
    assert date(2027, 2, 11) in parsed.holidays
    assert [d for d in parsed.holidays if d >= date(2027, 3, 1)] == [
        date(2027, 5, 1),
        date(2027, 5, 2),
        date(2027, 5, 3),
        date(2027, 5, 4),
        date(2027, 5, 5),
        date(2027, 5, 31),
        date(2027, 6, 1),
        date(2027, 6, 2),
        date(2027, 9, 15),
    ]


def test_pasted_notice_feeds_the_calendar() -> None:
    parsed = parse_notice(NEWER_2027)
    calendar = WorkCalendar(parsed.as_overrides(), user_years={parsed.year})
    assert calendar.source_for_year(2027) == "user"
    assert not calendar.is_workday(date(2027, 1, 1))
    assert calendar.is_workday(date(2027, 1, 31))
    assert calendar.workdays_in_year(2027) == [date(2027, 1, 31), date(2027, 2, 20)]


@pytest.mark.parametrize(
    "bad_line",
    [
        "三、清明节：4月31日放假，共1天。",  # no such date
        "三、清明节：4月5日（星期四）放假，共1天。",  # 2023-04-05 was a Wednesday
        "三、清明节：4月3日至5日放假调休，共4天。",  # the range holds 3 days
        "三、清明节：4月5日放假，4月8日（星期六）补休。",  # a day in lieu on a Saturday
        "三、清明节：4月5日放假，4月7日（星期五）上班。",  # a make-up day on a weekday
        "三、清明节：4月5日放假，与周末连休。",  # a Wednesday touches no weekend
        "三、清明节：4月5日放假，不调休。4月3日至5日放假，4月8日（星期六）上班，不调休。",
        "三、清明节：4月五日放假。",  # a Chinese-numeral day
        "三、清明节：4月5日（清明）放假。",  # an unknown note in brackets
        "三、清明节：12月31日至1月2日放假。",  # the years of the range are not stated
        "三、清明节：其中，4月5日（星期三）为法定节假日，4月6日调至4月8日上班。",
    ],
)
def test_unreadable_rule_is_reported_verbatim_and_not_guessed(bad_line: str) -> None:
    text = _notice(2023).replace("三、清明节：4月5日放假，共1天。", bad_line)
    parsed = parse_notice(text)
    assert parsed.unparsed
    assert all(entry in bad_line for entry in parsed.unparsed)
    assert date(2023, 4, 5) not in parsed.holidays or "不调休。" in bad_line
    assert date(2023, 4, 8) not in parsed.workdays
    # The other rules are still read.
    assert date(2023, 10, 6) in parsed.holidays
    assert date(2023, 10, 8) in parsed.workdays


def test_only_the_bad_sentence_of_a_rule_is_dropped() -> None:
    text = _notice(2023).replace("1月29日（星期日）上班", "1月29日（星期一）上班")
    parsed = parse_notice(text)
    assert parsed.unparsed == ["1月28日（星期六）、1月29日（星期一）上班。"]
    assert date(2023, 1, 23) in parsed.holidays
    assert date(2023, 1, 28) not in parsed.workdays


def test_rule_broken_over_lines_is_joined() -> None:
    # A paste from a narrow page: every 9 characters a line break, blank lines dropped.
    original = _notice(2026)
    flat = "".join(original.split("\n\n"))
    wrapped = "\n".join(flat[i : i + 9] for i in range(0, len(flat), 9))
    assert parse_notice(wrapped) == parse_notice(original)


def test_notice_without_line_breaks() -> None:
    assert parse_notice(OLDER_2012.replace("\n", "")) == parse_notice(OLDER_2012)


def test_rules_one_per_line_without_full_stops() -> None:
    text = "2027年放假安排\n1月1日（周五）放假\n1月9日（周六）上班\n1月10日（周日）上班"
    parsed = parse_notice(text, default_year=2027)
    assert parsed.holidays == [date(2027, 1, 1)]
    assert parsed.workdays == [date(2027, 1, 9), date(2027, 1, 10)]
    assert parsed.unparsed == []


def test_year_missing_leaves_year_less_rules_unread() -> None:
    parsed = parse_notice("一、元旦：1月1日放假，共1天。")
    assert parsed.year is None
    assert parsed.holidays == []
    assert parsed.unparsed == ["一、元旦：1月1日放假，共1天。"]
    assert parse_notice("一、元旦：1月1日放假，共1天。", default_year=2027).holidays == [
        date(2027, 1, 1)
    ]


def test_year_from_the_opening_sentence_when_the_title_is_missing() -> None:
    text = _notice(2024).split("\n", 1)[1]
    assert parse_notice(text).year == 2024


def test_amendment_without_headings_is_reported_not_ignored() -> None:
    text = (
        "国务院办公厅关于调整2019年劳动节假期安排的通知\n"
        "经国务院批准，现将2019年劳动节假期调整安排通知如下：\n"
        "2019年劳动节假期调整为5月1日至4日放假调休，共4天。4月28日（星期日）、5月5日（星期日）上班。"
    )
    parsed = parse_notice(text)
    assert parsed.year == 2019
    assert parsed.workdays == [date(2019, 4, 28), date(2019, 5, 5)]
    assert parsed.unparsed == ["2019年劳动节假期调整为5月1日至4日放假调休，共4天。"]
