"""The status quo for the form: a Word template of Attachment 3 filled with python-docx and turned
into PDF by LibreOffice headless. Installs LibreOffice with apt-get when it can; otherwise the rows
are skipped with the reason."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from bench.fixtures import form_values

FONT = "AR PL UMing CN"
# (label, field, right label, right field): the table of the notice's form, row by row.
TABLE = [
    ("申请服务工会名称", "union_name", "", ""),
    ("联系人及职务", "contact", "联系电话", "phone"),
    ("申请服务时间", "service_time", "服务职工规模", "scale"),
    ("申报服务项目", "service_item", "类别/内容", "category"),
    ("服务地点", "location", "", ""),
    ("提供服务需求", "needs", "", ""),
    ("其他说明事项", "notes", "", ""),
    ("本单位工会意见", "opinion", "", ""),
]


def soffice() -> str | None:
    """The LibreOffice program, installing it (Writer and Calc) when apt-get may."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found or not shutil.which("apt-get"):
        return found
    subprocess.run(
        [
            *("apt-get", "install", "-y", "-q"),
            *("libreoffice-writer-nogui", "libreoffice-calc-nogui", "fonts-arphic-uming"),
        ],
        capture_output=True,
        check=False,
        timeout=900,
    )
    return shutil.which("soffice")


def why_not_available() -> str | None:
    """None when the status quo can run, else why it cannot."""
    try:
        import docx  # noqa: F401
    except ImportError:
        return "python-docx not installed (pip install -e '.[bench]')"
    if soffice() is None:
        return "LibreOffice not installed (apt-get install libreoffice-writer-nogui)"
    return None


def write_template(path: Path) -> None:
    """The form as a .docx with {field} placeholders, in the same face as ours."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(18)
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(12)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    title = document.add_paragraph("北京市总工会职工文体服务项目申请表")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.runs[0].font.size = Pt(18)
    title.runs[0].bold = True
    document.add_paragraph("申请服务提供单位：{provider}")
    document.add_paragraph("项目编号：（不填）")
    table = document.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for label, field, right_label, right_field in TABLE:
        cells = table.add_row().cells
        cells[0].text = label
        if right_label:
            cells[1].text = "{" + field + "}"
            cells[2].text = right_label
            cells[3].text = "{" + right_field + "}"
        else:
            cells[1].merge(cells[3]).text = "{" + field + "}"
    document.add_paragraph("申报日期：{declared_on}")
    document.save(str(path))


def fill(template: Path, out: Path, number: int) -> None:
    """What a user's macro or a clerk does: open the template, put the values in, save."""
    from docx import Document

    values = form_values(number)
    document = Document(str(template))
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    for paragraph in paragraphs:
        if "{" in paragraph.text:
            text = paragraph.text.format(**values)
            for run in paragraph.runs[1:]:
                run.text = ""
            paragraph.runs[0].text = text
    document.save(str(out))


def convert(files: list[Path], out_dir: Path, profile: Path) -> None:
    """One LibreOffice headless call converting `files` to PDF in `out_dir`."""
    program = soffice()
    assert program is not None
    subprocess.run(
        [
            program,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            *map(str, files),
        ],
        capture_output=True,
        check=True,
        timeout=600,
    )
    missing = [f for f in files if not (out_dir / (f.stem + ".pdf")).is_file()]
    if missing:
        raise RuntimeError(f"LibreOffice made no PDF of {missing[0]}")


def make_forms(template: Path, folder: Path, count: int, profile: Path) -> None:
    """Fill `count` documents from the template and convert them all in one LibreOffice call."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    files = []
    for number in range(count):
        path = folder / f"申请表{number + 1}.docx"
        fill(template, path, number)
        files.append(path)
    convert(files, folder, profile)
