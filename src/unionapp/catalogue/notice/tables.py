"""Attachment tables (附件1 culture, 附件2 sports): one programme a row, sub-rows, split rows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from unionapp.catalogue.notice.contacts import parse_names, parse_phones
from unionapp.catalogue.notice.text import table_cells, tidy_name
from unionapp.catalogue.notice.windows import parse_window

Line = tuple[int, str]

_COLUMNS = {
    "seq": ("序号",),
    "name": ("项目名称", "活动名称", "名称", "项目"),
    "time": ("活动时间", "时间安排", "时间"),
    "providers": ("承办单位", "主办单位"),
    "contact": ("联系人",),
    "phones": ("联系电话", "电话"),
}


@dataclass
class TableRow:
    """One programme of an attachment table.

    ``kind`` is ``row`` (numbered), ``sibling`` (an unnumbered row continuing the numbered one
    above: the same item number, a programme of its own), ``group`` (a numbered row whose name
    spans two columns: the group) or ``child`` (a programme under the group above).
    """

    line: int
    seq: str
    kind: str
    name: str
    time_window: str = ""
    window: tuple[int, int] | None = None
    providers: list[str] = field(default_factory=list)
    contacts: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    doubtful: bool = False


@dataclass
class TableReading:
    rows: list[TableRow]
    unparsed: list[Line]
    read: set[int]


def header_columns(text: str) -> dict[str, int | tuple[int, int]] | None:
    """Column positions of a programme table's header row; None if the line is not one."""
    cells = table_cells(text)
    if "序号" not in cells or not any(c in _COLUMNS["name"] for c in cells):
        return None
    found: dict[str, int | tuple[int, int]] = {}
    for index, cell in enumerate(cells):
        for key, labels in _COLUMNS.items():
            if cell in labels and key not in found:
                found[key] = index
    name = found.get("name")
    if not isinstance(name, int) or "time" not in found or "providers" not in found:
        return None
    span = 1
    while name + span < len(cells) and not cells[name + span]:
        span += 1
    found["name"] = (name, span)
    found["width"] = len(cells)
    return found


def _join_split(first: list[str], second: list[str], width: int) -> list[str] | None:
    """One row from two lines OCR split it into, when the cell counts leave no doubt."""
    if len(first) + len(second) == width:
        return first + second
    if len(first) + len(second) - 1 == width:
        return [*first[:-1], first[-1] + second[0], *second[1:]]
    return None


class _TableReader:
    def __init__(self) -> None:
        self.rows: list[TableRow] = []
        self.unparsed: list[Line] = []
        self.read: set[int] = set()
        self.columns: dict[str, int | tuple[int, int]] | None = None
        self.pending: tuple[int, str, list[str]] | None = None
        self.group: TableRow | None = None
        self.numbered: TableRow | None = None

    def feed(self, number: int, text: str) -> None:
        if columns := header_columns(text):
            self._flush()
            self.columns = columns
            self.read.add(number)
            return
        if self.columns is None:
            return
        width = int(self.columns["width"])  # type: ignore[arg-type]
        cells = table_cells(text)
        while len(cells) > width and not cells[-1]:
            cells.pop()
        if self.pending is not None and len(cells) == width:
            self._flush()
        if self.pending is not None:
            first_line, first_text, first = self.pending
            self.pending = None
            joined = _join_split(first, cells, width)
            if joined is None:
                self.unparsed.append((first_line, first_text))
            else:
                self.read.add(first_line)
                self._row(number, f"{first_text} {text}", joined)
                return
        if len(cells) == width:
            self._row(number, text, cells)
        elif len(cells) < width:
            self.pending = (number, text, cells)
        else:
            self.unparsed.append((number, text))

    def _flush(self) -> None:
        if self.pending is not None:
            self.unparsed.append(self.pending[:2])
            self.pending = None

    def finish(self) -> None:
        self._flush()

    def _cell(self, cells: list[str], key: str) -> str:
        assert self.columns is not None
        index = self.columns.get(key)
        return cells[index] if isinstance(index, int) else ""

    def _row(self, number: int, text: str, cells: list[str]) -> None:
        assert self.columns is not None
        start, span = self.columns["name"]  # type: ignore[misc]
        names = [tidy_name(c) for c in cells[start : start + span]]
        seq = re.sub(r"\s+", "", self._cell(cells, "seq"))
        row = TableRow(number, seq, "row", "")
        filled = [n for n in names if n]
        if (seq and not seq.isdigit()) or not filled:
            self.unparsed.append((number, text))
            return
        if seq:
            self.group = None
            if span > 1 and names[0] and len(filled) > 1:
                self.group = TableRow(number, seq, "group", names[0])
                self.rows.append(self.group)
                row.kind, row.name = "child", " ".join(filled[1:])
            else:
                row.name = " ".join(filled)
                self.numbered = row
        elif self.group is not None and not names[0]:
            row.seq, row.kind, row.name = self.group.seq, "child", " ".join(filled)
        elif self.numbered is not None and self.group is None:
            row.seq, row.kind, row.name = self.numbered.seq, "sibling", " ".join(filled)
        else:
            self.unparsed.append((number, text))
            return
        self._details(row, cells)
        self.rows.append(row)
        self.read.add(number)
        if row.doubtful:
            self.unparsed.append((number, text))

    def _details(self, row: TableRow, cells: list[str]) -> None:
        row.time_window = re.sub(r"\s+", "", self._cell(cells, "time"))
        row.window = parse_window(row.time_window)
        row.providers = [
            tidy_name(p) for p in re.split(r"[\s、，,；;]+", self._cell(cells, "providers")) if p
        ]
        names = parse_names(self._cell(cells, "contact"))
        phones = parse_phones(self._cell(cells, "phones"))
        row.contacts = names or []
        row.phones = phones or []
        row.doubtful = (
            names is None or phones is None or row.window is None or not row.providers
            or len(row.contacts) > 1
        )  # fmt: skip


def read_programme_table(lines: list[Line]) -> TableReading:
    """The programme rows of one attachment's table(s) (a table may restart its header per page)."""
    reader = _TableReader()
    for number, text in lines:
        if text.strip():
            reader.feed(number, text)
    reader.finish()
    return TableReading(reader.rows, reader.unparsed, reader.read)
