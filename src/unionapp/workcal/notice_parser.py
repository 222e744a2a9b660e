"""Read a State Council holiday notice (国务院办公厅关于部分节假日安排的通知) into dates.

The parser follows the grammar of these notices rather than any one year's wording. A rule is
a sentence such as ``4月29日至5月3日放假调休，共5天。4月23日（星期日）、5月6日（星期六）上班。``:
clauses separated by commas, each either a list or range of dates followed by 放假/补休/上班, or
one of the companions 共N天, 不调休, 与周末连休. Every reading is checked (the weekday in brackets,
the day count, a make-up day falling on a weekend); a sentence that looks like a rule but fails
any check is returned verbatim in ``unparsed`` and contributes no dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

__all__ = ["ParsedNotice", "parse_notice"]


@dataclass
class ParsedNotice:
    """What a notice says: the year it is for, days off, make-up working days, unread rules."""

    year: int | None
    holidays: list[date] = field(default_factory=list)
    workdays: list[date] = field(default_factory=list)
    unparsed: list[str] = field(default_factory=list)

    def as_overrides(self) -> dict[date, bool]:
        """The parsed days as calendar entries: True = working day, False = day off."""
        entries = dict.fromkeys(self.holidays, False)
        entries.update(dict.fromkeys(self.workdays, True))
        return entries


class _Unreadable(Exception):
    """A rule sentence that cannot be read with certainty."""


# Full-width ASCII forms (！..～) and the ideographic space, mapped to plain ASCII.
_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}

_CN_DIGITS = dict(zip("一二三四五六七八九", range(1, 10), strict=True)) | {"两": 2}
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "七": 6}

# After a full stop, after a colon followed by a heading, or before a heading with its label
# (…通知一、元旦：…) when line breaks were lost.
_SENTENCE_END = re.compile(
    r"(?<=[。；;！!？?])|(?<=[:：])(?=[一二三四五六七八九十]+、)"
    r"|(?<![一二三四五六七八九十])(?=[一二三四五六七八九十]{1,3}、[^,，。()（）:：\d]{1,12}[:：])"
)
_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|\d{1,2}(?:、|\.(?!\d)))"
)
# What comes before the first colon: a heading's label (元旦：), or an addressee line.
_LABEL = re.compile(r"^(?:(?!\d[月日号])[^:。]){1,40}?:")
_FULL_DATE = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]")
# Anything that may be part of a date, however garbled (4月5共 / 6月10上 / 五月).
_DATE_TRACE = re.compile(r"\d[月日]|月\d|[〇零一二三四五六七八九十]月")
# The signature at the end: an issuing office and the date of issue.
_SIGNATURE = re.compile(r"^[^\d,。:]{0,12}\d{4}年\d{1,2}月\d{1,2}日$")
_ADVICE = re.compile(r"^(?:鼓励|提倡|倡导|建议|希望|各地|各单位|各部门|节假日期间)")
# A line ending like this continues on the next line (…至 / 2月4日、 / 2022年).
_LINE_CONTINUES = re.compile(r"[\d至到—\-~–、,(年月和及与]$")

_DATE = re.compile(
    r"(?:(?P<y>\d{4})年)?(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})[日号](?:\x02(?P<note>\d+)\x03)?"
)
_RANGE_SEP = re.compile(r"至|到|—{1,2}|-|~|–")
_LIST_SEP = "、"
_NUMBER = r"(\d+|[一二两三四五六七八九十]+)"
_HOLIDAY_TAIL = re.compile(rf"放假(?:调休|公休)?(?:{_NUMBER}天)?")
_COUNT = re.compile(rf"共{_NUMBER}天")
_WEEKDAY_NOTE = re.compile(r"(?:星期|周|礼拜)([一二三四五六日天七])")
_LUNAR_NOTE = re.compile(
    r"(?:农历)?(?:除夕|小年|(?:[正腊冬]|[一二三四五六七八九十]{1,2})月"
    r"[初十廿二三][一二三四五六七八九十]{0,2})"
)
# The (month, day) span each festival's own day can fall on, for a plausibility check.
_FESTIVAL_SPANS = {
    "元旦": ((1, 1), (1, 1)),
    "春节": ((1, 21), (2, 20)),
    "清明": ((4, 3), (4, 6)),
    "劳动节": ((5, 1), (5, 1)),
    "端午": ((5, 28), (6, 25)),
    "中秋": ((9, 7), (10, 8)),
    "国庆": ((10, 1), (10, 1)),
}
_ONE_DAY = timedelta(days=1)
_MAKE_UP_REACH = 14  # days
_TITLE_YEAR = re.compile(r"关于[^。\d]{0,4}(\d{4})年[^。]{0,12}?(?:节假日|放假|假期)")
_TEXT_YEAR = re.compile(r"现将(\d{4})年")


def parse_notice(text: str, *, default_year: int | None = None) -> ParsedNotice:
    """Read the holidays and make-up working days out of the text of a notice.

    The year comes from the title (关于2025年部分节假日安排的通知) or the opening sentence
    (现将2025年…); ``default_year`` is used only when the text names none (a pasted fragment).
    Before the first numbered heading (一、元旦：…) only a sentence that opens with a date
    (after an optional label such as 元旦：) is a rule; the rest is preamble. Under the headings
    every sentence with anything like a date is a rule, except advice (鼓励各单位…) and the
    signature. A rule that cannot be read with certainty is reported in ``unparsed``.
    """
    sentences = _sentences(text)
    flat = "".join(_normalize(s) for s in sentences)
    year = _notice_year(flat) or default_year
    result = ParsedNotice(year=year)
    has_headings = any(_HEADING.match(_normalize(s)) for s in sentences)
    in_items = not has_headings
    holidays: set[date] = set()
    workdays: set[date] = set()
    item_holidays: set[date] = set()  # the days off under the current heading
    for sentence in sentences:
        body = _normalize(sentence)
        if _HEADING.match(body):
            in_items = True
            item_holidays = set()
            body = _HEADING.sub("", body, count=1)
        label = _LABEL.match(body)
        if label:
            body = body[label.end() :]
        if not _is_rule(body, in_items):
            continue
        try:
            off, on = _read_rule(body, year)
            _check_season(label.group(0) if label else "", off)
            _check_make_up_days(on, item_holidays | off)
            if off & workdays or on & holidays:
                raise _Unreadable("a day both off and worked")
        except _Unreadable:
            result.unparsed.append(sentence)
            continue
        item_holidays |= off
        holidays |= off
        workdays |= on
    result.holidays = sorted(holidays)
    result.workdays = sorted(workdays)
    return result


def _normalize(text: str) -> str:
    """Half-width digits and punctuation, no whitespace: the form every pattern expects."""
    return re.sub(r"[\s\x00-\x1f]+", "", text.translate(_HALF_WIDTH))


def _sentences(text: str) -> list[str]:
    """Join lines broken inside a rule, then cut the text into sentences (verbatim pieces).

    Outside brackets, a line break separates sentences where a line ends with a colon, where
    the next line opens a numbered heading, or where it opens with a date and the line before
    does not run on into it (…至 / 2月4日、); otherwise the lines are one sentence.
    """
    pieces: list[str] = []
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        norm_line, norm_current = _normalize(line), _normalize(current)
        in_brackets = norm_current.count("(") > norm_current.count(")")
        if (current and not in_brackets) and (
            norm_current.endswith(":")
            or _HEADING.match(norm_line)
            or (_FULL_DATE.match(norm_line) and not _LINE_CONTINUES.search(norm_current))
        ):
            pieces.append(current)
            current = ""
        current += line
    pieces.append(current)
    return [
        sentence.strip()
        for piece in pieces
        for sentence in _SENTENCE_END.split(piece)
        if sentence.strip()
    ]


def _notice_year(flat: str) -> int | None:
    match = _TITLE_YEAR.search(flat) or _TEXT_YEAR.search(flat)
    return int(match.group(1)) if match else None


def _is_rule(body: str, in_items: bool) -> bool:
    """Whether a sentence states (or tries to state) which days are off or worked."""
    if _ADVICE.match(body) or _SIGNATURE.match(body):
        return False
    return bool(_FULL_DATE.match(body) or (in_items and _DATE_TRACE.search(body)))


def _read_rule(body: str, year: int | None) -> tuple[set[date], set[date]]:
    """Read one rule sentence into (days off, make-up working days), or raise _Unreadable."""
    notes: list[str] = []

    def stash(match: re.Match[str]) -> str:
        notes.append(match.group(1))
        return f"\x02{len(notes) - 1}\x03"

    plain = re.sub(r"\(([^()]*)\)", stash, body).rstrip("。;!?")
    off: set[date] = set()
    on: set[date] = set()
    counts: list[int] = []
    flags: set[str] = set()
    for clause in re.split(r"[,;]", plain):
        if clause in ("不调休", "与周末连休"):
            flags.add(clause)
        elif count := _COUNT.fullmatch(clause):
            counts.append(_number(count.group(1)))
        else:
            days, tail = _read_dates(clause, notes, year)
            if holiday := _HOLIDAY_TAIL.fullmatch(tail):
                off |= days
                if holiday.group(1):
                    counts.append(_number(holiday.group(1)))
            elif tail == "补休":
                off |= _require(days, lambda d: d.weekday() < 5)
            elif tail == "上班":
                on |= _require(days, lambda d: d.weekday() >= 5)
            else:
                raise _Unreadable(clause)
    _check(off, on, counts, flags, year)
    return off, on


def _check(
    off: set[date], on: set[date], counts: list[int], flags: set[str], year: int | None
) -> None:
    """The cross-checks that make a reading certain."""
    if not off and not on:
        raise _Unreadable("no dates")
    if any(count != len(off) for count in counts):
        raise _Unreadable("day count")
    if "不调休" in flags and on:
        raise _Unreadable("不调休 with make-up days")
    if "与周末连休" in flags and not (
        off
        and all(d.weekday() < 5 for d in off)
        and ((min(off) - _ONE_DAY).weekday() >= 5 or (max(off) + _ONE_DAY).weekday() >= 5)
    ):
        raise _Unreadable("与周末连休: weekdays off next to a weekend")
    if year is not None and any(d.year not in (year - 1, year) for d in off | on):
        raise _Unreadable("date outside the notice year")


def _check_season(label: str, off: set[date]) -> None:
    """Days off under a festival's heading must reach its date (元旦 1 Jan, 国庆节 1 Oct) or,
    for a lunar festival, the span of Gregorian dates it can fall on."""
    seasons = [span for name, span in _FESTIVAL_SPANS.items() if name in label]
    if off and not all(any(a <= (d.month, d.day) <= b for d in off) for a, b in seasons):
        raise _Unreadable("days off outside the festival's season")


def _check_make_up_days(on: set[date], off: set[date]) -> None:
    """Make-up days lie close to the days off they pay for (at most two weeks away)."""
    if off and any(min(abs((day - o).days) for o in off) > _MAKE_UP_REACH for day in on):
        raise _Unreadable("make-up day far from its holiday")


def _require(days: set[date], ok: Callable[[date], bool]) -> set[date]:
    """The days, provided each passes ``ok`` (a make-up day is a weekend day, 补休 a weekday)."""
    if not all(ok(d) for d in days):
        raise _Unreadable("weekday")
    return days


def _read_dates(clause: str, notes: list[str], year: int | None) -> tuple[set[date], str]:
    """Read the dates opening a clause (a list with 、 or one range); return them and the rest."""
    first = _DATE.match(clause)
    if not first or not first.group("m"):
        raise _Unreadable(clause)
    start = _resolve(first, notes, None, year)
    rest = clause[first.end() :]
    separator = _RANGE_SEP.match(rest)
    if separator:
        second = _DATE.match(rest, separator.end())
        if not second:
            raise _Unreadable(clause)
        end = _resolve(second, notes, start, year)
        if not 0 < (end - start).days <= 31:
            raise _Unreadable(clause)
        days = {start + timedelta(days=i) for i in range((end - start).days + 1)}
        return days, rest[second.end() :]
    days = {start}
    previous = start
    while rest.startswith(_LIST_SEP):
        item = _DATE.match(rest, len(_LIST_SEP))
        if not item:
            raise _Unreadable(clause)
        following = _resolve(item, notes, previous, year)
        if following <= previous:
            raise _Unreadable(clause)
        days.add(following)
        previous = following
        rest = rest[item.end() :]
    return days, rest


def _resolve(
    match: re.Match[str], notes: list[str], previous: date | None, year: int | None
) -> date:
    """The date a match names; a missing year or month comes from the date before it."""
    y = match.group("y") or (previous.year if previous else year)
    m = match.group("m") or (previous.month if previous else None)
    if y is None or m is None or not 1900 <= int(y) <= 2100:
        raise _Unreadable(match.group(0))
    try:
        day = date(int(y), int(m), int(match.group("d")))
    except ValueError as exc:
        raise _Unreadable(match.group(0)) from exc
    if match.group("note") is not None:
        _check_note(notes[int(match.group("note"))], day)
    return day


def _check_note(note: str, day: date) -> None:
    """A bracketed note may hold the weekday (checked) and lunar dates (accepted as is)."""
    for part in re.split(r"[、,]", note):
        weekday = _WEEKDAY_NOTE.fullmatch(part)
        if weekday:
            if _WEEKDAYS[weekday.group(1)] != day.weekday():
                raise _Unreadable(note)
        elif not _LUNAR_NOTE.fullmatch(part):
            raise _Unreadable(note)


def _number(text: str) -> int:
    """An Arabic or a small Chinese number (一 … 九十九)."""
    if text.isdigit():
        return int(text)
    try:
        if "十" not in text:
            return _CN_DIGITS[text]
        tens, units = text.split("十")
        return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)
    except (KeyError, ValueError) as exc:
        raise _Unreadable(text) from exc
