"""Notice editions written for the tests: a 2026 notice as a Word file with real tables, and a 2027
notice as a PDF with a text layer (reportlab, the bundled Ming font)."""

from __future__ import annotations

from pathlib import Path

from unionapp.resources import resource_path

BODY_2026 = [
    ("h", "北京市总工会办公室关于做好2026年职工文化体育工作的通知"),
    ("p", "京工办发〔2026〕2号"),
    ("h", "二、工作内容"),
    ("h", "（一）职工文体普惠服务类"),
    ("p", "1. 2026“身边”文化助推活动"),
    ("p", "时间安排：3月—11月"),
    ("p", "主要内容：把文化服务活动带到职工身边。"),
    ("p", "参与方式：各基层工会需提前10个工作日填报服务申请表（附件3），每年度限申请3个场次，线下活动需50名以上工会会员参加。"),
    ("p", "承办单位：北京市劳动人民文化宫"),
    ("p", "2. “平台”文化助推"),
    ("p", "时间安排：全年"),
    ("p", "主要内容：开展职工云课堂和文化沙龙。"),
    ("p", "参与方式：线上课程需提前与承办方商定参加人数。"),
    ("p", "承办单位：北京市劳动人民文化宫"),
    ("h", "三、工作要求"),
    ("p", "各级工会要高度重视。"),
    ("h", "附件1"),
    ("h", "2026年北京市职工文化工作安排"),
]  # fmt: skip
HEADER_2026 = ["序号", "项目名称", "", "活动时间", "承办单位", "联系人", "联系电话"]
ROWS_2026 = [
    ["1", "2026“身边”文化助推活动", "", "3月—11月", "北京市劳动人民文化宫", "吴 镝", "65116642 13910662798"],
    ["2", "“平台”文化助推", "“非凡匠心”职工云课堂", "3月—12月", "北京市劳动人民文化宫", "王可欣", "65116724"],
    ["", "", "“非凡匠心”职工文化沙龙", "4月—10月", "北京市劳动人民文化宫", "王增民", "65116741"],
]  # fmt: skip


def write_docx_2026(path: Path) -> Path:
    """The 2026 edition: headings and paragraphs, then a Word table whose 项目名称 header spans two
    columns and whose row 2 (number and group name) is merged down over its sub-row."""
    from docx import Document

    document = Document()
    for kind, text in BODY_2026:
        if kind == "h":
            document.add_heading(text, level=2)
        else:
            document.add_paragraph(text)
    table = document.add_table(rows=1 + len(ROWS_2026), cols=len(HEADER_2026))
    table.style = "Table Grid"
    for row_index, values in enumerate([HEADER_2026, *ROWS_2026]):
        for column, value in enumerate(values):
            if value:
                table.cell(row_index, column).text = value
    table.cell(0, 1).merge(table.cell(0, 2))
    table.cell(1, 1).merge(table.cell(1, 2))
    table.cell(2, 0).merge(table.cell(3, 0))
    table.cell(2, 1).merge(table.cell(3, 1))
    document.add_paragraph("附件3")
    document.add_paragraph("北京市总工会职工文体服务项目申请表")
    document.add_paragraph("联系人及联系电话：")
    document.add_paragraph("北京市劳动人民文化宫：吴镝 65116642（服务及辅导类）")
    document.save(str(path))
    return path


PDF_PARAGRAPHS_2027 = [
    "京工办发〔2027〕4号",
    "北京市总工会办公室关于做好2027年职工文化体育工作的通知",
    "二、工作内容",
    "（一）职工文体普惠服务类",
    "1. 2027“身边”文化助推活动",
    "时间安排：4月",
    "主要内容：把文化服务活动带到职工身边。",
    "参与方式：各基层工会需提前十五个工作日填写服务申请表（附件3），每年度限申请1个场次。",
    "承办单位：北京市劳动人民文化宫",
    "三、工作要求",
    "附件1",
    "2027年北京市职工文化工作安排",
]
PDF_TABLE_2027 = [
    ["序号", "项目名称", "活动时间", "承办单位", "联系人", "联系电话"],
    ["1", "2027“身边”文化助推活动", "4月", "北京市劳动人民文化宫", "吴镝", "65116642"],
    ["2", "职工摄影展", "5、6月", "北京市职工文化协会", "赵文君", "13811646663"],
]


