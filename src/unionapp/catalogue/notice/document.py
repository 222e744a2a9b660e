"""The parts of a notice: its number and title, section 二, and the attachments, found by headings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from unionapp.catalogue.notice.text import cn_number, plain_line, tidy

Line = tuple[int, str]

_SECTION_TWO = re.compile(r"^二\s*[、.．]")
_LATER_SECTION = re.compile(r"^[三四五六七八九十]\s*[、.．]")
_ATTACHMENT_LIST = re.compile(r"^附\s*件\s*[：:]")
_ATTACHMENT = re.compile(r"^附\s*件\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*[：:.．、]?\s*(.*)$")
_NUMBER = re.compile(r"[\u4e00-\u9fff]{2,10}\s*[〔［\[【（(]\s*(20\d\d)\s*[〕］\]】）)]\s*\d+\s*号")
_TITLE = re.compile(r"关于.*通知$")


@dataclass
class Attachment:
    """附件 N: its title and the lines after the title up to the next attachment."""

    number: int
    title: str
    lines: list[Line] = field(default_factory=list)


@dataclass
class NoticeParts:
    """The whole text (numbered lines) and where its parts are."""

    lines: list[Line]
    number: str = ""
    title: str = ""
    year: int | None = None
    section_two: list[Line] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)


def split_notice(text: str) -> NoticeParts:
    """Lines numbered from 1 (markdown marks removed) and the notice's parts."""
    lines = [(i, plain_line(raw)) for i, raw in enumerate(text.split("\n"), start=1)]
    parts = NoticeParts(lines)
    _read_heading(parts)
    starts = _attachment_starts(lines)
    end_of_body = starts[0][0] if starts else len(lines)
    two_start = next(
        (i for i, (_, t) in enumerate(lines[:end_of_body]) if _SECTION_TWO.match(t.strip())), None
    )
    if two_start is not None:
        stop = end_of_body
        for index in range(two_start + 1, end_of_body):
            text_ = lines[index][1].strip()
            if _LATER_SECTION.match(text_) or _ATTACHMENT_LIST.match(text_):
                stop = index
                break
        parts.section_two = lines[two_start + 1 : stop]
    for position, (index, number, title) in enumerate(starts):
        end = starts[position + 1][0] if position + 1 < len(starts) else len(lines)
        body = lines[index + 1 : end]
        title_line = lines[index][0] if title else None
        if not title:
            for line_no, text_ in body:
                if text_.strip():
                    if "\t" not in text_ and "序号" not in text_:  # not the table's header
                        title, title_line = text_.strip(), line_no
                    break
            body = [(n, t) for n, t in body if n != title_line]
        parts.attachments.append(Attachment(number, tidy(title), body))
    return parts


def _attachment_starts(lines: list[Line]) -> list[tuple[int, int, str]]:
    """(index, attachment number, title on the same line): the last heading of each number wins,
    so the list of attachments at the end of the body is not taken for the attachments themselves."""
    found: dict[int, tuple[int, str]] = {}
    for index, (_, text) in enumerate(lines):
        match = _ATTACHMENT.match(text.strip())
        if match and "\t" not in text:
            found[cn_number(match.group(1)) or 0] = (index, match.group(2).strip())
    return sorted((index, number, title) for number, (index, title) in found.items())


def _read_heading(parts: NoticeParts) -> None:
    """The document number (京工办发〔2023〕7号) and the title; the year from the title, else the number."""
    for _, raw in parts.lines[:80]:
        text = tidy(raw)
        if not parts.number and (match := _NUMBER.search(text)):
            parts.number = re.sub(r"\s+", "", match.group(0))
            parts.year = parts.year or int(match.group(1))
        elif not parts.title and _TITLE.search(text):
            parts.title = text
            if match := re.search(r"(20\d\d)年", text):
                parts.year = int(match.group(1))
