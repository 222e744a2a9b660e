"""``backup``, ``restore`` and ``check`` when the database is a PostgreSQL server (``--database``
or ``UNIONAPP_DATABASE_URL``); the data folder's versions are in ``maintenance_cmd``."""

from __future__ import annotations

import argparse
from pathlib import Path

from unionapp.cli.common import ask_password, emit, opened
from unionapp.errors import UserError
from unionapp.storage.copy import server_backup
from unionapp.storage.engine import chosen_database_url, parse_database_url
from unionapp.storage.server import check_server, connect


def on_server(args: argparse.Namespace) -> bool:
    return chosen_database_url(args.database) is not None


def run_server_backup(args: argparse.Namespace) -> int:
    """A SQLite file of the server's data (the server itself: pg_dump)."""
    with opened(args) as ctx:
        path = server_backup(ctx.engine, ctx.paths, Path(args.out) if args.out else None)
    emit(args, {"backup": str(path)}, f"已备份到 {path}")
    return 0


def refuse_server_restore(args: argparse.Namespace) -> int:
    raise UserError(
        "restore 只用于数据文件夹。要把备份放回服务器：用 --data-dir 指向装有该备份的文件夹，"
        "运行 db copy --to 到一个空的服务器数据库；服务器本身请用 pg_dump/pg_restore 备份和恢复。"
    )


def run_server_check(args: argparse.Namespace) -> int:
    """The schema revision, the foreign keys and the attachments' hashes on the server."""
    url = chosen_database_url(args.database)
    assert url is not None
    engine = connect(parse_database_url(url), ask_password)
    try:
        result = check_server(engine)
    finally:
        engine.dispose()
    emit(
        args,
        result,
        [
            f"完整性：{result['integrity']}（结构版本 {result['revision'] or '无'}）",
            f"外键：{result['foreign_keys']}",
            f"附件：{result['attachments']}",
        ],
    )
    return (
        0 if all(result[key] == "ok" for key in ("integrity", "foreign_keys", "attachments")) else 1
    )
