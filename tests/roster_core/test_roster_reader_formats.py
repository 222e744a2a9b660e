"""The Excel the office keeps: .xls, .ods (and .xlsb through the same reader) read directly with
the same checks, messages and row numbers as .xlsx; WPS .et and password files say what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from unionapp.roster.reader import RosterFileError, read_roster

from .roster_files import make_id, write_ods, write_xls, write_xlsx

ROWS: list[list[object]] = [
    ["XX公司工会会员名册", None, None, None, None],  # 1: a title row
    [None, None, None, None, None],  # 2
    ["序号", "姓名", "部门", "手机", "身份证号"],  # 3: the header row
    [1, "张三", "财务部", "13800138000", make_id("11010519800101001")],
    [2, "李四", "工会办", "138-0013", None],  # 5: a bad phone
    [3, "王五", "后勤部", "13900139000", "110105198001010019"],  # 6: a bad check digit
    [4, "张三", "财务部", "13800138000", make_id("11010519800101001")],  # 7: repeats row 4
]

WRITERS = {".xls": write_xls, ".ods": write_ods}


def _summary(path: Path) -> tuple:
    read = read_roster(path)
    return (
        read.header_row,
        {name: (c.header_text, c.letter) for name, c in read.columns.items()},
        [(row.row, row.values["name"], row.values["phone"]) for row in read.accepted],
        [(row.row, [e.message for e in row.errors]) for row in read.rejected],
    )


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_old_and_open_formats_read_as_the_xlsx_does(tmp_path: Path, suffix: str) -> None:
    expected = _summary(write_xlsx(tmp_path / "名册.xlsx", ROWS))
    path = WRITERS[suffix](tmp_path / f"名册{suffix}", ROWS)
    got = _summary(path)
    assert got == expected
    header_row, _, accepted, rejected = got
    assert header_row == 3
    assert [row for row, *_ in accepted] == [4]
    assert [row for row, _ in rejected] == [5, 6, 7]
    assert "D 列" in rejected[0][1][0] or "D列" in rejected[0][1][0]


def test_a_wps_et_file_says_to_save_it_as_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "名册.et"
    write_xls(tmp_path / "x.xls", ROWS).rename(path)
    with pytest.raises(RosterFileError) as caught:
        read_roster(path)
    message = str(caught.value)
    assert "名册.et" in message and "WPS" in message and "另存为" in message and ".xlsx" in message


@pytest.mark.parametrize("suffix", [".xlsx", ".xls", ".xlsb"])
def test_a_file_with_a_password_says_to_remove_it(tmp_path: Path, suffix: str) -> None:
    # An encrypted Office file is an OLE container holding an "EncryptedPackage" stream.
    path = tmp_path / f"加密{suffix}"
    path.write_bytes(
        bytes.fromhex("D0CF11E0A1B11AE1") + bytes(1000) + "EncryptedPackage".encode("utf-16-le")
    )
    with pytest.raises(RosterFileError) as caught:
        read_roster(path)
    assert "密码" in str(caught.value) and path.name in str(caught.value)


def test_a_damaged_ods_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "坏的.ods"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(RosterFileError) as caught:
        read_roster(path)
    assert "坏的.ods" in str(caught.value) and "另存为 .xlsx" in str(caught.value)
