"""The text of a notice file: plain text (UTF-8 or GB18030), a saved web page, Word .docx, or a PDF
with a text layer.

Tables come out one row a line, cells separated by tabs, in document order with the paragraphs, so
the readers see every source alike. A merged cell continued from the row above is an empty cell.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from unionapp.catalogue.notice.html_text import decode_html, html_lines, looks_like_html
from unionapp.catalogue.notice.text import is_cjk
from unionapp.errors import UserError

_TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".csv", ""}


def text_of_file(path: Path) -> str:
    """The notice's text; UserError (naming the file) for what cannot be read."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"无法读取文件“{path.name}”：{exc.strerror or exc}") from None
    if not data.strip():
        raise UserError(f"文件“{path.name}”是空的。")
    suffix = path.suffix.lower()
    if data.startswith(b"%PDF"):
        return _pdf_text(path)
    if data.startswith(b"PK"):
        return _docx_text(path)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UserError(
            f"文件“{path.name}”是旧版 Word（.doc）或其他 Office 旧格式，无法直接读取；"
            "请在 Word 或 WPS 中“另存为” .docx，或复制通知全文粘贴进来。"
        )
    if suffix in {".html", ".htm", ".xhtml"} or looks_like_html(data):
        markup = decode_html(data)
        if markup is None:
            raise UserError(
                f"网页文件“{path.name}”的文字编码无法识别；请在浏览器中打开，复制全文后粘贴进来。"
            )
        return html_lines(markup)
    if suffix in {".pdf", ".docx"}:
        raise UserError(f"文件“{path.name}”已损坏，或不是 {suffix} 文件。")
    return _plain_text(path, data)


def _plain_text(path: Path, data: bytes) -> str:
    utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))  # Notepad's “Unicode”
    for encoding in ("utf-16",) if utf16 else ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
        if "\x00" not in text and controls <= len(text) // 200:
            return text.replace("\r\n", "\n").replace("\r", "\n")
    raise UserError(
        f"文件“{path.name}”不是文字文件，也不是 Word（.docx）或 PDF，无法读取通知；"
        "请打开通知，复制全文后粘贴进来。"
    )


def _docx_text(path: Path) -> str:
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from docx.oxml.ns import qn
    from lxml.etree import XMLSyntaxError

    try:
        document = Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, XMLSyntaxError, KeyError, ValueError) as exc:
        raise UserError(
            f"文件“{path.name}”不是 Word（.docx）文件，或已损坏；请在 Word 或 WPS 中“另存为” .docx，"
            "或复制通知全文粘贴进来。"
        ) from exc
    lines: list[str] = []
    for element in document.element.body.iterchildren():
        if element.tag == qn("w:p"):
            lines.append("".join(t.text or "" for t in element.iter(qn("w:t"))))
        elif element.tag == qn("w:tbl"):
            lines.extend(_docx_table_rows(element, qn))
    return "\n".join(lines)


def _docx_table_rows(table: Any, qn: Callable[[str], str]) -> list[str]:
    rows = []
    for tr in table.iter(qn("w:tr")):
        cells: list[str] = []
        for tc in tr.iterchildren(qn("w:tc")):
            properties = tc.find(qn("w:tcPr"))
            span, continued = 1, False
            if properties is not None:
                grid = properties.find(qn("w:gridSpan"))
                span = int(grid.get(qn("w:val"))) if grid is not None else 1
                merge = properties.find(qn("w:vMerge"))
                continued = merge is not None and merge.get(qn("w:val")) in (None, "continue")
            paragraphs = [
                "".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.iter(qn("w:p"))
            ]
            text = "" if continued else " ".join(p.strip() for p in paragraphs if p.strip())
            cells.extend([text] + [""] * (span - 1))
        rows.append("\t".join(cells))
    rows.append("")
    return rows


def _pdf_text(path: Path) -> str:
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        with pdfplumber.open(str(path)) as pdf:
            pages = [_pdf_page_text(page) for page in pdf.pages]
    except (PDFSyntaxError, PdfminerException, ValueError, KeyError) as exc:
        raise UserError(f"PDF 文件“{path.name}”已损坏，无法读取。") from exc
    text = "\n".join(pages).replace("\x00", "\ufffd")  # a glyph the PDF maps to no character
    if not text.strip():
        raise UserError(
            f"PDF 文件“{path.name}”里没有文字（可能是扫描件）。请用能识别文字的软件（OCR）"
            "转成文字，或找到通知的网页、Word 版本，复制全文后粘贴进来。"
        )
    return text


def _pdf_page_text(page: Any) -> str:
    """Paragraph text and table rows of one page, top to bottom."""
    tables = sorted(page.find_tables(), key=lambda t: t.bbox[1])
    parts: list[str] = []
    top = 0.0
    for table in tables:
        _, table_top, _, bottom = table.bbox
        if table_top > top:
            parts.append(page.crop((0, top, page.width, table_top)).extract_text() or "")
        for row in table.extract():
            parts.append("\t".join(_unwrapped(cell or "") for cell in row))
        top = bottom
    if top < page.height:
        parts.append(page.crop((0, top, page.width, page.height)).extract_text() or "")
    return "\n".join(part for part in parts if part)


def _unwrapped(cell: str) -> str:
    """A PDF table cell on one line: a break between two Chinese characters is the cell wrapping
    a long name (joined without a space); any other break separates two things (a space)."""
    text = ""
    for line in (part.strip() for part in cell.split("\n")):
        if not line:
            continue
        joined = text and is_cjk(text[-1]) and is_cjk(line[0])
        text = f"{text}{line}" if joined or not text else f"{text} {line}"
    return text
