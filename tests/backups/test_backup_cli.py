"""Issue 12 on the command line: backup (--out, --list), restore into the same or an empty
folder, and application show giving each attachment a path to open."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from unionapp.cli import main


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_then_restore_that_very_file(capsys, filled_folder):
    folder, _stored = filled_folder
    base = ("--data-dir", str(folder))
    code, out, _ = _run(capsys, *base, "backup", "--json")
    made = json.loads(out)
    assert code == 0 and made["attachments"] == 3
    code, out, err = _run(capsys, *base, "restore", made["backup"], "--json")
    assert (code, err) == (0, "")
    restored = json.loads(out)
    assert restored["attachments"] == 3 and Path(made["backup"]).exists()
    code, out, _ = _run(capsys, *base, "backup", "--list", "--json")
    listed = {row["path"]: row for row in json.loads(out)}
    assert listed[made["backup"]]["kind"] == "manual"
    assert listed[restored["previous_backup"]]["kind"] == "before-restore"
    for row in listed.values():
        assert set(row) == {"path", "created", "kind", "size", "verified"}
        assert row["verified"] is True and row["size"] == Path(row["path"]).stat().st_size
        datetime.fromisoformat(row["created"])


def test_two_manual_backups_in_one_second(capsys, data_dir, monkeypatch):
    import unionapp.storage.backup as backup_module

    class SameSecond(datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[override]
            return datetime(2026, 11, 30, 9, 0, 0)

    monkeypatch.setattr(backup_module, "datetime", SameSecond)
    base = ("--data-dir", str(data_dir), "backup", "--json")
    first = json.loads(_run(capsys, *base)[1])["backup"]
    second = json.loads(_run(capsys, *base)[1])["backup"]
    assert first != second
    code, out, _ = _run(capsys, "--data-dir", str(data_dir), "backup", "--list")
    assert code == 0 and out.count("2026-11-30 09:00:00  手动") == 2


def test_restore_into_an_empty_folder_with_identical_attachments(capsys, filled_folder, tmp_path):
    folder, stored = filled_folder
    move = tmp_path / "U盘" / "全部数据.db"
    move.parent.mkdir()
    code, out, _ = _run(capsys, "--data-dir", str(folder), "backup", "--out", str(move), "--json")
    assert code == 0 and json.loads(out) == {"backup": str(move), "attachments": 3}
    new_pc = tmp_path / "new-pc"
    code, out, _ = _run(capsys, "--data-dir", str(new_pc), "restore", str(move), "--json")
    data = json.loads(out)
    assert code == 0 and data["previous_backup"] is None and data["attachments"] == 3
    code, out, _ = _run(capsys, "--data-dir", str(new_pc), "application", "show", "1", "--json")
    shown = json.loads(out)
    found = {}
    for attachment in shown["attachments"]:
        path = Path(attachment["path"])
        assert path.is_relative_to(new_pc) and path.name == attachment["filename"]
        found[attachment["id"]] = (path.name, path.read_bytes())
    assert found == stored
    assert [a["kind"] for a in shown["attachments"]] == ["scan", "reply", "photo"]
    code, out, _ = _run(capsys, "--data-dir", str(new_pc), "union", "show", "--json")
    assert code == 0 and "北京市某公司工会" in out


def test_restore_refuses_a_damaged_file(capsys, filled_folder, tmp_path):
    folder, _stored = filled_folder
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    before = (folder / "unionapp.db").read_bytes()
    code, _out, err = _run(capsys, "--data-dir", str(folder), "restore", str(bad))
    assert code == 1 and err.count("\n") == 1 and "bad.db" in err
    assert (folder / "unionapp.db").read_bytes() == before


@pytest.mark.parametrize("argv", [["backup", "--list", "--out", "x.db"]])
def test_backup_list_with_out_is_a_user_problem(capsys, data_dir, argv):
    code, _out, err = _run(capsys, "--data-dir", str(data_dir), *argv)
    assert code == 1 and "--list" in err


def test_reply_attachment_kind_is_the_users_choice(capsys, filled_folder, tmp_path):
    folder, _stored = filled_folder
    base = ("--data-dir", str(folder), "application")
    photo = tmp_path / "合影.jpg"
    photo.write_bytes(b"\xff\xd8\xff photo")
    code, _out, err = _run(
        capsys,
        *base,
        "submit",
        "1",
        "--date",
        "2026-11-02",
        "--via",
        "电子邮件",
        "--attach",
        str(photo),
        "--attach-kind",
        "other",
    )
    assert code == 0, err
    shown = json.loads(_run(capsys, *base, "show", "1", "--json")[1])
    last = shown["attachments"][-1]
    assert (last["filename"], last["kind"]) == ("合影.jpg", "other")
    assert Path(last["path"]).read_bytes() == photo.read_bytes()
    assert shown["timeline"][-1]["attachments"][0]["path"] == last["path"]


def test_backup_out_onto_the_database_itself_is_refused(capsys, filled_folder):
    folder, _stored = filled_folder
    db = folder / "unionapp.db"
    before = db.read_bytes()
    code, _out, err = _run(capsys, "--data-dir", str(folder), "backup", "--out", str(db))
    assert code == 1 and "数据库文件本身" in err
    assert db.read_bytes() == before


def test_a_year_of_rotation_keeps_every_manual_backup_listed(capsys, data_dir, monkeypatch):
    """Automatic backups every day (as the window makes them), `unionapp backup` once a month."""
    import unionapp.storage.backup as backup_module
    from unionapp.storage.backup import make_backup
    from unionapp.storage.paths import resolve_paths

    clock = {"now": datetime(2025, 1, 1, 8, 0)}

    class Clock(datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[override]
            return clock["now"]

    monkeypatch.setattr(backup_module, "datetime", Clock)
    assert _run(capsys, "--data-dir", str(data_dir), "union", "show")[0] == 0  # makes the database
    paths = resolve_paths(data_dir)
    start = clock["now"]
    for day in range(365):
        clock["now"] = start + timedelta(days=day)
        make_backup(paths, kind="auto")
        if day % 30 == 0:
            clock["now"] += timedelta(hours=3)
            assert _run(capsys, "--data-dir", str(data_dir), "backup")[0] == 0
    code, out, _ = _run(capsys, "--data-dir", str(data_dir), "backup", "--list", "--json")
    rows = json.loads(out)
    manual = [row for row in rows if row["kind"] == "manual"]
    automatic = [row for row in rows if row["kind"] in ("daily", "weekly", "monthly")]
    assert code == 0 and len(manual) == 13 and 7 <= len(automatic) <= 7 + 4 + 12
    assert manual[-1]["created"] == "2025-01-01T11:00:00"
