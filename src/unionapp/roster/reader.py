"""Reading a roster spreadsheet (.xlsx, .xls, .xlsb, .ods or .csv) into checked, normalised rows.

`read_roster` finds the header row below any title rows, maps the headers to member fields by
their usual names, normalises every value and checks it. A row with any bad value, or one that
repeats an earlier row, is rejected as a whole; each rejection names the row as the user sees it
in the spreadsheet, the column (header text and letter) and the reason. Nothing is written.
"""

from __future__ import annotations

import csv
import gc
import io
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from unionapp.errors import UserError
from unionapp.roster.validate import (
    DEFAULT_STATUS,
    FieldError,
    IdInfo,
    clean_text,
    normalize_gender,
    normalize_mobile_or_landline,
    normalize_name,
    normalize_status,
    number_to_text,
    parse_date_value,
    validate_card_number,
    validate_id_number,
)
from unionapp.tabular import (
    READABLE_TEXT,
    WORKBOOK_SUFFIXES,
    decode_csv_with_encoding,
    read_workbook,
)

FIELDS: tuple[str, ...] = (
    "name",
    "gender",
    "department",
    "position",
    "phone",
    "id_number",
    "card_number",
    "join_date",
    "status",
    "notes",
)
FIELD_LABELS: dict[str, str] = {
    "name": "姓名",
    "gender": "性别",
    "department": "部门",
    "position": "职务",
    "phone": "手机/电话",
    "id_number": "身份证号",
    "card_number": "会员卡号",
    "join_date": "入会日期",
    "status": "状态",
    "notes": "备注",
}
REQUIRED_FIELDS: tuple[str, ...] = ("name",)
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "会员姓名", "职工姓名", "员工姓名"),
    "gender": ("性别",),
    "department": ("部门", "所在部门", "单位", "所在单位", "工作单位", "科室", "部门/单位"),
    "position": ("职务", "职位", "岗位"),
    "phone": (
        "手机",
        "手机号",
        "手机号码",
        "联系电话",
        "电话",
        "电话号码",
        "联系方式",
        "移动电话",
    ),
    "id_number": (
        "身份证",
        "身份证号",
        "身份证号码",
        "证件号码",
        "证件号",
        "公民身份号码",
        "身份证件号码",
    ),
    "card_number": (
        "卡号",
        "会员卡号",
        "互助服务卡号",
        "服务卡号",
        "工会会员互助服务卡号",
        "会员互助服务卡号",
        "会员服务卡号",
        "互助卡号",
    ),
    "join_date": ("入会日期", "入会时间", "入会年月"),
    "status": ("状态", "会员状态"),
    "notes": ("备注", "说明"),
}
# Headers that carry nothing to import and are not worth reporting as unknown.
IGNORED_HEADERS: frozenset[str] = frozenset({"序号", "编号", "序", "no", "no."})
IGNORE = ""  # a mapping value that tells the reader to skip a column

XLSX_SUFFIXES = WORKBOOK_SUFFIXES  # .xlsx .xlsm .xls .xlsb .ods, all through python-calamine
CSV_SUFFIXES = frozenset({".csv"})
_SAVE_AS_XLSX = frozenset({".numbers", ".wps"})
_HEADER_SEARCH_ROWS = 50
_HEADER_NOISE_RE = re.compile(r"\s+|[*＊:：]|[(（【\[][^)）】\]]*[)）】\]]")
_CSV_FORMULA_TEXT_RE = re.compile(r'^="(.*)"$', re.DOTALL)


class RosterFileError(Exception):
    """The file as a whole cannot be read; the message (Chinese) names the file and says why."""


@dataclass(frozen=True, slots=True)
class ColumnInfo:
    """A column of the sheet: its header as written, its letter (A, B, … AA) and 0-based index."""

    header_text: str
    letter: str
    index: int


@dataclass(frozen=True, slots=True)
class RowError:
    """A problem with one value (or a whole row when `column` is None)."""

    row: int  # as the user sees it in the spreadsheet (1-based, title rows counted)
    column: ColumnInfo | None
    reason: str
    field: str | None = None

    @property
    def message(self) -> str:
        """The problem as one sentence: 第 7 行 C 列“身份证号”：…"""
        where = f"第 {self.row} 行"
        if self.column is not None:
            where += f" {self.column.letter} 列“{self.column.header_text}”"
        return f"{where}：{self.reason}"


