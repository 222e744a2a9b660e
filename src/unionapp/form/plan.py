"""Fitting one form's text into the layout: font sizes, row heights and the box of every cell.

``plan_form`` does all measuring (and raises for text that cannot be printed) before anything
is drawn; the renderer only draws what the plan says. Boxes are in points with the origin at
the page's top-left corner, y growing downward, exactly as pdfplumber reports positions.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, fields
from functools import cache

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from unionapp.form import layout as L
from unionapp.form.data import FormData
from unionapp.form.errors import FieldTooLongError, field_label
from unionapp.form.fonts import (
    MAIN_FONT,
    check_glyphs,
    ensure_fonts_registered,
    paragraph_markup,
    text_width,
)

_MULTILINE_FIELDS = frozenset({"needs", "notes", "opinion"})
# Text boxes that begin exactly where a text run starts reach this far left of it, so that
# rounding in a PDF reader never puts the first character outside its box.
_EDGE_TOLERANCE = 0.5


@dataclass(frozen=True)
class Box:
    """A rectangle on the page: points from the top-left corner (pdfplumber's ``bbox`` order)."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def as_bbox(self) -> tuple[float, float, float, float]:
        """``(x0, top, x1, bottom)`` as pdfplumber's ``crop``/``within_bbox`` take it."""
        return (self.x0, self.top, self.x1, self.bottom)


@dataclass(frozen=True)
class FormGeometry:
    """Where everything of one form sits on its page.

    ``value_boxes`` maps every FormData field to the region its text is printed in: the whole
    table cell for table values, the opinion area left of the seal for ``opinion``, the
    申报日期 line for ``declared_on``, the seal square for ``seal_date`` and the text after
    申请服务提供单位： for ``provider``. ``row_lines`` holds the y of each horizontal table line.
    """

    value_boxes: dict[str, Box]
    label_boxes: dict[str, Box]
    seal_box: Box
    table_box: Box
    row_lines: tuple[float, ...]
    font_sizes: dict[str, float]
    notes_top: float | None


@dataclass(frozen=True)
class TextBlock:
    """A wrapped paragraph, the top-left point it is drawn at, and its height."""

    paragraph: Paragraph
    x: float
    top: float
    height: float


@dataclass(frozen=True)
class FormPlan:
    """Everything the renderer needs for one page: cleaned text, geometry, wrapped paragraphs."""

    form: FormData
    geometry: FormGeometry
    blocks: tuple[TextBlock, ...]
    notes: tuple[TextBlock, ...]


def clean_text(text: str, *, multiline: bool) -> str:
    """Normalise user text for print: unify line breaks, drop invisible control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    kept = [
        ch
        for ch in text
        if ch == "\n" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Zl", "Zp")
    ]
    text = "".join(kept)
    if not multiline:
        text = " ".join(text.split("\n"))
    return text.strip()


def clean_form(form: FormData) -> FormData:
    """Return a copy of ``form`` with every field cleaned by :func:`clean_text`."""
    values = {
        f.name: clean_text(getattr(form, f.name), multiline=f.name in _MULTILINE_FIELDS)
        for f in fields(form)
    }
    return FormData(**values)


def check_form_glyphs(form: FormData) -> None:
    """Raise GlyphMissingError for the first field holding a character no bundled font has."""
    for f in fields(form):
        check_glyphs(f.name, getattr(form, f.name))


def form_geometry(form: FormData, *, include_notes: bool = True) -> FormGeometry:
    """Return the page geometry the form will be printed with (raises as ``plan_form`` does)."""
    return plan_form(form, include_notes=include_notes).geometry


def plan_form(form: FormData, *, include_notes: bool = True) -> FormPlan:
    """Measure one form: check glyphs, choose font sizes and row heights, place every cell.

    Raises GlyphMissingError or FieldTooLongError naming the field.
    """
    ensure_fonts_registered()
    form = clean_form(form)
    check_form_glyphs(form)

    sizes: dict[str, float] = {}
    value_boxes: dict[str, Box] = {}
    label_boxes: dict[str, Box] = {}
    blocks: list[TextBlock] = []

    notes_height = _notes_height() if include_notes else 0.0
    table_bottom_limit = L.PAGE_HEIGHT - L.MARGIN_BOTTOM
    if include_notes:
        table_bottom_limit -= notes_height + L.NOTES_GAP_ABOVE

    heights = _row_heights(form, table_bottom_limit - L.TABLE_TOP, sizes)

    row_lines = [L.TABLE_TOP]
    for height in heights:
        row_lines.append(row_lines[-1] + height)

    seal_box = Box(0, 0, 0, 0)
    for spec, top, bottom in zip(L.ROWS, row_lines[:-1], row_lines[1:], strict=True):
        if spec.right_field is None:
            label_boxes[spec.field] = Box(L.X_LABEL, top, L.X_VALUE, bottom)
            value_boxes[spec.field] = Box(L.X_VALUE, top, L.TABLE_RIGHT, bottom)
        else:
            label_boxes[spec.field] = Box(L.X_LABEL, top, L.X_VALUE, bottom)
            value_boxes[spec.field] = Box(L.X_VALUE, top, L.X_RIGHT_LABEL, bottom)
            label_boxes[spec.right_field] = Box(L.X_RIGHT_LABEL, top, L.X_RIGHT_VALUE, bottom)
            value_boxes[spec.right_field] = Box(L.X_RIGHT_VALUE, top, L.TABLE_RIGHT, bottom)
        if spec.field == "opinion":
            seal_box = _seal_box(top, bottom)
            value_boxes["opinion"] = _opinion_box(top, bottom, seal_box)
            value_boxes["declared_on"] = _declared_box(bottom, seal_box)
            value_boxes["seal_date"] = seal_box

    for spec in L.ROWS:
        for field in (spec.field, spec.right_field):
            if field is None:
                continue
            box = value_boxes[field]
            blocks.append(_place_block(field, getattr(form, field), sizes, box))

    sizes["provider"] = _single_line_size(
        "provider", form.provider, L.HEADER_SIZE, _provider_room()
    )
    provider_x = L.TABLE_LEFT + text_width(L.PROVIDER_PREFIX, L.HEADER_SIZE)
    value_boxes["provider"] = Box(
        provider_x - _EDGE_TOLERANCE,
        L.PROVIDER_BASELINE - L.HEADER_SIZE,
        L.TABLE_RIGHT,
        L.PROVIDER_BASELINE + 0.3 * L.HEADER_SIZE,
    )
    declared = value_boxes["declared_on"]
    sizes["declared_on"] = _single_line_size(
        "declared_on", form.declared_on, L.DECLARED_SIZE, declared.width
    )
    sizes["seal_date"] = _single_line_size(
        "seal_date", form.seal_date, L.SEAL_DATE_SIZE, L.SEAL_SIZE - 2 * L.SEAL_DATE_INSET_RIGHT
    )

    notes_top = row_lines[-1] + L.NOTES_GAP_ABOVE if include_notes else None
    geometry = FormGeometry(
        value_boxes=value_boxes,
        label_boxes=label_boxes,
        seal_box=seal_box,
        table_box=Box(L.TABLE_LEFT, L.TABLE_TOP, L.TABLE_RIGHT, row_lines[-1]),
        row_lines=tuple(row_lines),
        font_sizes=sizes,
        notes_top=notes_top,
    )
    placed_notes = _place_notes(notes_top) if notes_top is not None else ()
    return FormPlan(form=form, geometry=geometry, blocks=tuple(blocks), notes=placed_notes)


# --- row heights and font sizes ------------------------------------------------------------


def _row_heights(form: FormData, table_room: float, sizes: dict[str, float]) -> list[float]:
    """Choose the font size of every table value and the height of every row.

    Fixed rows keep their height and their text shrinks to fit. The flexible rows first take
    their minimum, grow with their text into the free space, and shrink their text (the one
    overflowing most first) when the page is full; what remains is shared out by weight.
    """
    fixed_total = sum(spec.min_height for spec in L.ROWS if not spec.flexible)
    for spec in L.ROWS:
        if spec.flexible:
            continue
        for field, width in _cell_widths(spec):
            room = spec.min_height - 2 * L.CELL_PAD_Y
            sizes[field] = _wrapped_size(field, getattr(form, field), width, room)

    flexible = [spec for spec in L.ROWS if spec.flexible]
    flex_room = table_room - fixed_total
    flex_sizes = {spec.field: L.VALUE_SIZE for spec in flexible}

    def need(spec: L.RowSpec) -> float:
        text_height = _paragraph_height(
            getattr(form, spec.field), _text_width_of(spec), flex_sizes[spec.field]
        )
        return max(spec.min_height, text_height + _vertical_overhead(spec))

    needs = {spec.field: need(spec) for spec in flexible}
    while sum(needs.values()) > flex_room:
        shrinkable = [
            spec
            for spec in flexible
            if flex_sizes[spec.field] > L.FLOOR_SIZE and needs[spec.field] > spec.min_height
        ]
        if not shrinkable:
            worst = max(flexible, key=lambda s: needs[s.field] - s.min_height)
            raise FieldTooLongError(worst.field, _too_long_message(worst.field))
        spec = max(shrinkable, key=lambda s: needs[s.field] - s.min_height)
        flex_sizes[spec.field] = max(L.FLOOR_SIZE, flex_sizes[spec.field] - L.SIZE_STEP)
        needs[spec.field] = need(spec)

    spare = flex_room - sum(needs.values())
    total_weight = sum(spec.grow_weight for spec in flexible)
    heights = []
    for spec in L.ROWS:
        if spec.flexible:
            heights.append(needs[spec.field] + spare * spec.grow_weight / total_weight)
        else:
            heights.append(spec.min_height)
    sizes.update(flex_sizes)
    return heights


def _cell_widths(spec: L.RowSpec) -> list[tuple[str, float]]:
    if spec.right_field is None:
        return [(spec.field, L.TABLE_RIGHT - L.X_VALUE - 2 * L.CELL_PAD_X)]
    return [
        (spec.field, L.LEFT_VALUE_WIDTH - 2 * L.CELL_PAD_X),
        (spec.right_field, L.RIGHT_VALUE_WIDTH - 2 * L.CELL_PAD_X),
    ]


def _text_width_of(spec: L.RowSpec) -> float:
    """Width of the text column of a flexible row."""
    if spec.field == "opinion":
        return _opinion_text_width()
    return _cell_widths(spec)[0][1]


def _vertical_overhead(spec: L.RowSpec) -> float:
    """Height a flexible row needs besides its text."""
    if spec.field == "opinion":
        return (
            L.CELL_PAD_Y
            + L.DECLARED_GAP_ABOVE
            + L.DECLARED_SIZE
            + L.DECLARED_BASELINE_ABOVE_ROW_BOTTOM
        )
    return 2 * L.CELL_PAD_Y


def _opinion_text_width() -> float:
    seal_left = L.TABLE_RIGHT - L.SEAL_INSET_RIGHT - L.SEAL_SIZE
    return seal_left - L.SEAL_GAP_LEFT - L.X_VALUE - L.CELL_PAD_X


def _wrapped_size(field: str, text: str, width: float, room: float) -> float:
    size = L.VALUE_SIZE
    while _paragraph_height(text, width, size) > room:
        if size <= L.FLOOR_SIZE:
            raise FieldTooLongError(field, _too_long_message(field))
        size = max(L.FLOOR_SIZE, size - L.SIZE_STEP)
    return size


def _single_line_size(field: str, text: str, size: float, room: float) -> float:
    while text_width(text, size) > room:
        if size <= L.FLOOR_SIZE:
            raise FieldTooLongError(field, _too_long_message(field))
        size = max(L.FLOOR_SIZE, size - L.SIZE_STEP)
    return size


def _provider_room() -> float:
    return L.TABLE_WIDTH - text_width(L.PROVIDER_PREFIX, L.HEADER_SIZE)


def _too_long_message(field: str) -> str:
    return (
        f"“{field_label(field)}”的内容太长：字号缩小到 {L.FLOOR_SIZE:g} 磅仍放不进申请表"
        "（申请表只能有一页）。请精简文字，或把详细内容写在附件里，在此注明“详见附件”。"
    )


# --- paragraphs ----------------------------------------------------------------------------


@cache
def _value_style(size: float) -> ParagraphStyle:
    return ParagraphStyle(
        f"form-value-{size:g}",
        fontName=MAIN_FONT,
        fontSize=size,
        leading=size * L.VALUE_LEADING_RATIO,
        alignment=TA_LEFT,
        wordWrap="CJK",
    )


def _paragraph(text: str, size: float) -> Paragraph:
    return Paragraph(paragraph_markup(text), _value_style(size))


def _paragraph_height(text: str, width: float, size: float) -> float:
    if not text:
        return 0.0
    return _paragraph(text, size).wrap(width, L.PAGE_HEIGHT)[1]


def _place_block(field: str, text: str, sizes: dict[str, float], box: Box) -> TextBlock:
    paragraph = _paragraph(text, sizes[field])
    width = box.width - 2 * L.CELL_PAD_X
    _, height = paragraph.wrap(width, L.PAGE_HEIGHT)
    if field in L.FLEXIBLE_TOP_ALIGNED:
        top = box.top + L.CELL_PAD_Y
    else:
        top = box.top + (box.height - height) / 2
    return TextBlock(paragraph=paragraph, x=box.x0 + L.CELL_PAD_X, top=top, height=height)


# --- the 本单位工会意见 row ----------------------------------------------------------------


def _seal_box(row_top: float, row_bottom: float) -> Box:
    x1 = L.TABLE_RIGHT - L.SEAL_INSET_RIGHT
    top = row_top + (row_bottom - row_top - L.SEAL_SIZE) / 2
    return Box(x1 - L.SEAL_SIZE, top, x1, top + L.SEAL_SIZE)


def _opinion_box(row_top: float, row_bottom: float, seal: Box) -> Box:
    """The area of the opinion text: left of the seal, above the 申报日期 line.

    Like a table cell it includes the horizontal padding, so that its text is
    :func:`_opinion_text_width` wide and ends ``SEAL_GAP_LEFT`` before the seal square.
    """
    bottom = row_bottom - L.DECLARED_BASELINE_ABOVE_ROW_BOTTOM - L.DECLARED_SIZE
    return Box(L.X_VALUE, row_top, seal.x0 - L.SEAL_GAP_LEFT + L.CELL_PAD_X, bottom)


def _declared_box(row_bottom: float, seal: Box) -> Box:
    """The area of the declaration date after the 申报日期： prefix."""
    baseline = row_bottom - L.DECLARED_BASELINE_ABOVE_ROW_BOTTOM
    x0 = L.X_VALUE + L.CELL_PAD_X + text_width(L.DECLARED_PREFIX, L.DECLARED_SIZE)
    return Box(
        x0 - _EDGE_TOLERANCE,
        baseline - L.DECLARED_SIZE,
        seal.x0 - L.SEAL_GAP_LEFT,
        baseline + 0.3 * L.DECLARED_SIZE,
    )


# --- notes 说明 ------------------------------------------------------------------------------


@cache
def _notes_style(indent: float) -> ParagraphStyle:
    return ParagraphStyle(
        f"form-notes-{indent:g}",
        fontName=MAIN_FONT,
        fontSize=L.NOTES_SIZE,
        leading=L.NOTES_SIZE * L.NOTES_LEADING_RATIO,
        leftIndent=indent,
        firstLineIndent=-indent,
        wordWrap="CJK",
    )


@cache
def _notes_paragraphs() -> tuple[tuple[Paragraph, float], ...]:
    """The notes as wrapped paragraphs with their heights (the same on every page)."""
    texts = [(L.NOTES_HEADING, 0.0)] + [(note, L.NOTES_INDENT) for note in L.NOTES]
    result = []
    for text, indent in texts:
        paragraph = Paragraph(paragraph_markup(text), _notes_style(indent))
        _, height = paragraph.wrap(L.TABLE_WIDTH, L.PAGE_HEIGHT)
        result.append((paragraph, height))
    return tuple(result)


def _notes_height() -> float:
    return sum(height for _, height in _notes_paragraphs())


def _place_notes(top: float) -> tuple[TextBlock, ...]:
    placed = []
    for paragraph, height in _notes_paragraphs():
        placed.append(TextBlock(paragraph=paragraph, x=L.TABLE_LEFT, top=top, height=height))
        top += height
    return tuple(placed)
