"""The printed form parsed back: pages, cells, the seal square, fonts and the limits of text."""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
from pathlib import Path

import pdfplumber
import pypdf
import pytest
from fontTools.ttLib import TTFont
from PIL import Image, ImageChops

from support.tools import require_tool
from unionapp.form import (
    FieldTooLongError,
    FormData,
    GlyphMissingError,
    form_geometry,
    render_forms,
)
from unionapp.form import layout as L

A4 = (595.28, 841.89)
TABLE_FIELDS = (
    "union_name",
    "contact",
    "service_time",
    "phone",
    "service_item",
    "category",
    "scale",
    "location",
    "needs",
    "notes",
    "opinion",
)


def page_text(pdf_path: Path, bbox: tuple[float, float, float, float], page: int = 0) -> str:
    """Text of the characters lying wholly inside ``bbox``, whitespace removed."""
    with pdfplumber.open(pdf_path) as pdf:
        text = pdf.pages[page].within_bbox(bbox).extract_text()
    return squeeze(text)


def squeeze(text: str) -> str:
    return re.sub(r"\s", "", text)


def embedded_glyph_has_outline(pdf_path: Path, char: str) -> bool:
    """True if ``char`` maps (through a ToUnicode map) to a drawn glyph of an embedded font."""
    reader = pypdf.PdfReader(pdf_path)
    for page in reader.pages:
        for font_ref in page["/Resources"]["/Font"].values():
            font = font_ref.get_object()
            to_unicode = font["/ToUnicode"].get_object().get_data().decode("ascii")
            for code, utf16 in re.findall(r"<([0-9A-F]{2})> <([0-9A-F]{4,})>", to_unicode):
                if bytes.fromhex(utf16).decode("utf-16-be") != char:
                    continue
                program = font["/FontDescriptor"]["/FontFile2"].get_object().get_data()
                embedded = TTFont(io.BytesIO(program))
                glyph_name = embedded["cmap"].getcmap(1, 0).cmap[int(code, 16)]
                glyph = embedded["glyf"][glyph_name]
                return embedded.getGlyphID(glyph_name) != 0 and glyph.numberOfContours != 0
    return False


def render_one(form: FormData, tmp_path: Path, name: str = "form.pdf", **options: object) -> Path:
    out = tmp_path / name
    render_forms([form], out, **options)  # type: ignore[arg-type]
    return out


def overlaps(obj: dict, box: tuple[float, float, float, float]) -> bool:
    """Whether a pdfplumber object, with half its stroke width around it, touches ``box``."""
    x0, top, x1, bottom = box
    half = (obj.get("linewidth") or 0) / 2
    return (
        obj["x0"] - half < x1
        and obj["x1"] + half > x0
        and obj["top"] - half < bottom
        and obj["bottom"] + half > top
    )


def test_one_a4_page_with_title_and_metadata(sample_form: FormData, tmp_path: Path) -> None:
    out = render_one(sample_form, tmp_path, author="李明")
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 1
        page = pdf.pages[0]
        assert (page.width, page.height) == pytest.approx(A4, abs=0.01)
        assert "北京市总工会职工文体服务项目申请表" in squeeze(page.extract_text())
    info = pypdf.PdfReader(out).metadata
    assert info is not None
    assert info.title == "北京市总工会职工文体服务项目申请表"
    assert info.author == "李明"


def test_every_value_lies_in_its_own_cell(sample_form: FormData, tmp_path: Path) -> None:
    out = render_one(sample_form, tmp_path)
    geometry = form_geometry(sample_form)
    for field in (*TABLE_FIELDS, "provider", "declared_on"):
        expected = squeeze(getattr(sample_form, field))
        assert page_text(out, geometry.value_boxes[field].as_bbox()) == expected, field


