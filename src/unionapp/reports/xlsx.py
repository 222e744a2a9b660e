"""The report as an Excel workbook: a summary sheet, the applications and their timeline.

Cells keep their types (dates are dates, counts are numbers, shares are percentages); text is
always written as text, so no cell can run as a formula. ``unionapp.tabular.write_xlsx`` writes
every value as it comes and cannot set number formats, hence this small writer of typed cells.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import TYPE_STRING
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from unionapp.reports.figures import ApplicationRow, ReportFigures, status_label
from unionapp.storage.atomic_files import verify_zip, write_atomically

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
PERCENT_FORMAT = "0.0%"
MAX_WIDTH = 60


@dataclass(frozen=True)
class Share:
    """A fraction shown as a percentage."""

    value: float


@dataclass(frozen=True)
class SheetData:
    title: str
    headers: Sequence[str]
    rows: list[Sequence[Any]]


def _summary(figures: ReportFigures) -> SheetData:
    total = figures.applications

    def share(count: int) -> Share | None:
        return Share(count / total) if total else None

    rows: list[Sequence[Any]] = [
        ("工会名称", figures.union_name, None),
        ("报表期间", figures.period_text, None),
        ("开始日期", figures.start, None),
        ("结束日期", figures.end, None),
        ("类别筛选", figures.category or "全部", None),
        ("承办单位筛选", figures.provider or "全部", None),
        ("报送的申请", total, None),
        ("尚未报送（不计入统计）", len(figures.unsent), None),
        ("已完成服务（场）", len(figures.services_done), None),
        ("服务职工人次", figures.person_times, None),
        ("参加服务的会员（按参加名单，不重复计）", figures.members_reached, None),
        ("在册会员（人）", figures.roster_active, None),
        (
            "在册会员中参加过服务的比例",
            None if figures.roster_share is None else Share(figures.roster_share),
            None,
        ),
        ("尚未办结", len(figures.still_open), None),
        ("生成时间", figures.generated_at, None),
    ]
    sections = (
        ("按状态", {status_label(s): n for s, n in figures.by_sent_status.items()}),
        ("按承办单位", figures.by_provider),
        ("按类别", figures.by_category),
        ("按服务项目", figures.by_programme),
        ("按报送月份", figures.by_month),
    )
    for heading, counts in sections:
        rows.append(("", None, None))
        rows.append((heading, "申请数", "占比"))
        rows += [(name, count, share(count)) for name, count in counts.items()]
    return SheetData("汇总", ("项目", "数值", "占比"), rows)


def _applications(figures: ReportFigures) -> SheetData:
    return _application_sheet("申请", figures.rows, figures.list_attendees)


def _services(figures: ReportFigures) -> SheetData:
    return _application_sheet("已完成的服务", figures.services_done, figures.list_attendees)


def _not_sent(figures: ReportFigures) -> SheetData:
    return _application_sheet("尚未报送", figures.not_sent, False)


def _application_sheet(title: str, rows: Sequence[ApplicationRow], attendees: bool) -> SheetData:
    headers = [
        "编号", "报送日期", "服务时间（已确认的为准）", "申请服务时间", "申报日期", "服务项目",
        "类别", "承办单位", "状态", "参加人数", "到场人数", "服务人次", "项目编号",
        "未通过/撤回日期", "原因",
    ]  # fmt: skip
    if attendees:
        headers.append("参加人员")
    sheet_rows: list[Sequence[Any]] = []
    for r in rows:
        row: list[Any] = [
            r.id, r.sent_on, r.service_time, r.requested_time, r.declared_on, r.programme,
            r.category, r.provider, r.status_label, r.participants, r.attendance,
            r.people if r.status == "done" else None, r.project_no, r.closed_on, r.reason,
        ]  # fmt: skip
        if attendees:
            row.append("、".join(r.attendees))
        sheet_rows.append(row)
    return SheetData(title, headers, sheet_rows)


def _timeline(figures: ReportFigures) -> SheetData:
    headers = (
        "申请编号", "日期", "服务项目", "状态", "原状态", "报送方式", "报送对象", "原因", "说明",
        "项目编号", "确认服务时间", "到场人数", "反馈",
    )  # fmt: skip
    rows = [
        (
            t.application_id,
            t.date,
            t.programme,
            t.status,
            t.from_status,
            t.via,
            t.to_whom,
            t.reason,
            t.note,
            t.project_no,
            t.scheduled_at,
            t.attendance,
            t.feedback,
        )
        for t in figures.timeline
    ]
    return SheetData("时间线", headers, rows)


def _cell(sheet: Any, value: Any) -> Any:
    if isinstance(value, Share):
        cell = WriteOnlyCell(sheet, value=value.value)
        cell.number_format = PERCENT_FORMAT
        return cell
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, datetime):
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, date):
        cell.number_format = DATE_FORMAT
    elif isinstance(value, str):
        cell.data_type = TYPE_STRING  # never a formula, whatever it starts with
    return cell


def _display_width(value: Any) -> int:
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    if isinstance(value, Share):
        return 6
    text = "" if value is None else str(value)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _widths(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[int]:
    widths = [max(6, _display_width(h)) for h in headers]
    for row in rows:
        for index, value in enumerate(row[: len(widths)]):
            widths[index] = min(MAX_WIDTH, max(widths[index], _display_width(value)))
    return widths


def _add_sheet(workbook: Workbook, data: SheetData) -> None:
    sheet = workbook.create_sheet(title=data.title)
    sheet.freeze_panes = "A2"
    for index, width in enumerate(_widths(data.headers, data.rows), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width + 2
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E8EDF3")
    header = []
    for title in data.headers:
        cell = _cell(sheet, title)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(vertical="center")
        header.append(cell)
    sheet.append(header)
    for row in data.rows:
        sheet.append([_cell(sheet, value) for value in row])


def write_report_xlsx(figures: ReportFigures, path: Path | str) -> Path:
    """Write the report workbook to ``path`` through a flushed, verified temporary file."""
    workbook = Workbook(write_only=True)
    sheets = (_summary, _applications, _services, _not_sent, _timeline)
    for data in (sheet(figures) for sheet in sheets):
        _add_sheet(workbook, data)
    return write_atomically(path, workbook.save, verify=verify_zip)
