"""The 2023 programme catalogue matches the notice 京工办发〔2023〕7号."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from unionapp.resources import resource_path

ALLOWED_CATEGORIES = {"文化", "体育", "普惠服务", "公益"}
PHONE = re.compile(r"^\d{7,11}(-\d{1,5})?$")


@pytest.fixture(scope="module")
def catalogue() -> dict[str, Any]:
    with resource_path("catalogue", "2023.json").open(encoding="utf-8") as handle:
        return json.load(handle)


@pytest.fixture(scope="module")
def programmes(catalogue: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {p["key"]: p for p in catalogue["programmes"]}


def contacts_of(catalogue: dict[str, Any], provider: str) -> dict[str, list[str]]:
    (unit,) = [p for p in catalogue["providers"] if p["name"] == provider]
    return {c["name"]: c["phones"] for c in unit["contacts"]}


def expected_months(window: str) -> tuple[int, int]:
    if window == "全年":
        return 1, 12
    numbers = [int(n) for n in re.findall(r"\d+", window)]
    return numbers[0], numbers[-1]


def test_header(catalogue: dict[str, Any]) -> None:
    assert catalogue["year"] == 2023
    assert catalogue["source"].startswith("京工办发〔2023〕7号")
    assert catalogue["corrections"]


def test_attachment_1_counts(catalogue: dict[str, Any]) -> None:
    rows = [p for p in catalogue["programmes"] if p["attachment"] == 1]
    # 16 numbered rows; row 1 has 3 more lines, row 6 is a parent with 3 items
    assert len(rows) == 22
    assert sorted({int(p["seq"]) for p in rows}) == list(range(1, 17))
    assert [p["key"] for p in rows if p["seq"] == "1"] == ["a1-1", "a1-1b", "a1-1c", "a1-1d"]


def test_attachment_2_counts(catalogue: dict[str, Any]) -> None:
    rows = [p for p in catalogue["programmes"] if p["attachment"] == 2]
    assert [p["key"] for p in rows] == [f"a2-{n}" for n in range(1, 23)]
    assert [p["seq"] for p in rows] == [str(n) for n in range(1, 23)]


def test_section_only_services(programmes: dict[str, dict[str, Any]]) -> None:
    section_only = {k for k, p in programmes.items() if p["attachment"] is None}
    assert section_only == {"s2-2-2", "s2-2-3", "s2-3"}
    for key in ("s2-2-2", "s2-2-3"):
        rules = programmes[key]["rules"]
        assert programmes[key]["category"] == "普惠服务"
        assert rules["uses_form"] is True
        assert rules["min_participants"] == 20
        assert rules["online_needs_agreement"] is True
        assert "20名以上工会会员" in rules["note"]
    assert programmes["s2-3"]["category"] == "公益"
    assert programmes["s2-3"]["rules"]["uses_form"] is False


def test_venues(catalogue: dict[str, Any]) -> None:
    venues = catalogue["venues"]
    assert [v["seq"] for v in venues] == list(range(1, 9))
    assert venues[0]["name"] == "北京古代建筑博物馆"
    assert venues[0]["address"] == "北京市西城区东经路21号"
    assert all(v["name"] and v["address"] and v["phone_hours"] for v in venues)


def test_keys_unique_and_parents_exist(
    catalogue: dict[str, Any], programmes: dict[str, dict[str, Any]]
) -> None:
    assert len(programmes) == len(catalogue["programmes"])
    for programme in programmes.values():
        parent = programme["parent"]
        assert parent is None or programmes[parent]["parent"] is None, programme["key"]
    children = sorted(k for k, p in programmes.items() if p["parent"] == "a1-6")
    assert children == ["a1-6a", "a1-6b", "a1-6c"]


def test_providers_unique_with_clean_phones(catalogue: dict[str, Any]) -> None:
    names = [p["name"] for p in catalogue["providers"]]
    assert len(names) == len(set(names))
    for provider in catalogue["providers"]:
        for contact in provider["contacts"]:
            assert " " not in contact["name"], contact
            assert contact["phones"], contact
            for phone in contact["phones"]:
                assert PHONE.match(phone), f"{provider['name']} {contact['name']}: {phone!r}"


def test_programme_providers_and_contacts_exist(catalogue: dict[str, Any]) -> None:
    for programme in catalogue["programmes"]:
        assert programme["providers"], programme["key"]
        for entry in programme["providers"]:
            known = contacts_of(catalogue, entry["name"])
            assert entry["contact"] is None or entry["contact"] in known, (programme["key"], entry)


def test_categories(catalogue: dict[str, Any]) -> None:
    for programme in catalogue["programmes"]:
        assert programme["category"] in ALLOWED_CATEGORIES, programme["key"]
        if programme["attachment"] == 2:
            assert programme["category"] == "体育", programme["key"]
        if programme["attachment"] == 1 and programme["key"] != "a1-2":
            assert programme["category"] == "文化", programme["key"]


def test_month_ranges(catalogue: dict[str, Any]) -> None:
    for programme in catalogue["programmes"]:
        start, end = programme["window_start_month"], programme["window_end_month"]
        assert 1 <= start <= end <= 12, programme["key"]
        assert (start, end) == expected_months(programme["time_window"]), programme["key"]


@pytest.mark.parametrize(
    ("key", "months"), [("a2-11", (1, 12)), ("a2-1", (4, 4)), ("a2-12", (3, 4)), ("a1-9", (2, 10))]
)
def test_month_examples(programmes: dict[str, dict[str, Any]], key: str, months: tuple) -> None:
    programme = programmes[key]
    assert (programme["window_start_month"], programme["window_end_month"]) == months


def test_shenbian_rules(programmes: dict[str, dict[str, Any]]) -> None:
    shenbian = programmes["a1-2"]
    assert shenbian["name"] == "2023“身边”文化助推活动"
    assert shenbian["category"] == "普惠服务"
    assert shenbian["section"] == "二(二)1"
    rules = shenbian["rules"]
    assert rules["lead_workdays"] == 15
    assert rules["yearly_limit"] == 1
    assert rules["uses_form"] is True
    assert "提前15个工作日" in rules["note"]
    others = [p for k, p in programmes.items() if k != "a1-2"]
    assert all(p["rules"]["lead_workdays"] is None for p in others)
    assert all(p["rules"]["yearly_limit"] is None for p in others)


def test_uses_form_only_where_the_notice_says(programmes: dict[str, dict[str, Any]]) -> None:
    with_form = {k for k, p in programmes.items() if p["rules"]["uses_form"]}
    assert with_form == {"a1-2", "a1-3", "s2-2-2", "s2-2-3"}


def test_ocr_fixes(catalogue: dict[str, Any], programmes: dict[str, dict[str, Any]]) -> None:
    (zheng,) = [e for e in programmes["a2-11"]["providers"] if e["contact"]]
    assert contacts_of(catalogue, zheng["name"])[zheng["contact"]] == ["15510310014"]
    palace = contacts_of(catalogue, "北京市劳动人民文化宫")
    assert palace["吴镝"] == ["65116642", "13910662798"]
    data = json.dumps([catalogue["providers"], catalogue["programmes"]], ensure_ascii=False)
    assert "吴镒" not in data
    assert "吴 镝" not in data
    assert contacts_of(catalogue, "北京职工体育服务中心")["李楠"] == ["65520099-6178"]
    assert contacts_of(catalogue, "北京市职工体育协会")["陈国栋"] == ["65545491", "18911925041"]


def test_readme_lists_every_correction(catalogue: dict[str, Any]) -> None:
    readme = resource_path("catalogue", "README.md").read_text(encoding="utf-8")
    for correction in catalogue["corrections"]:
        assert correction in readme, correction
