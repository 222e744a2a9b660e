"""Applications to PDF: one A4 page each, values in their cells, drafts marked printed."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from sqlmodel import select

from unionapp.applications.printing import mark_printed, write_applications_pdf
from unionapp.applications.service import create_application, to_form_data
from unionapp.errors import UserError
from unionapp.form import form_geometry
from unionapp.models import Application, TimelineEntry
from unionapp.storage.settings import set_setting

from .conftest import programme_id, text_in

A4 = (595.3, 841.9)


def _two(ctx: Any) -> list[int]:
    with ctx.session() as session:
        first = create_application(
            session,
            {"service_time": datetime(2030, 5, 8, 14, 0), "scale": "100名持卡会员",
             "needs": "请安排综艺演出。", "declared_on": date(2030, 4, 10)},
            programme_id=programme_id(ctx),
        )  # fmt: skip
        second = create_application(
            session, {"union_name": "第二工会", "service_item": "送辅导到身边"}
        )
        return [first.id or 0, second.id or 0]


def test_one_a4_page_per_application_with_values_in_cells(union_ctx: Any, tmp_path: Path) -> None:
    ids = _two(union_ctx)
    out = tmp_path / "forms.pdf"
    with union_ctx.session() as session:
        apps = write_applications_pdf(session, ids, out)
        forms = [to_form_data(a) for a in apps]
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 2
        for page in pdf.pages:
            assert (round(page.width, 1), round(page.height, 1)) == A4
        assert pdf.metadata["Author"] == "北京市东城区某某科技有限公司工会委员会"
    for page, form in enumerate(forms):
        boxes = form_geometry(form).value_boxes
        for field in ("provider", "union_name", "contact", "service_time", "phone",
                      "service_item", "scale", "location", "needs", "declared_on"):  # fmt: skip
            expected = getattr(form, field).replace(" ", "")
            assert text_in(out, boxes[field].as_bbox(), page) == expected, (page, field)
    assert text_in(out, form_geometry(forms[0]).value_boxes["service_time"].as_bbox()) == (
        "2030年5月8日14:00"
    )


def test_settings_choose_notes_and_seal_date(union_ctx: Any, tmp_path: Path) -> None:
    ids = _two(union_ctx)[:1]
    out = tmp_path / "form.pdf"
    with union_ctx.session() as session:
        set_setting(session, "form.include_notes", False)
        set_setting(session, "form.prefill_seal_date", True)
        write_applications_pdf(session, ids, out)
    with pdfplumber.open(out) as pdf:
        text = pdf.pages[0].extract_text()
    assert "本表为一事一报" not in text
    assert text.count("2030年4月10日") == 2  # 申报日期 and the date under the seal


def test_character_no_font_has_refuses_naming_it(union_ctx: Any, tmp_path: Path) -> None:
    ids = _two(union_ctx)
    with union_ctx.session() as session:
        create_application(session)  # an unrelated third one
        app = session.get(Application, ids[1])
        app.contact = "王\U00030000"
    out = tmp_path / "forms.pdf"
    with union_ctx.session() as session, pytest.raises(UserError) as caught:
        write_applications_pdf(session, ids, out)
    message = str(caught.value)
    assert f"申请 {ids[1]}" in message and "\U00030000" in message and "联系人" in message
    assert not out.exists()


def test_printing_marks_drafts_printed_with_a_timeline_entry(union_ctx: Any) -> None:
    ids = _two(union_ctx)
    with union_ctx.session() as session:
        session.get(Application, ids[1]).status = "submitted"
    with union_ctx.session() as session:
        assert mark_printed(session, ids, today=date(2030, 4, 10)) == [ids[0]]
    with union_ctx.session() as session:
        entries = session.exec(select(TimelineEntry)).all()
        assert [(e.application_id, e.status, e.from_status, e.date, e.note) for e in entries] == [
            (ids[0], "printed", "draft", date(2030, 4, 10), "打印申请表")
        ]
