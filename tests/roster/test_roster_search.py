"""Search as you type and paging by key, over the database."""

from __future__ import annotations

from datetime import date

import pytest

from unionapp.roster.search import MemberQuery, fetch_page, find_members, iter_members, page_key
from unionapp.roster.store import MemberData, add_member, change_status

PEOPLE = [
    ("张三", "技术部", "13800138000", "6001"),
    ("张三丰", "武当部", "13800138001", "6002"),
    ("阿明", "技术部", "13700001234", None),
    ("丁一", "财务部", "010-65116642", "7777"),
    ("单田芳", "后勤部", "13900139000", None),
    ("曾小贤", "财务部", "13600136000", "8000"),
    ("尉迟恭", "后勤部", "13500135000", None),
    ("解缙", "技术部", "13400134000", None),
]


@pytest.fixture
def roster(ctx):
    with ctx.session() as session:
        ids = {
            name: add_member(
                session, MemberData(name=name, department=dept, phone=phone, card_number=card)
            ).id
            for name, dept, phone, card in PEOPLE
        }
        change_status(session, ids["解缙"], "退休", date(2024, 1, 1))
    return ids


def names(rows) -> list[str]:
    return [row.name for row in rows]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("zs", ["张三", "张三丰"]),
        ("ZS", ["张三", "张三丰"]),
        ("zhangsan", ["张三", "张三丰"]),
        ("zhang san", ["张三", "张三丰"]),
        ("张三", ["张三", "张三丰"]),
        ("shan", ["单田芳"]),
        ("zeng", ["曾小贤"]),
        ("yuchi", ["尉迟恭"]),
        ("xiejin", ["解缙"]),
        ("技术", ["阿明", "解缙", "张三"]),
        ("8000", ["曾小贤", "张三"]),  # card tail and phone tail
        ("6642", ["丁一"]),
        ("0013", []),  # the middle of a phone number is not a tail
        ("zzzz", []),
    ],
)
def test_find(ctx, roster, query, expected):
    assert names(find_members(ctx.engine, query)) == expected


def test_browse_in_pinyin_order_with_filters(ctx, roster):
    everyone = names(fetch_page(ctx.engine, MemberQuery()))
    assert everyone[:2] == ["阿明", "丁一"]  # not code-point order (丁 before 阿)
    active = names(fetch_page(ctx.engine, MemberQuery(status="在册")))
    assert "解缙" not in active and len(active) == len(PEOPLE) - 1
    tech = names(fetch_page(ctx.engine, MemberQuery(text="j", department="技术部")))
    assert tech == ["解缙"]
    reverse = names(fetch_page(ctx.engine, MemberQuery(descending=True)))
    assert reverse == everyone[::-1]
    by_dept = fetch_page(ctx.engine, MemberQuery(sort="department"))
    assert [r.department for r in by_dept] == sorted(r.department for r in by_dept)


@pytest.mark.parametrize(
    "query",
    [
        MemberQuery(),
        MemberQuery(descending=True),
        MemberQuery(sort="department"),
        MemberQuery(sort="status", descending=True),
        MemberQuery(text="z"),
        MemberQuery(text="z", descending=True),
        MemberQuery(text="部", sort="department"),
    ],
)
def test_keyset_pages_join_up(ctx, roster, query):
    whole = fetch_page(ctx.engine, query, None, 100)
    paged = []
    after = None
    while True:
        page = fetch_page(ctx.engine, query, after, 3)
        paged.extend(page)
        if len(page) < 3:
            break
        after = page_key(page[-1], query.sort)
    assert paged == whole
    assert list(iter_members(ctx.engine, query, page=2)) == whole


def test_index_notices_changes(ctx, roster):
    assert names(find_members(ctx.engine, "lisi")) == []
    with ctx.session() as session:
        add_member(session, MemberData(name="李四"))
    assert names(find_members(ctx.engine, "lisi")) == ["李四"]
