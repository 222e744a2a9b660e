"""Every figure of the report checked against the hand count in conftest.py."""

from __future__ import annotations

from datetime import date

import pytest

from unionapp.errors import UserError
from unionapp.reports.figures import compute_figures, service_day
from unionapp.reports.period import ReportQuery, period_text, quarter_period

from .conftest import SECRET_ID, SECRET_MOBILE, Sample

YEAR = ReportQuery(date(2024, 1, 1), date(2024, 12, 31))


def figures_for(sample: Sample, query: ReportQuery = YEAR):
    with sample.ctx.session() as session:  # type: ignore[attr-defined]
        return compute_figures(session, query)


def test_counts_match_the_hand_count(sample: Sample) -> None:
    figures = figures_for(sample)
    assert [row.id for row in figures.rows] == [1, 2, 3, 12, 4, 6, 7]
    assert figures.applications == 7
    assert [row.id for row in figures.not_sent] == [5, 8]  # withdrawn before sending, a draft
    assert figures.by_status == {
        "draft": 0, "printed": 0, "submitted": 1, "accepted": 0, "scheduled": 1,
        "done": 3, "declined": 1, "returned": 1, "withdrawn": 0,
    }  # fmt: skip
    assert figures.by_provider == {"甲文化中心": 3, "乙体育中心": 2, "丙影院": 1, "未填写": 1}
    assert figures.by_category == {"文化": 3, "体育": 2, "普惠服务": 1, "未分类": 1}
    assert figures.by_programme == {
        "身边文化助推": 3,
        "职工趣味运动会": 2,
        "普惠观影": 1,
        "自办读书会": 1,
    }
    # by the month it was sent: 4 was sent on 2024-04-01 (its service was in May)
    assert figures.by_month == {
        "2024-01": 1, "2024-02": 0, "2024-03": 3, "2024-04": 1, "2024-05": 0, "2024-06": 0,
        "2024-07": 1, "2024-08": 0, "2024-09": 0, "2024-10": 0, "2024-11": 1, "2024-12": 0,
    }  # fmt: skip


def test_services_done_and_members_reached(sample: Sample) -> None:
    figures = figures_for(sample)
    done = figures.services_done
    assert [(r.id, service_day(r), r.people) for r in done] == [
        (1, date(2024, 1, 15), 30),  # attendance
        (2, date(2024, 3, 10), 3),  # three participant rows win over participant_count 99
        (3, date(2024, 3, 20), 12),  # participant_count
    ]
    assert figures.person_times == 45
    assert figures.members_reached == 3  # distinct members on the participant lists
    assert figures.roster_active == 60  # retired and transferred members not counted
    assert figures.roster_share == pytest.approx(0.05)


def test_declined_and_withdrawn_carry_their_reasons_masked(sample: Sample) -> None:
    closed = figures_for(sample).declined_withdrawn
    assert [(r.id, r.status, r.closed_on) for r in closed] == [(4, "declined", date(2024, 4, 10))]
    assert closed[0].reason == "名额已满，请联系139****5678"  # not the superseded 旧原因
    [withdrawn] = [r for r in figures_for(sample).not_sent if r.status == "withdrawn"]
    assert withdrawn.reason == "时间冲突"  # the note, when no reason was given


def test_still_open(sample: Sample) -> None:
    assert [r.id for r in figures_for(sample).still_open] == [12, 6, 7]  # 8 never sent


def test_filters_by_category_and_provider(sample: Sample) -> None:
    culture = figures_for(
        sample, ReportQuery(date(2024, 1, 1), date(2024, 12, 31), category="文化")
    )
    assert culture.applications == 3
    assert culture.person_times == 33
    sport = figures_for(
        sample, ReportQuery(date(2024, 1, 1), date(2024, 12, 31), provider="乙体育中心")
    )
    assert [r.id for r in sport.rows] == [3, 4]
    none = figures_for(sample, ReportQuery(date(2024, 1, 1), date(2024, 12, 31), category="未分类"))
    assert [r.id for r in none.rows] == [6]


def test_quarter_and_edges(sample: Sample) -> None:
    q1 = figures_for(sample, ReportQuery(*quarter_period(2024, 1)))
    assert [r.id for r in q1.rows] == [1, 2, 3, 12]
    assert list(q1.by_month) == ["2024-01", "2024-02", "2024-03"]
    december = figures_for(sample, ReportQuery(date(2023, 12, 20), date(2023, 12, 31)))
    assert [r.id for r in december.rows] == [10]  # a 23:00 service
    assert [r.id for r in december.not_sent] == [11]  # declared_on beats created_at


def test_json_has_the_figures_and_no_personal_data(sample: Sample) -> None:
    data = figures_for(sample).to_json()
    for key in ("applications", "unsent", "by_status", "by_provider", "by_category",
                "services_done", "person_times", "members_reached"):  # fmt: skip
        assert key in data
    assert data["applications"] == 7
    assert data["unsent"] == 2
    assert [r["id"] for r in data["unsent_applications"]] == [5, 8]
    assert data["person_times"] == 45
    assert data["members_reached"] == 3
    assert [s["attendance"] for s in data["services_done"]] == [30, 3, 12]
    text = str(data)
    assert SECRET_ID not in text and SECRET_MOBILE not in text
    assert "会员01" not in text
    assert "attendees" not in data["services_done"][1]


def test_attendee_names_only_when_asked(sample: Sample) -> None:
    query = ReportQuery(date(2024, 1, 1), date(2024, 12, 31), list_attendees=True)
    data = figures_for(sample, query).to_json()
    assert data["services_done"][1]["attendees"] == list(sample.attendee_names)


def test_period_text_and_bad_period() -> None:
    assert period_text(date(2024, 1, 1), date(2024, 12, 31)) == "2024年"
    assert period_text(*quarter_period(2024, 2)) == "2024年第二季度"
    assert period_text(date(2024, 3, 1), date(2024, 5, 31)) == "2024年3月1日至2024年5月31日"
    with pytest.raises(UserError, match="早于开始日期"):
        ReportQuery(date(2024, 2, 1), date(2024, 1, 1))
