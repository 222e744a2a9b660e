"""The workbook read back: real dates and numbers, frozen headers, widths, no formula cells."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl

from unionapp.models import Application
from unionapp.reports.figures import compute_figures
from unionapp.reports.period import ReportQuery
from unionapp.reports.xlsx import write_report_xlsx

from .conftest import SECRET_ID, SECRET_MOBILE, Sample


def write(sample: Sample, tmp_path: Path, **options: object) -> Path:
    query = ReportQuery(date(2024, 1, 1), date(2024, 12, 31), **options)  # type: ignore[arg-type]
    with sample.ctx.session() as session:  # type: ignore[attr-defined]
        session.add(Application(id=60, service_item="=HYPERLINK(\"http://x\")", status="draft",
                                service_time=datetime(2024, 9, 9, 9)))  # fmt: skip
    with sample.ctx.session() as session:  # type: ignore[attr-defined]
        return write_report_xlsx(compute_figures(session, query), tmp_path / "报表.xlsx")


def test_sheets_types_and_layout(sample: Sample, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(write(sample, tmp_path))
    assert book.sheetnames == ["汇总", "申请", "已完成的服务", "尚未报送", "时间线"]
    summary = {row[0]: row[1] for row in book["汇总"].iter_rows(min_row=2, values_only=True)}
    assert summary["报送的申请"] == 7
    assert summary["尚未报送（不计入统计）"] == 3  # 5, 8 and the draft 60
    assert summary["服务职工人次"] == 45
    assert summary["参加服务的会员（按参加名单，不重复计）"] == 3
    assert summary["开始日期"] == datetime(2024, 1, 1)
    assert summary["在册会员中参加过服务的比例"] == 0.05
    share_cell = next(
        r[1]
        for r in book["汇总"].iter_rows(min_row=2)
        if r[0].value == "在册会员中参加过服务的比例"
    )
    assert share_cell.number_format == "0.0%"

    apps = book["申请"]
    header = [c.value for c in apps[1]]
    assert header[:4] == ["编号", "报送日期", "服务时间（已确认的为准）", "申请服务时间"]
    first = apps[2]
    assert first[0].value == 1 and first[0].data_type == "n"
    assert (
        first[2].value == datetime(2024, 1, 15, 14) and first[2].number_format == "yyyy-mm-dd hh:mm"
    )
    assert first[header.index("服务人次")].value == 30
    assert [r[0] for r in book["尚未报送"].iter_rows(min_row=2, values_only=True)] == [5, 60, 8]
    assert [r[0] for r in book["已完成的服务"].iter_rows(min_row=2, values_only=True)] == [1, 2, 3]
    assert "参加人员" not in header

    timeline = book["时间线"]
    rows = list(timeline.iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[3]) for r in rows] == [
        (1, "已完成"),
        (4, "已报送"),
        (4, "未通过"),
        (5, "已撤回"),
    ]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.column_dimensions["A"].width >= 6


def test_no_formula_cells_and_no_personal_data(sample: Sample, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(write(sample, tmp_path))
    texts = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate}"
                texts.append(str(cell.value))
    joined = "\n".join(texts)
    assert '=HYPERLINK("http://x")' in joined  # kept as text
    assert SECRET_ID not in joined and SECRET_MOBILE not in joined
    assert "会员01" not in joined


def test_attendees_column_when_asked(sample: Sample, tmp_path: Path) -> None:
    apps = openpyxl.load_workbook(write(sample, tmp_path, list_attendees=True))["申请"]
    header = [c.value for c in apps[1]]
    column = header.index("参加人员")
    values = [row[column] for row in apps.iter_rows(min_row=2, values_only=True)]
    assert "会员01、会员02、会员03" in values
