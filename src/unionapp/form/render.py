"""Drawing Attachment 3 forms into a PDF: one A4 page per form, laid out by ``plan_form``."""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from unionapp.form import layout as L
from unionapp.form.data import FormData
from unionapp.form.errors import FieldTooLongError, GlyphMissingError
from unionapp.form.fonts import (
    MAIN_FONT,
    check_glyphs,
    ensure_fonts_registered,
    split_runs,
    text_width,
)
from unionapp.form.plan import Box, FormPlan, TextBlock, plan_form
from unionapp.storage.atomic_files import write_bytes_atomically

_CREATOR = "基层工会助手"
_SUBJECT = "北京市总工会职工文体服务项目申请表（京工办发〔2023〕7号 附件3）"
_FILL_AND_STROKE = 2  # PDF text render mode
# Where the baseline sits below the centre of a line box, as a share of the font size.
_BASELINE_BELOW_CENTRE = 0.35


def render_forms(
    forms: Sequence[FormData],
    out: Path | BinaryIO,
    *,
    include_notes: bool = True,
    title: str = L.TITLE,
    author: str = "",
) -> None:
    """Write ``forms`` as one PDF, one A4 page per form, to a file path or a binary stream.

    Every form is checked and measured before anything is written, so a form that cannot be
    printed (GlyphMissingError, FieldTooLongError) leaves no half-written file behind.
    """
    if not forms:
        raise ValueError("没有要打印的申请表。")
    ensure_fonts_registered()
    check_glyphs("title", title)
    plans = [_plan(form, index, len(forms), include_notes) for index, form in enumerate(forms)]

    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=(L.PAGE_WIDTH, L.PAGE_HEIGHT),
        initialFontName=MAIN_FONT,
        pageCompression=1,
    )
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setSubject(_SUBJECT)
    canvas.setCreator(_CREATOR)
    for plan in plans:
        _draw_page(canvas, plan, title)
        canvas.showPage()
    canvas.save()
    _write(buffer.getvalue(), out)


def _plan(form: FormData, index: int, count: int, include_notes: bool) -> FormPlan:
    try:
        return plan_form(form, include_notes=include_notes)
    except GlyphMissingError as error:
        if count == 1:
            raise
        raise GlyphMissingError(error.field, error.char, form_number=index + 1) from None
    except FieldTooLongError as error:
        if count == 1:
            raise
        raise FieldTooLongError(error.field, error.detail, form_number=index + 1) from None


def _write(data: bytes, out: Path | BinaryIO) -> None:
    if not isinstance(out, (str, Path)):
        out.write(data)
        return
    write_bytes_atomically(Path(out), data)  # temp file, fsync, verify, rename; UserError


# --- one page ------------------------------------------------------------------------------


def _draw_page(canvas: Canvas, plan: FormPlan, title: str) -> None:
    geometry = plan.geometry
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setStrokeColorRGB(0, 0, 0)

    _draw_text(
        canvas,
        title,
        L.TITLE_SIZE,
        x=L.PAGE_WIDTH / 2,
        baseline=L.TITLE_BASELINE,
        align="centre",
        char_space=L.TITLE_CHAR_SPACE,
        stroke_width=L.TITLE_STROKE_WIDTH,
    )
    _draw_prefixed(
        canvas,
        L.PROVIDER_PREFIX,
        L.HEADER_SIZE,
        plan.form.provider,
        geometry.font_sizes["provider"],
        x=L.TABLE_LEFT,
        baseline=L.PROVIDER_BASELINE,
    )
    _draw_text(
        canvas,
        L.PROJECT_NUMBER_TEXT,
        L.HEADER_SIZE,
        x=L.TABLE_LEFT,
        baseline=L.PROJECT_NUMBER_BASELINE,
    )

    _draw_grid(canvas, geometry.row_lines)
    for spec in L.ROWS:
        _draw_label(canvas, spec.label, geometry.label_boxes[spec.field])
        if spec.right_field is not None and spec.right_label is not None:
            _draw_label(canvas, spec.right_label, geometry.label_boxes[spec.right_field])
    _draw_paragraphs(canvas, plan.blocks + plan.notes)

    _draw_declaration_and_seal(canvas, plan)


def _draw_grid(canvas: Canvas, row_lines: tuple[float, ...]) -> None:
    top, bottom = row_lines[0], row_lines[-1]
    canvas.setLineCap(2)  # projecting square caps: the corners close
    for index, y in enumerate(row_lines):
        outer = index in (0, len(row_lines) - 1)
        _line(canvas, L.TABLE_LEFT, y, L.TABLE_RIGHT, y, outer)
    _line(canvas, L.TABLE_LEFT, top, L.TABLE_LEFT, bottom, True)
    _line(canvas, L.TABLE_RIGHT, top, L.TABLE_RIGHT, bottom, True)
    _line(canvas, L.X_VALUE, top, L.X_VALUE, bottom, False)
    for spec, row_top, row_bottom in zip(L.ROWS, row_lines[:-1], row_lines[1:], strict=True):
        if spec.right_field is not None:
            _line(canvas, L.X_RIGHT_LABEL, row_top, L.X_RIGHT_LABEL, row_bottom, False)
            _line(canvas, L.X_RIGHT_VALUE, row_top, L.X_RIGHT_VALUE, row_bottom, False)


