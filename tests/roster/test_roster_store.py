"""Members in the database: validation, history, status changes, counts, permanent deletion."""

from __future__ import annotations

from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel
from tests.roster.conftest import make_id

from unionapp.errors import UserError
from unionapp.roster.store import (
    MemberData,
    MemberInvalid,
    add_member,
    change_status,
    delete_member_permanently,
    describe_event,
    get_member,
    member_counts,
    member_history,
    update_member,
)


def add(ctx, **values) -> int:
    with ctx.session() as session:
        return add_member(session, MemberData(**values), on=date(2024, 1, 2)).id


def test_add_normalises_and_reads_gender_from_id(ctx):
    member_id = add(
        ctx,
        name=" 曾 国藩 ",
        phone="138 0013 8000",
        id_number=make_id(serial=4).lower(),
        card_number="60-01",
        join_date="2021.5.1",
    )
    with ctx.session() as session:
        member = get_member(session, member_id)
        assert (member.name, member.phone, member.card_number) == ("曾 国藩", "13800138000", "6001")
        assert member.gender == "男"
        assert member.join_date == date(2021, 5, 1)
        assert member.name_pinyin.startswith("zeng")
        [event] = member_history(session, member_id)
        assert describe_event(event) == "2024-01-02 新增（在册）"


def test_invalid_values_are_reported_per_field(ctx):
    with pytest.raises(MemberInvalid) as caught, ctx.session() as session:
        add_member(session, MemberData(name="", phone="12345", id_number="110105198001010018"))
    assert set(caught.value.errors) == {"name", "phone", "id_number"}
    assert "校验位" in caught.value.errors["id_number"]


def test_id_and_card_numbers_are_unique(ctx):
    add(ctx, name="张三", id_number=make_id(serial=1), card_number="6001")
    with pytest.raises(MemberInvalid) as caught:
        add(ctx, name="张叁", id_number=make_id(serial=1), card_number="6001")
    assert set(caught.value.errors) == {"id_number", "card_number"}
    assert "张三" in caught.value.errors["id_number"]


def test_edit_and_status_changes_are_dated_history(ctx):
    member_id = add(ctx, name="李四", department="一部", phone="13900139000")
    with ctx.session() as session:
        data = MemberData.of(get_member(session, member_id))
        data.department = "二部"
        data.status = "转出"
        update_member(session, member_id, data, on=date(2024, 3, 1))
    with ctx.session() as session:
        change_status(session, member_id, "在册", date(2024, 6, 1), note="调回")
        with pytest.raises(UserError):
            change_status(session, member_id, "在册", date(2024, 6, 2))
    with ctx.session() as session:
        lines = [describe_event(e) for e in member_history(session, member_id)]
    assert lines == [
        "2024-01-02 新增（在册）",
        "2024-03-01 修改：部门：一部 → 二部",
        "2024-03-01 状态变更：在册 → 转出",
        "2024-06-01 状态变更：转出 → 在册（调回）",
    ]


def test_counts_are_members_on_the_register(ctx):
    add(ctx, name="甲", card_number="1")
    add(ctx, name="乙")
    add(ctx, name="丙", card_number="3", status="退休")
    with ctx.session() as session:
        assert member_counts(session) == {"members": 2, "with_card": 1}


@pytest.mark.no_engine_pass  # reads the SQLite file itself
def test_permanent_delete_leaves_no_trace_of_the_id_number(ctx):
    id_number = make_id(birth="19770707", serial=77)
    keep = add(ctx, name="王五", id_number=make_id(serial=3))
    member_id = add(ctx, name="赵六", id_number=id_number, phone="13600136000")
    with ctx.session() as session:  # an edit writes more copies of the row into the WAL
        data = MemberData.of(get_member(session, member_id))
        data.department = "三部"
        update_member(session, member_id, data)
    assert delete_member_permanently(ctx.engine, member_id) == "赵六"
    db = ctx.paths.db
    files = [db, db.with_name(db.name + "-wal")]
    raw = b"".join(path.read_bytes() for path in files if path.exists())
    assert id_number.encode() not in raw
    assert make_id(serial=3).encode() in raw  # the check can see a stored ID number
    with ctx.session() as session:
        assert member_history(session, member_id) == []
        assert get_member(session, keep).name == "王五"


def test_schema_agrees_with_migrations(ctx):
    with ctx.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), SQLModel.metadata) == []
