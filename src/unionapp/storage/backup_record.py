"""The small table a backup file carries about itself: what kind of backup it is and when it was
made, so that a backup copied to another computer still says so.

The table exists only in backup files; a restore drops it from the restored copy. A backup is
given its final name only after it passed ``PRAGMA integrity_check``, so a record found in a file
under a backup's final name means the file was verified when it was made.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

BACKUP_TABLE = "backup_info"

KIND_AUTO, KIND_MANUAL = "auto", "manual"
KIND_BEFORE_RESTORE, KIND_BEFORE_MIGRATION = "before-restore", "before-migration"
KINDS = (KIND_AUTO, KIND_MANUAL, KIND_BEFORE_RESTORE, KIND_BEFORE_MIGRATION)


@dataclass(frozen=True)
class BackupRecord:
    kind: str
    created: datetime
    attachments: int


def write_record(path: Path, kind: str, created: datetime) -> BackupRecord:
    """Add the record to a freshly written backup copy (before it is verified and named)."""
    with closing(sqlite3.connect(path)) as conn:
        attachments = _count_attachments(conn)
        with conn:
            conn.execute(f"DROP TABLE IF EXISTS {BACKUP_TABLE}")
            conn.execute(
                f"CREATE TABLE {BACKUP_TABLE} (kind TEXT NOT NULL, created TEXT NOT NULL, "
                "attachments INTEGER NOT NULL)"
            )
            conn.execute(
                f"INSERT INTO {BACKUP_TABLE} VALUES (?, ?, ?)",
                (kind, created.isoformat(timespec="seconds"), attachments),
            )
    return BackupRecord(kind, created, attachments)


def read_record(path: Path) -> BackupRecord | None:
    """The record of a backup file, or None (an older backup, or not a backup at all)."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            row = conn.execute(f"SELECT kind, created, attachments FROM {BACKUP_TABLE}").fetchone()
    except sqlite3.DatabaseError:
        return None
    if row is None:
        return None
    try:
        return BackupRecord(str(row[0]), datetime.fromisoformat(row[1]), int(row[2]))
    except (TypeError, ValueError):
        return None


def drop_record(path: Path) -> None:
    """Remove the record from a restored copy: the live database never carries one."""
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(f"DROP TABLE IF EXISTS {BACKUP_TABLE}")


def _count_attachments(conn: sqlite3.Connection) -> int:
    """Attachments whose file is inside the database (0 for a schema without stored files)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not {"attachment", "stored_file"} <= tables:
        return 0
    return int(
        conn.execute("SELECT count(*) FROM attachment JOIN stored_file USING (sha256)").fetchone()[
            0
        ]
    )
