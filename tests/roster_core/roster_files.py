"""Builders of real roster files for the tests: ID numbers with their check digit, .xlsx, .csv."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def make_id(first17: str) -> str:
    """Complete 17 digits with their GB 11643 check character (computed here, independently)."""
    remainder = sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True)) % 11
    return first17 + "10X98765432"[remainder]


def write_xlsx(
    path: Path,
    rows: Sequence[Sequence[Any]],
    *,
    merges: Sequence[str] = (),
    extra_sheets_before: Sequence[tuple[str, Sequence[Sequence[Any]]]] = (),
) -> Path:
    """Write rows (None leaves a cell empty) to the first data sheet of a new workbook."""
    workbook = openpyxl.Workbook()
    first = workbook.active
    assert first is not None
    for title, content in extra_sheets_before:
        sheet = workbook.create_sheet(title)
        for row in content:
            sheet.append(list(row))
    data = workbook.create_sheet("会员名册")
    workbook.remove(first)
    for row in rows:
        data.append(list(row))
    for cell_range in merges:
        data.merge_cells(cell_range)
    workbook.save(path)
    return path


def write_csv(
    path: Path, rows: Sequence[Sequence[str]], encoding: str, delimiter: str = ","
) -> Path:
    text = "\r\n".join(delimiter.join(row) for row in rows) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def write_xls(path: Path, rows: Sequence[Sequence[Any]], sheet: str = "会员名册") -> Path:
    """An Excel 97-2003 workbook (.xls, BIFF8) as old office PCs keep them, written by xlwt."""
    import xlwt

    workbook = xlwt.Workbook(encoding="utf-8")
    data = workbook.add_sheet(sheet)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                data.write(r, c, value)
    workbook.save(str(path))
    return path


def write_ods(path: Path, rows: Sequence[Sequence[Any]], sheet: str = "会员名册") -> Path:
    """An OpenDocument spreadsheet (.ods, as WPS and LibreOffice save it), written by odfpy."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name=sheet)
    for row in rows:
        table_row = TableRow()
        for value in row:
            if value is None:
                table_row.addElement(TableCell())
            elif isinstance(value, int | float):
                cell = TableCell(valuetype="float", value=value)
                cell.addElement(P(text=str(value)))
                table_row.addElement(cell)
            else:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=str(value)))
                table_row.addElement(cell)
        table.addElement(table_row)
    document.spreadsheet.addElement(table)
    document.save(str(path))
    return path
