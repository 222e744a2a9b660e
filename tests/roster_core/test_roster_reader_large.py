"""A 50,000-row workbook reads completely, in order, with the one duplicate found."""

from datetime import date, timedelta
from pathlib import Path

import openpyxl

from unionapp.roster.reader import read_roster

from .roster_files import make_id

ROWS = 50_000


def test_fifty_thousand_rows(tmp_path: Path) -> None:
    path = tmp_path / "大名册.xlsx"
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("名册")
    sheet.append(["某集团公司工会会员名册"])
    sheet.append(["姓名", "手机", "身份证号", "入会日期"])
    first_id = ""
    for i in range(ROWS):
        birth = date(1960, 1, 1) + timedelta(days=i % 15_000)
        id_number = make_id(f"110105{birth:%Y%m%d}{i // 15_000:02d}{i % 10}")
        first_id = first_id or id_number
        phone = f"13{i % 7 + 3}{i:08d}"
        sheet.append([f"职工{i}", phone, id_number, 40000 + i % 3000])
    sheet.append(["重复者", "13900000001", first_id, "2020-01-01"])
    workbook.save(path)

    read = read_roster(path)

    assert len(read.rows) == ROWS + 1
    assert [row.row for row in read.rows[:2]] == [3, 4]
    assert len(read.accepted) == ROWS
    (duplicate,) = read.rejected
    assert duplicate.row == ROWS + 3
    assert duplicate.errors[0].reason == "与第 3 行重复（身份证号相同）"
    last = read.rows[ROWS - 1].values
    assert last["name"] == f"职工{ROWS - 1}"
    assert last["phone"] == f"13{(ROWS - 1) % 7 + 3}{ROWS - 1:08d}"
    assert last["join_date"] == date(1899, 12, 30) + timedelta(days=40000 + (ROWS - 1) % 3000)
