"""Backups: single SQLite files (data and attachments) made with SQLite's backup API, verified,
rotated, listed and restored safely.

Kinds: automatic (made when the program opens once a day, and when it closes), manual (立即备份,
``unionapp backup``, the new-PC export), before-restore and before-migration. Only automatic
backups are ever rotated: the newest of each of the last 7 days, 4 weeks and 12 months stays (and
is listed as daily, weekly or monthly). Rotation never removes the newest verified backup nor a
file the caller protects (the one being restored). The others stay until the user deletes them.

File names carry the time, the kind and a random suffix, so two backups in the same second are
two files: ``unionapp-20261130-093012-manual-3fa9c1.db``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import secrets
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from unionapp.errors import DatabaseCorrupt, DatabaseTooNew, UserError
from unionapp.storage.atomic_files import fsync_folder
from unionapp.storage.backup_record import (
    KIND_AUTO,
    KIND_BEFORE_MIGRATION,
    KIND_BEFORE_RESTORE,
    KIND_MANUAL,
    KINDS,
    BackupRecord,
    drop_record,
    read_record,
    write_record,
)
from unionapp.storage.checks import describe_os_error, storage_problem
from unionapp.storage.db import looks_like_sqlite, quick_check, restrict_permissions, sqlite_backup
from unionapp.storage.paths import DataPaths

log = logging.getLogger(__name__)

_NAME_RE = re.compile(
    r"^unionapp-(?P<stamp>\d{8}-\d{6})"
    r"(?:-(?P<kind>auto|manual|before-restore|before-migration)-[0-9a-f]+|-\d+)?\.db$"
)
_MIGRATION_NAME_RE = re.compile(r"^pre-migration-[^-]+-(?P<stamp>\d{8}-\d{6})(?:-[0-9a-f]+)?\.db$")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12


@dataclass(frozen=True)
class BackupInfo:
    """A backup file in the backups folder. ``kind`` is one of ``backup_record.KINDS``."""

    path: Path
    taken_at: datetime
    size: int
    kind: str


def backup_file_name(kind: str, now: datetime) -> str:
    return f"unionapp-{now:%Y%m%d-%H%M%S}-{kind}-{secrets.token_hex(3)}.db"


def _parse_name(name: str) -> tuple[datetime, str] | None:
    match = _NAME_RE.match(name)
    if match:  # names without a kind are the automatic backups of earlier versions
        return _stamp(match.group("stamp")), match.group("kind") or KIND_AUTO
    match = _MIGRATION_NAME_RE.match(name)
    if match:
        return _stamp(match.group("stamp")), KIND_BEFORE_MIGRATION
    return None


def _stamp(text: str) -> datetime:
    return datetime.strptime(text, "%Y%m%d-%H%M%S")


def list_backups(paths: DataPaths) -> list[BackupInfo]:
    """Every backup in the backups folder, newest first."""
    found = []
    if paths.backups.is_dir():
        for entry in paths.backups.iterdir():
            parsed = _parse_name(entry.name)
            if parsed is not None and entry.is_file():
                found.append(BackupInfo(entry, parsed[0], entry.stat().st_size, parsed[1]))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


_checked: dict[tuple[Path, int, int], bool] = {}
"""Integrity results of backups made by earlier versions (no record), by path, size and mtime."""


def is_verified(info: BackupInfo) -> bool:
    """True when the file passed ``integrity_check`` (when made, or now for an older backup)."""
    if read_record(info.path) is not None:
        return True
    stat = info.path.stat()
    key = (info.path, stat.st_size, stat.st_mtime_ns)
    if key not in _checked:
        _checked[key] = quick_check(info.path, full=True) == "ok"
    return _checked[key]


def describe_backups(paths: DataPaths) -> list[dict[str, Any]]:
    """``[{"path", "created", "kind", "size", "verified"}]``, newest first; automatic backups are
    listed by the retention slot that keeps them (daily, weekly or monthly)."""
    backups = list_backups(paths)
    slots = retention_slots([b for b in backups if b.kind == KIND_AUTO])
    return [
        {
            "path": str(b.path),
            "created": b.taken_at.isoformat(timespec="seconds"),
            "kind": slots.get(b.path, "daily") if b.kind == KIND_AUTO else b.kind,
            "size": b.size,
            "verified": is_verified(b),
        }
        for b in backups
    ]


def write_verified_copy(
    source: Path, dest: Path, *, kind: str = KIND_MANUAL, now: datetime | None = None
) -> Path:
    """Copy ``source`` to ``dest`` via a temporary file, record what it is, verify it with
    ``integrity_check`` and only then rename it into place."""
    tmp = dest.with_name(dest.name + ".tmp")
    try:
        tmp.unlink(missing_ok=True)
        sqlite_backup(source, tmp)
        write_record(tmp, kind, now or datetime.now())
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


def make_backup(
    paths: DataPaths,
    out: Path | None = None,
    *,
    kind: str = KIND_MANUAL,
    now: datetime | None = None,
    protect: Iterable[Path] = (),
) -> Path:
    """Back up the database and its attachments into one file: to ``out`` (a manual backup at a
    place the user chose) or into the backups folder. Automatic backups then rotate the others
    of their kind (never a ``protect``ed file)."""
    if kind not in KINDS:
        raise ValueError(kind)
    if not paths.db.exists():
        raise UserError(f"还没有数据库可备份：{paths.db}")
    now = now or datetime.now()
    if out is not None:
        out = Path(out)
        if out.exists() and out.is_dir():
            raise UserError(f"{out} 是一个文件夹，请给出备份文件的名称。")
        if out.resolve() == paths.db.resolve():
            raise UserError(f"不能把备份写到数据库文件本身（{out}），请另选一个文件名。")
        if not out.parent.is_dir():
            raise UserError(f"保存备份的文件夹不存在：{out.parent}")
        return write_verified_copy(paths.db, out, kind=kind, now=now)
    paths.backups.mkdir(parents=True, exist_ok=True)
    dest = paths.backups / backup_file_name(kind, now)
    while dest.exists() or dest.with_name(dest.name + ".tmp").exists():
        dest = paths.backups / backup_file_name(kind, now)
    write_verified_copy(paths.db, dest, kind=kind, now=now)
    if kind == KIND_AUTO:
        rotate_backups(paths, protect=protect)
    return dest


def backup_due(paths: DataPaths, *, now: datetime | None = None) -> bool:
    """True when the newest automatic backup is a day old or more (at most one a day)."""
    automatic = [b for b in list_backups(paths) if b.kind == KIND_AUTO]
    now = now or datetime.now()
    return not automatic or now - automatic[0].taken_at >= timedelta(days=1)


def retention_slots(backups: list[BackupInfo]) -> dict[Path, str]:
    """The automatic backups to keep, each with the slot that keeps it: the newest of each of
    the last 7 days (daily), 4 ISO weeks (weekly) and 12 months (monthly)."""
    slots: dict[Path, str] = {}
    for slot, key_of, limit in (
        ("monthly", lambda b: (b.taken_at.year, b.taken_at.month), KEEP_MONTHLY),
        ("weekly", lambda b: b.taken_at.isocalendar()[:2], KEEP_WEEKLY),
        ("daily", lambda b: b.taken_at.date(), KEEP_DAILY),
    ):
        seen: list[object] = []
        for backup in backups:  # newest first
            key = key_of(backup)
            if key not in seen:
                seen.append(key)
                if len(seen) > limit:
                    break
                slots[backup.path] = slot  # the shortest slot wins (loops run longest first)
    return slots


def backups_to_keep(backups: list[BackupInfo]) -> set[Path]:
    return set(retention_slots(backups))


def rotate_backups(paths: DataPaths, *, protect: Iterable[Path] = ()) -> list[Path]:
    """Delete automatic backups outside the retention. Never another kind, never a protected
    file, never the newest backup that passes a check. Returns what was removed."""
    backups = list_backups(paths)
    newest_good = next((b for b in backups if quick_check(b.path) == "ok"), None)
    if newest_good is None:
        return []
    automatic = [b for b in backups if b.kind == KIND_AUTO]
    keep = backups_to_keep(automatic) | {newest_good.path}
    keep |= {Path(p).resolve() for p in protect}
    removed = []
    for backup in automatic:
        if backup.path not in keep and backup.path.resolve() not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def delete_backup(paths: DataPaths, path: Path) -> None:
    """Delete one backup of the backups folder, as the user asked."""
    path = Path(path)
    if path.resolve().parent != paths.backups.resolve() or _parse_name(path.name) is None:
        raise UserError(f"{path} 不是备份文件夹中的备份，未删除。")
    try:
        path.unlink()
    except FileNotFoundError:
        raise UserError(f"备份 {path.name} 已不存在。") from None
    except OSError as exc:
        raise UserError(f"无法删除备份 {path.name}：{describe_os_error(exc)}。") from exc


def backup_record(path: Path) -> BackupRecord | None:
    return read_record(Path(path))


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
    """Replace the database (data and attachments) with a verified copy of ``source``.

    The current database, if any, is backed up first (its path is returned); a data folder
    without one (a new computer) simply receives the copy. The caller must have closed every
    connection to the database and reopens it afterwards (which migrates an older backup).
    """
    source = Path(source)
    verify_backup_file(source)
    safety = None
    if paths.db.exists() and looks_like_sqlite(paths.db) and quick_check(paths.db) == "ok":
        safety = make_backup(paths, kind=KIND_BEFORE_RESTORE, protect=[source])
        _checkpoint(paths.db)  # the WAL's commits go into the file before the WAL is removed
    tmp = paths.db.with_name(paths.db.name + ".restore.tmp")
    tmp.unlink(missing_ok=True)
    try:
        sqlite_backup(source, tmp)
        drop_record(tmp)
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
