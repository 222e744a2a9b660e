"""``db copy``: every table of one database into another (SQLite file → server, server → SQLite
file), driven by the models' metadata in foreign-key order, so a table added by a later
migration comes along without changes here.

Everything is written in one transaction on the target, counted and checked against the source
(row counts per table; attachments kept in the database against their sha256) before it
commits: a failed copy leaves the target as it was. A target that already holds the union's data
is refused before anything is written; what ``db upgrade`` put into an empty server (the shipped
catalogue, its load markers and a blank union profile) is replaced by the source's, whose ids
the applications refer to.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, Table, bindparam, func, select, update
from sqlmodel import SQLModel

from unionapp.errors import UserError
from unionapp.storage.db import open_engine, quick_check, restrict_permissions
from unionapp.storage.engine import copy_from_allowed, is_server
from unionapp.storage.paths import DataPaths
from unionapp.storage.server import reset_sequences, stored_file_problems
from unionapp.storage.unions import identity

# What db upgrade writes into an empty server: the shipped catalogue (replaced by the copy).
SEEDED_TABLES = frozenset(
    {"programme", "provider", "provider_contact", "programme_provider", "venue"}
)
# Kept by each database itself (a server's trigger raises the roster's version; its logins): not copied.
OWN_TABLES = frozenset({"roster_version", "app_login"})
_SEED_MARKER = "catalogue.seeded.%"
_BATCH = 2000


@dataclass
class CopyResult:
    """Rows copied per table (in copy order) and attachments whose sha256 was verified."""

    tables: dict[str, int] = field(default_factory=dict)
    attachments_verified: int = 0


def copy_tables() -> list[Table]:
    """Every table of the program with the union's data, parents before children."""
    import unionapp.models  # noqa: F401  (registers every table)

    return [t for t in SQLModel.metadata.sorted_tables if t.name not in OWN_TABLES]


def copy_database(source: Engine, target: Engine) -> CopyResult:
    """Copy all rows of ``source`` into ``target`` (same schema revision) in one transaction."""
    tables = copy_tables()
    result = CopyResult()
    reading = source.connect()
    if is_server(source):  # one consistent snapshot of the whole server database
        reading = reading.execution_options(isolation_level="REPEATABLE READ")
    with reading as src, target.begin() as dst:
        refuse_union_data(dst, tables)
        for table in reversed(tables):
            dst.execute(table.delete())
        for table in tables:
            result.tables[table.name] = _copy_table(src, dst, table)
        if is_server(target):
            reset_sequences(dst)
        for table in tables:
            copied = dst.execute(select(func.count()).select_from(table)).scalar_one()
            if copied != result.tables[table.name]:
                raise UserError(
                    f"复制后核对不符：表 {table.name} 源有 {result.tables[table.name]} 行，"
                    f"目标有 {copied} 行。什么也没有写入。"
                )
        problems = stored_file_problems(dst, references=False)  # counts checked above
        if problems:
            raise UserError(f"复制后附件核对不符：{problems[0]}。什么也没有写入。")
        result.attachments_verified = result.tables.get("stored_file", 0)
    return result


def refuse_union_data(connection: Connection, tables: list[Table]) -> None:
    """Stop, writing nothing, when the target already holds data of the union."""
    for table in tables:
        if table.name in SEEDED_TABLES:
            continue
        query = select(func.count()).select_from(table)
        if table.name == "setting":
            query = query.where(table.c.key.not_like(_SEED_MARKER))
        elif table.name == "union_profile":
            query = query.where(table.c.name != "")
        rows = connection.execute(query).scalar_one()
        if rows:
            raise UserError(
                f"目标数据库中已经有本工会的数据（表 {table.name} 有 {rows} 行）。"
                "db copy 只复制到空的数据库，什么也没有写入。"
            )


def _copy_table(src: Connection, dst: Connection, table: Table) -> int:
    """Copy one table in batches; columns that point into the same table are filled afterwards
    (a row may refer to a later one)."""
    self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    keys = [column.name for column in table.primary_key.columns]
    later: dict[str, list[dict[str, object]]] = {name: [] for name in self_refs}
    count = 0
    rows = src.execution_options(yield_per=_BATCH).execute(select(table).order_by(*keys))
    for batch in rows.mappings().partitions(_BATCH):
        values = [dict(row) for row in batch]
        for row in values:
            for name in self_refs:
                if row[name] is not None:
                    later[name].append({**{f"k_{k}": row[k] for k in keys}, "v": row[name]})
                    row[name] = None
        _insert(dst, table, values)
        count += len(values)
    for name, pending in later.items():
        if pending:
            statement = update(table).values({name: bindparam("v")})
            for key in keys:
                statement = statement.where(table.c[key] == bindparam(f"k_{key}"))
            dst.execute(statement, pending)
    return count


def _insert(dst: Connection, table: Table, values: list[dict[str, object]]) -> None:
    """Write one batch: COPY on a server where the login may (ten times faster than INSERTs),
    else executemany."""
    if not copy_from_allowed(dst, table.name):
        dst.execute(table.insert(), values)
        return
    names = [column.name for column in table.columns]
    columns = ", ".join(f'"{name}"' for name in names)
    driver = dst.connection.dbapi_connection
    assert driver is not None
    with (
        driver.cursor() as cursor,
        cursor.copy(f'COPY "{table.name}" ({columns}) FROM STDIN') as copy,
    ):
        for row in values:
            copy.write_row([row[name] for name in names])


def copy_to_sqlite_file(source: Engine, dest: Path) -> CopyResult:
    """Write the source's data to a new SQLite file (an offline copy or a server's backup);
    the file appears only once complete and checked."""
    if dest.exists() and dest.stat().st_size > 0:
        raise UserError(f"文件已存在：{dest}。请换一个文件名，已有的文件不会被覆盖。")
    refuse_partial_copy(source)
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".tmp")
    partial.unlink(missing_ok=True)
    try:
        engine = open_engine(partial, dest.parent)
        try:
            result = copy_database(source, engine)
        finally:
            engine.dispose()
        # one file to carry: no write-ahead log beside it (checking it read-only would leave one)
        with contextlib.closing(sqlite3.connect(partial)) as conn:
            conn.execute("PRAGMA journal_mode=DELETE")
        problem = quick_check(partial, full=True)
        if problem != "ok":
            raise UserError(f"写出的文件校验未通过（{problem}），未保存。")
        os.replace(partial, dest)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    restrict_permissions(dest)
    return result


def refuse_partial_copy(source: Engine) -> None:
    """Only a login that reads all of its union's data in full (a chair, the administrator) may
    copy a server's data into a file: a federation login reads no member, and staff may not
    take the full ID numbers away."""
    with source.connect() as connection:
        me = identity(connection)
    if not me.sees_members:
        raise UserError(
            "上级工会的登录名看不到各工会的会员名册，不能把服务器上的数据复制到本机。"
            "服务器上的数据由服务器自己的备份（pg_dump）保护。"
        )
    if not me.may_export_unmasked:
        raise UserError(
            "只有工会主席能把服务器上的数据复制到本机（其中有完整的身份证号）。"
            "服务器上的数据由服务器自己的备份（pg_dump）保护。"
        )


def server_backup(source: Engine, paths: DataPaths, out: Path | None = None) -> Path:
    """``backup`` on a server: a SQLite file of its data (to ``out`` or the backups folder).
    The server itself is protected by its own backups (pg_dump)."""
    dest = out or paths.backups / f"server-{datetime.now():%Y%m%d-%H%M%S}.db"
    copy_to_sqlite_file(source, dest)
    return dest
