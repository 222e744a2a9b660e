"""Backups of the database: made with SQLite's backup API, verified, rotated, and restored safely.

Retention: the newest backup of each of the last 7 days, 4 weeks and 12 months. A backup is
verified with ``PRAGMA integrity_check`` before older ones are rotated out, and the newest good
backup is never removed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from unionapp.errors import DatabaseCorrupt, DatabaseTooNew, UserError
from unionapp.storage.atomic_files import fsync_folder
from unionapp.storage.checks import describe_os_error, storage_problem
from unionapp.storage.db import looks_like_sqlite, quick_check, restrict_permissions, sqlite_backup
from unionapp.storage.paths import DataPaths

log = logging.getLogger(__name__)

_NAME_RE = re.compile(r"^unionapp-(\d{8}-\d{6})(?:-\d+)?\.db$")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size: int


def list_backups(paths: DataPaths) -> list[BackupInfo]:
    """The automatic and manual backups in the backups folder, newest first."""
    found = []
    if paths.backups.is_dir():
        for entry in paths.backups.iterdir():
            match = _NAME_RE.match(entry.name)
            if match:
                taken = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
                found.append(BackupInfo(entry, taken, entry.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def write_verified_copy(source: Path, dest: Path) -> Path:
    """Copy ``source`` to ``dest`` via a temporary file; verify it; rename it into place."""
    tmp = dest.with_name(dest.name + ".tmp")
    try:
        tmp.unlink(missing_ok=True)
        sqlite_backup(source, tmp)
        result = quick_check(tmp, full=True)
        if result != "ok":
            raise DatabaseCorrupt(f"备份校验未通过（{result}），已保留原有备份。")
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
        fsync_folder(dest.parent)
    except sqlite3.Error as exc:
        raise UserError(f"无法写入备份 {dest}：{storage_problem(exc) or exc}。") from exc
    except OSError as exc:
        raise UserError(f"无法写入备份 {dest}：{describe_os_error(exc)}。") from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    restrict_permissions(dest)
    return dest


def make_backup(paths: DataPaths, out: Path | None = None, *, now: datetime | None = None) -> Path:
    """Back up the database (to ``out`` or into the backups folder), then rotate old backups."""
    if not paths.db.exists():
        raise UserError(f"还没有数据库可备份：{paths.db}")
    if out is not None:
        return write_verified_copy(paths.db, Path(out))
    now = now or datetime.now()
    paths.backups.mkdir(parents=True, exist_ok=True)
    dest = paths.backups / f"unionapp-{now:%Y%m%d-%H%M%S}.db"
    counter = 1
    while dest.exists():
        dest = paths.backups / f"unionapp-{now:%Y%m%d-%H%M%S}-{counter}.db"
        counter += 1
    write_verified_copy(paths.db, dest)
    rotate_backups(paths)
    return dest


def backup_due(paths: DataPaths, *, now: datetime | None = None) -> bool:
    """True when the newest automatic backup is a day old or more (at most one a day)."""
    backups = list_backups(paths)
    now = now or datetime.now()
    return not backups or now - backups[0].taken_at >= timedelta(days=1)


def backups_to_keep(backups: list[BackupInfo]) -> set[Path]:
    """The newest backup of each of the last 7 days, 4 ISO weeks and 12 months."""
    keep: set[Path] = set()
    for key_of, limit in (
        (lambda b: b.taken_at.date(), KEEP_DAILY),
        (lambda b: b.taken_at.isocalendar()[:2], KEEP_WEEKLY),
        (lambda b: (b.taken_at.year, b.taken_at.month), KEEP_MONTHLY),
    ):
        seen: list[object] = []
        for backup in backups:  # newest first
            key = key_of(backup)
            if key not in seen:
                seen.append(key)
                if len(seen) > limit:
                    break
                keep.add(backup.path)
    return keep


def rotate_backups(paths: DataPaths) -> list[Path]:
    """Delete backups outside the retention; the newest good backup always stays. Returns removed."""
    backups = list_backups(paths)
    newest_good = next((b for b in backups if quick_check(b.path) == "ok"), None)
    if newest_good is None:
        return []
    keep = backups_to_keep(backups) | {newest_good.path}
    removed = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def verify_backup_file(path: Path) -> None:
    """Refuse a file that is not a sound unionapp database this program can open."""
    from unionapp.storage.schema_version import known_revision_ids

    if not path.is_file():
        raise UserError(f"找不到备份文件：{path}")
    if not looks_like_sqlite(path):
        raise DatabaseCorrupt(f"{path} 不是基层工会助手的数据库备份（文件格式不对）。")
    result = quick_check(path, full=True)
    if result != "ok":
        raise DatabaseCorrupt(f"备份文件 {path} 已损坏，不能恢复（{result}）。")
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError:
            row = None
    if row is None:
        raise DatabaseCorrupt(f"{path} 不是基层工会助手的数据库备份（缺少结构版本）。")
    if row[0] not in known_revision_ids():
        raise DatabaseTooNew(f"备份 {path} 来自更新版本的程序（结构版本 {row[0]}），请先升级程序。")


def restore_backup(paths: DataPaths, source: Path) -> Path | None:
    """Replace the database with a verified copy of ``source``.

    The current database is backed up first (its path is returned). The caller must have closed
    every connection to the database.
    """
    source = Path(source)
    verify_backup_file(source)
    safety = None
    if paths.db.exists() and looks_like_sqlite(paths.db) and quick_check(paths.db) == "ok":
        safety = make_backup(paths)
        _checkpoint(paths.db)  # the WAL's commits go into the file before the WAL is removed
    tmp = paths.db.with_name(paths.db.name + ".restore.tmp")
    tmp.unlink(missing_ok=True)
    try:
        sqlite_backup(source, tmp)
        if quick_check(tmp, full=True) != "ok":
            raise DatabaseCorrupt(f"恢复时复制的数据未通过校验，原数据库未改动：{source}")
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        for suffix in ("-wal", "-shm"):
            Path(str(paths.db) + suffix).unlink(missing_ok=True)
        os.replace(tmp, paths.db)
        fsync_folder(paths.db.parent)
    except sqlite3.Error as exc:
        raise UserError(f"恢复失败，原数据库未改动：{storage_problem(exc) or exc}。") from exc
    except OSError as exc:
        raise UserError(f"恢复失败，原数据库未改动：{describe_os_error(exc)}。") from exc
    finally:
        tmp.unlink(missing_ok=True)
    restrict_permissions(paths.db)
    log.info("restored database from %s", source)
    return safety


def _checkpoint(db_path: Path) -> None:
    """Copy every commit in the WAL into the database file and empty the WAL."""
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def remove_stale_temporaries(paths: DataPaths) -> list[Path]:
    """Delete temporary files a killed backup, restore or migration left behind (never a
    finished backup: those are renamed into place only when complete). Returns what was removed."""
    candidates = [paths.db.with_name(paths.db.name + ".restore.tmp")]
    if paths.backups.is_dir():
        candidates += [p for p in paths.backups.iterdir() if p.name.endswith(".db.tmp")]
    removed = []
    for path in candidates:
        if path.is_file():
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def check_database(db_path: Path) -> dict[str, str]:
    """Full integrity check and foreign-key check: ``{"integrity": "ok", "foreign_keys": "ok"}``."""
    integrity = quick_check(db_path, full=True)
    foreign_keys = "ok"
    if integrity == "ok":
        with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            foreign_keys = "; ".join(f"{t} 行 {r} → {p}" for t, r, p, _ in problems[:10])
    else:
        foreign_keys = "未检查（数据库损坏）"
    return {"integrity": integrity, "foreign_keys": foreign_keys}


def newest_good_backup(paths: DataPaths) -> BackupInfo | None:
    return next((b for b in list_backups(paths) if quick_check(b.path) == "ok"), None)


def move_damaged_aside(paths: DataPaths) -> Path:
    """Rename a damaged database (and its WAL) to ``….damaged-<time>``; it is never written to."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = paths.db.with_name(f"{paths.db.name}.damaged-{stamp}")
    os.replace(paths.db, target)
    for suffix in ("-wal", "-shm"):
        side = Path(str(paths.db) + suffix)
        if side.exists():
            os.replace(side, Path(str(target) + suffix))
    return target


def recover_from_newest_backup(paths: DataPaths) -> tuple[Path, BackupInfo]:
    """Move the damaged database aside and restore the newest good backup."""
    good = newest_good_backup(paths)
    if good is None:
        raise UserError("没有可用的完好备份，无法自动恢复。")
    damaged = move_damaged_aside(paths)
    restore_backup(paths, good.path)
    return damaged, good
