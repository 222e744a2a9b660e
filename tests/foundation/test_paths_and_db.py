"""Data folder resolution, first run, pragmas, migrations and refusal of newer databases."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from unionapp.errors import AlreadyRunning, DatabaseCorrupt, DatabaseTooNew
from unionapp.storage.context import open_context
from unionapp.storage.db import make_engine
from unionapp.storage.migrate import head_revision, upgrade
from unionapp.storage.paths import resolve_paths


def test_default_data_folder_comes_from_platformdirs(monkeypatch, tmp_path):
    monkeypatch.delenv("UNIONAPP_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    paths = resolve_paths()
    assert paths.root == tmp_path / "xdg" / "unionapp"


def test_environment_variable_and_argument_override(monkeypatch, tmp_path):
    monkeypatch.setenv("UNIONAPP_DATA_DIR", str(tmp_path / "env"))
    assert resolve_paths().root == tmp_path / "env"
    assert resolve_paths(tmp_path / "arg").root == tmp_path / "arg"


def test_first_run_creates_database_at_expected_place(monkeypatch, tmp_path):
    monkeypatch.setenv("UNIONAPP_DATA_DIR", str(tmp_path / "d"))
    ctx = open_context()
    try:
        assert ctx.paths.db == tmp_path / "d" / "unionapp.db"
        assert ctx.paths.db.is_file()
        assert (ctx.paths.db.stat().st_mode & 0o777) == 0o600
        with ctx.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert conn.execute(text("PRAGMA secure_delete")).scalar() == 1
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert version == head_revision()
        assert (tmp_path / "d" / "logs" / "unionapp.log").is_file()
    finally:
        ctx.close()


def test_migration_from_older_schema_keeps_data_and_leaves_backup(data_dir):
    db = data_dir / "unionapp.db"
    engine = make_engine(db)
    with engine.connect() as conn:
        upgrade(conn, "0001")
        conn.execute(
            text(
                "INSERT INTO union_profile (id, name, chairperson, contact, contact_title, "
                "phone, address, email, parent_federation, report_recipients) VALUES "
                "(1, '老版本工会', '', '', '', '', '', '', '', '')"
            )
        )
        conn.commit()
    engine.dispose()
    ctx = open_context(data_dir)
    try:
        with ctx.engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM union_profile")).scalar() == "老版本工会"
            assert (
                conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                == head_revision()
            )
            conn.execute(text("SELECT count(*) FROM calendar_day")).scalar()  # the new table exists
    finally:
        ctx.close()
    backups = list((data_dir / "backups").glob("pre-migration-0001-*.db"))
    assert len(backups) == 1
    with closing(sqlite3.connect(backups[0])) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert conn.execute("SELECT name FROM union_profile").fetchone()[0] == "老版本工会"


def test_newer_database_is_refused_untouched(data_dir):
    ctx = open_context(data_dir)
    ctx.close()
    db = data_dir / "unionapp.db"
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    with pytest.raises(DatabaseTooNew, match="更新版本"):
        open_context(data_dir)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert not list((data_dir / "backups").glob("pre-migration-*"))


@pytest.mark.parametrize(
    "damage",
    ["zero", "half", "xlsx", "page2"],
)
def test_damaged_database_is_detected_and_not_written(data_dir, damage):
    ctx = open_context(data_dir)
    ctx.close()
    db = data_dir / "unionapp.db"
    content = db.read_bytes()
    if damage == "zero":
        db.write_bytes(b"")
    elif damage == "half":
        db.write_bytes(content[: len(content) // 2])
    elif damage == "xlsx":
        db.write_bytes(b"PK\x03\x04" + b"\x00" * 2000)
    else:
        page = 4096
        db.write_bytes(content[:page] + b"\xff" * page + content[2 * page :])
    before = db.read_bytes()
    with pytest.raises(DatabaseCorrupt):
        open_context(data_dir)
    assert db.read_bytes() == before


def test_second_instance_does_not_open_database(data_dir):
    first = open_context(data_dir)
    try:
        with pytest.raises(AlreadyRunning):
            open_context(data_dir)
    finally:
        first.close()
    open_context(data_dir).close()  # released: the next start works


def test_lock_left_by_a_killed_process_does_not_block(data_dir):
    import subprocess
    import sys

    code = (
        "import os, sys; from unionapp.storage.context import open_context; "
        f"c = open_context({str(data_dir)!r}); print('open', flush=True); os._exit(0) if False else "
        "os.kill(os.getpid(), 9)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert "open" in result.stdout
    assert (data_dir / "unionapp.lock").exists()
    open_context(data_dir).close()


def test_nothing_outside_ui_imports_pyside6():
    src = Path(__file__).resolve().parents[2] / "src" / "unionapp"
    offenders = [
        str(path.relative_to(src))
        for path in src.rglob("*.py")
        if "ui" not in path.relative_to(src).parts[:1]
        and any(
            line.lstrip().startswith(("import PySide6", "from PySide6"))
            for line in path.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert offenders == []
