"""Issue 12: a re-import says what it changes (old → new, masked), keeps values the file's
encoding could not hold, can add new members only, and the history keeps old → new."""

from __future__ import annotations

import json
import os
from pathlib import Path

from sqlalchemy import text
from tests.roster.conftest import make_id, write_csv, write_xlsx

from unionapp.cli import main
from unionapp.roster.importer import import_roster
from unionapp.roster.store import describe_event, member_history
from unionapp.storage.context import open_context

HEADER = ["姓名", "部门", "手机号", "身份证号码"]
ZHOU_ID = make_id(serial=7, male=False)
LI_ID = make_id(serial=8)


def _union_roster(tmp_path: Path) -> Path:
    return write_xlsx(
        tmp_path / "名册.xlsx",
        [
            HEADER,
            ["周𠇔", "工会办", "13800138000", ZHOU_ID],
            ["李四", "财务部", "13900139000", LI_ID],
        ],
    )


def _gbk_resave(tmp_path: Path, department: str = "财务部") -> Path:
    """The same roster saved by Excel as a GBK CSV: 𠇔 cannot be held, 敏 stands in for it."""
    return write_csv(
        tmp_path / "名册-excel.csv",
        [
            HEADER,
            ["周敏", "工会办", "13800138000", ZHOU_ID],
            ["李四", department, "13900139001", LI_ID],
        ],
        encoding="gbk",
    )


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _db_rows(data_dir: Path, sql: str) -> list[tuple]:
    """Rows straight from the database the command used (the folder's file, or the test server)."""
    context = open_context(data_dir, database=os.environ.get("UNIONAPP_DATABASE_URL"))
    try:
        with context.engine.connect() as conn:
            return [tuple(row) for row in conn.execute(text(sql))]
    finally:
        context.close()


def test_gbk_reimport_keeps_the_stored_character_and_lists_why(ctx, tmp_path):
    with ctx.session() as session:
        import_roster(session, _union_roster(tmp_path))
    with ctx.session() as session:
        result = import_roster(session, _gbk_resave(tmp_path, "人事部"))
    assert result.updated == 1  # 李四: department and phone
    assert [(c.field, c.old, c.new) for c in result.changes] == [
        ("department", "财务部", "人事部"),
        ("phone", "13900139000", "13900139001"),
    ]
    [kept] = result.kept
    assert (kept.row, kept.field, kept.old, kept.new) == (2, "name", "周𠇔", "周敏")
    assert "𠇔" in kept.reason and "GBK" in kept.reason
    data = result.to_json()
    assert data["kept"][0]["reason"] == kept.reason
    assert data["changes"][1]["old"] == "139****9000"  # phones masked
    with ctx.session() as session:
        names = [
            name for (name,) in session.connection().exec_driver_sql("SELECT name FROM member")
        ]
        assert sorted(names) == ["周𠇔", "李四"]
        li = session.connection().exec_driver_sql("SELECT id FROM member WHERE name='李四'")
        history = [describe_event(e) for e in member_history(session, li.scalar_one())]
    assert "导入更新：部门：财务部 → 人事部；" in history[-1]
    assert history[-1].endswith("139****9000 → 139****9001")


def test_question_mark_substitute_is_kept_in_any_encoding(ctx, tmp_path):
    with ctx.session() as session:
        import_roster(session, _union_roster(tmp_path))
    utf8 = write_csv(tmp_path / "q.csv", [HEADER, ["周?", "工会办", "13800138000", ZHOU_ID]])
    with ctx.session() as session:
        result = import_roster(session, utf8)
    assert result.updated == 0 and result.kept[0].new == "周?"
    assert "?" in result.kept[0].reason


def test_a_real_rename_is_applied(ctx, tmp_path):
    with ctx.session() as session:
        import_roster(session, _union_roster(tmp_path))
    renamed = write_csv(
        tmp_path / "r.csv", [HEADER, ["周敏", "工会办", "13800138000", ZHOU_ID]]
    )  # UTF-8 can hold 𠇔: 敏 is what the file means
    with ctx.session() as session:
        result = import_roster(session, renamed)
    assert result.updated == 1 and not result.kept
    assert (result.changes[0].old, result.changes[0].new) == ("周𠇔", "周敏")


def test_cli_gbk_reimport_and_dry_run_department_change(capsys, data_dir, tmp_path):
    base = ("--data-dir", str(data_dir), "roster", "import")
    assert _run(capsys, *base, str(_union_roster(tmp_path)))[0] == 0
    before = _db_rows(data_dir, "SELECT * FROM member ORDER BY id")
    events_before = _db_rows(data_dir, "SELECT count(*) FROM member_event")
    csv_path = _gbk_resave(tmp_path, "人事部")
    code, out, _ = _run(capsys, *base, str(csv_path), "--dry-run", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["updated"] == 1
    assert {
        "row": 3,
        "member_id": 2,
        "name": "李四",
        "field": "department",
        "old": "财务部",
        "new": "人事部",
    } in data["changes"]
    assert [(k["member_id"], k["field"], k["old"], k["new"]) for k in data["kept"]] == [
        (1, "name", "周𠇔", "周敏")
    ]
    assert ZHOU_ID not in out and "13900139001" not in out  # masked
    assert _db_rows(data_dir, "SELECT * FROM member ORDER BY id") == before  # wrote nothing
    assert _db_rows(data_dir, "SELECT count(*) FROM member_event") == events_before
    code, out, _ = _run(capsys, *base, str(csv_path))
    assert code == 0 and "保留原值 第 2 行 周𠇔" in out and "已更新 第 3 行 李四" in out
    rows = _db_rows(data_dir, "SELECT name, department FROM member ORDER BY id")
    assert rows == [("周𠇔", "工会办"), ("李四", "人事部")]
    [(note,)] = _db_rows(
        data_dir, "SELECT note FROM member_event WHERE member_id=2 AND note LIKE '导入更新%'"
    )
    assert "部门：财务部 → 人事部" in note and "13900139001" not in note


def test_cli_new_only_leaves_existing_members(capsys, data_dir, tmp_path):
    base = ("--data-dir", str(data_dir), "roster", "import")
    assert _run(capsys, *base, str(_union_roster(tmp_path)))[0] == 0
    more = write_csv(
        tmp_path / "more.csv",
        [HEADER, ["李四", "人事部", "13900139000", LI_ID], ["王五", "后勤部", "13700137000", ""]],
    )
    code, out, _ = _run(capsys, *base, str(more), "--new-only", "--json")
    data = json.loads(out)
    assert (code, data["added"], data["updated"], data["not_updated"]) == (0, 1, 0, 1)
    assert _db_rows(data_dir, "SELECT department FROM member WHERE name='李四'") == [("财务部",)]
