"""Reading real .xlsx rosters: title rows, header synonyms, every value form, rejections."""

from datetime import date, datetime
from pathlib import Path

import pytest

from unionapp.roster.reader import IGNORE, ColumnInfo, RosterFileError, RowResult, read_roster

from .roster_files import make_id, write_xlsx

ID_A = make_id("11010519800101001")  # male
ID_B = make_id("11010819900215002")  # female
ID_C = make_id("31010419850606003")  # male
ID_D = make_id("11010119751111004")  # female
FULL_WIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")

HEADER = ["序号", "姓名", "性别", "所在部门", "职务", "联系电话", "身份证号码", "互助服务卡号"]
HEADER += ["入会时间", "状态", "备注", "籍贯"]


def blank(n: int = 12) -> list[object]:
    return [None] * n


def data_row(number: int, name: object, **cells: object) -> list[object]:
    """A row in HEADER's column order: 序号, name, then the named cells (letters C–L)."""
    row: list[object] = [number, name, *blank(10)]
    for letter, value in cells.items():
        row[ord(letter) - ord("A")] = value
    return row


@pytest.fixture(scope="module")
def roster(tmp_path_factory: pytest.TempPathFactory) -> dict[int, RowResult]:
    rows = [
        ["XX有限公司工会会员名册", *blank(11)],  # 1: title in a merged cell
        ["填表日期：2024年1月", *blank(11)],  # 2
        HEADER,  # 3
        data_row(
            1,
            "张  三",
            C="男",
            D="工会办公室",
            E="主席",
            F="13800138000",
            G=ID_A,
            H="6222000011112222",
            I=date(2015, 7, 1),
            J="在职",
            L="北京",
        ),  # 4
        data_row(
            2,
            "李四",
            C="女",
            D="财务部",
            F=13900139000,
            G=110108199002150020,
            H=12345678,
            I="2016.3.8",
        ),  # 5: ID stored as a number
        data_row(3, "王五", C="男", F="010-65116642", G="1.10105E+17", I="2017/04/01"),  # 6
        data_row(
            4,
            "赵六",
            D="技术部",
            F="１３７００１３７０００",
            G=ID_B.translate(FULL_WIDTH),
            I="2022年3月15日",
        ),  # 7
        data_row(5, "孙七", C="女", H="6222000033334444", I=44317),  # 8: Excel serial
        [6, *blank(11)],  # 9: only the 序号 is filled: blank
        data_row(7, "张三", C="男", F="13800138000", G=ID_A),  # 10: repeats row 4 (ID)
        data_row(8, "孙小七", C="女", H="6222000033334444"),  # 11: repeats row 8 (card)
        data_row(9, "周八", C="男", F="13600136000"),  # 12
        data_row(10, "周八", C="男", D="后勤", F="136 0013 6000"),  # 13: repeats 12 (name+phone)
        data_row(11, "吴九", C="男", J="请假"),  # 14: unknown status
        data_row(12, "郑十", C="男", G=ID_D),  # 15: the ID says female
        data_row(13, None, C="男", D="技术部", F="13500135000"),  # 16: no name
        data_row(14, "钱十一", C="男", F="12345", I="2021-02-30"),  # 17: two bad values
        data_row(15, "冯十二", C="男", G=ID_C, I=datetime(2020, 1, 2), J="退休", K="返聘"),  # 18
    ]
    path = write_xlsx(tmp_path_factory.mktemp("xlsx") / "名册.xlsx", rows, merges=["A1:L1"])
    read = read_roster(path)
    assert read.header_row == 3
    assert read.sheet_name == "会员名册"
    assert read.unknown_headers == ["籍贯"]
    assert read.missing_required == []
    assert read.columns["id_number"] == ColumnInfo("身份证号码", "G", 6)
    assert read.columns["department"].header_text == "所在部门"
    assert "序号" not in [c.header_text for c in read.columns.values()]
    return {row.row: row for row in read.rows}


