"""Opening the SQLite database: pragmas, sanity checks, and schema migrations (Alembic).

Before any migration the database is copied with SQLite's backup API, and all pending migrations
run in ONE transaction (with transactional DDL), so a crash leaves the old schema or the new one.
A database written by a newer program (an Alembic revision this program does not know) is refused
and left untouched. On a network drive the rollback journal replaces WAL (SQLite's WAL needs
shared memory that network file systems do not provide reliably).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path
from secrets import token_hex

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError

from unionapp.errors import DatabaseCorrupt, DatabaseTooNew, UserError
from unionapp.storage.checks import network_drive_warning, storage_problem
from unionapp.storage.schema_version import head_revision_id, known_revision_ids

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


JOURNAL_WAL, JOURNAL_ROLLBACK = "WAL", "DELETE"


def _pragmas(journal_mode: str) -> list[str]:
    return [
        "PRAGMA foreign_keys=ON",
        f"PRAGMA journal_mode={journal_mode}",
        "PRAGMA synchronous=FULL",
        "PRAGMA secure_delete=ON",
        "PRAGMA busy_timeout=5000",
    ]


def journal_mode_for(db_path: Path) -> str:
    """WAL on a local disk; the rollback journal when the data folder is on a network drive."""
    return JOURNAL_ROLLBACK if network_drive_warning(db_path.parent) else JOURNAL_WAL


def make_engine(db_path: Path, *, journal_mode: str = JOURNAL_WAL) -> Engine:
    """An engine for the database file with the program's pragmas on every connection."""
    engine = create_engine(f"sqlite:///{db_path}", connect_args={"check_same_thread": False})
    statements = _pragmas(journal_mode)

    def set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        for statement in statements:
            cursor.execute(statement)
        cursor.close()

    event.listen(engine, "connect", set_pragmas)
    return engine


def _transactional_ddl(engine: Engine) -> Engine:
    """Make the engine wrap DDL in real transactions (pysqlite on its own autocommits DDL)."""

    def driver_autocommit(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy's "begin" below emits BEGIN

    def begin_immediate(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    event.listen(engine, "connect", driver_autocommit)
    event.listen(engine, "begin", begin_immediate)
    return engine


def restrict_permissions(path: Path) -> None:
    """Make a file readable by its owner only, where the OS allows it."""
    if os.name == "posix" and path.exists():
        os.chmod(path, 0o600)


def looks_like_sqlite(path: Path) -> bool:
    """True when the file starts with the SQLite header (an empty file is not a database)."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def quick_check(path: Path, *, full: bool = False) -> str:
    """Run ``PRAGMA quick_check`` (or ``integrity_check``); return "ok" or the first problems.

    A disk that cannot be read or written (full, read-only, I/O error) raises UserError instead:
    that is not damage to the file, and must not lead to moving it aside.
    """
    if not looks_like_sqlite(path):
        return "不是 SQLite 数据库文件"
    pragma = "integrity_check" if full else "quick_check"
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        problem = storage_problem(exc) if isinstance(exc, sqlite3.OperationalError) else None
        if problem is not None:  # the disk, not the file: never report it as damage
            raise UserError(f"无法读取数据库 {path}：{problem}。数据库未改动。") from exc
        return str(exc)
    messages = [str(row[0]) for row in rows]
    return "ok" if messages == ["ok"] else "; ".join(messages[:5])


def sqlite_backup(source: Path, dest: Path) -> None:
    """Copy a live database with SQLite's online backup API (safe with WAL and open writers)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    with (
        closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
        closing(sqlite3.connect(dest)) as dst,
    ):
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    restrict_permissions(dest)


def open_engine(db_path: Path, backups_dir: Path) -> Engine:
    """Open (creating or migrating as needed) the database and return its engine.

    Raises DatabaseCorrupt for a damaged file and DatabaseTooNew for a newer schema; in both
    cases the file is not written to.
    """
    existed = db_path.exists() and db_path.stat().st_size > 0
    revision: str | None = None
    if db_path.exists() and not existed:
        raise DatabaseCorrupt(f"数据库文件为空（0 字节）：{db_path}")
    if existed:
        result = quick_check(db_path)
        if result != "ok":
            raise DatabaseCorrupt(f"数据库文件已损坏：{db_path}（{result}）")
        revision = _read_revision(db_path)
        if revision is not None and revision not in known_revision_ids():
            raise DatabaseTooNew(
                f"数据库 {db_path} 由更新版本的基层工会助手创建（结构版本 {revision}），"
                "本程序无法打开。请安装最新版本后再打开；数据未做任何改动。"
            )
    else:
        db_path.parent.mkdir(parents=True, exist_ok=True)

    journal_mode = journal_mode_for(db_path)
    try:
        if revision != head_revision_id():  # a new file, or an older schema
            if existed:
                _pre_migration_backup(db_path, backups_dir, revision)
            _migrate(db_path, journal_mode)
    except (DBAPIError, sqlite3.Error, OSError) as exc:
        problem = storage_problem(exc)
        if problem is None:
            raise
        raise UserError(f"无法写入数据库 {db_path}：{problem}。数据库未改动。") from exc
    restrict_permissions(db_path)
    return make_engine(db_path, journal_mode=journal_mode)


def _pre_migration_backup(db_path: Path, backups_dir: Path, revision: str | None) -> None:
    """A verified copy of the database before its schema changes (never rotated away)."""
    from unionapp.storage.backup_record import KIND_BEFORE_MIGRATION, write_record

    now = datetime.now()
    copy = backups_dir / f"pre-migration-{revision or 'none'}-{now:%Y%m%d-%H%M%S}-{token_hex(3)}.db"
    partial = copy.with_name(copy.name + ".tmp")
    try:
        sqlite_backup(db_path, partial)
        write_record(partial, KIND_BEFORE_MIGRATION, now)
        result = quick_check(partial, full=True)
        if result != "ok":
            raise DatabaseCorrupt(f"升级前的备份未通过校验（{result}），数据库未改动：{db_path}")
        os.replace(partial, copy)
    finally:
        partial.unlink(missing_ok=True)
    log.info("pre-migration backup written to %s", copy)


def _migrate(db_path: Path, journal_mode: str) -> None:
    """Create or upgrade the schema: every pending revision in one transaction."""
    from unionapp.storage.migrate import current_revision, head_revision, upgrade

    engine = _transactional_ddl(make_engine(db_path, journal_mode=journal_mode))
    try:
        with engine.connect() as conn:
            if current_revision(conn) != head_revision():
                upgrade(conn)
            else:
                conn.rollback()
    finally:
        engine.dispose()


def _read_revision(db_path: Path) -> str | None:
    """The Alembic revision stored in the file, read without writing anything."""
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
