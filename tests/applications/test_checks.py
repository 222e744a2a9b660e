"""Field warnings: required, phone, past time, characters no font has."""

from __future__ import annotations

from datetime import datetime

import pytest

from unionapp.applications.checks import field_warnings, is_phone_number
from unionapp.models import Application

NOW = datetime(2023, 4, 10, 9, 0)


def complete(**changes: object) -> Application:
    values: dict[str, object] = {
        "provider": "北京市劳动人民文化宫",
        "union_name": "某某工会",
        "contact": "李明",
        "phone": "010-65116642",
        "service_time": datetime(2023, 5, 8, 14, 0),
        "service_item": "送辅导到身边",
        "scale": "100人",
        "location": "北京市东城区东四北大街107号",
    }
    values.update(changes)
    return Application(**values)


def rules(app: Application) -> list[tuple[str, str]]:
    return [(w.rule, w.field) for w in field_warnings(app, now=NOW)]


def test_complete_form_has_no_warnings() -> None:
    assert rules(complete()) == []


def test_empty_required_fields() -> None:
    found = rules(complete(phone="", location="  ", service_time=None))
    assert ("required", "phone") in found
    assert ("required", "location") in found
    assert ("required", "service_time") in found


@pytest.mark.parametrize(
    "phone",
    ["010-65116642", "65116642", "13910662798", "65520099-6177", "(010)65116642",
     "65116642、13910662798", "400-123-4567"],
)  # fmt: skip
def test_phone_numbers_accepted(phone: str) -> None:
    assert is_phone_number(phone)


@pytest.mark.parametrize("phone", ["12345", "abc", "010-6511", "139106627981"])
def test_not_phone_numbers(phone: str) -> None:
    assert not is_phone_number(phone)
    assert ("phone", "phone") in rules(complete(phone=phone))


def test_past_service_time_only_while_unsent() -> None:
    past = datetime(2023, 4, 1, 14, 0)
    assert ("past_time", "service_time") in rules(complete(service_time=past))
    assert ("past_time", "service_time") not in rules(complete(service_time=past, status="done"))


def test_character_no_font_has_is_named() -> None:
    warnings = field_warnings(complete(contact="王\U00030000"), now=NOW)
    glyph = [w for w in warnings if w.rule == "glyph"]
    assert [w.field for w in glyph] == ["contact"]
    assert "\U00030000" in glyph[0].message
    assert "U+30000" in glyph[0].message
    assert rules(complete(contact="王𠇔龘")) == []
