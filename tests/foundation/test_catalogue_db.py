"""The bundled 2023 catalogue in the database, its editing, and its spreadsheet exchange."""

from __future__ import annotations

import json

import pytest

from unionapp.catalogue.exchange import export_catalogue, import_catalogue
from unionapp.catalogue.query import ProgrammeInfo, list_programmes, save_programme
from unionapp.catalogue.seed import seed_bundled_catalogues
from unionapp.errors import UserError
from unionapp.resources import resource_path
from unionapp.tabular import read_table, write_table


def _notice() -> dict:
    return json.loads(resource_path("catalogue", "2023.json").read_text(encoding="utf-8"))


def test_catalogue_counts_match_the_notice(ctx):
    with ctx.session() as session:
        programmes = list_programmes(session, year=2023)
    attachment1 = [p for p in programmes if p.attachment == 1]
    attachment2 = [p for p in programmes if p.attachment == 2]
    # Attachment 1: 16 numbered rows; row 1 holds 4 items and row 6 a group of 3 sub-items.
    assert len({p.seq for p in attachment1}) == 16
    assert len(attachment1) == 16 + 3 + 3
    assert len(attachment2) == 22
    assert {p.seq for p in attachment2} == {str(n) for n in range(1, 23)}
    assert all(p.providers for p in programmes)
    shenbian = next(p for p in programmes if p.name == "2023“身边”文化助推活动")
    assert shenbian.rules["lead_workdays"] == 15 and shenbian.rules["yearly_limit"] == 1
    assert shenbian.providers == ["北京市劳动人民文化宫"]
    assert any(c.name == "吴镝" and "13910662798" in c.phones for c in shenbian.contacts)
    coaching = [p for p in programmes if p.rules["min_participants"] == 20]
    assert len(coaching) == 2


def test_seeding_happens_once(ctx):
    with ctx.session() as session:
        assert seed_bundled_catalogues(session) == []
        assert len(list_programmes(session, year=2023)) == len(_notice()["programmes"])


def test_filters(ctx):
    with ctx.session() as session:
        sports = list_programmes(session, category="体育")
        by_unit = list_programmes(session, provider="北京职工书画协会")
    assert sports and all(p.category == "体育" for p in sports)
    assert by_unit and all("北京职工书画协会" in p.providers for p in by_unit)


def test_user_can_add_and_edit_a_programme(ctx):
    with ctx.session() as session:
        info = save_programme(
            session,
            ProgrammeInfo(
                id=None,
                year=2024,
                name="职工合唱辅导",
                category="普惠服务",
                providers=["北京市劳动人民文化宫"],
                rules={"lead_workdays": 10},
            ),
        )
        info.name = "职工合唱辅导（线下）"
        info.rules["min_participants"] = 20
        save_programme(session, info)
        again = list_programmes(session, year=2024)
    assert [p.name for p in again] == ["职工合唱辅导（线下）"]
    assert again[0].rules["min_participants"] == 20 and again[0].rules["lead_workdays"] == 10


def test_invalid_programme_is_refused(ctx):
    with ctx.session() as session, pytest.raises(UserError, match="类别"):
        save_programme(session, ProgrammeInfo(id=None, year=2024, name="x", category="其他"))


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_import_round_trip_and_new_year(ctx, tmp_path, suffix):
    path = tmp_path / f"catalogue{suffix}"
    with ctx.session() as session:
        count = export_catalogue(session, path, year=2023)
        result = import_catalogue(session, path)
    assert count == len(_notice()["programmes"])
    assert (result.added, result.updated, result.errors) == (0, count, [])
    rows = read_table(path)
    header, body = rows[0], rows[1:]
    year_col, key_col, name_col = (
        header.index("年度"),
        header.index("编号"),
        header.index("项目名称"),
    )
    new_year = []
    for row in body[:3]:
        row = list(row)
        row[year_col] = 2024
        row[key_col] = ""
        row[name_col] = str(row[name_col]).replace("2023", "2024")
        new_year.append(row)
    path2 = tmp_path / f"new{suffix}"
    write_table(path2, header, new_year)
    with ctx.session() as session:
        result = import_catalogue(session, path2)
        added = list_programmes(session, year=2024)
    assert result.added == 3 and len(added) == 3
    assert all(p.providers for p in added)


def test_import_with_bad_rows_writes_nothing(ctx, tmp_path):
    from unionapp.catalogue.exchange import HEADERS

    good = ["2024", "", "", "", "", "好项目", "文化"] + [""] * (len(HEADERS) - 7)
    bad = ["二〇二四", "", "", "", "", "坏项目", "娱乐"] + [""] * (len(HEADERS) - 7)
    path = tmp_path / "bad.csv"
    write_table(path, HEADERS, [good, bad])
    with ctx.session() as session:
        result = import_catalogue(session, path)
        assert result.added == 0
        assert list_programmes(session, year=2024) == []
    assert any("第 3 行" in e and "年度" in e for e in result.errors)
    assert any("第 3 行" in e and "类别" in e for e in result.errors)