def test_labels_and_header_lines_are_printed(sample_form: FormData, tmp_path: Path) -> None:
    out = render_one(sample_form, tmp_path)
    geometry = form_geometry(sample_form)
    labels = {spec.field: spec.label for spec in L.ROWS}
    labels.update({spec.right_field: spec.right_label for spec in L.ROWS if spec.right_field})
    for field, label in labels.items():
        assert page_text(out, geometry.label_boxes[field].as_bbox()) == squeeze(label)
    text = page_text(out, (0, 0, L.PAGE_WIDTH, geometry.table_box.top))
    assert "申请服务提供单位：北京市劳动人民文化宫" in text
    assert "项目编号：（不填）" in text


@pytest.mark.parametrize("seal_date", ["", "2023年4月12日"])
def test_seal_square_holds_only_its_printed_words(
    sample_form: FormData, tmp_path: Path, seal_date: str
) -> None:
    form = dataclasses.replace(sample_form, opinion="同意申报。" * 40, seal_date=seal_date)
    out = render_one(form, tmp_path)
    square = form_geometry(form).seal_box
    assert square.width == pytest.approx(45 * L.MM)
    assert square.height == pytest.approx(45 * L.MM)
    box = square.as_bbox()
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        inside = "".join(c["text"] for c in page.chars if overlaps(c, box))
        assert squeeze(inside) == "盖章处" + (seal_date or "年月日")
        for kind in ("lines", "rects", "curves"):
            crossing = [obj for obj in getattr(page, kind) if overlaps(obj, box)]
            assert crossing == [], kind
        # and the square is inside the 本单位工会意见 value cell
        cell = form_geometry(form).label_boxes["opinion"]
        assert cell.top < square.top and square.bottom < cell.bottom


def test_fonts_are_embedded_truetype_subsets(sample_form: FormData, tmp_path: Path) -> None:
    require_tool("pdffonts")
    form = dataclasses.replace(sample_form, location="北京市㐀街1号")  # one fallback glyph
    out = render_one(form, tmp_path)
    listing = subprocess.run(
        ["pdffonts", str(out)], check=True, capture_output=True, text=True
    ).stdout
    rows = listing.splitlines()[2:]
    assert any("UMingCN" in row for row in rows)
    assert any("DroidSansFallback" in row for row in rows)
    for row in rows:
        name, kind = row.split()[0], row.split()[1]
        assert kind == "TrueType", row
        assert "+" in name  # a subset
        assert "STSong" not in row and "Type 3" not in row
        columns = row.split()
        emb = columns[-5]
        assert emb == "yes", row


