"""Issue 12: one backup file holds everything; no flow loses a backup or an attachment.

Core functions on real data folders: kinds and names, rotation over a simulated year, restore of
a backup made the same second, restore into an empty folder, the move of attachments into the
database (migration 0005) and restoring a backup made before it.
"""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from unionapp.applications.attachments import attachment_content, file_to_open, get_attachment
from unionapp.errors import DatabaseCorrupt, UserError
from unionapp.storage.backup import (
    backup_file_name,
    backup_record,
    delete_backup,
    describe_backups,
    list_backups,
    make_backup,
    restore_backup,
    rotate_backups,
    write_verified_copy,
)
from unionapp.storage.context import open_context
from unionapp.storage.db import quick_check
from unionapp.storage.paths import resolve_paths
from unionapp.union import get_union


def _attachments_of(folder: Path) -> dict[int, tuple[str, bytes]]:
    ctx = open_context(folder)
    try:
        with ctx.session() as session:
            ids = session.connection().exec_driver_sql("SELECT id FROM attachment").scalars()
            found = {}
            for attachment_id in ids:
                attachment = get_attachment(session, attachment_id)
                opened = file_to_open(session, ctx.paths, attachment)
                assert opened.is_relative_to(ctx.paths.root)
                found[attachment_id] = (opened.name, opened.read_bytes())
    finally:
        ctx.close()
    return found


def test_a_backup_is_one_sqlite_file_with_every_attachment(filled_folder, tmp_path):
    folder, stored = filled_folder
    backup = make_backup(resolve_paths(folder), tmp_path / "全部数据.db")
    assert quick_check(backup, full=True) == "ok"
    record = backup_record(backup)
    assert record is not None and (record.kind, record.attachments) == ("manual", 3)
    with closing(sqlite3.connect(backup)) as conn:  # any SQLite tool can read it
        rows = dict(conn.execute("SELECT sha256, content FROM stored_file"))
    for _name, content in stored.values():
        assert rows[hashlib.sha256(content).hexdigest()] == content


def test_two_backups_in_the_same_second_are_two_files(ctx):
    moment = datetime(2026, 11, 30, 9, 30, 12)
    first = make_backup(ctx.paths, now=moment)
    second = make_backup(ctx.paths, now=moment)
    assert first != second and first.exists() and second.exists()
    assert [b.kind for b in list_backups(ctx.paths)] == ["manual", "manual"]
    assert {row["created"] for row in describe_backups(ctx.paths)} == {"2026-11-30T09:30:12"}


def test_restoring_the_backup_just_made_keeps_it(ctx):
    with ctx.session() as session:
        from unionapp.union import update_union

        update_union(session, name="早上的工会名称")
    moment = datetime.now()
    backup = make_backup(ctx.paths, now=moment)
    with ctx.session() as session:
        update_union(session, name="改错了的名称")
    ctx.engine.dispose()
    safety = restore_backup(ctx.paths, backup)
    ctx.reopen_database()
    assert backup.exists() and safety is not None and safety.exists()
    kinds = {Path(row["path"]).name: row["kind"] for row in describe_backups(ctx.paths)}
    assert kinds == {backup.name: "manual", safety.name: "before-restore"}
    with ctx.session() as session:
        assert get_union(session).name == "早上的工会名称"


def test_restoring_an_automatic_backup_keeps_it(ctx):
    start = datetime.now() - timedelta(days=3)
    oldest = make_backup(ctx.paths, kind="auto", now=start)
    for day in (1, 2):
        make_backup(ctx.paths, kind="auto", now=start + timedelta(days=day))
    ctx.engine.dispose()
    restore_backup(ctx.paths, oldest)
    ctx.reopen_database()
    make_backup(ctx.paths, kind="auto")  # the next automatic backup rotates again
    assert oldest.exists()
    assert str(oldest) in {row["path"] for row in describe_backups(ctx.paths)}


def test_rotation_never_removes_a_protected_file(ctx):
    """An automatic backup past the retention survives while it is being restored."""
    for day in range(20):
        make_backup(ctx.paths, kind="auto", now=datetime(2024, 3, 1, 8) + timedelta(days=day))
    old = ctx.paths.backups / backup_file_name("auto", datetime(2024, 3, 1, 7))
    write_verified_copy(ctx.paths.db, old, kind="auto")
    assert rotate_backups(ctx.paths, protect=[old]) == [] and old.exists()
    assert rotate_backups(ctx.paths) == [old]


def test_rotation_over_a_year_keeps_every_manual_backup(ctx):
    start = datetime(2025, 1, 1, 9, 0, 0)
    manual = []
    for day in range(365):
        now = start + timedelta(days=day)
        make_backup(ctx.paths, kind="auto", now=now)
        if day % 30 == 0:
            manual.append(make_backup(ctx.paths, now=now + timedelta(hours=1)))
    restored_from = make_backup(ctx.paths, kind="before-restore", now=start)
    backups = list_backups(ctx.paths)
    assert all(path.exists() for path in manual) and restored_from.exists()
    automatic = [b for b in backups if b.kind == "auto"]
    assert 7 <= len(automatic) <= 7 + 4 + 12
    kinds = {row["kind"] for row in describe_backups(ctx.paths)}
    assert kinds == {"daily", "weekly", "monthly", "manual", "before-restore"}


