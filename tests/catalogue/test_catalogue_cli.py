"""``unionapp catalog carry-forward|confirm|import`` and ``todo``: the new year from the command line."""

from __future__ import annotations

import json

import pytest

from unionapp.catalogue.exchange import export_catalogue
from unionapp.cli import main
from unionapp.storage.context import open_context


def run(capsys, *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_carry_forward_then_confirm(capsys, data_dir):
    d = str(data_dir)
    code, out, _ = run(capsys, "--data-dir", d, "catalog", "carry-forward", "--year", "2026",
                       "--json")  # fmt: skip
    assert code == 0 and json.loads(out) == {"year": 2026, "programmes": 47}
    code, out, _ = run(capsys, "--data-dir", d, "catalog", "list", "--year", "2026", "--json")
    listed = json.loads(out)
    assert len(listed) == 47 and all(p["needs_review"] for p in listed)
    code, out, _ = run(capsys, "--data-dir", d, "catalog", "list", "--year", "2026")
    assert out.count("【待核实】") == 47
    code, out, _ = run(capsys, "--data-dir", d, "catalog", "confirm", str(listed[0]["id"]))
    assert code == 0 and "1" in out
    code, out, _ = run(capsys, "--data-dir", d, "catalog", "confirm", "--year", "2026", "--json")
    assert json.loads(out) == {"confirmed": 46}
    code, _, err = run(capsys, "--data-dir", d, "catalog", "carry-forward", "--year", "2026")
    assert code == 1 and "已有" in err and len(err.strip().splitlines()) == 1


def test_confirm_without_anything_to_confirm_is_a_user_problem(capsys, data_dir):
    code, _, err = run(capsys, "--data-dir", str(data_dir), "catalog", "confirm")
    assert code == 1 and "--year" in err


def test_carry_forward_from_a_year_that_does_not_exist(capsys, data_dir):
    code, _, err = run(capsys, "--data-dir", str(data_dir), "catalog", "carry-forward",
                       "--year", "2026", "--from", "2019")  # fmt: skip
    assert code == 1 and "2019" in err


@pytest.mark.no_engine_pass  # opens the data folder itself beside the command line
def test_catalog_import_keeps_its_json_and_names_kept_hand_edits(capsys, data_dir, tmp_path):
    from unionapp.catalogue.query import list_programmes, save_programme

    path = tmp_path / "目录.xlsx"
    ctx = open_context(data_dir)
    with ctx.session() as session:
        export_catalogue(session, path, year=2023)
        info = next(p for p in list_programmes(session, year=2023) if p.key == "a1-2")
        info.rules["lead_workdays"] = 12
        save_programme(session, info)
    ctx.close()
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "catalog", "import", str(path),
                       "--json")  # fmt: skip
    data = json.loads(out)
    assert code == 0
    assert (data["added"], data["updated"]) == (0, 46)  # the one edited by hand is kept
    assert data["kept_edits"] == ["2023“身边”文化助推活动"]
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "catalog", "import", str(path))
    assert "保留了 1 个手工修改过的项目" in out and "--overwrite-edits" in out
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "catalog", "import", str(path),
                       "--overwrite-edits")  # fmt: skip
    assert "覆盖了 1 个手工修改过的项目" in out


def test_todo_json_has_the_outdated_catalogue_item(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "todo", "--json")
    assert code == 0
    items = [i for i in json.loads(out) if i["kind"] == "catalogue_outdated"]
    # The shipped catalogue is 2023's; these tests run in a later year.
    (item,) = items
    assert [a["id"] for a in item["actions"]] == ["import_notice", "carry_forward"]
    assert any("carry-forward" in a["command"] for a in item["actions"])