def test_blank_rows_are_skipped_and_rows_keep_their_sheet_numbers(
    roster: dict[int, RowResult],
) -> None:
    assert sorted(roster) == [4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18]
    accepted = sorted(number for number, row in roster.items() if row.ok)
    assert accepted == [4, 7, 8, 12, 15, 18]


def test_a_good_row_is_normalised(roster: dict[int, RowResult]) -> None:
    assert roster[4].values == {
        "name": "张三",
        "gender": "男",
        "department": "工会办公室",
        "position": "主席",
        "phone": "13800138000",
        "id_number": ID_A,
        "card_number": "6222000011112222",
        "join_date": date(2015, 7, 1),
        "status": "在册",
        "notes": "",
    }
    assert roster[4].errors == [] and roster[4].warnings == []


def test_full_width_digits_and_gender_from_the_id(roster: dict[int, RowResult]) -> None:
    values = roster[7].values
    assert values["id_number"] == ID_B
    assert values["phone"] == "13700137000"
    assert values["gender"] == "女"
    assert values["join_date"] == date(2022, 3, 15)
    assert values["card_number"] is None


def test_excel_serial_and_date_time_cells(roster: dict[int, RowResult]) -> None:
    assert roster[8].values["join_date"] == date(2021, 5, 1)
    assert roster[18].values["join_date"] == date(2020, 1, 2)
    assert roster[18].values["status"] == "退休"
    assert roster[18].values["notes"] == "返聘"


@pytest.mark.parametrize("number", [5, 6])
def test_an_id_number_that_excel_rounded_rejects_the_row_with_the_fix(
    roster: dict[int, RowResult], number: int
) -> None:
    (error,) = roster[number].errors
    assert (error.row, error.column, error.field) == (
        number,
        ColumnInfo("身份证号码", "G", 6),
        "id_number",
    )
    assert "文本" in error.reason and "重新输入" in error.reason
    assert error.message.startswith(f"第 {number} 行 G 列“身份证号码”：")


def test_number_cells_for_phone_and_card_come_back_as_text(roster: dict[int, RowResult]) -> None:
    values = roster[5].values
    assert values["phone"] == "13900139000"
    assert values["card_number"] == "12345678"
    assert values["join_date"] == date(2016, 3, 8)


@pytest.mark.parametrize(
    ("number", "letter", "earlier", "why"),
    [(10, "G", 4, "身份证号相同"), (11, "H", 8, "会员卡号相同"), (13, "B", 12, "姓名和电话都相同")],
)
def test_duplicates_inside_the_file_name_the_row_they_repeat(
    roster: dict[int, RowResult], number: int, letter: str, earlier: int, why: str
) -> None:
    (error,) = roster[number].errors
    assert error.column is not None and error.column.letter == letter
    assert error.reason == f"与第 {earlier} 行重复（{why}）"


def test_bad_values_name_row_column_and_reason(roster: dict[int, RowResult]) -> None:
    (status,) = roster[14].errors
    assert (status.column.letter, status.column.header_text) == ("J", "状态")  # type: ignore[union-attr]
    assert "请假" in status.reason
    (name,) = roster[16].errors
    assert name.column == ColumnInfo("姓名", "B", 1)
    assert "姓名" in name.reason
    assert [e.column.letter for e in roster[17].errors] == ["F", "I"]  # type: ignore[union-attr]


def test_gender_that_contradicts_the_id_is_warned_not_rejected(
    roster: dict[int, RowResult],
) -> None:
    row = roster[15]
    assert row.ok
    (warning,) = row.warnings
    assert warning.column == ColumnInfo("性别", "C", 2)
    assert "女" in warning.reason
    assert row.values["gender"] == "男"  # what the user wrote is kept


