"""Latest submission dates through the product (CLI, application JSON), worked out by hand.

Each expected date below was counted by hand from the State Council notice of its year (listed
in the comments), not from the chinesecalendar package.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import pytest

from unionapp.applications.rules import deadline_json, rule_warnings
from unionapp.applications.service import application_json
from unionapp.calendar_store import store_notice, work_calendar
from unionapp.cli import main
from unionapp.models import Application, Programme
from unionapp.workcal import parse_notice

HAND_COUNTED = [
    # 2023: 4月29日至5月3日放假调休; 4月23日（星期日）、5月6日（星期六）上班 (the example).
    ("2023-05-08", "2023-04-14"),
    # 2025 春节: 1月28日至2月4日放假调休; 1月26日（周日）、2月8日（周六）上班.
    # Back from Mon 02-10: 02-08 (1), 02-07..02-05 (4), 01-27 (5), 01-26 (6), 01-24..01-20 (11),
    # 01-17..01-14 (15).
    ("2025-02-10", "2025-01-14"),
    # 2025 国庆节、中秋节: 10月1日至8日放假调休; 9月28日（周日）、10月11日（周六）上班.
    # Back from Mon 10-13: 10-11 (1), 10-10, 10-09 (3), 09-30, 09-29 (5), 09-28 (6),
    # 09-26..09-22 (11), 09-19..09-16 (15).
    ("2025-10-13", "2025-09-16"),
    # 2026 春节: 2月15日至23日放假调休; 2月14日（周六）、2月28日（周六）上班.
    # Back from Mon 03-02: 02-28 (1), 02-27..02-24 (5), 02-14 (6), 02-13..02-09 (11),
    # 02-06..02-03 (15).
    ("2026-03-02", "2026-02-03"),
    # 2026 中秋节 9月25日至27日, 国庆节 10月1日至7日; 9月20日（周日）、10月10日（周六）上班.
    # Back from Mon 10-12: 10-10 (1), 10-09, 10-08 (3), 09-30..09-28 (6), 09-24..09-21 (10),
    # 09-20 (11), 09-18..09-15 (15).
    ("2026-10-12", "2026-09-15"),
]


def run_json(capsys: pytest.CaptureFixture[str], data_dir: Any, *argv: str) -> Any:
    assert main(["--data-dir", str(data_dir), *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(("service", "expected"), HAND_COUNTED)
def test_deadline_command_matches_the_notices(
    service: str, expected: str, data_dir: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run_json(capsys, data_dir, "deadline", service)
    assert result == {
        "service_date": service,
        "workdays": 15,
        "latest_submission": expected,
        "calendar": "official",
    }


@pytest.mark.parametrize(("service", "expected"), HAND_COUNTED)
def test_application_deadline_matches_the_notices(
    service: str, expected: str, ctx: Any, new_app: Any
) -> None:
    app_id = new_app(service_time=datetime.fromisoformat(service + "T09:30"))
    with ctx.session() as session:
        application = session.get(Application, app_id)
        assert deadline_json(session, application) == {
            "deadline": expected,
            "deadline_basis": "programme",
        }
        assert application_json(session, application)["deadline"] == expected


def test_deadline_with_other_lead_times(data_dir: Any, capsys: pytest.CaptureFixture[str]) -> None:
    # 2023-05-08 (Mon) with 2 working days: 05-06 is a make-up Saturday, 05-05 (Fri) the 2nd.
    result = run_json(capsys, data_dir, "deadline", "2023-05-08", "--workdays", "2")
    assert result["latest_submission"] == "2023-05-05"
    # 0 working days: the service date itself.
    result = run_json(capsys, data_dir, "deadline", "2023-05-08", "--workdays", "0")
    assert result["latest_submission"] == "2023-05-08"


def test_2027_is_an_estimate_with_a_hint(data_dir: Any, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_json(capsys, data_dir, "deadline", "2027-03-01")
    # weekends only: 15 weekdays back from Mon 2027-03-01 is Mon 2027-02-08
    assert result == {
        "service_date": "2027-03-01",
        "workdays": 15,
        "latest_submission": "2027-02-08",
        "calendar": "estimate",
    }
    assert main(["--data-dir", str(data_dir), "deadline", "2027-03-01"]) == 0
    text = capsys.readouterr().out
    assert "2027-02-08" in text
    assert "国务院办公厅关于2027年部分节假日安排的通知" in text


def test_a_deadline_reaching_back_into_a_known_year_is_still_an_estimate(
    data_dir: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    # from 2027-01-06 back: the count walks over 2027 days, which have no data
    result = run_json(capsys, data_dir, "deadline", "2027-01-06")
    assert result["calendar"] == "estimate"
    assert result["latest_submission"].startswith("2026-12-")


def test_a_2027_application_gets_an_estimate_warning_not_an_exception(ctx: Any) -> None:
    with ctx.session() as session:
        programme = Programme(
            year=2027,
            key="x",
            name="2027“身边”文化助推活动",
            category="普惠服务",
            window_start_month=3,
            window_end_month=12,
            lead_workdays=15,
            uses_form=True,
        )
        session.add(programme)
        session.flush()
        application = Application(programme_id=programme.id, service_time=datetime(2027, 5, 10, 9))
        session.add(application)
        session.flush()
        warnings = rule_warnings(session, application, today=date(2027, 3, 1))
        assert [w.rule for w in warnings] == ["deadline_estimate"]
        assert warnings[0].field == "service_time"
        assert "2027" in warnings[0].message and "通知" in warnings[0].message
        data = application_json(session, application)
        assert data["deadline"] == "2027-04-19"  # 15 weekdays before Mon 2027-05-10
        assert "deadline_estimate" in [w["rule"] for w in data["warnings"]]


def test_a_stored_notice_replaces_the_estimate(ctx: Any) -> None:
    """A fictional 2027 notice: 5月1日至5日 off, 5月8日（星期六）worked."""
    text = (
        "国务院办公厅关于2027年部分节假日安排的通知\n"
        "四、劳动节：5月1日（星期六）至5日（星期三）放假调休，共5天。5月8日（星期六）上班。\n"
    )
    with ctx.session() as session:
        before = work_calendar(session).latest_submission(date(2027, 5, 10), 15)
        store_notice(session, parse_notice(text))
    with ctx.session() as session:
        after = work_calendar(session).latest_submission(date(2027, 5, 10), 15)
    assert before.calendar == "estimate"
    assert after.calendar == "user"
    # 05-08 (1), 05-07, 05-06 (3), 04-30..04-26 (8), 04-23..04-19 (13), 04-16, 04-15 (15)
    assert after.date == date(2027, 4, 15)
