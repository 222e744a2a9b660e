"""The bulk parse of the bundled fonts gives reportlab exactly what its own parse gives."""

import pytest
from reportlab.pdfbase import ttfonts

from unionapp.form.font_tables import BulkTableFace, load_font
from unionapp.resources import resource_path

PARSED = ("charToGlyph", "glyphToChar", "charWidths", "defaultWidth", "hmetrics", "glyphPos")


@pytest.mark.parametrize(
    ("file", "subfont"),
    [("uming.ttc", 0), ("uming.ttc", 3), ("DroidSansFallbackFull.ttf", 0)],
)
def test_bulk_parse_equals_reportlabs(file: str, subfont: int) -> None:
    path = str(resource_path("fonts", file))
    expected = ttfonts.TTFontFace(path, subfontIndex=subfont)
    face = BulkTableFace(path, subfontIndex=subfont)
    assert len(face.charToGlyph) > 20_000
    for name in PARSED:
        assert getattr(face, name) == getattr(expected, name), name
    assert list(face.glyphToChar[face.charToGlyph[ord("会")]]) == [ord("会")]


def test_load_font_leaves_reportlab_as_it_was() -> None:
    font = load_font("BulkTest", str(resource_path("fonts", "uming.ttc")))
    assert isinstance(font.face, BulkTableFace)
    assert ttfonts.TTFontFace is not BulkTableFace
    assert font.stringWidth("工会", 10) == pytest.approx(20.0)
