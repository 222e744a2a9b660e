"""Reports count what was sent: a second database, lived through the core and counted by hand.

Roster: 会员1–5 在册, 会员6 退休.

A1  sent 2026-12-01, requested 2026-12-22, moved by the provider to 2027-01-12, done, 4 came,
    list 会员1, 会员2, 会员6      → an application of 2026, a service of 2027
A2  sent 2026-03-02, withdrawn 2026-03-10 (时间冲突)  → sent: counts, listed as withdrawn
A3  draft for 2026-06-01                           → 尚未报送
A4  printed for 2026-09-01, never sent             → 尚未报送
A5  withdrawn 2026-05-01 before it was ever sent   → 尚未报送
A6  sent 2026-05-06, done 2026-06-10, list 会员1–3, no attendance → 3 person-times
A7  sent 2026-07-01, declined 2026-07-08
A8  sent 2026-02-01, returned 2026-02-10 for changes → sent, still open
A9  sent 2026-09-01, done 2026-10-10, 85 came, list 会员1–4

2026: applications 6 (A1 A2 A6 A7 A8 A9), unsent 3 (A3 A4 A5); services A6, A9; person-times
3 + 85 = 88; members reached 4 (会员1–4); share 4/5 = 80% (never 88/5).
2027: applications 0; service A1 (2027-01-12): 4 person-times, members reached 3 (会员1, 会员2,
会员6); share 2/5 = 40% (会员6 has retired).
"""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from unionapp.applications.participants import set_participants
from unionapp.applications.printing import mark_printed
from unionapp.applications.service import create_application
from unionapp.applications.tracking import StatusChange, change_status, submit
from unionapp.cli import main
from unionapp.models import Member
from unionapp.reports.figures import ReportFigures, compute_figures
from unionapp.reports.pdf import write_report_pdf
from unionapp.reports.period import ReportQuery
from unionapp.reports.xlsx import write_report_xlsx
from unionapp.union import update_union

YEAR_2026 = ReportQuery(date(2026, 1, 1), date(2026, 12, 31))
YEAR_2027 = ReportQuery(date(2027, 1, 1), date(2027, 12, 31))


def _new(session: Any, service: datetime, item: str) -> int:
    values = {"service_time": service, "service_item": item, "provider": "某文化中心"}
    app_id = create_application(session, values, today=date(2026, 1, 5)).id
    assert app_id is not None
    return app_id


def _step(session: Any, app_id: int, status: str, day: date, **values: Any) -> None:
    change_status(session, app_id, StatusChange(status, day, **values))


@pytest.fixture
def year(ctx: Any) -> dict[str, int]:
    with ctx.session() as session:
        update_union(session, name="某某公司工会委员会", report_recipients="fed@example.com")
        members = [Member(name=f"会员{i}", sort_key=f"{i:02d}") for i in range(1, 7)]
        members[5].status = "退休"
        session.add_all(members)
        session.flush()
        m = [member.id for member in members]
        ids = {f"A{n}": _new(session, service, f"项目{n}") for n, service in (
            (1, datetime(2026, 12, 22, 14)), (2, datetime(2026, 4, 15, 9)),
            (3, datetime(2026, 6, 1, 9)), (4, datetime(2026, 9, 1, 9)),
            (5, datetime(2026, 5, 5, 9)), (6, datetime(2026, 6, 10, 9)),
            (7, datetime(2026, 8, 1, 9)), (8, datetime(2026, 3, 20, 9)),
            (9, datetime(2026, 10, 10, 9)),
        )}  # fmt: skip
        a = ids
        submit(session, a["A1"], date(2026, 12, 1), "现场")
        _step(session, a["A1"], "scheduled", date(2026, 12, 5),
              scheduled_at=datetime(2027, 1, 12, 9))  # fmt: skip
        _step(session, a["A1"], "done", date(2027, 1, 12), attendance=4)
        set_participants(session, a["A1"], [m[0], m[1], m[5]])
        submit(session, a["A2"], date(2026, 3, 2), "邮寄")
        _step(session, a["A2"], "withdrawn", date(2026, 3, 10), note="时间冲突")
        mark_printed(session, [a["A4"]])
        _step(session, a["A5"], "withdrawn", date(2026, 5, 1))
        submit(session, a["A6"], date(2026, 5, 6), "现场")
        _step(session, a["A6"], "scheduled", date(2026, 5, 20),
              scheduled_at=datetime(2026, 6, 10, 9))  # fmt: skip
        _step(session, a["A6"], "done", date(2026, 6, 10))
        set_participants(session, a["A6"], m[:3])
        submit(session, a["A7"], date(2026, 7, 1), "电子邮件")
        _step(session, a["A7"], "declined", date(2026, 7, 8), reason="名额已满")
        submit(session, a["A8"], date(2026, 2, 1), "现场")
        _step(session, a["A8"], "returned", date(2026, 2, 10), reason="请补充人数")
        submit(session, a["A9"], date(2026, 9, 1), "现场")
        _step(session, a["A9"], "scheduled", date(2026, 9, 10),
              scheduled_at=datetime(2026, 10, 10, 9))  # fmt: skip
        _step(session, a["A9"], "done", date(2026, 10, 10), attendance=85)
        set_participants(session, a["A9"], m[:4])
    return ids


