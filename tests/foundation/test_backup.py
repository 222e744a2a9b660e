"""Backups: online backup holds every row, rotation keeps the right ones, restore refuses bad files."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime, timedelta

import pytest
from sqlalchemy import text

from unionapp.errors import DatabaseCorrupt, DatabaseTooNew, UserError
from unionapp.storage.backup import (
    list_backups,
    make_backup,
    recover_from_newest_backup,
    restore_backup,
    rotate_backups,
)
from unionapp.storage.context import open_context
from unionapp.storage.db import quick_check


def _count_members(path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM member").fetchone()[0]


def _add_members(ctx, n: int, start: int = 0) -> None:
    with ctx.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO member (name, gender, department, position, phone, status, notes, "
                "name_pinyin, name_initials, sort_key, created_at, updated_at) VALUES "
                "(:n, '', '', '', '', '在册', '', '', '', '', '2024-01-01', '2024-01-01')"
            ),
            [{"n": f"会员{i}"} for i in range(start, start + n)],
        )


def test_backup_while_open_holds_every_row(ctx):
    _add_members(ctx, 500)
    with ctx.engine.connect() as reader:  # an open connection with a read transaction
        reader.execute(text("BEGIN"))
        reader.execute(text("SELECT count(*) FROM member")).scalar()
        path = make_backup(ctx.paths)
        reader.rollback()
    assert quick_check(path, full=True) == "ok"
    assert _count_members(path) == 500
    assert (path.stat().st_mode & 0o777) == 0o600


def test_backup_to_chosen_file(ctx, tmp_path):
    _add_members(ctx, 3)
    out = make_backup(ctx.paths, tmp_path / "copy.db")
    assert _count_members(out) == 3


def test_rotation_keeps_daily_weekly_monthly(ctx):
    start = datetime(2024, 1, 1, 12, 0, 0)
    for day in range(400):
        make_backup(ctx.paths, kind="auto", now=start + timedelta(days=day))
    kept = list_backups(ctx.paths)
    days = {b.taken_at.date() for b in kept}
    newest = (start + timedelta(days=399)).date()
    assert all(newest - timedelta(days=d) in days for d in range(7))
    assert 7 <= len(kept) <= 7 + 4 + 12
    assert len({(b.taken_at.year, b.taken_at.month) for b in kept}) >= 12


def test_rotation_never_removes_the_last_good_backup(ctx):
    good = make_backup(ctx.paths, kind="auto", now=datetime(2020, 1, 1, 10, 0, 0))
    for day in range(10):
        bad = (
            ctx.paths.backups / f"unionapp-{datetime(2024, 1, 1 + day, 10, 0, 0):%Y%m%d-%H%M%S}.db"
        )
        bad.write_bytes(b"not a database at all" * 100)
    rotate_backups(ctx.paths)
    assert good.exists()


def test_restore_replaces_data_and_backs_up_current(ctx, tmp_path):
    _add_members(ctx, 5)
    snapshot = make_backup(ctx.paths, tmp_path / "five.db")
    _add_members(ctx, 7, start=100)
    ctx.engine.dispose()
    safety = restore_backup(ctx.paths, snapshot)
    assert safety is not None and _count_members(safety) == 12
    ctx.reopen_database()
    with ctx.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM member")).scalar() == 5


def test_restore_of_corrupt_file_is_refused(ctx, tmp_path):
    _add_members(ctx, 4)
    good = make_backup(ctx.paths, tmp_path / "good.db")
    corrupt = tmp_path / "corrupt.db"
    data = good.read_bytes()
    corrupt.write_bytes(data[: len(data) // 2])
    not_db = tmp_path / "roster.db"
    not_db.write_bytes(b"PK\x03\x04 spreadsheet")
    ctx.engine.dispose()
    for bad in (corrupt, not_db):
        with pytest.raises(DatabaseCorrupt):
            restore_backup(ctx.paths, bad)
    with pytest.raises(UserError):
        restore_backup(ctx.paths, tmp_path / "missing.db")
    assert _count_members(ctx.paths.db) == 4


def test_restore_of_newer_backup_is_refused(ctx, tmp_path):
    newer = make_backup(ctx.paths, tmp_path / "newer.db")
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999'")
        conn.commit()
    with pytest.raises(DatabaseTooNew):
        restore_backup(ctx.paths, newer)


def test_recover_moves_damaged_file_aside(data_dir):
    ctx = open_context(data_dir)
    _add_members(ctx, 6)
    make_backup(ctx.paths)
    ctx.close()
    db = data_dir / "unionapp.db"
    db.write_bytes(db.read_bytes()[:3000])
    with pytest.raises(DatabaseCorrupt):
        open_context(data_dir)
    damaged, _ = recover_from_newest_backup(ctx.paths)
    assert damaged.exists() and ".damaged-" in damaged.name
    again = open_context(data_dir)
    try:
        with again.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM member")).scalar() == 6
    finally:
        again.close()