@dataclass(slots=True)
class RowResult:
    """One non-blank data row: normalised values, and why it is rejected if it is.

    `values` holds every field of FIELDS: text fields as str ("" when blank), id_number and
    card_number as str or None, join_date as date or None, status defaulting to 在册, and gender
    taken from the ID number when the gender cell is blank.
    """

    row: int
    values: dict[str, Any]
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(slots=True)
class RosterRead:
    """The result of reading a roster file. Rows with errors must not be imported.

    When a required column is missing (`missing_required`), no rows are read: the user maps a
    column (pass `mapping`) and the file is read again.
    """

    path: Path
    sheet_name: str
    header_row: int  # as the user sees it
    columns: dict[str, ColumnInfo]
    unknown_headers: list[str]
    missing_required: list[str]
    rows: list[RowResult]
    encoding: str = ""  # a CSV's text encoding ("GBK", "UTF-8", …); "" for a workbook

    @property
    def accepted(self) -> list[RowResult]:
        return [row for row in self.rows if not row.errors]

    @property
    def rejected(self) -> list[RowResult]:
        return [row for row in self.rows if row.errors]


@dataclass(frozen=True, slots=True)
class _Sheet:
    name: str
    first_row: int  # 0-based sheet row of cells[0]
    first_column: int  # 0-based sheet column of cells[*][0]
    cells: list[list[Any]]
    encoding: str = ""


def read_roster(path: Path, mapping: dict[str, str] | None = None) -> RosterRead:
    """Read a roster workbook or .csv. `mapping` maps header text to a field name (or IGNORE)
    and wins over the built-in header synonyms. Raises RosterFileError for an unreadable file."""
    path = Path(path)
    header_lookup = _header_lookup(mapping or {})
    with gc_paused():
        sheets = list(_read_sheets(path))
        if not any(_has_data(sheet.cells) for sheet in sheets):
            raise RosterFileError(f"文件“{path.name}”是空的，没有任何数据。")
        for sheet in sheets:
            found = _find_header(sheet, header_lookup)
            if found is not None:
                return _read_rows(path, sheet, *found)
    expected = "、".join(FIELD_LABELS.values())
    raise RosterFileError(
        f"在文件“{path.name}”的前 {_HEADER_SEARCH_ROWS} 行里没有找到表头行。"
        f"表头行应有“姓名”列，并可有这些列：{expected}。"
    )


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cycle collector while a large sheet becomes rows and rows become members: the
    cells and rows hold no cycles, and collecting over a million fresh objects again and again
    costs a quarter of the reading time. Nested pauses resume only at the outermost."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# --- opening the file -------------------------------------------------------------------


def _read_sheets(path: Path) -> Iterator[_Sheet]:
    if not path.exists():
        raise RosterFileError(f"找不到文件“{path}”。")
    if not path.is_file():
        raise RosterFileError(f"“{path}”是文件夹，不是名册文件。")
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES or suffix in (".et", ".ett"):
        return _read_workbook(path)
    if suffix in CSV_SUFFIXES:
        return iter([_read_csv(path)])
    if suffix in _SAVE_AS_XLSX:
        raise RosterFileError(
            f"文件“{path.name}”是 {suffix} 格式，本程序不能直接读取：请在 Excel/WPS 中打开它，"
            "另存为 .xlsx（Excel 工作簿）后再导入。"
        )
    raise RosterFileError(f"文件“{path.name}”不是名册表格：只能导入 {READABLE_TEXT} 文件。")


def _read_workbook(path: Path) -> Iterator[_Sheet]:
    try:
        sheets = read_workbook(path)
    except UserError as error:
        raise RosterFileError(str(error)) from None
    return iter(_Sheet(s.name, s.first_row, s.first_column, s.cells) for s in sheets)


def _read_csv(path: Path) -> _Sheet:
    data = path.read_bytes()
    try:
        text, encoding = decode_csv_with_encoding(data, path.name)
    except UserError as exc:
        raise RosterFileError(str(exc)) from None
    sample = text[:8192]
    delimiter = max(",\t;", key=sample.count) if sample else ","
    rows = [
        [_unwrap_csv_text(cell) for cell in row]
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    ]
    return _Sheet(path.stem, 0, 0, rows, encoding)


def _unwrap_csv_text(cell: str) -> str:
    """Excel writes ="0123" to keep leading zeros in a CSV; take the text inside."""
    if cell.startswith('="'):
        match = _CSV_FORMULA_TEXT_RE.match(cell)
        if match:
            return match.group(1)
    return cell


# --- the header row -----------------------------------------------------------------------


def _header_key(text: object) -> str:
    """Header text reduced for matching: no spaces, required-marks, colons or (notes)."""
    if not isinstance(text, str):
        return ""
    return _HEADER_NOISE_RE.sub("", clean_text(text)).lower()


def _header_lookup(mapping: dict[str, str]) -> dict[str, str]:
    lookup = {
        _header_key(synonym): name
        for name, synonyms in HEADER_SYNONYMS.items()
        for synonym in synonyms
    }
    lookup.update(dict.fromkeys(IGNORED_HEADERS, IGNORE))
    for header, target in mapping.items():
        if target != IGNORE and target not in FIELDS:
            raise ValueError(f"unknown roster field {target!r} in mapping")
        lookup[_header_key(header)] = target
    return lookup


