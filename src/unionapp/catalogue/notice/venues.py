"""Attachment 4: the venues open free to members (序号 单位名称 单位地址 咨询电话及时间 预约方式 备注)."""

from __future__ import annotations

import re

from unionapp.catalogue.notice.text import table_cells, tidy_name

Line = tuple[int, str]

_COLUMNS = {
    "name": ("单位名称", "场馆名称", "阵地名称", "名称"),
    "address": ("单位地址", "地址"),
    "phone_hours": ("咨询电话及时间", "咨询电话", "联系电话", "电话"),
    "booking": ("预约方式",),
    "notes": ("备注",),
}


def venue_columns(text: str) -> dict[str, int] | None:
    cells = table_cells(text)
    if "序号" not in cells:
        return None
    found = {"seq": cells.index("序号"), "width": len(cells)}
    for index, cell in enumerate(cells):
        for key, labels in _COLUMNS.items():
            if cell in labels and key not in found:
                found[key] = index
    return found if "name" in found and "address" in found else None


def venue_text(text: str) -> str:
    """Half-width commas, semicolons and brackets of Chinese text made full-width, OCR spaces gone."""
    text = re.sub(r"\s*,\s*", "，", text)
    text = re.sub(r"\s*;\s*", "；", text)
    return tidy_name(text)


def read_venues(lines: list[Line]) -> tuple[list[dict[str, object]], list[Line]]:
    """Venue rows and the lines of the table that are not one."""
    venues: list[dict[str, object]] = []
    unparsed: list[Line] = []
    columns: dict[str, int] | None = None
    for number, text in lines:
        if not text.strip():
            continue
        if found := venue_columns(text):
            columns = found
            continue
        if columns is None:
            continue
        cells = table_cells(text)
        while len(cells) > columns["width"] and not cells[-1]:
            cells.pop()
        cells += [""] * (columns["width"] - len(cells))
        seq = cells[columns["seq"]]
        if len(cells) != columns["width"] or not seq.isdigit() or not cells[columns["name"]]:
            unparsed.append((number, text))
            continue
        venue: dict[str, object] = {"seq": int(seq)}
        for key in ("name", "address", "phone_hours", "booking", "notes"):
            venue[key] = venue_text(cells[columns[key]]) if key in columns else ""
        venues.append(venue)
    return venues, unparsed
