import subprocess
import sys

import pytest

from unionapp.form import GlyphMissingError, missing_characters
from unionapp.form.fonts import (
    FALLBACK_FONT,
    MAIN_FONT,
    check_glyphs,
    font_for_char,
    paragraph_markup,
    split_runs,
)

RARE_NAME_CHARACTERS = "堃喆赟昇犇淼䶮龘镕珺玥婧瑄彧甯\U000201d4"


def test_rare_name_characters_are_covered() -> None:
    assert missing_characters(RARE_NAME_CHARACTERS) == []


def test_main_face_draws_common_text() -> None:
    assert {font_for_char(ch) for ch in "北京市总工会2023年（）：、ABC"} == {MAIN_FONT}


@pytest.mark.parametrize("char", ["\ue000", "\U0001f600"])
def test_missing_characters_reports_each_once(char: str) -> None:
    assert missing_characters(f"工会{char}会{char}") == [char]


def test_line_breaks_need_no_glyph() -> None:
    assert missing_characters("第一行\n第二行") == []


def test_fallback_only_where_the_main_face_lacks_the_glyph() -> None:
    # U+3400 㐀 is in Droid Sans Fallback but not in AR PL UMing CN.
    assert font_for_char("㐀") == FALLBACK_FONT
    assert split_runs("工会㐀㐀名称") == [
        (MAIN_FONT, "工会"),
        (FALLBACK_FONT, "㐀㐀"),
        (MAIN_FONT, "名称"),
    ]


def test_paragraph_markup_escapes_and_marks_fallback_runs() -> None:
    markup = paragraph_markup("A&B<㐀>\n第二行")
    assert markup == f'A&amp;B&lt;<font name="{FALLBACK_FONT}">㐀</font>&gt;<br/>第二行'


def test_glyph_error_names_field_and_character() -> None:
    with pytest.raises(GlyphMissingError) as caught:
        check_glyphs("location", "北京\ue000路")
    assert caught.value.field == "location"
    assert caught.value.char == "\ue000"
    assert str(caught.value) == (
        "字段“服务地点”中的字符“\ue000”（U+E000）没有可用字体，无法打印。请改用常用字或拼音。"
    )


def test_fonts_are_not_loaded_at_import() -> None:
    code = (
        "import unionapp.form\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "assert 'UMingCN' not in pdfmetrics.getRegisteredFontNames()\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