def test_restore_into_an_empty_folder_brings_everything(filled_folder, tmp_path):
    folder, stored = filled_folder
    backup = make_backup(resolve_paths(folder), tmp_path / "move.db")
    new_pc = resolve_paths(tmp_path / "new-pc")
    new_pc.ensure()
    assert restore_backup(new_pc, backup) is None  # nothing there to keep first
    assert _attachments_of(new_pc.root) == stored  # original names, identical bytes
    ctx = open_context(new_pc)
    try:
        with ctx.session() as session:
            assert get_union(session).name == "北京市某公司工会"
            assert "backup_info" not in {
                name
                for (name,) in session.connection().exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type='table'"
                )
            }
    finally:
        ctx.close()


def test_damaged_backup_is_refused_and_nothing_changes(filled_folder, tmp_path):
    folder, _stored = filled_folder
    backup = make_backup(resolve_paths(folder), tmp_path / "good.db")
    damaged = tmp_path / "damaged.db"
    data = bytearray(backup.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = b"\x00" * 4096
    damaged.write_bytes(bytes(data[: len(data) * 3 // 4]))
    before = (folder / "unionapp.db").read_bytes()
    with pytest.raises(DatabaseCorrupt):
        restore_backup(resolve_paths(folder), damaged)
    assert (folder / "unionapp.db").read_bytes() == before


def test_delete_backup_only_in_the_backups_folder(ctx, tmp_path):
    backup = make_backup(ctx.paths)
    outside = make_backup(ctx.paths, tmp_path / "elsewhere.db")
    with pytest.raises(UserError, match="不是备份文件夹中的备份"):
        delete_backup(ctx.paths, outside)
    delete_backup(ctx.paths, backup)
    assert not backup.exists() and outside.exists() and list_backups(ctx.paths) == []


def _as_before_0005(folder: Path) -> None:
    """Turn a current data folder into what revision 0004 kept: files in attachments/."""
    from alembic import command
    from sqlalchemy import create_engine

    from unionapp.storage.migrate import alembic_config

    db = folder / "unionapp.db"
    with closing(sqlite3.connect(db)) as conn:
        for sha, content, name in conn.execute(
            "SELECT f.sha256, f.content, a.filename FROM stored_file f "
            "JOIN attachment a USING (sha256)"
        ):
            (folder / "attachments" / (sha + Path(name).suffix.lower())).write_bytes(content)
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        command.downgrade(alembic_config(conn), "0004")
        conn.commit()
    engine.dispose()


def test_migration_moves_attachment_files_into_the_database(filled_folder):
    folder, stored = filled_folder
    _as_before_0005(folder)
    files = sorted((folder / "attachments").iterdir())
    # one file damaged since (its bytes no longer match its name), one lost
    damaged = files[0]
    damaged.write_bytes(b"changed on disk")
    files[1].unlink()
    ctx = open_context(folder)
    try:
        with ctx.session() as session:
            rows = session.connection().exec_driver_sql("SELECT id, sha256 FROM attachment")
            contents = {}
            for attachment_id, _sha in rows.all():
                try:
                    contents[attachment_id] = attachment_content(
                        session, get_attachment(session, attachment_id)
                    )
                except UserError as exc:
                    contents[attachment_id] = str(exc)
    finally:
        ctx.close()
    assert len(contents) == 3  # every attachment row kept
    kept = [c for c in contents.values() if c in {content for _n, content in stored.values()}]
    assert len(kept) == 1
    assert b"changed on disk" in contents.values()
    assert any(isinstance(c, str) and "不在数据库中" in c for c in contents.values())
    assert damaged.exists()  # the old files are left where they are
    assert list((folder / "backups").glob("pre-migration-0004-*.db"))


def test_an_older_backup_is_migrated_on_restore(filled_folder, tmp_path):
    folder, stored = filled_folder
    _as_before_0005(folder)
    old_backup = tmp_path / "old.db"
    with (
        closing(sqlite3.connect(folder / "unionapp.db")) as src,
        closing(sqlite3.connect(old_backup)) as dst,
    ):
        src.backup(dst)
    ctx = open_context(folder)  # the current folder moves on to the new schema
    ctx.engine.dispose()
    restore_backup(ctx.paths, old_backup)
    ctx.reopen_database()  # migrates the restored file; its files are still in attachments/
    ctx.close()
    assert _attachments_of(folder) == stored


def test_backups_of_earlier_versions_are_listed_and_checked(ctx):
    """Files named the old way (no kind, no record) are automatic backups, checked when listed."""
    import shutil

    good = make_backup(ctx.paths, ctx.paths.root / "tmp.db")
    old_good = ctx.paths.backups / "unionapp-20261101-080000.db"
    shutil.move(good, old_good)
    with closing(sqlite3.connect(old_good)) as conn, conn:
        conn.execute("DROP TABLE backup_info")
    old_bad = ctx.paths.backups / "unionapp-20261102-080000-1.db"
    old_bad.write_bytes(old_good.read_bytes()[:5000])
    migration = ctx.paths.backups / "pre-migration-0003-20261031-080000.db"
    shutil.copy(old_good, migration)
    rows = {Path(r["path"]).name: (r["kind"], r["verified"]) for r in describe_backups(ctx.paths)}
    assert rows == {
        old_bad.name: ("daily", False),
        old_good.name: ("daily", True),
        migration.name: ("before-migration", True),
    }
