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