def _find_header(
    sheet: _Sheet, lookup: dict[str, str]
) -> tuple[int, dict[str, ColumnInfo], list[str]] | None:
    """Return (index in cells, columns by field, unknown headers) of the first header row."""
    for index, cells in enumerate(sheet.cells[:_HEADER_SEARCH_ROWS]):
        fields = {lookup.get(_header_key(cell)) for cell in cells} - {None, IGNORE}
        if "name" in fields or len(fields) >= 2:
            columns: dict[str, ColumnInfo] = {}
            unknown: list[str] = []
            for position, cell in enumerate(cells):
                header = " ".join(str(cell).split()) if cell not in ("", None) else ""
                if not header:
                    continue
                target = lookup.get(_header_key(cell))
                if target == IGNORE:
                    continue
                if target is None or target in columns:
                    unknown.append(header)
                    continue
                column = position + sheet.first_column
                columns[target] = ColumnInfo(header, column_letter(column), column)
            return index, columns, unknown
    return None


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def _has_data(cells: list[list[Any]]) -> bool:
    return any(value not in ("", None) for row in cells for value in row)


# --- the data rows --------------------------------------------------------------------------


def _read_rows(
    path: Path,
    sheet: _Sheet,
    header_index: int,
    columns: dict[str, ColumnInfo],
    unknown: list[str],
) -> RosterRead:
    missing = [name for name in REQUIRED_FIELDS if name not in columns]
    result = RosterRead(
        path=path,
        sheet_name=sheet.name,
        header_row=sheet.first_row + header_index + 1,
        columns=columns,
        unknown_headers=unknown,
        missing_required=missing,
        rows=[],
        encoding=sheet.encoding,
    )
    if missing:
        return result
    reader = _RowReader(columns, sheet.first_column)
    duplicates = _DuplicateFinder(columns)
    first_row = sheet.first_row + header_index + 2
    for row in reader.read_all(first_row, sheet.cells[header_index + 1 :]):
        if not row.errors:
            duplicates.check(row)
        result.rows.append(row)
    return result


