"""``unionapp db upgrade|copy``: setting up a PostgreSQL server and moving data onto it (or off it)."""

from __future__ import annotations

import argparse
from pathlib import Path

from unionapp.cli.common import add_json_flag, ask_password, emit, opened
from unionapp.storage.copy import CopyResult, copy_database, copy_to_sqlite_file
from unionapp.storage.engine import chosen_database_url, parse_database_url
from unionapp.storage.schema_version import head_revision_id
from unionapp.storage.server import connect, upgrade_server


def register(subparsers: argparse._SubParsersAction) -> None:
    db = subparsers.add_parser("db", help="数据库管理：升级服务器上的数据库结构、复制数据")
    commands = db.add_subparsers(dest="db_command", metavar="COMMAND")
    upgrade = commands.add_parser(
        "upgrade", help="在服务器上建立或升级数据表，载入项目目录（重复运行不会改动任何内容）"
    )
    add_json_flag(upgrade)
    upgrade.set_defaults(func=run_upgrade)
    copy = commands.add_parser(
        "copy", help="把全部数据复制到另一个数据库：服务器（postgresql://…）或新的 SQLite 文件"
    )
    copy.add_argument(
        "--to", required=True, metavar="URL|FILE", help="目标：postgresql://… 或 .db 文件路径"
    )
    add_json_flag(copy)
    copy.set_defaults(func=run_copy)


def run_upgrade(args: argparse.Namespace) -> int:
    url = chosen_database_url(args.database)
    if url is None:  # the data folder: opening it migrates its SQLite file
        with opened(args) as ctx:
            where = str(ctx.paths.db)
        head = head_revision_id()
        emit(
            args,
            {"database": where, "to": head},
            f"数据文件夹的数据库已是最新结构（{head}）：{where}",
        )
        return 0
    target = parse_database_url(url)
    engine = connect(target, ask_password)
    try:
        result = upgrade_server(engine)
    finally:
        engine.dispose()
    data = {
        "database": target.display,
        "from": result.before,
        "to": result.after,
        "catalogue_years": result.catalogue_years,
        "union_created": result.union_created,
        "changed": result.changed,
    }
    if not result.changed:
        text = f"{target.display} 已是最新结构（{result.after}），没有改动。"
    else:
        text = f"{target.display} 的结构：{result.before or '（空）'} → {result.after}"
        if result.catalogue_years:
            text += f"；已载入 {'、'.join(map(str, result.catalogue_years))} 年项目目录"
        if result.union_created:
            text += "；已建立本工会"
    emit(args, data, text)
    return 0


def run_copy(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        if args.to.startswith(("postgresql:", "postgres:", "postgresql+psycopg:")):
            destination = parse_database_url(args.to)
            where = destination.display
            engine = connect(destination, ask_password)
            try:
                upgrade_server(engine)  # an empty server gets its tables first
                result = copy_database(ctx.engine, engine)
            finally:
                engine.dispose()
        else:
            dest = Path(args.to)
            where = str(dest)
            result = copy_to_sqlite_file(ctx.engine, dest)
        source = ctx.where
    emit(args, _report(source, where, result), _lines(source, where, result))
    return 0


def _report(source: str, dest: str, result: CopyResult) -> dict[str, object]:
    return {
        "from": source,
        "to": dest,
        "tables": result.tables,
        "verified": True,
        "attachments_verified": result.attachments_verified,
    }


def _lines(source: str, dest: str, result: CopyResult) -> list[str]:
    lines = [f"已从 {source} 复制到 {dest}，各表行数已核对："]
    lines += [f"  {table}: {rows}" for table, rows in result.tables.items()]
    lines.append(f"附件：{result.attachments_verified} 个，校验值已核对。")
    return lines