def _figures(ctx: Any, query: ReportQuery) -> ReportFigures:
    with ctx.session() as session:
        return compute_figures(session, query)


def test_2026_counts_what_was_sent(ctx: Any, year: dict[str, int]) -> None:
    figures = _figures(ctx, YEAR_2026)
    named = {v: k for k, v in year.items()}
    assert sorted(named[r.id] for r in figures.rows) == ["A1", "A2", "A6", "A7", "A8", "A9"]
    assert figures.applications == 6
    assert sorted(named[r.id] for r in figures.not_sent) == ["A3", "A4", "A5"]
    assert sum(figures.by_status.values()) == 6
    assert {k: v for k, v in figures.by_status.items() if v} == {
        "done": 3, "declined": 1, "returned": 1, "withdrawn": 1
    }  # fmt: skip
    assert figures.by_status["draft"] == figures.by_status["printed"] == 0
    assert sum(figures.by_month.values()) == 6
    assert figures.by_month["2026-12"] == 1  # A1, sent in December
    assert [named[r.id] for r in figures.services_done] == ["A6", "A9"]
    assert [r.people for r in figures.services_done] == [3, 85]
    assert figures.person_times == 88
    assert figures.members_reached == 4
    assert figures.roster_active == 5
    assert figures.roster_share == pytest.approx(0.8)
    assert [named[r.id] for r in figures.declined_withdrawn] == ["A2", "A7"]
    assert [named[r.id] for r in figures.still_open] == ["A8"]


def test_2027_has_the_january_service_of_the_december_application(
    ctx: Any, year: dict[str, int]
) -> None:
    figures = _figures(ctx, YEAR_2027)
    assert figures.applications == 0 and not figures.unsent
    [service] = figures.services_done
    assert service.id == year["A1"]
    assert service.service_time == datetime(2027, 1, 12, 9)
    assert service.requested_time == datetime(2026, 12, 22, 14)
    assert figures.person_times == 4
    assert figures.members_reached == 3
    assert figures.roster_share == pytest.approx(0.4)


def _shares(text: str) -> list[float]:
    return [float(value) for value in re.findall(r"(\d+(?:\.\d+)?)%", text)]


def test_pdf_excel_and_json_agree(
    ctx: Any, year: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    figures = _figures(ctx, YEAR_2026)
    pdf = write_report_pdf(figures, tmp_path / "2026.pdf")
    xlsx = write_report_xlsx(figures, tmp_path / "2026.xlsx")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    squeezed = re.sub(r"\s", "", text)
    for line in ("报送的申请6件", "尚未报送（不计入统计）3件", "已完成服务2场",
                 "服务职工人次88人次", "参加服务的会员（按参加名单，不重复计）4人",
                 "在册会员中参加过服务的比例80.0%", "尚未办结1件", "已撤回1件（16.7%）"):  # fmt: skip
        assert line in squeezed, line
    by_status = squeezed.split("二、按状态统计")[1].split("三、")[0]
    assert "草稿" not in by_status and "已打印" not in by_status  # never sent: listed apart
    assert "草稿" in squeezed.split("八、尚未报送的申请")[1]
    assert all(share <= 100 for share in _shares(text))  # no share above 100%
    book = openpyxl.load_workbook(xlsx)
    shares = [c.value for row in book["汇总"].iter_rows() for c in row if c.number_format == "0.0%"]
    assert shares and all(0 <= share <= 1 for share in shares)  # no share above 100%
    summary = {r[0]: r[1] for r in book["汇总"].iter_rows(values_only=True)}
    assert summary["报送的申请"] == 6 and summary["尚未报送（不计入统计）"] == 3
    assert summary["服务职工人次"] == 88
    assert summary["参加服务的会员（按参加名单，不重复计）"] == 4
    assert summary["在册会员中参加过服务的比例"] == pytest.approx(0.8)
    ctx.close()
    out = tmp_path / "cli.xlsx"
    argv = ["--data-dir", str(ctx.paths.root), "report", "--from", "2026-01-01",
            "--to", "2026-12-31", "--out", str(out)]  # fmt: skip
    assert main([*argv, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["applications"], data["unsent"]) == (6, 3)
    assert (data["person_times"], data["members_reached"], data["roster_share"]) == (88, 4, 0.8)
    assert sum(data["by_status"].values()) == 6
    assert main(argv) == 0
    out_text = capsys.readouterr().out
    assert "报送申请 6 件" in out_text and "服务职工 88 人次，参加服务的会员 4 人" in out_text
    assert "另有尚未报送的申请 3 件，不计入统计" in out_text


def test_the_report_page_says_the_same(ctx: Any, year: dict[str, int], qtbot: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from unionapp.ui.common import tasks
    from unionapp.ui.reports.report_page import ReportPage

    tasks.set_synchronous(True)
    try:
        page = ReportPage(ctx)
        qtbot.addWidget(page)
        page.year.setValue(2026)
        QTest.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    finally:
        tasks.set_synchronous(False)
    assert page.status.text() == (
        "2026年：报送申请 6 件，完成服务 2 场，服务职工 88 人次，参加服务的会员 4 人。"
        "另有尚未报送的申请 3 件，不计入统计。"
    )
