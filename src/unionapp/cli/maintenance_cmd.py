"""``unionapp backup|restore|check``: keeping the database safe."""

from __future__ import annotations

import argparse
from pathlib import Path

from unionapp.cli.common import add_json_flag, emit, opened
from unionapp.cli.server_cmd import (
    on_server,
    refuse_server_restore,
    run_server_backup,
    run_server_check,
)
from unionapp.errors import UserError
from unionapp.storage.backup import check_database, make_backup, restore_backup, verify_backup_file
from unionapp.storage.instance_lock import InstanceLock
from unionapp.storage.paths import resolve_paths


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
    if on_server(args):
        return run_server_backup(args)
    with opened(args) as ctx:
        path = make_backup(ctx.paths, Path(args.out) if args.out else None)
    emit(args, {"backup": str(path)}, f"已备份到 {path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    if on_server(args):
        return refuse_server_restore(args)
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
    if on_server(args):
        return run_server_check(args)
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