def _line(canvas: Canvas, x0: float, top0: float, x1: float, top1: float, outer: bool) -> None:
    canvas.setLineWidth(L.OUTER_LINE_WIDTH if outer else L.INNER_LINE_WIDTH)
    canvas.line(x0, L.PAGE_HEIGHT - top0, x1, L.PAGE_HEIGHT - top1)


def _draw_paragraphs(canvas: Canvas, blocks: tuple[TextBlock, ...]) -> None:
    """Draw wrapped paragraphs, filled and outlined like all text of the form."""
    canvas.saveState()
    canvas.setLineWidth(L.TEXT_STROKE_WIDTH)
    # Paragraphs cannot set a text render mode, but it is graphics state: an empty text object
    # sets it for the paragraphs' own text objects, until restoreState.
    mode = canvas.beginText()
    mode.setTextRenderMode(_FILL_AND_STROKE)
    canvas.drawText(mode)
    for block in blocks:
        block.paragraph.drawOn(canvas, block.x, L.PAGE_HEIGHT - block.top - block.height)
    canvas.restoreState()


def _draw_label(canvas: Canvas, label: str, box: Box) -> None:
    """Draw a label centred in its cell."""
    lines = _label_lines(label, box.width)
    line_top = box.top + (box.height - sum(height for _, _, height in lines)) / 2
    for text, size, height in lines:
        baseline = line_top + height / 2 + _BASELINE_BELOW_CENTRE * size
        _draw_text(canvas, text, size, x=(box.x0 + box.x1) / 2, baseline=baseline, align="centre")
        line_top += height


@cache
def _label_lines(label: str, cell_width: float) -> tuple[tuple[str, float, float], ...]:
    """(text, size, line height) of each line of a label; lines after the first are the smaller
    bracketed note, and a line too wide for its cell is set smaller."""
    room = cell_width - 2 * L.LABEL_PAD_X
    lines = []
    for index, text in enumerate(label.split("\n")):
        size = L.LABEL_SIZE if index == 0 else L.LABEL_NOTE_SIZE
        size = min(size, size * room / text_width(text, size))
        lines.append((text, size, size * L.LABEL_LEADING_RATIO))
    return tuple(lines)


def _draw_declaration_and_seal(canvas: Canvas, plan: FormPlan) -> None:
    geometry = plan.geometry
    _draw_prefixed(
        canvas,
        L.DECLARED_PREFIX,
        L.DECLARED_SIZE,
        plan.form.declared_on,
        geometry.font_sizes["declared_on"],
        x=L.X_VALUE + L.CELL_PAD_X,
        baseline=geometry.row_lines[-1] - L.DECLARED_BASELINE_ABOVE_ROW_BOTTOM,
    )

    seal = geometry.seal_box
    _draw_text(
        canvas,
        L.SEAL_WORDS,
        L.SEAL_WORDS_SIZE,
        x=(seal.x0 + seal.x1) / 2,
        baseline=seal.top + L.SEAL_WORDS_BASELINE,
        align="centre",
        char_space=L.SEAL_WORDS_CHAR_SPACE,
    )
    date_text = plan.form.seal_date or L.SEAL_DATE_BLANK
    date_size = geometry.font_sizes["seal_date"] if plan.form.seal_date else L.SEAL_DATE_SIZE
    _draw_text(
        canvas,
        date_text,
        date_size,
        x=seal.x1 - L.SEAL_DATE_INSET_RIGHT,
        baseline=seal.top + L.SEAL_DATE_BASELINE,
        align="right",
    )


def _draw_prefixed(
    canvas: Canvas,
    prefix: str,
    prefix_size: float,
    value: str,
    value_size: float,
    *,
    x: float,
    baseline: float,
) -> None:
    """Draw a printed prefix such as 申报日期： and the filled-in value right after it."""
    _draw_text(canvas, prefix, prefix_size, x=x, baseline=baseline)
    x += text_width(prefix, prefix_size)
    _draw_text(canvas, value, value_size, x=x, baseline=baseline)


def _draw_text(
    canvas: Canvas,
    text: str,
    size: float,
    *,
    x: float,
    baseline: float,
    align: str = "left",
    char_space: float = 0.0,
    stroke_width: float = L.TEXT_STROKE_WIDTH,
) -> None:
    """Draw one line of real text in font runs; ``baseline`` is measured from the page top."""
    if not text:
        return
    width = text_width(text, size) + char_space * (len(text) - 1)
    if align == "centre":
        x -= width / 2
    elif align == "right":
        x -= width
    canvas.saveState()  # the text render mode, char spacing and line width outlive the text
    obj = canvas.beginText(x, L.PAGE_HEIGHT - baseline)
    obj.setCharSpace(char_space)
    canvas.setLineWidth(stroke_width)
    obj.setTextRenderMode(_FILL_AND_STROKE)
    for font, run in split_runs(text):
        obj.setFont(font, size)
        obj.textOut(run)
    canvas.drawText(obj)
    canvas.restoreState()