def test_rare_characters_come_out_as_real_glyphs(sample_form: FormData, tmp_path: Path) -> None:
    rare = dataclasses.replace(sample_form, union_name="\U000201d4龘工会")
    blank = dataclasses.replace(sample_form, union_name="")
    out = render_one(rare, tmp_path, "rare.pdf")
    empty = render_one(blank, tmp_path, "blank.pdf")
    cell = form_geometry(rare).value_boxes["union_name"]
    assert page_text(out, cell.as_bbox()) == "\U000201d4龘工会"
    for char in ("\U000201d4", "龘"):
        assert embedded_glyph_has_outline(out, char), char
    require_tool("pdftoppm")
    scale = 150 / 72
    crop = tuple(round(v * scale) for v in cell.as_bbox())
    images = []
    for pdf in (out, empty):
        png = subprocess.run(
            ["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf)],
            check=True,
            capture_output=True,
        ).stdout
        images.append(Image.open(io.BytesIO(png)).convert("L").crop(crop))
    difference = ImageChops.difference(*images).point(lambda v: 255 if v > 128 else 0)
    # the first character's own columns differ: ink where the blank cell has none
    first_char = difference.crop((0, 0, round((L.CELL_PAD_X + 12) * scale), difference.height))
    assert first_char.getbbox() is not None


def test_600_characters_of_needs_fit_on_one_page(sample_form: FormData, tmp_path: Path) -> None:
    needs = ("本次活动希望安排职工合唱辅导与舞蹈排练，" * 30)[:600]
    form = dataclasses.replace(sample_form, needs=needs)
    out = render_one(form, tmp_path)
    geometry = form_geometry(form)
    assert L.FLOOR_SIZE <= geometry.font_sizes["needs"] < L.VALUE_SIZE
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 1
    assert page_text(out, geometry.value_boxes["needs"].as_bbox()) == needs
    assert geometry.notes_top is not None
    assert geometry.table_box.bottom < geometry.notes_top


def test_3000_characters_of_needs_are_refused(sample_form: FormData, tmp_path: Path) -> None:
    form = dataclasses.replace(sample_form, needs="职工文化服务需求说明" * 300)
    out = tmp_path / "form.pdf"
    with pytest.raises(FieldTooLongError) as caught:
        render_forms([form], out)
    assert caught.value.field == "needs"
    assert "提供服务需求" in str(caught.value)
    assert "附件" in str(caught.value)
    assert not out.exists()


def test_fixed_cell_text_shrinks_then_is_refused(sample_form: FormData, tmp_path: Path) -> None:
    longer = dataclasses.replace(
        sample_form, service_item="职工艺术团慰问演出、送辅导到身边、书画展览"
    )
    assert form_geometry(longer).font_sizes["service_item"] < L.VALUE_SIZE
    render_one(longer, tmp_path)
    too_long = dataclasses.replace(sample_form, service_item="职工艺术团慰问演出" * 10)
    with pytest.raises(FieldTooLongError) as caught:
        render_one(too_long, tmp_path)
    assert caught.value.field == "service_item"
    assert "申报服务项目" in str(caught.value)


@pytest.mark.parametrize("char", ["\ue000", "\U0001f600"])
def test_unprintable_character_is_refused_naming_the_field(
    sample_form: FormData, tmp_path: Path, char: str
) -> None:
    form = dataclasses.replace(sample_form, location=f"北京市东城区{char}街")
    with pytest.raises(GlyphMissingError) as caught:
        render_one(form, tmp_path)
    assert caught.value.field == "location"
    assert caught.value.char == char
    assert "服务地点" in str(caught.value)
    assert f"U+{ord(char):04X}" in str(caught.value)


def test_two_forms_make_two_pages(sample_form: FormData, tmp_path: Path) -> None:
    second = dataclasses.replace(sample_form, union_name="北京市西城区第二工会")
    out = tmp_path / "two.pdf"
    render_forms([sample_form, second], out)
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 2
        for page in pdf.pages:
            assert (page.width, page.height) == pytest.approx(A4, abs=0.01)
    cell = form_geometry(second).value_boxes["union_name"].as_bbox()
    assert page_text(out, cell, page=0) == sample_form.union_name
    assert page_text(out, cell, page=1) == "北京市西城区第二工会"


def test_error_in_a_batch_names_the_form(sample_form: FormData, tmp_path: Path) -> None:
    bad = dataclasses.replace(sample_form, contact="李\ue000")
    with pytest.raises(GlyphMissingError) as caught:
        render_forms([sample_form, bad], tmp_path / "batch.pdf")
    assert caught.value.form_number == 2
    assert str(caught.value).startswith("第 2 份申请表：字段“联系人及职务”")


def test_blank_form_and_stream_output(tmp_path: Path) -> None:
    stream = io.BytesIO()
    render_forms([FormData()], stream, include_notes=False)
    out = tmp_path / "blank.pdf"
    out.write_bytes(stream.getvalue())
    with pdfplumber.open(out) as pdf:
        text = squeeze(pdf.pages[0].extract_text())
    assert "盖章处" in text
    assert "说明：" not in text


def test_line_breaks_and_markup_characters_are_kept(sample_form: FormData, tmp_path: Path) -> None:
    form = dataclasses.replace(sample_form, notes="第一行 A&B <注>\r\n第二行")
    out = render_one(form, tmp_path)
    box = form_geometry(form).value_boxes["notes"].as_bbox()
    with pdfplumber.open(out) as pdf:
        text = pdf.pages[0].within_bbox(box).extract_text()
    assert text.splitlines() == ["第一行 A&B <注>", "第二行"]


def test_no_forms_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="没有要打印的申请表"):
        render_forms([], tmp_path / "none.pdf")
