"""Helpers for the roster tests: valid ID numbers, and roster files written for real."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def make_id(birth: str = "19800101", serial: int = 1, male: bool = True) -> str:
    """A valid 18-digit ID number born on `birth` (YYYYMMDD)."""
    sequence = serial * 2 + (1 if male else 0)
    body = f"110105{birth}{sequence % 1000:03d}"
    check = "10X98765432"[sum(int(d) * w for d, w in zip(body, _WEIGHTS, strict=True)) % 11]
    return body + check


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], merge: str | None = None) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(list(row))
    for cells in sheet.iter_rows():
        for cell in cells:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text as typed, even when it starts with =
    if merge:
        sheet.merge_cells(merge)
    workbook.save(path)
    return path


def write_csv(path: Path, rows: Sequence[Sequence[Any]], encoding: str = "utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


HEADER = ["姓名", "性别", "部门", "手机号", "身份证号码", "会员卡号", "入会日期", "状态"]


@pytest.fixture
def basic_rows() -> list[list[Any]]:
    return [
        HEADER,
        ["张三", "男", "技术部", "13800138000", make_id(serial=1), "6001", "2021-05-01", "在册"],
        ["李四", "女", "财务部", "13900139000", make_id(serial=2, male=False), "6002", "", ""],
        ["单雄信", "男", "后勤部", "010-65116642", "", "", "2020/01/02", "退休"],
    ]
