"""``unionapp backup|restore|check``: keeping the database safe."""

from __future__ import annotations

import argparse
from pathlib import Path

from unionapp.cli.common import add_json_flag, ask_password, emit, opened
from unionapp.errors import UserError
from unionapp.storage.backup import check_database, make_backup, restore_backup, verify_backup_file
from unionapp.storage.copy import server_backup
from unionapp.storage.engine import chosen_database_url, parse_database_url
from unionapp.storage.instance_lock import InstanceLock
from unionapp.storage.paths import resolve_paths
from unionapp.storage.server import check_server, connect


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser("backup", help="立即备份数据库")
    backup.add_argument(
        "--out", metavar="FILE", help="备份到指定文件（默认：数据文件夹的 backups/）"
    )
    add_json_flag(backup)
    backup.set_defaults(func=run_backup)
    restore = subparsers.add_parser("restore", help="从备份文件恢复（会先备份当前数据库）")
    restore.add_argument("file")
    add_json_flag(restore)
    restore.set_defaults(func=run_restore)
    check = subparsers.add_parser("check", help="检查数据库完整性与外键")
    add_json_flag(check)
    check.set_defaults(func=run_check)


def run_backup(args: argparse.Namespace) -> int:
    out = Path(args.out) if args.out else None
    with opened(args) as ctx:
        if ctx.server is not None:  # a SQLite file of the server's data
            path = server_backup(ctx.engine, ctx.paths, out)
        else:
            path = make_backup(ctx.paths, out)
    emit(args, {"backup": str(path)}, f"已备份到 {path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    if chosen_database_url(args.database):
        raise UserError(
            "restore 只用于数据文件夹。要把备份放回服务器：用 --data-dir 指向装有该备份的文件夹，"
            "运行 db copy --to 到一个空的服务器数据库；服务器本身请用 pg_dump/pg_restore 备份和恢复。"
        )
    source = Path(args.file)
    verify_backup_file(source)
    paths = resolve_paths(args.data_dir)
    paths.ensure()
    lock = InstanceLock(paths)
    lock.acquire()
    try:
        safety = restore_backup(paths, source)
    finally:
        lock.release()
    with opened(args):  # migrates an older backup and proves the restored file opens
        pass
    emit(
        args,
        {"restored": str(source), "previous_backup": str(safety) if safety else None},
        f"已从 {source} 恢复。" + (f"恢复前的数据库已备份到 {safety}" if safety else ""),
    )
    return 0


def run_check(args: argparse.Namespace) -> int:
    url = chosen_database_url(args.database)
    if url is not None:
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
        ok = ("integrity", "foreign_keys", "attachments")
        return 0 if all(result[key] == "ok" for key in ok) else 1
    paths = resolve_paths(args.data_dir)
    if not paths.db.exists():
        raise UserError(f"还没有数据库：{paths.db}")
    lock = InstanceLock(paths)
    lock.acquire()
    try:
        result = check_database(paths.db)
    finally:
        lock.release()
    emit(args, result, [f"完整性：{result['integrity']}", f"外键：{result['foreign_keys']}"])
    return 0 if result == {"integrity": "ok", "foreign_keys": "ok"} else 1
