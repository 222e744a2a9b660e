"""Editions written for the tests: a 2025 text in GB18030 with the phrasing variants, a 2026 Word
file with real (merged) tables, a 2027 PDF with a text layer; and --year overriding the notice's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from editions import (
    notice_as_docx,
    notice_as_html,
    notice_as_pdf,
    write_docx_2026,
    write_pdf_2027,
)

from unionapp.catalogue.notice import read_notice_path, read_notice_text

DATA = Path(__file__).parent / "data"


def _by_key(reading: Any) -> dict[str, dict[str, Any]]:
    return {p["key"]: p for p in reading.programmes}


def _window(programme: dict[str, Any]) -> tuple[int | None, int | None]:
    return programme["window_start_month"], programme["window_end_month"]


@pytest.fixture(scope="module")
def variants() -> Any:
    return read_notice_path(DATA / "notice_2025_variants.txt")


def test_2025_year_source_and_programmes(variants: Any) -> None:
    assert variants.year == 2025
    assert variants.source == {
        "number": "京工办发〔2025〕3号",
        "title": "北京市总工会办公室关于做好2025年职工文化体育工作的通知",
    }
    assert list(_by_key(variants)) == [
        "a1-1", "a1-1b", "a1-2", "a1-3", "a1-4", "a1-5", "a2-1", "a2-2", "s2-2-2", "s2-3",
    ]  # fmt: skip


def test_2025_time_windows(variants: Any) -> None:
    found = {key: (p["time_window"], _window(p)) for key, p in _by_key(variants).items()}
    assert found["a1-1"] == ("3月至12月", (3, 12))
    assert found["a1-3"] == ("5、6月", (5, 6))
    assert found["a2-1"] == ("9月—次年1月", (9, 1))
    assert found["a2-2"] == ("上半年", (1, 6))
    assert found["s2-2-2"] == ("上半年", (1, 6))
    assert found["a1-5"] == ("另行通知", (None, None))


def test_2025_rules_changed_and_in_other_words(variants: Any) -> None:
    programmes = _by_key(variants)
    rules = {
        key: {k: v for k, v in p["rules"].items() if k != "note"} for key, p in programmes.items()
    }
    # 至少提前二十个工作日 … 每年度限申请2次
    assert rules["a1-2"] == {
        "lead_workdays": 20, "yearly_limit": 2, "min_participants": None,
        "uses_form": True, "online_needs_agreement": False,
    }  # fmt: skip
    # 第（1）（2）项 … 提前十五个工作日 …，其中第（2）项 … 30名以上 …，线上辅导 … 确定参加人数
    assert rules["a1-3"] == {
        "lead_workdays": 15, "yearly_limit": None, "min_participants": None,
        "uses_form": True, "online_needs_agreement": False,
    }  # fmt: skip
    assert rules["s2-2-2"] == {
        "lead_workdays": 15, "yearly_limit": None, "min_participants": 30,
        "uses_form": True, "online_needs_agreement": True,
    }  # fmt: skip
    assert not any(rules["a1-4"].values())  # 第（3）项: no form, no lead time
    assert programmes["a1-4"]["participation"] == "第（3）项，职工凭会员卡预约参加。"


def test_2025_contacts_phones_and_split_row(variants: Any) -> None:
    programmes = _by_key(variants)
    assert programmes["a1-1"]["contacts"] == [
        {"provider": "北京市劳动人民文化宫", "name": "刘洋", "phones": ["65116642", "13910662798"],
         "scope": "服务及辅导类"},
    ]  # fmt: skip
    # two hosting units, one contact: 附件3 lists 赵文君 under the 职工文化协会
    assert [c["provider"] for c in programmes["a1-3"]["contacts"]] == ["北京市职工文化协会"]
    assert programmes["a2-1"]["contacts"][0]["phones"] == ["65520099-6180", "15510310014"]
    # the row OCR split over two lines is one programme, linked to 二(二)2(3)
    assert programmes["a1-4"]["name"] == "职工亲子体验活动"
    assert _window(programmes["a1-4"]) == (4, 5)
    assert programmes["a1-4"]["section"] == "二(二)2(3)"
    # (1)-numbered items, sub-items, a category that is itself the programme
    assert programmes["a1-2"]["section"] == "二(二)1"
    assert programmes["a1-3"]["section"] == "二(二)2(1)"
    assert programmes["s2-3"]["section"] == "二(三)"
    assert programmes["a2-1"]["section"] == "二(一)2"


def test_2025_unparsed_is_the_row_without_a_readable_time(variants: Any) -> None:
    assert [u["text"] for u in variants.unparsed] == [
        "5\t职工合唱展演\t另行通知\t北京市劳动人民文化宫\t白烁\t65116724"
    ]
    assert variants.venues == [
        {"seq": 1, "name": "孔庙和国子监博物馆", "address": "北京市东城区国子监街13-15号",
         "phone_hours": "84043234；9:00—16:30", "booking": "微信公众号预约", "notes": "周一闭馆"},
    ]  # fmt: skip


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_the_same_text_in_other_encodings(tmp_path: Path, variants: Any, encoding: str) -> None:
    text = (DATA / "notice_2025_variants.txt").read_bytes().decode("gb18030")
    path = tmp_path / "notice.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    assert read_notice_path(path).to_json() == variants.to_json()


def test_year_given_wins_over_the_notice(variants: Any) -> None:
    text = (DATA / "notice_2025_variants.txt").read_bytes().decode("gb18030")
    assert read_notice_text(text, year=2026).year == 2026
    assert read_notice_text(text).to_json() == variants.to_json()


def test_word_file_with_merged_table_cells(tmp_path: Path) -> None:
    reading = read_notice_path(write_docx_2026(tmp_path / "2026年通知.docx"))
    assert reading.year == 2026
    assert reading.source["number"] == "京工办发〔2026〕2号"
    assert reading.unparsed == []
    programmes = _by_key(reading)
    assert list(programmes) == ["a1-1", "a1-2", "a1-2a", "a1-2b"]
    first = programmes["a1-1"]
    assert first["section"] == "二(一)1"
    assert {k: v for k, v in first["rules"].items() if k != "note"} == {
        "lead_workdays": 10, "yearly_limit": 3, "min_participants": 50,
        "uses_form": True, "online_needs_agreement": False,
    }  # fmt: skip
    assert first["contacts"][0]["name"] == "吴镝"
    assert first["contacts"][0]["phones"] == ["65116642", "13910662798"]
    group = programmes["a1-2"]
    assert group["section"] == "二(一)2" and group["rules"]["online_needs_agreement"]
    assert (group["time_window"], _window(group)) == ("3月—12月", (3, 12))
    assert [programmes[k]["parent"] for k in ("a1-2a", "a1-2b")] == ["a1-2", "a1-2"]
    assert programmes["a1-2b"]["name"] == "“非凡匠心”职工文化沙龙"
    assert _window(programmes["a1-2b"]) == (4, 10)


def test_pdf_with_a_text_layer(tmp_path: Path) -> None:
    reading = read_notice_path(write_pdf_2027(tmp_path / "notice.pdf"))
    assert reading.year == 2027
    assert reading.unparsed == []
    programmes = _by_key(reading)
    assert list(programmes) == ["a1-1", "a1-2"]
    assert programmes["a1-1"]["rules"]["lead_workdays"] == 15
    assert programmes["a1-1"]["rules"]["yearly_limit"] == 1
    assert _window(programmes["a1-2"]) == (5, 6)
    assert programmes["a1-2"]["contacts"][0]["phones"] == ["13811646663"]


@pytest.mark.parametrize(
    ("make", "suffix"),
    [(notice_as_docx, ".docx"), (notice_as_pdf, ".pdf"), (notice_as_html, ".html")],
    ids=["docx", "pdf", "html"],
)
def test_the_2023_notice_as_word_pdf_or_web_page_reads_as_its_text(
    tmp_path: Path, make: Any, suffix: str
) -> None:
    """Tables as real Word tables, as ruled PDF tables whose long names wrap inside the cell, or as
    a saved web page (GBK) whose numbers span their sub-rows."""
    source = DATA / "notice_2023_ocr.txt"
    from_text = read_notice_path(source).to_json()
    path = make(source.read_text(encoding="utf-8"), tmp_path / f"2023年通知{suffix}")
    from_file = read_notice_path(path).to_json()
    assert from_file["programmes"] == from_text["programmes"]
    assert from_file["venues"] == from_text["venues"]
    assert (from_file["year"], from_file["source"]) == (from_text["year"], from_text["source"])
    assert [u["text"] for u in from_file["unparsed"]] == [u["text"] for u in from_text["unparsed"]]
