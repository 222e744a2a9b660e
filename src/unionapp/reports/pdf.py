"""The report as an A4 PDF: figures, tables and two charts drawn with reportlab's own graphics.

Text uses the form's embedded fonts (AR PL UMing CN, Droid Sans Fallback for rarer characters);
every character is checked before anything is drawn, so a report never shows a missing-glyph box.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterator
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from unionapp.errors import UserError
from unionapp.form.fonts import (
    MAIN_FONT,
    ensure_fonts_registered,
    missing_characters,
    paragraph_markup,
    split_runs,
)
from unionapp.reports.figures import (
    ApplicationRow,
    ReportFigures,
    service_day,
    status_label,
)
from unionapp.storage.atomic_files import write_bytes_atomically

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
STATUS_COLOURS = {
    "draft": colors.HexColor("#B0B7C3"),
    "printed": colors.HexColor("#8E9AAF"),
    "submitted": colors.HexColor("#4E79A7"),
    "accepted": colors.HexColor("#76B7B2"),
    "scheduled": colors.HexColor("#59A14F"),
    "done": colors.HexColor("#2E7D32"),
    "declined": colors.HexColor("#E15759"),
    "returned": colors.HexColor("#F28E2B"),
    "withdrawn": colors.HexColor("#9C755F"),
}
BAR_COLOUR = colors.HexColor("#4E79A7")
GRID_COLOUR = colors.HexColor("#9AA3AF")
HEADER_FILL = colors.HexColor("#E8EDF3")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=MAIN_FONT, fontSize=9.5, leading=13, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", base, fontSize=17, leading=24, alignment=TA_CENTER),
        "subtitle": ParagraphStyle(
            "subtitle", base, fontSize=10.5, leading=15, alignment=TA_CENTER
        ),
        "heading": ParagraphStyle(
            "heading", base, fontSize=12.5, leading=18, spaceBefore=8, spaceAfter=4
        ),
        "body": base,
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=11),
        "note": ParagraphStyle(
            "note", base, fontSize=8.5, leading=11, textColor=colors.HexColor("#555555")
        ),
    }


# -- glyph check ----------------------------------------------------------------------------
def _texts(figures: ReportFigures) -> Iterator[tuple[str, str]]:
    """(where, text) for every piece of user data the report prints."""
    yield "工会名称", figures.union_name
    yield "类别筛选", figures.category or ""
    yield "承办单位筛选", figures.provider or ""
    for row in (*figures.rows, *figures.services, *figures.unsent):
        yield f"第 {row.id} 号申请的“服务项目”", row.programme
        yield f"第 {row.id} 号申请的“承办单位”", row.provider
        yield f"第 {row.id} 号申请的“类别”", row.category
        yield f"第 {row.id} 号申请的原因说明", row.reason
        for name in row.attendees:
            yield f"第 {row.id} 号申请的参加人员", name


def check_report_glyphs(figures: ReportFigures) -> None:
    """Raise UserError naming the first character no bundled font can draw, and where it is."""
    ensure_fonts_registered()
    for where, text in _texts(figures):
        missing = missing_characters(text)
        if missing:
            char = missing[0]
            raise UserError(
                f"{where}中的字符“{char}”（U+{ord(char):04X}）没有可用字体，无法生成 PDF 报表。"
                "请改用常用字后再试。"
            )


# -- building blocks ------------------------------------------------------------------------
def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(paragraph_markup(text), style)


def _table(
    header: list[str],
    rows: list[list[str]],
    widths: list[float],
    styles: dict[str, ParagraphStyle],
    *,
    numeric: tuple[int, ...] = (),
) -> Table:
    cell = styles["cell"]
    number = ParagraphStyle("number", cell, alignment=2)
    data = [[_p(h, cell) for h in header]]
    for row in rows:
        data.append([_p(v, number if i in numeric else cell) for i, v in enumerate(row)])
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, GRID_COLOUR),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _share(count: int, total: int) -> str:
    return f"{count / total:.1%}" if total else "—"


def _month_label(key: str, several_years: bool) -> str:
    year, month = key.split("-")
    return f"{year[2:]}年{int(month)}月" if several_years else f"{int(month)}月"


def _nice_step(top: int) -> int:
    """A round axis step (1, 2, 5 × 10ⁿ): five steps or fewer reach a little above ``top``."""
    raw = max(1.0, top * 1.1 / 5)
    magnitude = 10 ** math.floor(math.log10(raw))
    for multiple in (1, 2, 5, 10):
        if multiple * magnitude >= raw:
            return int(multiple * magnitude)
    return int(10 * magnitude)


def _month_chart(figures: ReportFigures) -> Drawing:
    months = figures.by_month
    several_years = figures.start.year != figures.end.year
    drawing = Drawing(FRAME_WIDTH, 62 * mm)
    drawing.add(
        String(0, 62 * mm - 12, "各月报送的申请数（件）", fontName=MAIN_FONT, fontSize=10.5)
    )
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 28
    chart.width, chart.height = FRAME_WIDTH - 40, 62 * mm - 58
    chart.data = [list(months.values()) or [0]]
    chart.categoryAxis.categoryNames = [_month_label(k, several_years) for k in months] or [""]
    chart.categoryAxis.labels.fontName = MAIN_FONT
    chart.categoryAxis.labels.fontSize = 8 if len(months) <= 12 else 6.5
    if len(months) > 12:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.labels.fontName = MAIN_FONT
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    top = max(months.values(), default=0)
    step = _nice_step(top)
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = step * max(2, math.ceil(top * 1.1 / step))
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    chart.bars[0].fillColor = BAR_COLOUR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = MAIN_FONT
    chart.barLabels.fontSize = 7.5
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def _status_chart(figures: ReportFigures) -> Drawing:
    counts = [(s, n) for s, n in figures.by_status.items() if n]
    total = figures.applications
    height = 60 * mm
    drawing = Drawing(FRAME_WIDTH, height)
    drawing.add(String(0, height - 12, "已报送申请的状态构成", fontName=MAIN_FONT, fontSize=10.5))
    pie = Pie()
    size = height - 36
    pie.x, pie.y = 40, 10
    pie.width = pie.height = size
    pie.data = [n for _, n in counts]
    pie.labels = [f"{n / total:.0%}" if n / total >= 0.05 else "" for _, n in counts]
    pie.simpleLabels = 1
    pie.slices.fontName = MAIN_FONT
    pie.slices.fontSize = 8
    pie.slices.labelRadius = 1.18
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.8
    pie.startAngle = 90
    pie.direction = "clockwise"
    for index, (status, _) in enumerate(counts):
        pie.slices[index].fillColor = STATUS_COLOURS.get(status, colors.grey)
    drawing.add(pie)
    legend = Legend()
    legend.x, legend.y = pie.x + size + 60, height - 28
    legend.fontName = MAIN_FONT
    legend.fontSize = 9
    legend.alignment = "right"
    legend.columnMaximum = 9
    legend.dxTextSpace = 6
    legend.deltay = 12
    legend.colorNamePairs = [
        (STATUS_COLOURS.get(s, colors.grey), f"{status_label(s)}　{n} 件（{n / total:.1%}）")
        for s, n in counts
    ]
    drawing.add(legend)
    return drawing


# -- the document ---------------------------------------------------------------------------
def _story(figures: ReportFigures) -> list[Flowable]:
    st = _styles()
    total = figures.applications
    filters = []
    if figures.category:
        filters.append(f"类别：{figures.category}")
    if figures.provider:
        filters.append(f"承办单位：{figures.provider}")
    story: list[Flowable] = [
        _p(figures.union_name or "本工会", st["title"]),
        _p(f"{figures.period_text}职工文体服务项目报表", st["title"]),
        _p(
            f"报表期间：{figures.period_text}"
            f"（{figures.start.isoformat()} 至 {figures.end.isoformat()}）"
            + (f"　筛选：{'，'.join(filters)}" if filters else ""),
            st["subtitle"],
        ),
        _p(f"生成时间：{figures.generated_at:%Y-%m-%d %H:%M}", st["note"]),
        Spacer(1, 4 * mm),
        _p("一、概况", st["heading"]),
    ]
    share = figures.roster_share
    summary = [
        ["报送的申请", f"{total} 件"],
        ["尚未报送（不计入统计）", f"{len(figures.unsent)} 件"],
        ["已完成服务", f"{len(figures.services_done)} 场"],
        ["服务职工人次", f"{figures.person_times} 人次"],
        ["参加服务的会员（按参加名单，不重复计）", f"{figures.members_reached} 人"],
        ["在册会员", f"{figures.roster_active} 人"],
        ["在册会员中参加过服务的比例", "—" if share is None else f"{share:.1%}"],
        ["尚未办结", f"{len(figures.still_open)} 件"],
    ]
    story.append(_table(["项目", "数值"], summary, [70 * mm, 50 * mm], st, numeric=(1,)))
    if total:
        story += [Spacer(1, 4 * mm), _month_chart(figures), _status_chart(figures)]
    else:
        story.append(_p("本期间没有报送的申请。", st["body"]))

    story.append(_p("二、按状态统计", st["heading"]))
    story.append(
        _table(
            ["状态", "申请数", "占比"],
            [
                [status_label(s), str(n), _share(n, total)]
                for s, n in figures.by_sent_status.items()
            ],
            [50 * mm, 30 * mm, 30 * mm],
            st,
            numeric=(1, 2),
        )
    )
    story.append(_p("三、按承办单位统计", st["heading"]))
    story.append(
        _table(
            ["承办单位", "申请数", "占比"],
            [[p, str(n), _share(n, total)] for p, n in figures.by_provider.items()],
            [110 * mm, 30 * mm, 30 * mm],
            st,
            numeric=(1, 2),
        )
    )
    story.append(_p("四、按类别和服务项目统计", st["heading"]))
    story.append(
        _table(
            ["类别", "申请数", "占比"],
            [[c, str(n), _share(n, total)] for c, n in figures.by_category.items()],
            [50 * mm, 30 * mm, 30 * mm],
            st,
            numeric=(1, 2),
        )
    )
    story.append(Spacer(1, 3 * mm))
    programme_category = {row.programme: row.category for row in figures.rows}
    story.append(
        _table(
            ["服务项目", "类别", "申请数"],
            [[p, programme_category[p], str(n)] for p, n in figures.by_programme.items()],
            [110 * mm, 30 * mm, 30 * mm],
            st,
            numeric=(2,),
        )
    )
    story += _services_done(figures, st)
    story.append(_p("六、未通过和已撤回的申请", st["heading"]))
    closed = figures.declined_withdrawn
    if closed:
        story.append(
            _table(
                ["日期", "状态", "服务项目", "承办单位", "原因"],
                [
                    [
                        (r.closed_on or r.report_date).isoformat(),
                        r.status_label,
                        r.programme,
                        r.provider,
                        r.reason or "（未填写原因）",
                    ]
                    for r in closed
                ],
                [22 * mm, 18 * mm, 45 * mm, 40 * mm, FRAME_WIDTH - 125 * mm],
                st,
            )
        )
    else:
        story.append(_p("无。", st["body"]))
    story.append(_p("七、尚未办结的申请", st["heading"]))
    still_open = figures.still_open
    if still_open:
        story.append(
            _table(
                ["编号", "服务日期", "状态", "服务项目", "承办单位"],
                [
                    [str(r.id), _service_date(r), r.status_label, r.programme, r.provider]
                    for r in still_open
                ],
                [14 * mm, 24 * mm, 20 * mm, 65 * mm, FRAME_WIDTH - 123 * mm],
                st,
                numeric=(0,),
            )
        )
    else:
        story.append(_p("无。", st["body"]))
    story += _not_sent(figures, st)
    return story


def _service_date(row: ApplicationRow) -> str:
    """The confirmed service date, and the requested one beside it when it moved."""
    shown = service_day(row).isoformat()
    if row.rescheduled and row.requested_time is not None:
        return f"{shown}（原申请 {row.requested_time:%Y-%m-%d}）"
    return shown


def _not_sent(figures: ReportFigures, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    flowables: list[Flowable] = [_p("八、尚未报送的申请（不计入以上统计）", st["heading"])]
    rows = figures.not_sent
    if not rows:
        return [*flowables, _p("无。", st["body"])]
    table = _table(
        ["编号", "服务日期", "状态", "服务项目", "承办单位"],
        [[str(r.id), _service_date(r), r.status_label, r.programme, r.provider] for r in rows],
        [14 * mm, 24 * mm, 20 * mm, 65 * mm, FRAME_WIDTH - 123 * mm],
        st,
        numeric=(0,),
    )
    return [*flowables, table]


def _services_done(figures: ReportFigures, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    heading = _p("五、已完成的服务", st["heading"])
    done = figures.services_done
    if not done:
        return [heading, _p("无。", st["body"])]
    header = ["服务日期", "服务项目", "类别", "承办单位", "服务人次"]
    widths = [30 * mm, 55 * mm, 18 * mm, 49 * mm, FRAME_WIDTH - 152 * mm]
    rows = [[_service_date(r), r.programme, r.category, r.provider, str(r.people)] for r in done]
    rows.append(["合计（人次）", "", "", "", str(figures.person_times)])
    flowables: list[Flowable] = [heading, _table(header, rows, widths, st, numeric=(4,))]
    if figures.list_attendees:
        flowables.append(_p("参加人员", st["heading"]))
        flowables += [_attendees(r, st) for r in done if r.attendees]
    return flowables


def _attendees(row: ApplicationRow, st: dict[str, ParagraphStyle]) -> Flowable:
    title = f"{service_day(row).isoformat()} {row.programme}（{len(row.attendees)} 人）："
    return KeepTogether([_p(title + "、".join(row.attendees), st["body"]), Spacer(1, 2 * mm)])


def _footer(figures: ReportFigures) -> object:
    text_left = f"{figures.union_name}　{figures.period_text}职工文体服务项目报表"

    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setStrokeColor(GRID_COLOUR)
        canvas.line(MARGIN, 12 * mm, PAGE_WIDTH - MARGIN, 12 * mm)
        x = MARGIN
        for font, run in split_runs(text_left):
            canvas.setFont(font, 8)
            canvas.drawString(x, 8 * mm, run)
            x += canvas.stringWidth(run, font, 8)
        canvas.setFont(MAIN_FONT, 8)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, 8 * mm, f"第 {doc.page} 页")
        canvas.restoreState()

    return draw


def report_pdf_bytes(figures: ReportFigures) -> bytes:
    """The report as PDF bytes (glyphs checked first; raises UserError on a missing glyph)."""
    check_report_glyphs(figures)
    buffer = io.BytesIO()
    title = f"{figures.union_name}{figures.period_text}职工文体服务项目报表"
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=figures.union_name,
        creator="基层工会助手",
    )
    footer = _footer(figures)
    doc.build(_story(figures), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def write_report_pdf(figures: ReportFigures, path: Path | str) -> Path:
    """Write the report PDF to ``path`` through a flushed, verified temporary file."""
    return write_bytes_atomically(path, report_pdf_bytes(figures))
