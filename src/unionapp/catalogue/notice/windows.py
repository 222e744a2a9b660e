"""Activity time windows: 3月—12月, 3月至12月, 全年, 4月, 5、6月, 9月—次年1月, 上半年, 下半年."""

from __future__ import annotations

import re
from itertools import pairwise

from unionapp.catalogue.notice.text import cn_number

_MONTH = r"(\d{1,2}|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:\d{1,2}日|上旬|中旬|下旬|初|中|底|中下旬)?"
_DASH = r"(?:[—–\-－~～]+|至|到)"
_SINGLE = re.compile(rf"^{_MONTH}月{_DAY}$")
_RANGE = re.compile(rf"^{_MONTH}月?{_DAY}{_DASH}(次年|翌年|下一?年)?{_MONTH}月{_DAY}$")
_LIST = re.compile(rf"^{_MONTH}(?:[、，,]{_MONTH})+月$")
_WHOLE = {"全年": (1, 12), "全年度": (1, 12), "常年": (1, 12), "上半年": (1, 6), "下半年": (7, 12)}


def _month(text: str) -> int | None:
    number = cn_number(text)
    return number if number is not None and 1 <= number <= 12 else None


def parse_window(text: str) -> tuple[int, int] | None:
    """(start month, end month) of a time window; None when it cannot be read with certainty.

    A window across the new year (9月—次年1月) ends before it starts: (9, 1).
    """
    text = re.sub(r"\s+", "", text).rstrip("。；;，,")
    text = re.sub(r"^20\d\d年", "", text)
    if text in _WHOLE:
        return _WHOLE[text]
    if match := _SINGLE.match(text):
        month = _month(match.group(1))
        return (month, month) if month else None
    if match := _RANGE.match(text):
        start, end = _month(match.group(1)), _month(match.group(3))
        if start is None or end is None or (end < start and not match.group(2)):
            return None
        return start, end
    if _LIST.match(text):
        parts = [_month(part) for part in re.split(r"[、，,]", text[:-1])]
        months = [m for m in parts if m is not None]
        if len(months) != len(parts) or any(b - a != 1 for a, b in pairwise(months)):
            return None  # 3、5月 is two months, not a window
        return months[0], months[-1]
    return None