def test_data_away_from_the_corner_keeps_sheet_row_numbers_and_letters(tmp_path: Path) -> None:
    rows = [[None], [None], [None, "姓名", "手机"], [None, "张三", "13800138000"]]
    rows += [[None, "李四", "138-0013"]]
    read = read_roster(write_xlsx(tmp_path / "偏移.xlsx", rows))
    assert read.header_row == 3
    assert read.columns["phone"] == ColumnInfo("手机", "C", 2)
    bad = read.rejected[0]
    assert (bad.row, bad.errors[0].column.letter) == (5, "C")  # type: ignore[union-attr]
    assert read.accepted[0].row == 4


def test_a_mapping_names_unknown_columns(tmp_path: Path) -> None:
    rows = [["姓名", "联系人手机", "籍贯"], ["张三", "13800138000", "河北"]]
    path = write_xlsx(tmp_path / "映射.xlsx", rows)
    plain = read_roster(path)
    assert plain.unknown_headers == ["联系人手机", "籍贯"]
    assert plain.rows[0].values["phone"] == ""
    mapped = read_roster(path, mapping={"联系人手机": "phone", "籍贯": IGNORE})
    assert mapped.unknown_headers == []
    assert mapped.columns["phone"] == ColumnInfo("联系人手机", "B", 1)
    assert mapped.rows[0].values["phone"] == "13800138000"
    with pytest.raises(ValueError, match="birthday"):
        read_roster(path, mapping={"籍贯": "birthday"})


def test_headers_with_marks_and_notes_are_recognised(tmp_path: Path) -> None:
    rows = [
        ["姓名*", "手机号（必填）", " 身份证号 ", "入会日期："],
        ["张三", "13800138000", ID_A, ""],
    ]
    read = read_roster(write_xlsx(tmp_path / "标记.xlsx", rows))
    assert set(read.columns) == {"name", "phone", "id_number", "join_date"}
    assert read.columns["phone"].header_text == "手机号（必填）"


def test_missing_name_column_reads_no_rows(tmp_path: Path) -> None:
    rows = [["工号", "手机", "部门"], ["001", "13800138000", "财务部"]]
    read = read_roster(write_xlsx(tmp_path / "无姓名.xlsx", rows))
    assert read.missing_required == ["name"]
    assert read.unknown_headers == ["工号"]
    assert read.rows == []


def test_the_first_sheet_with_a_header_row_is_used(tmp_path: Path) -> None:
    notes = [["填表说明"], ["1. 身份证号请设置为文本格式"]]
    rows = [["姓名", "部门"], ["张三", "财务部"]]
    path = write_xlsx(tmp_path / "两页.xlsx", rows, extra_sheets_before=[("说明", notes)])
    read = read_roster(path)
    assert read.sheet_name == "会员名册"
    assert read.rows[0].values["department"] == "财务部"


def test_unreadable_files_say_why_and_name_the_file(tmp_path: Path) -> None:
    cases: list[tuple[Path, str]] = []
    missing = tmp_path / "不存在.xlsx"
    cases.append((missing, "找不到"))
    old = tmp_path / "旧名册.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    cases.append((old, "另存为 .xlsx"))
    word = tmp_path / "名册.docx"
    word.write_bytes(b"PK\x03\x04")
    cases.append((word, "只能导入"))
    corrupt = tmp_path / "坏文件.xlsx"
    corrupt.write_bytes(b"this is not a workbook at all")
    cases.append((corrupt, "不是有效的 Excel 工作簿"))
    locked = tmp_path / "加密.xlsx"
    locked.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(1024))
    cases.append((locked, "密码"))
    empty = write_xlsx(tmp_path / "空表.xlsx", [])
    cases.append((empty, "是空的"))
    for path, fragment in cases:
        with pytest.raises(RosterFileError) as caught:
            read_roster(path)
        assert fragment in str(caught.value), (path, str(caught.value))
        assert path.name in str(caught.value)


def test_no_header_row_says_which_headers_were_expected(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "无表头.xlsx", [["张三", "13800138000"], ["李四", "13900139000"]])
    with pytest.raises(RosterFileError) as caught:
        read_roster(path)
    message = str(caught.value)
    assert "无表头.xlsx" in message and "表头" in message
    assert "姓名" in message and "身份证号" in message
