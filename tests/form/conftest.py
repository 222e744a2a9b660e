"""Shared fixtures and PDF helpers for the Attachment 3 form tests."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pdfplumber
import pypdf
import pytest
from fontTools.ttLib import TTFont

from unionapp.form import FormData


@pytest.fixture
def sample_form() -> FormData:
    """A fully filled form, with the notice's own examples where it gives them."""
    return FormData(
        provider="北京市劳动人民文化宫",
        union_name="北京市东城区某某科技有限公司工会委员会",
        contact="李明 工会主席",
        service_time="2023年5月8日14:00",
        phone="010-65116642",
        service_item="职工艺术团慰问演出、送辅导到身边等",
        category="综艺演出/歌舞专场",
        scale="100名持工会会员互助服务卡的会员",
        location="北京市东城区东四街道东四北大街107号",
        needs="请安排约90分钟的综艺演出，现场礼堂可容纳150人，音响齐全。\n需演出方自带灯光。",
        notes="演出前一周请与联系人确认节目单。",
        opinion="同意申报。",
        declared_on="2023年4月10日",
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
            for code, utf16 in re.findall(r"<([0-9A-F]{2})> <([0-9A-F]+)>", to_unicode):
                if bytes.fromhex(utf16).decode("utf-16-be") != char:
                    continue
                program = font["/FontDescriptor"]["/FontFile2"].get_object().get_data()
                embedded = TTFont(io.BytesIO(program))
                glyph_name = embedded["cmap"].getcmap(1, 0).cmap[int(code, 16)]
                glyph = embedded["glyf"][glyph_name]
                return embedded.getGlyphID(glyph_name) != 0 and glyph.numberOfContours != 0
    return False
