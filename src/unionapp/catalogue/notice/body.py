"""Section 二 (工作内容): categories （一）…, numbered items, their fields, and sub-items (1)…."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from unionapp.catalogue.notice.text import tidy, tidy_name

Line = tuple[int, str]

_CN = "一二三四五六七八九十"
CATEGORY = re.compile(rf"^[（(]\s*([{_CN}]+)\s*[）)]\s*(.*)$")
_ITEM = re.compile(r"^(\d{1,2})\s*[.、．]\s*(\S.*)$")
_PAREN_ITEM = re.compile(r"^[（(]\s*(\d{1,2})\s*[）)]\s*(\S.*)$")
_FIELD_NAMES = {
    "时间安排": "time", "活动时间": "time", "举办时间": "time", "时间": "time",
    "主要内容": "content", "活动内容": "content", "内容": "content",
    "参与方式": "participation", "参加方式": "participation", "报名方式": "participation",
    "承办单位": "providers", "承办方": "providers", "主办单位": "providers",
}  # fmt: skip
_FIELD = re.compile(rf"^({'|'.join(sorted(_FIELD_NAMES, key=len, reverse=True))})\s*[：:]\s*(.*)$")
_PROSE = ("content", "participation")
# a field that starts within a line (“…至10月。主要内容：…”, “1.职工摄影展 时间安排：4月”)
_INLINE_FIELD = re.compile(
    r"(?<=[。；;\s])(?=(?:时间安排|活动时间|主要内容|活动内容|参与方式|参加方式|报名方式|承办单位)\s*[：:])"
)
_HEADING_REST = re.compile(r"[^。；;：:]{1,30}")


@dataclass
class BodyItem:
    """A programme described in section 二, or one numbered part of one (sub-item)."""

    section: str
    title: str
    line: int
    fields: dict[str, str] = field(default_factory=dict)
    subitems: list[BodyItem] = field(default_factory=list)
    number: int | None = None
    field_lines: dict[str, int] = field(default_factory=dict)

    def text(self, name: str) -> str:
        return tidy(self.fields.get(name, ""))

    @property
    def providers(self) -> list[str]:
        raw = self.fields.get("providers", "")
        return [tidy_name(p) for p in re.split(r"[、，,；;]+", raw) if p.strip()]


@dataclass
class BodyReading:
    items: list[BodyItem]
    unparsed: list[Line]


def _append(item: BodyItem, name: str, text: str) -> None:
    item.fields[name] = item.fields.get(name, "") + text.strip()


class _Reader:
    def __init__(self) -> None:
        self.items: list[BodyItem] = []
        self.unparsed: list[Line] = []
        self.category: tuple[str, str] | None = None  # (numeral, heading)
        self.category_item: BodyItem | None = None
        self.item: BodyItem | None = None
        self.field: str | None = None

    def section(self, number: str | None = None, sub: int | None = None) -> str:
        label = "二" + (f"({self.category[0]})" if self.category else "")
        return label + (number or "") + (f"({sub})" if sub is not None else "")

    def feed(self, number: int, text: str) -> None:
        in_content = self.item is not None and self.field == "content"
        if in_content and (sub := self._subitem(text)):
            return self._start_subitem(number, *sub)
        if match := CATEGORY.match(text):
            self.category = (match.group(1), tidy(match.group(2)))
            self.item, self.field, self.category_item = None, None, None
            return None
        if match := _FIELD.match(text):
            return self._field(number, text, _FIELD_NAMES[match.group(1)], match.group(2))
        if match := _ITEM.match(text) or _PAREN_ITEM.match(text):
            self.item = BodyItem(
                self.section(match.group(1)),
                tidy_name(match.group(2)),
                number,
            )
            self.items.append(self.item)
            self.field = None
            return None
        return self._continuation(number, text)

    def _subitem(self, text: str) -> tuple[int, str] | None:
        assert self.item is not None
        match = _PAREN_ITEM.match(text) or _ITEM.match(text)
        if match is None:
            return None
        if self.item.fields.get("content") and not self.item.subitems:
            return None
        return int(match.group(1)), match.group(2)

    def _start_subitem(self, number: int, sub: int, text: str) -> None:
        assert self.item is not None
        parent = self.item
        item = BodyItem(
            f"{parent.section}({sub})",
            "",
            number,
            {"content": text.strip()},
            number=sub,
        )
        parent.subitems.append(item)

    def _field(self, number: int, text: str, name: str, value: str) -> None:
        if self.item is None and self.category is not None and self.category_item is None:
            # a category without numbered items is itself the programme, as 二(三)
            self.category_item = BodyItem(self.section(), self.category[1], number)
            self.items.append(self.category_item)
            self.item = self.category_item
        if self.item is None or name in self.item.fields:
            self.unparsed.append((number, text))
            return
        self.item.fields[name] = value.strip()
        self.item.field_lines[name] = number
        self.field = name

    def _continuation(self, number: int, text: str) -> None:
        if self.item is None:
            if self.category is not None or self.items:
                self.unparsed.append((number, text))
            return  # the section's opening paragraph
        if self.field in _PROSE:
            target = self.item
            if self.field == "content" and self.item.subitems:
                target = self.item.subitems[-1]
            _append(target, "content" if target is not self.item else self.field, text)
            return
        if self.field == "providers" and re.fullmatch(r"[^\s，。；：:,;]{2,30}", text.strip()):
            _append(self.item, "providers", text)
            return
        if self.field is None and not self.item.fields and _HEADING_REST.fullmatch(text):
            self.item.title = tidy_name(f"{self.item.title}{text}")  # a heading OCR broke in two
            return
        self.unparsed.append((number, text))


def read_section_two(lines: list[Line]) -> BodyReading:
    """The items of section 二; the lines that fit no part of its grammar are returned as unparsed."""
    reader = _Reader()
    for number, text in lines:
        for part in _INLINE_FIELD.split(text.strip()):
            if part.strip():
                reader.feed(number, part.strip())
    return BodyReading(reader.items, reader.unparsed)
