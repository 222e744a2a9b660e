"""The one update pipeline for a year's catalogue: plan (added, changed field by field, unchanged,
hand-edited), nothing written until applied; carrying a year forward; the outdated-catalogue item."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from unionapp.catalogue.exchange import export_catalogue, import_catalogue
from unionapp.catalogue.new_year import (
    carry_forward,
    catalogue_age,
    confirm_programmes,
    programmes_to_review,
)
from unionapp.catalogue.query import get_programme, list_programmes, save_programme
from unionapp.catalogue.update import apply_plan, category_of, plan_update
from unionapp.errors import UserError
from unionapp.models import Venue
from unionapp.todo import todo_items
from unionapp.workcal import WorkCalendar


def _programme(name: str, **extra) -> dict:
    base = {
        "name": name,
        "section": "二(一)9",
        "attachment": 2,
        "seq": "4",
        "time_window": "5月—10月",
        "window_start_month": 5,
        "window_end_month": 10,
        "description": "",
        "participation": "",
        "providers": ["北京职工体育服务中心"],
        "contacts": [
            {"provider": "北京职工体育服务中心", "name": "李楠", "phones": ["65520099-6178"],
             "scope": ""}
        ],
        "rules": {
            "lead_workdays": None,
            "yearly_limit": None,
            "min_participants": None,
            "uses_form": False,
            "online_needs_agreement": False,
        },
    }  # fmt: skip
    base.update(extra)
    return base


def _shenbian_2026(**rules) -> dict:
    return _programme(
        "2026“身边”文化助推活动",
        section="二(二)1",
        attachment=1,
        seq="2",
        time_window="3月—12月",
        window_start_month=3,
        window_end_month=12,
        providers=["北京市劳动人民文化宫"],
        contacts=[
            {
                "provider": "北京市劳动人民文化宫",
                "name": "吴镝",
                "phones": ["65116642"],
                "scope": "服务及辅导类",
            }
        ],
        rules={
            "lead_workdays": 20,
            "yearly_limit": 2,
            "min_participants": None,
            "uses_form": True,
            "online_needs_agreement": False,
            **rules,
        },
    )


def test_a_new_year_is_planned_as_additions_and_nothing_is_written(ctx):
    with ctx.session() as session:
        plan = plan_update(
            session, 2026, [_shenbian_2026(), _programme("2026年首都职工乒乓球比赛")]
        )
        assert list_programmes(session, year=2026) == []
    assert not plan.catalogue_existed
    assert [item.action for item in plan.items] == ["add", "add"]
    data = plan.to_json()
    assert [p["name"] for p in data["added"]] == [
        "2026“身边”文化助推活动",
        "2026年首都职工乒乓球比赛",
    ]
    assert data["changed"] == [] and data["unchanged"] == []


def test_applying_writes_programmes_with_their_rules_contacts_and_category(ctx):
    with ctx.session() as session:
        plan = plan_update(
            session, 2026, [_shenbian_2026(), _programme("2026年首都职工乒乓球比赛")]
        )
        result = apply_plan(session, plan)
    assert (result.added, result.updated) == (2, 0)
    with ctx.session() as session:
        programmes = {p.name: p for p in list_programmes(session, year=2026)}
    shenbian = programmes["2026“身边”文化助推活动"]
    assert shenbian.rules["lead_workdays"] == 20 and shenbian.rules["yearly_limit"] == 2
    assert shenbian.category == "普惠服务"  # section 二(二)1, as in the 2023 catalogue
    assert shenbian.contacts[0].phones == ["65116642"]
    assert shenbian.contacts[0].scope == "服务及辅导类"
    assert programmes["2026年首都职工乒乓球比赛"].category == "体育"
    assert not shenbian.hand_edited and not shenbian.needs_review
    assert shenbian.key == "a1-2"


def test_a_changed_notice_is_listed_field_by_field_old_to_new(ctx):
    with ctx.session() as session:
        apply_plan(session, plan_update(session, 2026, [_shenbian_2026()]))
    changed = _shenbian_2026(lead_workdays=15)
    changed["time_window"] = "4月—12月"
    changed["window_start_month"] = 4
    changed["contacts"][0]["phones"] = ["65116642", "13910662798"]
    with ctx.session() as session:
        plan = plan_update(session, 2026, [changed, _programme("2026年首都职工拔河比赛")])
    assert plan.catalogue_existed
    (item,) = plan.of("change")
    fields = {change.field: (change.old, change.new) for change in item.changes}
    assert fields == {
        "time_window": ("3月—12月", "4月—12月"),
        "window_start_month": (3, 4),
        "contacts": (["北京市劳动人民文化宫：吴镝 65116642"],
                     ["北京市劳动人民文化宫：吴镝 65116642、13910662798"]),
        "lead_workdays": (20, 15),
    }  # fmt: skip
    assert [c["label"] for c in plan.to_json()["changed"][0]["fields"]] == [
        "活动时间", "起始月", "联系人", "提前工作日",
    ]  # fmt: skip
    with ctx.session() as session:
        result = apply_plan(session, plan)
        again = plan_update(session, 2026, [changed])
    assert (result.added, result.updated) == (1, 1)
    assert [item.action for item in again.items] == ["unchanged"]


def test_a_programme_edited_by_hand_is_kept_unless_overwriting_is_asked_for(ctx):
    with ctx.session() as session:
        apply_plan(session, plan_update(session, 2026, [_shenbian_2026()]))
        (info,) = list_programmes(session, year=2026)
        info.rules["lead_workdays"] = 10
        save_programme(session, info)  # as the window's dialog saves it
    newer = _shenbian_2026(lead_workdays=25)
    with ctx.session() as session:
        plan = plan_update(session, 2026, [newer])
        assert [item.name for item in plan.hand_edited] == ["2026“身边”文化助推活动"]
        assert plan.to_json()["hand_edited"] == ["2026“身边”文化助推活动"]
        kept = apply_plan(session, plan)
        assert kept.kept_edits == ["2026“身边”文化助推活动"] and kept.updated == 0
        assert get_programme(session, info.id).rules["lead_workdays"] == 10
        overwritten = apply_plan(session, plan_update(session, 2026, [newer]), overwrite_edits=True)
        assert overwritten.overwritten_edits == ["2026“身边”文化助推活动"]
        after = get_programme(session, info.id)
    assert after.rules["lead_workdays"] == 25 and not after.hand_edited


def test_last_years_programme_is_found_under_its_new_years_name(ctx):
    with ctx.session() as session:
        count = carry_forward(session, 2026)
        plan = plan_update(session, 2026, [_programme("2026年首都职工乒乓球比赛、培训")])
    assert count == 47
    (item,) = plan.items
    assert item.action == "change" and item.existing_name == "2023年首都职工乒乓球比赛、培训"
    assert next(c.field for c in item.changes) == "name"


def test_venues_of_the_notice_replace_that_years_venues(ctx):
    venue = {"seq": 1, "name": "北京市劳动人民文化宫", "address": "东城区", "phone_hours": "",
             "booking": "", "notes": ""}  # fmt: skip
    with ctx.session() as session:
        plan = plan_update(session, 2023, [], [venue])
        assert plan.to_json()["venues"] == {"old": 8, "replaced_by": 1}
        apply_plan(session, plan)
        names = session.exec(select(Venue.name).where(Venue.year == 2023)).all()
    assert names == ["北京市劳动人民文化宫"]


@pytest.mark.parametrize(
    ("source", "category"),
    [
        ({"attachment": 2, "section": "二(一)9"}, "体育"),
        ({"attachment": None, "section": "二（三）"}, "公益"),
        ({"attachment": None, "section": "二(二)2(3)"}, "普惠服务"),
        ({"attachment": 1, "section": "二(一)1"}, "文化"),
        ({"attachment": 1, "category": "普惠服务"}, "普惠服务"),
    ],
)
def test_category_from_the_place_in_the_notice(source, category):
    assert category_of(source) == category


def test_spreadsheet_import_keeps_hand_edits_and_says_so(ctx, tmp_path):
    path = tmp_path / "目录.xlsx"
    with ctx.session() as session:
        export_catalogue(session, path, year=2023)
        (info,) = [p for p in list_programmes(session, year=2023) if p.key == "a1-2"]
        info.rules["lead_workdays"] = 12
        save_programme(session, info)
        result = import_catalogue(session, path)
        assert result.kept_edits == ["2023“身边”文化助推活动"]
        assert get_programme(session, info.id).rules["lead_workdays"] == 12
        result = import_catalogue(session, path, overwrite_edits=True)
        assert result.overwritten_edits == ["2023“身边”文化助推活动"]
        assert get_programme(session, info.id).rules["lead_workdays"] == 15


def test_carry_forward_copies_the_year_marked_for_review(ctx):
    with ctx.session() as session:
        assert catalogue_age(session, 2026).outdated
        carry_forward(session, 2026)
        copies = list_programmes(session, year=2026)
        originals = list_programmes(session, year=2023)
        assert not catalogue_age(session, 2026).outdated
        venues = session.exec(select(Venue).where(Venue.year == 2026)).all()
    assert len(copies) == len(originals) and all(p.needs_review for p in copies)
    assert not any(p.needs_review for p in originals)
    assert venues
    by_key = {p.key: p for p in copies}
    assert by_key["a1-2"].rules["lead_workdays"] == 15
    assert by_key["a1-2"].providers == ["北京市劳动人民文化宫"]
    assert by_key["a1-6a"].parent_id == by_key["a1-6"].id  # the sub-items keep their group
    with ctx.session() as session, pytest.raises(UserError, match="已有"):
        carry_forward(session, 2026)


def test_editing_or_confirming_clears_the_review_mark(ctx):
    with ctx.session() as session:
        carry_forward(session, 2026)
        waiting = programmes_to_review(session, 2026)
        first = get_programme(session, waiting[0])
        save_programme(session, first)
        assert confirm_programmes(session, waiting[1:3]) == 2
        assert len(programmes_to_review(session, 2026)) == len(waiting) - 3


def test_todo_says_the_catalogue_is_outdated_with_two_ways_forward(ctx):
    with ctx.session() as session:
        items = [i for i in todo_items(session, date(2026, 3, 2)) if i.kind == "catalogue_outdated"]
        assert not [
            i for i in todo_items(session, date(2023, 3, 2)) if i.kind == "catalogue_outdated"
        ]
        (item,) = items
        data = item.to_json()
        assert "2023" in item.text and "2026" in item.text
        assert [a["id"] for a in data["actions"]] == ["import_notice", "carry_forward"]
        carry_forward(session, 2026)
        after = todo_items(session, date(2026, 3, 2))
    assert not [i for i in after if i.kind == "catalogue_outdated"]


def test_an_application_from_the_imported_year_takes_that_years_lead_time(ctx):
    from datetime import datetime

    from unionapp.applications.rules import application_deadline
    from unionapp.applications.service import create_application

    with ctx.session() as session:
        apply_plan(session, plan_update(session, 2026, [_shenbian_2026()]))
        (new,) = list_programmes(session, year=2026)
        application = create_application(session, programme_id=new.id)
        application.service_time = datetime(2026, 6, 15, 14, 0)
        deadline = application_deadline(session, application, WorkCalendar())
    assert deadline is not None
    assert WorkCalendar().workdays_between(deadline.date, date(2026, 6, 15)) == 20
