"""Catalogue spreadsheets as .xls and .ods import as the .xlsx does: same rows, same messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.roster_core.roster_files import write_ods, write_xls, write_xlsx

from unionapp.catalogue.exchange import HEADERS, import_catalogue
from unionapp.catalogue.query import list_programmes
from unionapp.errors import UserError


def _rows(bad: bool) -> list[list[object]]:
    blank = [""] * (len(HEADERS) - 7)
    rows: list[list[object]] = [["2026年服务项目目录"] + [""] * (len(HEADERS) - 1), HEADERS]
    rows.append(["2026", "", "", "", "", "职工书法培训", "文化", *blank])
    rows.append(["2026", "", "", "", "", "职工乒乓球比赛", "体育", *blank])
    if bad:
        rows.append(["二〇二六", "", "", "", "", "坏项目", "娱乐", *blank])
    return rows


WRITERS = {".xlsx": write_xlsx, ".xls": write_xls, ".ods": write_ods}


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_a_catalogue_workbook_in_any_office_format_imports(ctx, tmp_path: Path, suffix):
    path = WRITERS[suffix](tmp_path / f"目录{suffix}", _rows(bad=False))
    with ctx.session() as session:
        result = import_catalogue(session, path)
        names = [p.name for p in list_programmes(session, year=2026)]
    assert (result.added, result.errors) == (2, [])
    assert names == ["职工书法培训", "职工乒乓球比赛"]


def test_bad_rows_get_the_same_messages_in_every_format(ctx, tmp_path: Path):
    messages = {}
    for suffix, write in WRITERS.items():
        path = write(tmp_path / f"目录{suffix}", _rows(bad=True))
        with ctx.session() as session:
            result = import_catalogue(session, path)
            assert list_programmes(session, year=2026) == []
        messages[suffix] = [m.replace(suffix, "") for m in result.errors]
    assert messages[".xls"] == messages[".ods"] == messages[".xlsx"]
    assert any("第 5 行" in m and "年度" in m for m in messages[".xlsx"])


def test_a_wps_et_catalogue_says_what_to_do(ctx, tmp_path: Path):
    path = tmp_path / "目录.et"
    write_xls(tmp_path / "x.xls", _rows(bad=False)).rename(path)
    with ctx.session() as session, pytest.raises(UserError, match="WPS"):
        import_catalogue(session, path)
