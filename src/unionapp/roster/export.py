"""Writing the roster, and the rows an import rejected, to .xlsx/.csv.

ID numbers and phones are masked unless asked for. Cells can never run as formulas
(`unionapp.tabular.write_table`). Rejected rows are written with the file's own columns, as they
were in the file, plus the row number and a reason column, so they can be fixed and imported
again.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from unionapp.errors import UserError
from unionapp.roster.reader import XLSX_SUFFIXES, RosterRead, RowResult
from unionapp.roster.search import MemberQuery, MemberRow, iter_members
from unionapp.roster.validate import mask_id, mask_phone, number_to_text
from unionapp.storage.unions import identity
from unionapp.tabular import decode_csv_bytes, write_table

EXPORT_HEADERS = (
    "姓名",
    "性别",
    "部门",
    "职务",
    "手机/电话",
    "身份证号",
    "会员卡号",
    "入会日期",
    "状态",
    "备注",
)


def export_roster(
    engine: Engine,
    path: Path,
    *,
    with_id_numbers: bool = False,
    with_phones: bool = False,
    query: MemberQuery | None = None,
) -> int:
    """Write the members (all, or those matching `query`) in pinyin order; return how many.
    Unmasked ID numbers only for a login allowed them (a chair; anyone on a single PC)."""
    if with_id_numbers:
        with Session(engine) as session:
            if not identity(session).may_export_unmasked:
                raise UserError(
                    "只有工会主席才能导出完整的身份证号；工作人员导出的名册中身份证号是隐去的。"
                )
    count = 0

    def rows() -> Iterator[list[Any]]:
        nonlocal count
        for row in iter_members(engine, query or MemberQuery()):
            count += 1
            yield _export_row(row, with_id_numbers, with_phones)

    write_table(Path(path), EXPORT_HEADERS, rows(), sheet_title="会员名册")
    return count


def _export_row(row: MemberRow, with_id_numbers: bool, with_phones: bool) -> list[Any]:
    id_number = row.id_number or ""
    phone = row.phone or ""
    return [
        row.name,
        row.gender,
        row.department,
        row.position,
        phone if with_phones else (mask_phone(phone) if phone else ""),
        id_number if with_id_numbers else (mask_id(id_number) if id_number else ""),
        row.card_number or "",
        row.join_date.isoformat() if row.join_date else "",
        row.status,
        row.notes,
    ]


def save_rejected(read: RosterRead, rejected: Iterable[RowResult], path: Path) -> Path:
    """Write the rejected rows, their cells as in the file, to an .xlsx with 原行号 and 问题."""
    raw = _raw_rows(read)
    columns = sorted(read.columns.values(), key=lambda c: c.index)
    headers = ["原行号", *(c.header_text for c in columns), "问题"]
    offset = read.header_row  # raw[0] is the row after the header

    def rows() -> Iterator[list[Any]]:
        for row in rejected:
            cells = raw[row.row - offset - 1] if 0 <= row.row - offset - 1 < len(raw) else []
            values = [_cell_text(cells[c.index]) if c.index < len(cells) else "" for c in columns]
            reasons = "；".join(error.message for error in row.errors)
            yield [row.row, *values, reasons]

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    return write_table(path, headers, rows(), sheet_title="未导入的行")


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        return number_to_text(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _raw_rows(read: RosterRead) -> list[list[Any]]:
    """The sheet's cells below the header row, indexed by sheet column (as the reader saw them)."""
    path = read.path
    if path.suffix.lower() in XLSX_SUFFIXES:
        from python_calamine import CalamineWorkbook

        with CalamineWorkbook.from_path(str(path)) as workbook:
            sheet = workbook.get_sheet_by_name(read.sheet_name)
            first_row, first_column = sheet.start or (0, 0)
            cells = sheet.to_python()
        padded = [[""] * first_column + list(row) for row in cells]
        return padded[read.header_row - first_row :]
    text = decode_csv_bytes(path.read_bytes())
    sample = text[:8192]
    delimiter = max(",\t;", key=sample.count) if sample else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    return rows[read.header_row :]
