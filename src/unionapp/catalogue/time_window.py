"""A programme's time window as months and as the words the notice uses, each made from the other."""

from __future__ import annotations

from unionapp.catalogue.notice.windows import parse_window

__all__ = ["parse_window", "window_text"]


def window_text(start: int | None, end: int | None) -> str:
    """The words for a window of months: 全年, 5月, 3月—12月, 9月—次年1月 (empty if unknown)."""
    if start is None and end is None:
        return ""
    if start is None or end is None:
        return f"{start or end}月"
    if (start, end) == (1, 12):
        return "全年"
    if start == end:
        return f"{start}月"
    if end < start:
        return f"{start}月—次年{end}月"
    return f"{start}月—{end}月"