class _Failed:
    """A cell value that failed its check, with the reason."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason


class _RowReader:
    """Normalises and checks the rows column by column: each distinct value of a column is
    converted once (departments, dates, names and genders repeat a lot in a large roster), then
    the rows are put together from the converted columns."""

    def __init__(self, columns: dict[str, ColumnInfo], first_column: int) -> None:
        self._today = today = date.today()
        self._converters: dict[str, Callable[[Any], Any]] = {
            "name": normalize_name,
            "gender": normalize_gender,
            "department": _text,
            "position": _text,
            "phone": normalize_mobile_or_landline,
            "id_number": lambda value: validate_id_number(value, today=today),
            "card_number": validate_card_number,
            "join_date": parse_date_value,
            "status": normalize_status,
            "notes": _text,
        }
        self._columns = columns
        self._plan = [(name, column.index - first_column) for name, column in columns.items()]

    def read_all(self, first_row: int, rows: list[list[Any]]) -> Iterator[RowResult]:
        """Each non-blank row's values and problems, in sheet order; `first_row` is the number
        the user sees on rows[0]."""
        names = [name for name, _ in self._plan]
        converted: list[list[Any]] = []
        failing: set[int] = set()
        width = min(map(len, rows), default=0)
        for name, position in self._plan:
            column, failed = self._convert_column(name, _column_cells(rows, position, width))
            converted.append(column)
            if failed:
                failing.update(i for i, value in enumerate(column) if value.__class__ is _Failed)
        positions = [position for _, position in self._plan]
        for index, cells in enumerate(zip(*converted, strict=True)):
            values = _BLANK_VALUES.copy()
            values.update(zip(names, cells, strict=True))
            if (
                not values["name"]
                and index not in failing
                and _is_blank_row(rows[index], positions)
            ):
                continue
            row = RowResult(first_row + index, values)
            if index in failing:
                self._report_failures(row)
            self._check_row(row)
            yield row

    def _convert_column(self, name: str, cells: list[Any]) -> tuple[list[Any], bool]:
        """The converted value of each cell (the field's blank value for a blank cell, _Failed
        for a bad one) and whether any cell failed."""
        convert = self._converters[name]
        default = _BLANK_VALUES[name]

        def converted(value: Any) -> Any:
            if value == "" or value is None or (value.__class__ is str and value.isspace()):
                return default  # _is_blank, inlined: this runs once per distinct cell
            try:
                return convert(value)
            except FieldError as error:
                return _Failed(error.reason)

        if set(map(type, cells)) <= _EXACT_KEY_TYPES:  # equal cells convert alike (no True == 1)
            distinct: dict[Any, Any] = dict.fromkeys(cells)
            for value in distinct:
                distinct[value] = converted(value)
            results = distinct.values()
            return list(map(distinct.__getitem__, cells)), any(
                value.__class__ is _Failed for value in results
            )
        column = [converted(value) for value in cells]
        return column, any(value.__class__ is _Failed for value in column)

    def _report_failures(self, row: RowResult) -> None:
        values = row.values
        for name, _ in self._plan:
            value = values[name]
            if value.__class__ is _Failed:
                row.errors.append(RowError(row.row, self._columns[name], value.reason, name))
                values[name] = _BLANK_VALUES[name]

    def _check_row(self, row: RowResult) -> None:
        values = row.values
        if not values["name"] and not any(error.field == "name" for error in row.errors):
            row.errors.append(
                RowError(row.row, self._columns["name"], "姓名为空（姓名必须填写）", "name")
            )
        id_info = values["id_number"]
        if id_info is not None:
            values["id_number"] = id_info.value
            self._check_gender(row, id_info)
        if values["join_date"] is not None:
            self._check_join_date(row, id_info)

    def _check_gender(self, row: RowResult, id_info: IdInfo) -> None:
        """A blank gender is read from the ID number; a different one is warned about."""
        gender = row.values["gender"]
        if not gender:
            row.values["gender"] = id_info.gender
        elif gender != id_info.gender:
            reason = f"性别填的是“{gender}”，但身份证号显示为“{id_info.gender}”，请核对"
            row.warnings.append(RowError(row.row, self._columns["gender"], reason, "gender"))

    def _check_join_date(self, row: RowResult, id_info: IdInfo | None) -> None:
        join_date = row.values["join_date"]
        column = self._columns["join_date"]
        if join_date > self._today:
            row.warnings.append(RowError(row.row, column, "入会日期晚于今天，请核对", "join_date"))
        elif id_info is not None and join_date < id_info.birth_date:
            reason = "入会日期早于身份证号中的出生日期，请核对"
            row.warnings.append(RowError(row.row, column, reason, "join_date"))


class _DuplicateFinder:
    """The same person: same ID number; else same card number; else same name and phone."""

    def __init__(self, columns: dict[str, ColumnInfo]) -> None:
        self._columns = columns
        self._by_id: dict[str, int] = {}
        self._by_card: dict[str, int] = {}
        self._by_name_phone: dict[tuple[str, str], list[RowResult]] = {}

    def check(self, row: RowResult) -> None:
        values = row.values
        id_number, card = values["id_number"], values["card_number"]
        if id_number and id_number in self._by_id:
            self._reject(row, "id_number", self._by_id[id_number], "身份证号相同")
            return
        if card and card in self._by_card:
            self._reject(row, "card_number", self._by_card[card], "会员卡号相同")
            return
        phone = values["phone"]
        if phone:
            for earlier in self._by_name_phone.get((values["name"], phone), ()):
                if _may_be_same(earlier.values, values):
                    self._reject(row, "name", earlier.row, "姓名和电话都相同")
                    return
            self._by_name_phone.setdefault((values["name"], phone), []).append(row)
        if id_number:
            self._by_id[id_number] = row.row
        if card:
            self._by_card[card] = row.row

    def _reject(self, row: RowResult, name: str, earlier: int, why: str) -> None:
        row.errors.append(
            RowError(row.row, self._columns.get(name), f"与第 {earlier} 行重复（{why}）", name)
        )


def _may_be_same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Same name and phone is the same person unless their ID or card numbers tell them apart."""
    return all(not (a[key] and b[key] and a[key] != b[key]) for key in ("id_number", "card_number"))


def _text(value: Any) -> str:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number_to_text(value)
    if isinstance(value, date):
        return value.isoformat()
    return clean_text(str(value))


def _column_cells(rows: list[list[Any]], position: int, width: int) -> list[Any]:
    """The cells of one column (`width`: the shortest row's length); short rows (CSV) read as
    blank there."""
    if position < width:  # every row has the cell (always so from calamine)
        return list(map(itemgetter(position), rows))
    return [cells[position] if position < len(cells) else None for cells in rows]


def _is_blank(value: Any) -> bool:
    return value == "" or value is None or (value.__class__ is str and value.isspace())


def _is_blank_row(cells: list[Any], positions: list[int]) -> bool:
    return all(position >= len(cells) or _is_blank(cells[position]) for position in positions)


# Cell types whose equal values convert alike, so a column can be converted per distinct value.
_EXACT_KEY_TYPES = frozenset({str, float, int, type(None), date, datetime})
_BLANK_VALUES: dict[str, Any] = {
    "name": "",
    "gender": "",
    "department": "",
    "position": "",
    "phone": "",
    "id_number": None,
    "card_number": None,
    "join_date": None,
    "status": DEFAULT_STATUS,
    "notes": "",
}
