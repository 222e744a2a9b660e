"""``unionapp db upgrade|copy|add-union|add-user``: setting up a PostgreSQL server, its unions and
logins, and moving data onto it (or off it)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy import Engine

from unionapp.cli.common import add_json_flag, ask_password, emit, opened, record_id
from unionapp.errors import UserError
from unionapp.storage.copy import CopyResult, copy_database, copy_to_sqlite_file
from unionapp.storage.engine import ServerTarget, chosen_database_url, parse_database_url
from unionapp.storage.schema_version import head_revision_id
from unionapp.storage.server import connect, upgrade_server
from unionapp.storage.union_copy import copy_into_union
from unionapp.storage.unions import ROLE_LABELS, ROLES, add_union, add_user


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
    copy.add_argument(
        "--union",
        type=record_id,
        metavar="N",
        help="复制到服务器上的第 N 个工会（服务器上已有其他工会时）",
    )
    add_json_flag(copy)
    copy.set_defaults(func=run_copy)
    union = commands.add_parser("add-union", help="在服务器上添加一个工会（联合会管理多个工会时）")
    union.add_argument("--name", required=True, help="工会名称（与申请表上一致）")
    add_json_flag(union)
    union.set_defaults(func=run_add_union)
    user = commands.add_parser(
        "add-user",
        help="在服务器上建立登录名并指定角色：chair（主席）、staff（工作人员）、federation",
    )
    user.add_argument("login", metavar="LOGIN", help="登录名（小写字母、数字、下划线）")
    user.add_argument("--role", required=True, choices=ROLES, help="角色")
    user.add_argument(
        "--union", type=record_id, metavar="N", help="所属工会的编号（federation 不用）"
    )
    user.add_argument(
        "--password-stdin", action="store_true", help="从标准输入读取该登录名的密码（一行）"
    )
    add_json_flag(user)
    user.set_defaults(func=run_add_user)


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
                if args.union is None:
                    result = copy_database(ctx.engine, engine)
                elif ctx.server is not None:
                    raise UserError("--union 只用于把数据文件夹（单机）的数据复制到服务器。")
                else:
                    result = copy_into_union(ctx.engine, engine, args.union)
                    where = f"{where}（工会 {args.union}）"
            finally:
                engine.dispose()
        else:
            if args.union is not None:
                raise UserError("--union 只用于复制到服务器（--to postgresql://…）。")
            dest = Path(args.to)
            where = str(dest)
            result = copy_to_sqlite_file(ctx.engine, dest)
        source = ctx.where
    emit(args, _report(source, where, result), _lines(source, where, result))
    return 0


def _server_engine(args: argparse.Namespace, command: str) -> tuple[ServerTarget, Engine]:
    url = chosen_database_url(args.database)
    if url is None:
        raise UserError(
            f"{command} 只用于 PostgreSQL 服务器：请用 --database postgresql://… 指明服务器。"
        )
    target = parse_database_url(url)
    return target, connect(target, ask_password)


def run_add_union(args: argparse.Namespace) -> int:
    target, engine = _server_engine(args, "db add-union")
    try:
        union_id = add_union(engine, args.name)
    finally:
        engine.dispose()
    emit(
        args,
        {"union_id": union_id},
        f"已在 {target.display} 添加工会“{args.name.strip()}”，编号 {union_id}。",
    )
    return 0


def run_add_user(args: argparse.Namespace) -> int:
    password = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise UserError("标准输入中没有密码（--password-stdin 需要一行密码）。")
    target, engine = _server_engine(args, "db add-user")
    try:
        add_user(engine, args.login, args.role, args.union, password)
    finally:
        engine.dispose()
    where = f"工会 {args.union}" if args.union is not None else "所有工会（只读申请和统计）"
    emit(
        args,
        {"login": args.login, "role": args.role, "union_id": args.union},
        f"已在 {target.display} 建立登录名 {args.login}：{ROLE_LABELS[args.role]}，{where}。",
    )
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
