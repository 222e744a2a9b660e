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
from unionapp.storage.backup import (
    backup_record,
    check_database,
    describe_backups,
    make_backup,
    restore_backup,
    verify_backup_file,
)
from unionapp.storage.instance_lock import InstanceLock
from unionapp.storage.paths import resolve_paths


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser(
        "backup", help="立即备份（一个文件，含全部数据和附件）；--list 列出已有备份"
    )
    backup.add_argument(
        "--out", metavar="FILE", help="备份到指定文件（默认：数据文件夹的 backups/）；换电脑时用"
    )
    backup.add_argument("--list", action="store_true", help="列出已有的备份，不做新备份")
    add_json_flag(backup)
    backup.set_defaults(func=run_backup)
    restore = subparsers.add_parser(
        "restore", help="从备份文件恢复（会先备份当前数据）；也可恢复到新电脑上的空数据文件夹"
    )
    restore.add_argument("file")
    add_json_flag(restore)
    restore.set_defaults(func=run_restore)
    check = subparsers.add_parser("check", help="检查数据库完整性与外键")
    add_json_flag(check)
    check.set_defaults(func=run_check)


KIND_NAMES = {
    "daily": "每日自动",
    "weekly": "每周自动",
    "monthly": "每月自动",
    "manual": "手动",
    "before-restore": "恢复前",
    "before-migration": "升级前",
}


def run_backup(args: argparse.Namespace) -> int:
    if args.list:
        if args.out:
            raise UserError("--list 与 --out 不能同时使用。")
        return list_backups_cmd(args)
    if on_server(args):
        return run_server_backup(args)
    with opened(args) as ctx:
        path = make_backup(ctx.paths, Path(args.out) if args.out else None)
    record = backup_record(path)
    attachments = record.attachments if record else 0
    emit(
        args,
        {"backup": str(path), "attachments": attachments},
        f"已备份到 {path}（含 {attachments} 个附件）",
    )
    return 0


def list_backups_cmd(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.data_dir)
    rows = describe_backups(paths)
    lines = [
        f"{row['created'].replace('T', ' ')}  {KIND_NAMES[row['kind']]:<4}  "
        f"{row['size'] / 1024 / 1024:8.1f} MB  {'已校验' if row['verified'] else '未通过校验'}  "
        f"{row['path']}"
        for row in rows
    ]
    emit(args, rows, lines or [f"还没有备份（{paths.backups}）"])
    return 0


def run_restore(args: argparse.Namespace) -> int:
    if on_server(args):
        return refuse_server_restore(args)
    source = Path(args.file).resolve()
    verify_backup_file(source)
    paths = resolve_paths(args.data_dir)
    try:
        paths.ensure()
    except OSError as exc:
        raise UserError(f"无法创建数据文件夹 {paths.root}：{exc.strerror or exc}。") from exc
    lock = InstanceLock(paths)
    lock.acquire()
    try:
        safety = restore_backup(paths, source)
    finally:
        lock.release()
    from unionapp.applications.attachments import count_stored_files

    with opened(args) as ctx, ctx.session() as session:  # migrates an older backup, proves it opens
        attachments = count_stored_files(session)
    emit(
        args,
        {
            "restored": str(source),
            "previous_backup": str(safety) if safety else None,
            "attachments": attachments,
        },
        f"已从 {source} 恢复（含 {attachments} 个附件）。"
        + (f"恢复前的数据已备份到 {safety}" if safety else ""),
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
