"""Cleaning notice text: markdown marks, OCR spaces, full-width forms, Chinese numerals."""

from __future__ import annotations

import re

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_CHAR = re.compile(f"[{CJK}]")
_FULLWIDTH = str.maketrans(
    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
    "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ\u3000",
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz ",
)
_MARKDOWN_LEAD = re.compile(r"^\s*(?:#{1,6}\s*|[-*+>]\s+|>\s*)+")
_BOLD = re.compile(r"\*\*|__")
_LINK_IN_PARENS = re.compile(r"\(\s*<(https?://[^>\s]+)>\s*\)")
_LINK = re.compile(r"<(https?://[^>\s]+)>")
_HALF_PARENS = re.compile(rf"\s*\(([^()]*[{CJK}][^()]*)\)\s*")
_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_DIGITS.update({"七": 7, "八": 8, "九": 9})
CN_NUMBER = r"(?:\d+|[零〇一二两三四五六七八九十百]+)"


def plain_line(line: str) -> str:
    """A line without markdown heading/list/bold marks, with full-width digits and letters made ASCII."""
    line = line.translate(_FULLWIDTH).replace("\xa0", " ")
    line = _MARKDOWN_LEAD.sub("", line)
    return _BOLD.sub("", line).rstrip()


def is_cjk(char: str) -> bool:
    return bool(_CJK_CHAR.match(char))


def _keeps_space(before: str, after: str, in_quotes: bool) -> bool:
    if before.isascii() and after.isascii() and before.isalnum() and after.isalnum():
        return True
    return in_quotes and is_cjk(before) and is_cjk(after)


def tidy(text: str) -> str:
    """Remove the spaces OCR and table layout put into Chinese text.

    A space stays only between two Latin letters or digits ("Will Go App"), or between two Chinese
    characters inside “quotes”, where it is part of a name (“奋进新时代 劳动创未来”). Markdown links
    left by the transcription become plain addresses.
    """
    text = _LINK_IN_PARENS.sub(r"（\1）", text)
    text = _LINK.sub(r"\1", text)
    text = re.sub(r"\s+", " ", text).strip()
    out: list[str] = []
    depth = 0
    for i, char in enumerate(text):
        if char == "“":
            depth += 1
        elif char == "”":
            depth = max(0, depth - 1)
        if char == " ":
            before = out[-1] if out else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            if before and after and _keeps_space(before, after, depth > 0):
                out.append(char)
            continue
        out.append(char)
    return "".join(out)


def tidy_name(text: str) -> str:
    """A programme or venue name: tidy, with half-width brackets around Chinese made full-width."""
    return tidy(_HALF_PARENS.sub(lambda m: f"（{m.group(1).strip()}）", tidy(text)))


def cn_number(text: str) -> int | None:
    """An Arabic or Chinese-numeral count (15, 十五, 二十, 一百二十) as an int; None if not a number."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if not text or any(c not in _DIGITS and c not in "十百" for c in text):
        return None
    total, current = 0, 0
    for char in text:
        if char in _DIGITS:
            current = _DIGITS[char]
        else:
            unit = 10 if char == "十" else 100
            total += (current or 1) * unit
            current = 0
    return total + current


def table_cells(line: str) -> list[str]:
    """The cells of a table line: tab-separated, or (OCR without tabs) separated by two or more
    spaces, so a single space stays inside a cell (``吴 镝``, ``65116642 13910662798``)."""
    parts = line.split("\t") if "\t" in line else re.split(r" {2,}", line.rstrip())
    return [part.strip() for part in parts]
