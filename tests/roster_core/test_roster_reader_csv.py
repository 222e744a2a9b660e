"""Reading .csv rosters in the encodings Excel and WPS write on a Chinese Windows."""

from datetime import date
from pathlib import Path

import pytest

from unionapp.roster.reader import RosterFileError, read_roster

from .roster_files import make_id, write_csv

ID_A = make_id("11010519800101001")
ROWS = [
    ["某某街道工会会员名册", "", "", "", "", ""],
    ["姓名", "性别", "手机号", "身份证号", "会员卡号", "入会日期"],
    ["张喆", "男", "13800138000", ID_A.lower(), '="0012345"', "2021/5/1"],
    ["欧阳娜娜", "女", "010-65116642", "1.10105E+17", "", ""],
    ["", "", "", "", "", ""],
    ["曾小贤", "", "１３９ ００１３ ９０００", "", "0098", "2022年3月15日"],
]


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [
        ("utf-8-sig", ","),
        ("utf-8", ","),
        ("gbk", ","),
        ("gb18030", ","),
        ("utf-16", "\t"),  # Excel's "Unicode 文本": UTF-16 with BOM, tab-separated
        ("utf-16", ","),
    ],
)
def test_csv_in_each_encoding_reads_the_same(tmp_path: Path, encoding: str, delimiter: str) -> None:
    path = write_csv(tmp_path / "名册.csv", ROWS, encoding, delimiter)
    read = read_roster(path)
    assert read.header_row == 2
    assert read.columns["id_number"].letter == "D"
    assert [row.row for row in read.rows] == [3, 4, 6]
    first, second, third = read.rows
    assert first.ok
    assert first.values["name"] == "张喆"
    assert first.values["id_number"] == ID_A
    assert first.values["card_number"] == "0012345"  # leading zeros kept
    assert first.values["join_date"] == date(2021, 5, 1)
    assert not second.ok
    (error,) = second.errors
    assert (error.row, error.column.header_text, error.column.letter) == (4, "身份证号", "D")  # type: ignore[union-attr]
    assert "文本" in error.reason
    assert second.values["name"] == "欧阳娜娜"
    assert third.ok
    assert third.values["phone"] == "13900139000"
    assert third.values["card_number"] == "0098"
    assert third.values["join_date"] == date(2022, 3, 15)


def test_utf8_is_tried_before_gb18030(tmp_path: Path) -> None:
    # These UTF-8 bytes also decode as GB18030 (into other characters): UTF-8 must win.
    path = write_csv(tmp_path / "名册.csv", [["姓名", "部门"], ["张三", "研发中心"]], "utf-8")
    assert path.read_bytes().decode("gb18030") != path.read_text("utf-8")
    read = read_roster(path)
    assert read.rows[0].values["name"] == "张三"
    assert read.rows[0].values["department"] == "研发中心"


def test_csv_that_is_neither_text_nor_csv(tmp_path: Path) -> None:
    binary = tmp_path / "二进制.csv"
    binary.write_bytes(b"\x00\x01\x02\x03 binary")
    workbook = tmp_path / "其实是工作簿.csv"
    workbook.write_bytes(b"PK\x03\x04rest")
    garbled = tmp_path / "乱码.csv"
    garbled.write_bytes("姓名,部门\n".encode() + b"\x80\x80\xff\n")
    empty = tmp_path / "空.csv"
    empty.write_bytes(b"")
    for path, fragment in [
        (binary, "不是 CSV"),
        (workbook, "改为 .xlsx"),
        (garbled, "编码"),
        (empty, "是空的"),
    ]:
        with pytest.raises(RosterFileError) as caught:
            read_roster(path)
        assert fragment in str(caught.value)
        assert path.name in str(caught.value)
