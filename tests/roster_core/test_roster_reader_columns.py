"""Column-wise reading: a column is converted per distinct value, yet equal-looking cells of
different kinds (True and 1), short CSV rows and the check digit all come out as cell by cell."""

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from unionapp.roster.reader import read_roster
from unionapp.roster.validate import FieldError, validate_id_number

from .roster_files import make_id, write_csv, write_xlsx


def test_true_and_1_in_one_column_are_read_each_as_itself(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "mixed.xlsx",
        [["姓名", "性别"], ["张三", 1], ["李四", True], ["王五", 1.0], ["赵六", 2]],
    )
    rows = {row.row: row for row in read_roster(path).rows}
    assert [rows[n].values["gender"] for n in (2, 4, 5)] == ["男", "男", "女"]
    assert [(e.row, e.column.letter) for e in rows[3].errors] == [(3, "B")]  # type: ignore[union-attr]
    assert "无法识别" in rows[3].errors[0].reason


def test_short_csv_rows_read_blank_at_the_end_and_blank_rows_are_skipped(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "short.csv",
        [["姓名", "部门", "手机号"], ["张三"], [], ["", ""], ["李四", "财务部"]],
        "utf-8",
    )
    rows = read_roster(path).rows
    assert [(row.row, row.values["name"], row.values["department"]) for row in rows] == [
        (2, "张三", ""),
        (5, "李四", "财务部"),
    ]
    assert all(row.ok and row.values["phone"] == "" for row in rows)


def test_a_repeated_bad_value_is_reported_on_every_row(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "bad.xlsx", [["姓名", "入会日期"], *[["张三", "2021-02-30"]] * 3])
    rows = read_roster(path).rows
    assert [(row.row, len(row.errors)) for row in rows] == [(2, 1), (3, 1), (4, 1)]
    assert all(row.values["join_date"] is None for row in rows)


@given(
    st.from_regex(
        r"[1-9][0-9]{5}(19[0-9]{2}|200[0-9])(0[1-9]|1[0-2])(0[1-9]|1[0-9]|2[0-8])[0-9]{3}",
        fullmatch=True,
    ),
    st.sampled_from("0123456789X"),
)
def test_only_the_check_character_by_the_weights_is_accepted(first17: str, last: str) -> None:
    right = make_id(first17)
    assert validate_id_number(right).value == right
    if last != right[17]:
        try:
            validate_id_number(first17 + last)
        except FieldError as error:
            assert "校验位" in error.reason
        else:
            raise AssertionError(f"{first17 + last} accepted")
