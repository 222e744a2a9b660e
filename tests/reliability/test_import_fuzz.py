"""Issue 8, item 8: generated spreadsheets and CSV files thrown at the roster importer.

Random headers (known, unknown, missing 姓名, repeated), several encodings and delimiters,
merged cells, numbers in text columns, very long cells, control characters, blank rows before
the header, empty sheets and plain garbage bytes. Every file must end in a report or a
UserError (what the window and the command line show as a message), never another exception,
and never a partial write: after an error the roster is exactly as before.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import text

from unionapp.errors import UserError
from unionapp.roster.importer import import_roster
from unionapp.storage.context import AppContext, open_context

from .builders import make_id

KNOWN_HEADERS = (
    "姓名",
    "性别",
    "部门",
    "职务",
    "手机",
    "联系电话",
    "身份证号",
    "会员卡号",
    "入会日期",
    "状态",
    "备注",
    "序号",
    "工作单位",
)


def fuzz_settings(examples: int) -> settings:
    return settings(SETTINGS, max_examples=examples)


SETTINGS = settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

header = st.one_of(
    st.sampled_from(KNOWN_HEADERS),
    st.sampled_from(KNOWN_HEADERS).map(lambda h: f" {h}（必填）"),
    st.text(max_size=8),
    st.none(),
    st.integers(-5, 99999),
)
cell = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.text(alphabet="王李张伟芳娜敏 ·", min_size=1, max_size=5),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.integers(0, 999).map(make_id),
    st.integers(0, 999).map(lambda n: make_id(n)[:-1] + "0"),  # wrong check digit
    st.integers(13_000_000_000, 19_999_999_999),  # a mobile number typed as a number
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    st.sampled_from(["2023-02-30", "1985/3/12", "三月", '=HYPERLINK("x")', "在册", "退休", "男"]),
    st.integers(1000, 40_000).map(lambda n: "长" * n),  # very long cells
    st.text(st.characters(categories=["Cc", "Cf", "Zl", "Zp"]), max_size=6),  # control chars
)
sheet = st.fixed_dictionaries(
    {
        "blank_rows": st.integers(0, 3),
        "headers": st.one_of(
            st.lists(header, max_size=8),
            st.lists(header, max_size=6).map(lambda rest: ["姓名", *rest]),  # reaches the rows
        ),
        "rows": st.lists(st.lists(cell, max_size=9), max_size=6),
    }
)


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    if isinstance(value, float) and value != value:  # NaN cannot be stored in a cell
        return None
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return str(value)
    return value


def write_xlsx(path: Path, sheets: list[dict[str, Any]], merges: list[tuple[int, int, int, int]]):
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)  # type: ignore[arg-type]
    for number, spec in enumerate(sheets):
        ws = workbook.create_sheet(f"表{number}")
        for _ in range(spec["blank_rows"]):
            ws.append([])
        if spec["headers"] or spec["rows"]:
            ws.append([_xlsx_value(h) for h in spec["headers"]])
        for row in spec["rows"]:
            ws.append([_xlsx_value(v) for v in row])
        if number == 0:
            for row, column, height, width in merges:
                ws.merge_cells(
                    start_row=row,
                    start_column=column,
                    end_row=row + height,
                    end_column=column + width,
                )
    workbook.save(path)


def csv_bytes(spec: dict[str, Any], encoding: str, delimiter: str) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    for _ in range(spec["blank_rows"]):
        writer.writerow([])
    writer.writerow(["" if h is None else h for h in spec["headers"]])
    for row in spec["rows"]:
        writer.writerow(["" if v is None else v for v in row])
    return buffer.getvalue().encode(encoding, errors="replace")


@pytest.fixture(scope="module")
def roster_ctx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppContext]:
    ctx = open_context(tmp_path_factory.mktemp("fuzz") / "data")
    yield ctx
    ctx.close()


class Tally:
    def __init__(self) -> None:
        self.files = self.reports = self.errors = 0
        self.failures: list[str] = []


def _counts(ctx: AppContext) -> tuple[int, int]:
    with ctx.engine.connect() as conn:
        members = conn.execute(text("SELECT count(*) FROM member")).scalar_one()
        events = conn.execute(text("SELECT count(*) FROM member_event")).scalar_one()
    return members, events


def import_and_check(ctx: AppContext, path: Path, tally: Tally) -> None:
    """One file through the importer: a report or a UserError, all or nothing."""
    tally.files += 1
    before = _counts(ctx)
    try:
        with ctx.session() as session:
            result = import_roster(session, path)
    except UserError as exc:
        tally.errors += 1
        if not str(exc).strip():
            tally.failures.append(f"{path.name}: empty message")
        if _counts(ctx) != before:
            tally.failures.append(f"{path.name}: partial write before {exc}")
        return
    except Exception as exc:  # a traceback for the user
        tally.failures.append(f"{path.name}: {type(exc).__name__}: {exc}"[:300])
        return
    tally.reports += 1
    members, _ = _counts(ctx)
    if members != before[0] + result.added:
        tally.failures.append(f"{path.name}: {result.added} added but {members - before[0]} stored")
    with ctx.engine.begin() as conn:  # start the next file from an empty roster
        conn.execute(text("DELETE FROM member_event"))
        conn.execute(text("DELETE FROM member"))


XLSX_RUNS, CSV_RUNS, BYTES_RUNS = 900, 900, 300


def test_fuzz_xlsx(roster_ctx, tmp_path, figure):
    tally = Tally()
    path = tmp_path / "名册.xlsx"

    @fuzz_settings(XLSX_RUNS)
    @given(
        sheets=st.lists(sheet, min_size=1, max_size=2),
        merges=st.lists(
            st.tuples(st.integers(1, 6), st.integers(1, 6), st.integers(0, 2), st.integers(0, 2)),
            max_size=2,
            unique_by=lambda m: (m[0], m[1]),
        ),
    )
    def one(sheets: list[dict[str, Any]], merges: list[tuple[int, int, int, int]]) -> None:
        try:
            write_xlsx(path, sheets, merges)
        except ValueError:  # overlapping merges: openpyxl refuses to write them
            return
        import_and_check(roster_ctx, path, tally)

    one()
    figure(
        "importer fuzzing, generated .xlsx files",
        tally.files,
        len(tally.failures),
        f"{tally.reports} reports, {tally.errors} clear errors",
    )
    assert tally.files >= XLSX_RUNS * 0.9
    assert not tally.failures, tally.failures[:5]


def test_fuzz_csv(roster_ctx, tmp_path, figure):
    tally = Tally()
    path = tmp_path / "名册.csv"

    @fuzz_settings(CSV_RUNS)
    @given(
        spec=sheet,
        encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16", "big5", "latin-1"]),
        delimiter=st.sampled_from([",", "\t", ";", "|"]),
    )
    def one(spec: dict[str, Any], encoding: str, delimiter: str) -> None:
        path.write_bytes(csv_bytes(spec, encoding, delimiter))
        import_and_check(roster_ctx, path, tally)

    one()
    figure(
        "importer fuzzing, generated .csv files",
        tally.files,
        len(tally.failures),
        f"{tally.reports} reports, {tally.errors} clear errors",
    )
    assert tally.files == CSV_RUNS
    assert not tally.failures, tally.failures[:5]


def test_fuzz_garbage_bytes(roster_ctx, tmp_path, figure):
    tally = Tally()

    @fuzz_settings(BYTES_RUNS)
    @given(
        content=st.one_of(
            st.binary(max_size=2000),
            st.binary(max_size=500).map(lambda b: b"PK\x03\x04" + b),  # a broken zip
            st.binary(max_size=500).map(lambda b: b"\xef\xbb\xbf\xe5\xa7\x93\xe5\x90\x8d," + b),
        ),
        suffix=st.sampled_from([".xlsx", ".csv", ".xls", ".txt"]),
    )
    def one(content: bytes, suffix: str) -> None:
        path = tmp_path / f"名册{suffix}"
        path.write_bytes(content)
        import_and_check(roster_ctx, path, tally)

    one()
    figure(
        "importer fuzzing, garbage bytes named .xlsx/.csv/.xls/.txt",
        tally.files,
        len(tally.failures),
        f"{tally.reports} reports, {tally.errors} clear errors",
    )
    assert not tally.failures, tally.failures[:5]