def write_pdf_2027(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from unionapp.form.font_tables import load_font

    font = "NoticeTestFont"
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(load_font(font, str(resource_path("fonts", "uming.ttc"))))
    style = ParagraphStyle("body", fontName=font, fontSize=10, leading=14)
    story: list = [Paragraph(text, style) for text in PDF_PARAGRAPHS_2027]
    table = Table(PDF_TABLE_2027)
    table.setStyle(
        TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 8),
                    ("GRID", (0, 0), (-1, -1), 0.5, "black")])
    )  # fmt: skip
    story.append(table)
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def _blocks(text: str) -> list[tuple[str, object]]:
    """A notice's lines as paragraphs and tables (runs of tab-separated lines)."""
    blocks: list[tuple[str, object]] = []
    for line in text.split("\n"):
        if "\t" in line:
            if not blocks or blocks[-1][0] != "table":
                blocks.append(("table", []))
            blocks[-1][1].append(line.split("\t"))  # type: ignore[union-attr]
        elif line.strip():
            blocks.append(("p", line.lstrip("#- ").strip()))
    return blocks


def notice_as_docx(text: str, path: Path) -> Path:
    """A text notice as a Word file: each run of tab-separated lines a real Word table."""
    from docx import Document

    document = Document()
    for kind, content in _blocks(text):
        if kind == "p":
            document.add_paragraph(content)
            continue
        rows = content
        width = max(len(r) for r in rows)
        table = document.add_table(rows=len(rows), cols=width)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value.strip():
                    table.cell(r, c).text = value.strip()
    document.save(str(path))
    return path


def notice_as_pdf(text: str, path: Path) -> Path:
    """A text notice as a PDF with a text layer: paragraphs, and ruled tables whose cells wrap."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from unionapp.form.font_tables import load_font

    font = "NoticeTestFont"
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(load_font(font, str(resource_path("fonts", "uming.ttc"))))
    style = ParagraphStyle("body", fontName=font, fontSize=9, leading=13, wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName=font, fontSize=7, leading=9, wordWrap="CJK")
    story: list = []
    page_width = landscape(A4)[0] - 80
    for kind, content in _blocks(text):
        if kind == "p":
            story.append(Paragraph(escape(str(content)), style))
            continue
        rows = content
        width = max(len(r) for r in rows)
        data = [
            [Paragraph(escape(v.strip()), cell) for v in r + [""] * (width - len(r))] for r in rows
        ]
        table = Table(data, colWidths=[page_width / width] * width, repeatRows=0)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
        story.append(table)
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    return path


def notice_as_html(text: str, path: Path, charset: str = "gbk") -> Path:
    """A text notice as a saved web page: tables with a number spanning its sub-rows (rowspan) and
    the 项目名称 header spanning two columns (colspan), in the page's declared charset."""
    from html import escape

    parts = [f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>通知</title>',
             "<style>td { border: 1px solid }</style></head><body><div class='main'>"]  # fmt: skip
    for kind, content in _blocks(text):
        if kind == "p":
            parts.append(f"<p>{escape(str(content))}</p>")
            continue
        rows = [r + [""] * (max(len(x) for x in content) - len(r)) for r in content]
        parts.append("<table>")
        for index, row in enumerate(rows):
            cells = []
            for column, value in enumerate(row):
                above = [r[column] for r in rows[:index]]
                if column < 2 and not value and above and any(above) and index > 0:
                    continue  # covered by the rowspan of the cell above
                if value == "" and column > 0 and row[column - 1] == "项目名称":
                    continue  # covered by the header's colspan
                span = 1
                if column < 2 and value:
                    while index + span < len(rows) and not rows[index + span][column]:
                        span += 1
                colspan = ' colspan="2"' if value == "项目名称" and row[column + 1] == "" else ""
                rowspan = f' rowspan="{span}"' if span > 1 else ""
                cells.append(f"<td{colspan}{rowspan}>{escape(value.strip())}</td>")
            parts.append("<tr>" + "".join(cells) + "</tr>")
        parts.append("</table>")
    parts.append("<script>var x = '<p>不是正文</p>';</script></div></body></html>")
    path.write_bytes("\n".join(parts).encode(charset))
    return path
