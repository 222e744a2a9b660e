"""Parsing a TrueType face for reportlab with its large tables read in bulk.

reportlab's `TTFontFace` reads the character map, the horizontal metrics and the glyph locations
one number per Python call: for AR PL UMing (27,000 glyphs, 24,000 characters) that is most of
the time the first form takes. `BulkTableFace` lets reportlab read the small header tables as
usual and reads those three tables with one `struct` call each, filling the very same attributes
with the same values (a test compares them with reportlab's own parse). Only the full-Unicode
character map (format 12, which both bundled fonts use) is read here; a face without one is
parsed by reportlab as before.
"""

from __future__ import annotations

from collections.abc import Callable
from struct import unpack_from

from reportlab.pdfbase import ttfonts

_NBSP, _SPACE = 0xA0, 0x20


class BulkTableFace(ttfonts.TTFontFace):
    """reportlab's TrueType face, with cmap, hmtx and loca read in bulk."""

    def extractInfo(self, charInfo: int = 1) -> None:
        super().extractInfo(0)  # names, head, OS/2, post, hhea, maxp: small and quick
        if charInfo and not _read_character_tables(self):
            super().extractInfo(charInfo)


def load_font(name: str, path: str, subfont_index: int = 0) -> ttfonts.TTFont:
    """A reportlab TTFont whose face is parsed by BulkTableFace.

    `TTFont` builds its face from the module's `TTFontFace`; that name points at BulkTableFace
    while this font is made. Both give equal faces, so a font made meanwhile elsewhere is unharmed.
    """
    original = ttfonts.TTFontFace
    ttfonts.TTFontFace = BulkTableFace  # type: ignore[misc]
    try:
        return ttfonts.TTFont(name, path, subfontIndex=subfont_index)
    finally:
        ttfonts.TTFontFace = original  # type: ignore[misc]


def _read_character_tables(face: ttfonts.TTFontFace) -> bool:
    """Fill charToGlyph, glyphToChar, charWidths, defaultWidth, hmetrics and glyphPos as
    reportlab does; False (nothing set) when the face needs reportlab's own parse."""
    data = face._ttf_data
    index_to_loc_format, glyph_data_format = unpack_from(">hh", data, _table(face, "head") + 50)
    if glyph_data_format != 0 or "loca" not in face.table:
        return False
    mapping = _character_map(face, data)
    if mapping is None:
        return False
    char_to_glyph = dict(mapping)
    glyph_to_char = {glyph: [char] for char, glyph in mapping}
    if len(glyph_to_char) != len(mapping):  # some glyphs serve several characters
        glyph_to_char = {}
        for char, glyph in mapping:
            glyph_to_char.setdefault(glyph, []).append(char)
    _read_metrics(face, data, char_to_glyph)
    glyphs = face.numGlyphs + 1
    loca = _table(face, "loca")
    if index_to_loc_format == 0:
        face.glyphPos = [half << 1 for half in unpack_from(f">{glyphs}H", data, loca)]
    else:
        face.glyphPos = list(unpack_from(f">{glyphs}L", data, loca))
    face.charToGlyph, face.glyphToChar = char_to_glyph, glyph_to_char
    widths = face.charWidths
    if _SPACE in char_to_glyph:  # a no-break space looks like a space (as reportlab does)
        char_to_glyph[_NBSP], widths[_NBSP] = char_to_glyph[_SPACE], widths[_SPACE]
    elif _NBSP in char_to_glyph:
        char_to_glyph[_SPACE], widths[_SPACE] = char_to_glyph[_NBSP], widths[_NBSP]
    return True


def _table(face: ttfonts.TTFontFace, tag: str) -> int:
    return int(face.table[tag]["offset"])


def _character_map(face: ttfonts.TTFontFace, data: bytes) -> list[tuple[int, int]] | None:
    """(character, glyph) pairs of the subtable reportlab would pick, in its order."""
    cmap = _table(face, "cmap")
    version, count = unpack_from(">HH", data, cmap)
    if count == 0 and version != 0:
        count = version
    chosen, kind = None, 0
    for number in range(count):  # the same choice as reportlab: the last suitable subtable
        platform, encoding, offset = unpack_from(">HHL", data, cmap + 4 + 8 * number)
        if platform == 3 or (platform == 1 and encoding == 1) or (platform == 0 and encoding != 5):
            chosen, kind = offset, 1
        elif platform == 1 and encoding == 0 and kind != 1:
            chosen, kind = offset, 2
    if chosen is None:
        return None
    start = cmap + chosen
    subtable_format = unpack_from(">H", data, start)[0]
    return _segmented_coverage(data, start) if subtable_format == 12 else None


def _segmented_coverage(data: bytes, start: int) -> list[tuple[int, int]]:
    """Format 12: groups of consecutive characters mapped to consecutive glyphs."""
    groups = unpack_from(">L", data, start + 12)[0]
    numbers = unpack_from(f">{3 * groups}L", data, start + 16)
    pairs: list[tuple[int, int]] = []
    for index in range(0, 3 * groups, 3):
        first, last, glyph = numbers[index : index + 3]
        pairs.extend(
            zip(range(first, last + 1), range(glyph, glyph + last - first + 1), strict=True)
        )
    return pairs


def _read_metrics(face: ttfonts.TTFontFace, data: bytes, char_to_glyph: dict[int, int]) -> None:
    """hmtx: advance widths (scaled to 1/1000 em) per character, and the raw metrics per glyph."""
    metrics = unpack_from(">H", data, _table(face, "hhea") + 34)[0]
    glyphs = face.numGlyphs
    hmtx = _table(face, "hmtx")
    pairs = unpack_from(f">{2 * metrics}H", data, hmtx)
    bearings = unpack_from(f">{max(0, glyphs - metrics)}H", data, hmtx + 4 * metrics)
    scale: Callable[[int], float] = face._pdfScale
    scaled = {advance: scale(advance) for advance in set(pairs[0::2])}  # few distinct widths
    widths = list(map(scaled.__getitem__, pairs[0::2]))
    # reportlab keeps the unscaled advance for the full pairs and the scaled last advance for
    # the glyphs that have only a side bearing; kept as it is, since subsetting reads them.
    face.hmetrics = [
        *zip(pairs[0::2], pairs[1::2], strict=True),
        *((widths[-1], b) for b in bearings),
    ]
    face.defaultWidth = widths[0]
    last = widths[-1]
    face.charWidths = {
        char: widths[glyph] if glyph < metrics else last
        for char, glyph in char_to_glyph.items()
        if glyph < glyphs
    }
