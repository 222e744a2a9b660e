"""Creating, filling, parsing, duplicating and listing applications."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from unionapp.applications.service import (
    create_application,
    duplicate_application,
    get_application,
    list_applications,
    read_application_file,
    roster_scale_suggestions,
    to_form_data,
    update_application,
)
from unionapp.errors import UserError
from unionapp.models import Member

from .conftest import PROGRAMME_NAME, UNION, programme_id


def test_new_application_is_filled_from_union_and_programme(union_ctx: Any) -> None:
    pid = programme_id(union_ctx)
    with union_ctx.session() as session:
        app = create_application(
            session, {"scale": "80人"}, programme_id=pid, today=date(2023, 4, 10)
        )
        for name in ("contact", "contact_title", "phone"):
            assert getattr(app, name) == UNION[name], name
        assert (app.union_name, app.location) == (UNION["name"], UNION["address"])
        assert app.provider == "北京市劳动人民文化宫"
        assert app.service_item == PROGRAMME_NAME
        assert app.scale == "80人"
        assert app.declared_on == date(2023, 4, 10)
        assert app.status == "draft"


def test_given_values_win_and_programme_by_name(union_ctx: Any) -> None:
    with union_ctx.session() as session:
        app = create_application(session, {"programme": PROGRAMME_NAME, "provider": "别的单位"})
        assert app.programme_id == programme_id(union_ctx)
        assert app.provider == "别的单位"


def test_sub_programme_suggests_parent_as_item_and_itself_as_category(union_ctx: Any) -> None:
    pid = programme_id(union_ctx, "“非凡匠心”职工云课堂")
    with union_ctx.session() as session:
        app = create_application(session, programme_id=pid)
        assert app.service_item == "“平台”文化助推"
        assert app.category == "“非凡匠心”职工云课堂"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "app.json"
    path.write_text(text, encoding="utf-8")
    return path


def test_json_file_values_are_converted(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        json.dumps({"service_time": "2030-05-08T14:00:30", "declared_on": "2030-04-01",
                    "programme": 5, "needs": "两行\n需求"}),
    )  # fmt: skip
    values = read_application_file(path)
    assert values == {
        "service_time": datetime(2030, 5, 8, 14, 0),
        "declared_on": date(2030, 4, 1),
        "programme": 5,
        "needs": "两行\n需求",
    }


@pytest.mark.parametrize(
    ("content", "named"),
    [
        ('{"phone": "1",', "第 1 行"),
        ('{"telephone": "1"}', "telephone"),
        ('{"service_time": "2030-13-01T10:00"}', "service_time"),
        ('{"service_time": "2030-05-08"}', "service_time"),
        ('{"declared_on": "4/10/2023"}', "declared_on"),
        ('{"scale": 100}', "scale"),
        ('["not", "an", "object"]', "JSON 对象"),
    ],
)
def test_bad_json_file_names_the_problem(tmp_path: Path, content: str, named: str) -> None:
    with pytest.raises(UserError) as caught:
        read_application_file(_write(tmp_path, content))
    assert named in str(caught.value)


def test_duplicate_moves_a_past_time_to_next_year(union_ctx: Any) -> None:
    with union_ctx.session() as session:
        source = create_application(
            session,
            {"service_time": datetime(2023, 5, 8, 14, 0), "needs": "演出", "programme_id": None},
        )
        source.status = "done"
        source.project_no = "2023-001"
        copy = duplicate_application(session, source.id or 0, today=date(2024, 3, 1))
        assert copy.id != source.id
        assert copy.status == "draft"
        assert copy.project_no == ""
        assert copy.service_time == datetime(2024, 5, 8, 14, 0)
        assert copy.declared_on == date(2024, 3, 1)
        assert (copy.needs, copy.union_name) == ("演出", UNION["name"])


def test_update_and_list_filters(union_ctx: Any) -> None:
    with union_ctx.session() as session:
        first = create_application(session, {"service_time": datetime(2030, 5, 8, 14, 0)})
        second = create_application(session, {"service_time": datetime(2031, 6, 1, 9, 30)})
        second.status = "submitted"
        update_application(session, first.id or 0, {"service_item": "送辅导到身边"})
        assert get_application(session, first.id or 0).service_item == "送辅导到身边"
        assert [r.id for r in list_applications(session, year=2030)] == [first.id]
        assert [r.id for r in list_applications(session, status="submitted")] == [second.id]
        assert list_applications(session, status="submitted")[0].status_label == "已报送"
        assert len(list_applications(session)) == 2


def test_roster_counts_for_scale(union_ctx: Any) -> None:
    with union_ctx.session() as session:
        assert roster_scale_suggestions(session) == []
        session.add(Member(name="甲", card_number="6200001"))
        session.add(Member(name="乙", card_number=""))
        session.add(Member(name="丙"))
        session.add(Member(name="丁", status="退休", card_number="6200002"))
        session.flush()
        assert roster_scale_suggestions(session) == [
            "3名在册会员",
            "1名持工会会员互助服务卡的会员",
        ]


def test_form_data_formats_as_the_notice(union_ctx: Any) -> None:
    with union_ctx.session() as session:
        app = create_application(
            session,
            {"service_time": datetime(2023, 5, 8, 14, 0), "declared_on": date(2023, 4, 10)},
        )
        form = to_form_data(app)
        assert form.service_time == "2023年5月8日14:00"
        assert form.contact == "李明 工会主席"
        assert form.declared_on == "2023年4月10日"
        assert form.seal_date == ""
        assert to_form_data(app, prefill_seal_date=True).seal_date == "2023年4月10日"
