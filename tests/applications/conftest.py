"""Fixtures for application tests: an opened data folder with the union profile filled in."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from unionapp.union import update_union

UNION = {
    "name": "北京市东城区某某科技有限公司工会委员会",
    "contact": "李明",
    "contact_title": "工会主席",
    "phone": "010-65116642",
    "address": "北京市东城区东四北大街107号",
}

# 2023“身边”文化助推活动 in the seeded catalogue (hosting unit 北京市劳动人民文化宫)
PROGRAMME_NAME = "2023“身边”文化助推活动"


@pytest.fixture
def union_ctx(ctx: Any) -> Any:
    with ctx.session() as session:
        update_union(session, **UNION)
    return ctx


def programme_id(ctx: Any, name: str = PROGRAMME_NAME) -> int:
    from unionapp.catalogue.query import find_programme

    with ctx.session() as session:
        found = find_programme(session, name).id
    assert found is not None
    return found


def text_in(pdf_path: Path, bbox: tuple[float, float, float, float], page: int = 0) -> str:
    """Characters lying wholly inside ``bbox`` of a page, whitespace removed."""
    with pdfplumber.open(pdf_path) as pdf:
        text = pdf.pages[page].within_bbox(bbox).extract_text()
    return re.sub(r"\s", "", text)
