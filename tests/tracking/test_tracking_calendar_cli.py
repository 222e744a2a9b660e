"""``calendar import-notice`` and ``calendar show``: the JSON of the issue, stored or not."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from tracking_helpers import notice_path

from unionapp.calendar_store import entries_of_year, remove_day, set_day, work_calendar
from unionapp.cli import main

# The make-up working days (调休上班) each notice names, copied from the notices by hand.
MAKE_UP_DAYS = {
    2023: [
        "2023-01-28",
        "2023-01-29",
        "2023-04-23",
        "2023-05-06",
        "2023-06-25",
        "2023-10-07",
        "2023-10-08",
    ],
    2024: [
        "2024-02-04",
        "2024-02-18",
        "2024-04-07",
        "2024-04-28",
        "2024-05-11",
        "2024-09-14",
        "2024-09-29",
        "2024-10-12",
    ],
    2025: ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"],
    2026: ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
}
# Days off counted by hand: every day of every range, weekend days inside a range included.
HOLIDAY_COUNTS = {
    2023: 3 + 7 + 1 + 5 + 3 + 8,
    2024: 1 + 8 + 3 + 5 + 1 + 3 + 7,
    2025: 1 + 8 + 3 + 5 + 3 + 8,
    2026: 3 + 9 + 3 + 5 + 3 + 3 + 7,
}


def cli(data_dir: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any]:
    code = main(["--data-dir", str(data_dir), *argv])
    out = capsys.readouterr().out
    return code, json.loads(out) if "--json" in argv and code == 0 else out


@pytest.mark.parametrize("year", [2023, 2024, 2025, 2026])
def test_import_notice_gives_the_issue_json_and_stores(
    year: int, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, data = cli(
        data_dir, capsys, "calendar", "import-notice", str(notice_path(year)), "--json"
    )
    assert code == 0
    assert set(data) == {"year", "holidays", "workdays", "unparsed"}
    assert data["year"] == year
    assert data["unparsed"] == []
    assert data["workdays"] == MAKE_UP_DAYS[year]
    assert len(data["holidays"]) == HOLIDAY_COUNTS[year]
    assert data["holidays"] == sorted(data["holidays"])
    code, shown = cli(data_dir, capsys, "calendar", "show", str(year), "--json")
    assert shown["source"] == "user"
    assert shown["workdays"] == MAKE_UP_DAYS[year]


def test_import_2023_keeps_the_new_year_day_of_2022(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _code, data = cli(
        data_dir, capsys, "calendar", "import-notice", str(notice_path(2023)), "--json"
    )
    assert data["holidays"][:3] == ["2022-12-31", "2023-01-01", "2023-01-02"]


def test_dry_run_stores_nothing(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = cli(
        data_dir, capsys, "calendar", "import-notice", str(notice_path(2025)), "--dry-run"
    )
    assert code == 0 and "未保存" in out
    code, shown = cli(data_dir, capsys, "calendar", "show", "2025", "--json")
    assert shown["source"] == "official"


def test_show_official_year_lists_holidays_and_make_up_days(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _code, shown = cli(data_dir, capsys, "calendar", "show", "2025", "--json")
    assert shown["year"] == 2025 and shown["source"] == "official"
    assert shown["workdays"] == MAKE_UP_DAYS[2025]
    assert len(shown["holidays"]) == HOLIDAY_COUNTS[2025]
    assert "2025-02-01" in shown["holidays"]  # a Saturday inside the Spring Festival


def test_show_unknown_year_is_an_estimate_with_a_hint(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, shown = cli(data_dir, capsys, "calendar", "show", "2027", "--json")
    assert shown == {"year": 2027, "source": "estimate", "holidays": [], "workdays": []}
    _code, text = cli(data_dir, capsys, "calendar", "show", "2027")
    assert "2027年部分节假日安排的通知" in text


def test_unreadable_rules_are_reported_line_by_line(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notice = tmp_path / "notice.txt"
    notice.write_text(
        "国务院办公厅关于2027年部分节假日安排的通知\n"
        "一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n"
        "二、春节：2月5日（周二）至11日放假调休，共7天。\n",  # 2027-02-05 is a Friday
        encoding="utf-8",
    )
    _code, data = cli(data_dir, capsys, "calendar", "import-notice", str(notice), "--json")
    assert data["holidays"] == ["2027-01-01", "2027-01-02", "2027-01-03"]
    assert len(data["unparsed"]) == 1 and "2月5日" in data["unparsed"][0]


def test_missing_notice_file_exits_1(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "calendar", "import-notice", "nope.txt"]) == 1
    assert "nope.txt" in capsys.readouterr().err


def test_manual_entries_override_and_can_be_removed(ctx: Any) -> None:
    with ctx.session() as session:
        assert work_calendar(session).is_workday(date(2025, 3, 3))
        set_day(session, date(2025, 3, 3), False, "单位停电放假")
        calendar = work_calendar(session)
        assert not calendar.is_workday(date(2025, 3, 3))
        assert calendar.source_for_year(2025) == "user"
        assert [e.note for e in entries_of_year(session, 2025)] == ["单位停电放假"]
        assert remove_day(session, date(2025, 3, 3))
        assert work_calendar(session).source_for_year(2025) == "official"
