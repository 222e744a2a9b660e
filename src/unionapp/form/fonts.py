"""The bundled fonts of the printed form, loaded on first use, and a glyph check per character.

The main face is AR PL UMing CN (a Song/Ming style face, like 宋体 on official forms); Droid Sans
Fallback covers the characters UMing lacks (about 8,000 rarer CJK ideographs, Hangul, ...).
A paragraph uses the fallback only for the characters that need it, and the fallback is parsed
only when a text first needs it (parsing a font costs about as much as drawing a form). Both are
parsed with their large tables read in bulk (`form.font_tables`).
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts

from unionapp.form.errors import GlyphMissingError
from unionapp.form.font_tables import load_font
from unionapp.resources import resource_path

MAIN_FONT = "UMingCN"
FALLBACK_FONT = "DroidSansFallback"

_MAIN_FILE = "uming.ttc"
_MAIN_POSTSCRIPT_NAME = b"UMingCN"  # the "AR PL UMing CN" member of the collection
_FALLBACK_FILE = "DroidSansFallbackFull.ttf"

# Characters that carry no glyph of their own: line breaks are laid out, not drawn.
_LAYOUT_CHARACTERS = frozenset("\n")


@cache
def _main_font() -> ttfonts.TTFont:
    """Parse and register the main face, once per process."""
    _fix_non_bmp_to_unicode()
    main = _load_collection_member(MAIN_FONT, _font_file(_MAIN_FILE))
    pdfmetrics.registerFont(main)
    return main


@cache
def _fallback_font() -> ttfonts.TTFont:
    """Parse and register the fallback face, once per process, when a character needs it."""
    _main_font()
    fallback = load_font(FALLBACK_FONT, str(_font_file(_FALLBACK_FILE)))
    pdfmetrics.registerFont(fallback)
    return fallback


def _font_file(name: str) -> Path:
    path = resource_path("fonts", name)
    if not path.is_file():
        raise FileNotFoundError(f"程序字体文件缺失：{path}，请重新安装基层工会助手。")
    return path


def _load_collection_member(name: str, path: Path) -> ttfonts.TTFont:
    index = 0
    while True:
        font = load_font(name, str(path), index)
        if font.face.name == _MAIN_POSTSCRIPT_NAME:
            return font
        index += 1
        if index >= font.face.numSubfonts:
            raise FileNotFoundError(
                f"字体文件 {path} 中没有 AR PL UMing CN，请重新安装基层工会助手。"
            )


def _fix_non_bmp_to_unicode() -> None:
    """Make reportlab's ToUnicode maps right for characters beyond U+FFFF (e.g. 𠇔 U+201D4).

    reportlab writes such a code point as five hex digits, which PDF readers take for a
    different character when the text is copied or searched; PDF wants UTF-16 there.
    """
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "_unionapp_fixed", False):
        return

    def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        cmap = original(fontname, subset)
        for index, code in enumerate(subset):
            if code > 0xFFFF:
                utf16 = chr(code).encode("utf-16-be").hex().upper()
                cmap = cmap.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{utf16}>")
        return cmap

    make_to_unicode_cmap._unionapp_fixed = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap


def ensure_fonts_registered() -> None:
    """Load and register the form's main font with reportlab (cheap after the first call); the
    fallback is registered by the first character that needs it."""
    _main_font()


def font_for_char(ch: str) -> str | None:
    """Return the registered font name that has a glyph for ``ch``, or None if none has."""
    code = ord(ch)
    if code in _main_font().face.charToGlyph:
        return MAIN_FONT
    if code in _fallback_font().face.charToGlyph:
        return FALLBACK_FONT
    return None


def missing_characters(text: str) -> list[str]:
    """Return the distinct characters of ``text`` that no bundled font can draw, in order."""
    missing: list[str] = []
    for ch in text:
        if ch not in _LAYOUT_CHARACTERS and ch not in missing and font_for_char(ch) is None:
            missing.append(ch)
    return missing


def check_glyphs(field: str, text: str) -> None:
    """Raise GlyphMissingError for the first character of ``text`` no bundled font has."""
    missing = missing_characters(text)
    if missing:
        raise GlyphMissingError(field, missing[0])


def split_runs(text: str) -> list[tuple[str, str]]:
    """Split one line of text into (font name, text) runs, using the fallback only where needed.

    Characters no font has stay in the main font's run (they are checked before drawing).
    """
    return list(_runs(text))


@lru_cache(maxsize=4096)
def _runs(text: str) -> tuple[tuple[str, str], ...]:
    main = _main_font().face.charToGlyph
    if all(ord(ch) in main for ch in text):
        return ((MAIN_FONT, text),) if text else ()
    runs: list[tuple[str, str]] = []
    for ch in text:
        font = font_for_char(ch) or MAIN_FONT
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + ch)
        else:
            runs.append((font, ch))
    return tuple(runs)


def paragraph_markup(text: str) -> str:
    """Return reportlab Paragraph markup for plain ``text`` (main font assumed as the base).

    Line breaks become ``<br/>``; an ideographic space becomes two no-break spaces, since a
    Paragraph would collapse it.
    """
    lines = []
    for line in text.split("\n"):
        parts = []
        for font, run in split_runs(line.replace("\u3000", "\u00a0\u00a0")):
            if font == MAIN_FONT:
                parts.append(escape(run))
            else:
                parts.append(f'<font name="{font}">{escape(run)}</font>')
        lines.append("".join(parts))
    return "<br/>".join(lines)


def text_width(text: str, size: float) -> float:
    """Width in points of one line of ``text`` drawn in runs at ``size``."""
    return sum(pdfmetrics.stringWidth(run, font, size) for font, run in split_runs(text))
