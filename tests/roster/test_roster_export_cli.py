"""Export (masked unless asked, never a formula), rejected rows, and the roster commands."""

from __future__ import annotations

import csv
import json
import re

import pytest
from openpyxl import load_workbook
from tests.roster.conftest import HEADER, make_id, write_xlsx

from unionapp.cli import main
from unionapp.roster.export import export_roster, save_rejected
from unionapp.roster.importer import import_roster, read_file

LONG_DIGITS = re.compile(r"\d{11,}")


def run(capsys, *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def roster_file(tmp_path):
    rows = [
        HEADER,
        ["张三", "男", "技术部", "13800138000", make_id(serial=1), "6001", "2021-05-01", "在册"],
        ['=HYPERLINK("x")', "女", "+财务部", "13900139000", "", "6002", "", "退休"],
        ["李四", "男", "技术部", "1380013800", "", "", "", ""],  # rejected: 10 digits
    ]
    return write_xlsx(tmp_path / "名册.xlsx", rows)


def cells_of_xlsx(path):
    workbook = load_workbook(path)
    return [cell for sheet in workbook for row in sheet.iter_rows() for cell in row]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_is_masked_and_formula_free(ctx, tmp_path, roster_file, suffix):
    with ctx.session() as session:
        import_roster(session, roster_file)
    path = tmp_path / f"out{suffix}"
    assert export_roster(ctx.engine, path) == 2
    if suffix == ".xlsx":
        cells = cells_of_xlsx(path)
        assert all(cell.data_type != "f" for cell in cells)
        texts = [str(cell.value) for cell in cells if cell.value is not None]
        assert '=HYPERLINK("x")' in texts
    else:
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
        texts = [cell for row in rows for cell in row]
        assert '\'=HYPERLINK("x")' in texts and "'+财务部" in texts
    assert not any(LONG_DIGITS.search(text) for text in texts)
    assert "138****8000" in texts and "110***********" + make_id(serial=1)[-4:] in texts


def test_export_with_numbers_when_asked(ctx, tmp_path, roster_file):
    with ctx.session() as session:
        import_roster(session, roster_file)
    path = tmp_path / "full.xlsx"
    export_roster(ctx.engine, path, with_id_numbers=True, with_phones=True)
    texts = [str(c.value) for c in cells_of_xlsx(path)]
    assert make_id(serial=1) in texts and "13800138000" in texts


def test_rejected_rows_saved_for_fixing(ctx, tmp_path, roster_file):
    with ctx.session() as session:
        result = import_roster(session, roster_file)
        read = read_file(session, roster_file)
    path = save_rejected(read, result.rejected, tmp_path / "未导入.xlsx")
    rows = [[c.value for c in row] for row in load_workbook(path).active.iter_rows()]
    assert rows[0][0] == "原行号" and rows[0][-1] == "问题" and rows[0][1:-1] == HEADER
    assert rows[1][:5] == [4, "李四", "男", "技术部", "1380013800"]
    assert "第 4 行 D 列" in rows[1][-1]


def test_cli_import_json_and_exit_codes(capsys, data_dir, roster_file):
    base = ("--data-dir", str(data_dir), "roster")
    code, out, _ = run(capsys, *base, "import", str(roster_file), "--dry-run", "--json")
    assert code == 1
    assert json.loads(out) == {
        "added": 2,
        "updated": 0,
        "unchanged": 0,
        "not_updated": 0,
        "changes": [],
        "kept": [],
        "rejected": [{"row": 4, "column": "手机号", "reason": "手机号应为 11 位，这里是 10 位"}],
    }
    code, out, _ = run(capsys, *base, "count", "--json")
    assert json.loads(out) == {"members": 0, "with_card": 0}
    code, out, _ = run(capsys, *base, "import", str(roster_file), "--json")
    assert code == 1 and json.loads(out)["added"] == 2
    code, out, _ = run(capsys, *base, "count", "--json")
    assert (code, json.loads(out)) == (0, {"members": 1, "with_card": 1})
    code, out, _ = run(capsys, *base, "find", "zs", "--json")
    [found] = json.loads(out)
    assert found == {
        "id": found["id"],
        "name": "张三",
        "department": "技术部",
        "phone": "138****8000",
    }


def test_cli_import_clean_file_exits_zero_and_reimport_is_unchanged(capsys, data_dir, tmp_path):
    path = write_xlsx(tmp_path / "ok.xlsx", [["姓名", "手机"], ["王五", "13700137000"]])
    base = ("--data-dir", str(data_dir), "roster", "import", str(path), "--json")
    assert run(capsys, *base)[0] == 0
    code, out, _ = run(capsys, *base)
    assert (code, json.loads(out)["unchanged"]) == (0, 1)


def test_cli_export_and_errors(capsys, data_dir, tmp_path, roster_file):
    base = ("--data-dir", str(data_dir), "roster")
    run(capsys, *base, "import", str(roster_file))
    out_path = tmp_path / "out.csv"
    code, out, _ = run(capsys, *base, "export", str(out_path), "--with-phones")
    assert code == 0 and "2" in out
    assert "13800138000" in out_path.read_text(encoding="utf-8-sig")
    code, _, err = run(capsys, *base, "import", str(tmp_path / "missing.xlsx"))
    assert code == 1 and "找不到文件" in err
    code, out, _ = run(capsys, *base, "find", "nobody")
    assert code == 0 and "没有找到" in out
