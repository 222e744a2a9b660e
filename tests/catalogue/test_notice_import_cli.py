"""``unionapp catalog import-notice``: the reader's findings plus the plan; --dry-run writes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from unionapp.cli import main
from unionapp.storage.context import open_context

NOTICE_2023 = Path(__file__).parent / "notice" / "data" / "notice_2023_ocr.txt"


def run(capsys, *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def edition_2026(tmp_path: Path, encoding: str = "utf-8") -> Path:
    """The 2023 notice as a made-up 2026 edition: another year, a longer lead time, a new phone."""
    text = NOTICE_2023.read_text(encoding="utf-8")
    text = text.replace("2023", "2026").replace("提前 15 个工作日", "提前 20 个工作日")
    text = text.replace("65116642", "65116000")
    path = tmp_path / "2026年通知.txt"
    path.write_bytes(text.encode(encoding))
    return path


def test_dry_run_shows_the_reading_and_the_plan_and_writes_nothing(capsys, data_dir, tmp_path):
    path = edition_2026(tmp_path, "gb18030")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "catalog", "import-notice", str(path),
                       "--dry-run", "--json")  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert {"year", "source", "programmes", "venues", "unparsed", "changes"} <= data.keys()
    assert data["year"] == 2026 and "2026" in data["source"]["number"]
    changes = data["changes"]
    assert changes["catalogue_existed"] is False
    assert len(changes["added"]) == len(data["programmes"]) > 40
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "catalog", "list", "--year", "2026",
                       "--json")  # fmt: skip
    assert json.loads(out) == []


def test_import_writes_the_year_with_its_rules(capsys, data_dir, tmp_path):
    path = edition_2026(tmp_path)
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "catalog", "import-notice", str(path))
    assert code == 0
    assert "已写入2026年目录" in out
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "catalog", "list", "--year", "2026",
                       "--json")  # fmt: skip
    listed = {p["name"]: p for p in json.loads(out)}
    shenbian = listed["2026“身边”文化助推活动"]
    assert shenbian["rules"]["lead_workdays"] == 20 and shenbian["rules"]["yearly_limit"] == 1
    assert any("65116000" in c["phones"] for c in shenbian["contacts"])
    # Read again: everything is the same now.
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "catalog", "import-notice", str(path),
                       "--dry-run", "--json")  # fmt: skip
    changes = json.loads(out)["changes"]
    assert changes["added"] == [] and changes["changed"] == []


def test_a_carried_forward_year_is_updated_by_its_notice(capsys, data_dir, tmp_path):
    d = str(data_dir)
    assert run(capsys, "--data-dir", d, "catalog", "carry-forward", "--year", "2026")[0] == 0
    code, out, _ = run(capsys, "--data-dir", d, "catalog", "import-notice",
                       str(edition_2026(tmp_path)), "--json")  # fmt: skip
    assert code == 0
    data = json.loads(out)
    changed = {item["name"]: item for item in data["changes"]["changed"]}
    shenbian = changed["2026“身边”文化助推活动"]
    fields = {f["field"]: (f["old"], f["new"]) for f in shenbian["fields"]}
    assert fields["name"] == ("2023“身边”文化助推活动", "2026“身边”文化助推活动")
    assert fields["lead_workdays"] == (15, 20)
    ctx = open_context(data_dir)
    with ctx.session() as session:
        from unionapp.catalogue.new_year import programmes_to_review

        waiting = programmes_to_review(session, 2026)
    ctx.close()
    # Programmes the notice gives are checked; those it does not mention stay 待核实.
    assert len(waiting) == len(data["changes"]["not_in_source"])


@pytest.mark.parametrize(
    ("content", "fragment"),
    [(b"", "\u7a7a"), ("这是一份会议纪要，与文体服务无关。".encode(), "没有")],
)
def test_a_file_that_is_not_a_notice_is_a_user_problem(capsys, data_dir, tmp_path, content,
                                                       fragment):  # fmt: skip
    path = tmp_path / "不是通知.txt"
    path.write_bytes(content)
    code, _, err = run(capsys, "--data-dir", str(data_dir), "catalog", "import-notice", str(path),
                       "--year", "2026")  # fmt: skip
    assert code == 1 and fragment in err and len(err.strip().splitlines()) == 1
