"""``unionapp roster import|export|find|count``: the member roster."""

from __future__ import annotations

import argparse
import sys

from unionapp.cli.common import add_json_flag, emit, existing_file, opened
from unionapp.roster.validate import mask_phone


def register(subparsers: argparse._SubParsersAction) -> None:
    roster = subparsers.add_parser("roster", help="会员名册")
    commands = roster.add_subparsers(dest="roster_command", metavar="SUBCOMMAND")
    importing = commands.add_parser("import", help="从 .xlsx/.csv 导入名册")
    importing.add_argument("file")
    importing.add_argument(
        "--dry-run", action="store_true", help="只检查并报告（含每位已有会员的每项改动），不写入"
    )
    importing.add_argument(
        "--new-only", action="store_true", help="只添加新会员，不修改名册中已有的会员"
    )
    add_json_flag(importing)
    importing.set_defaults(func=import_cmd)
    export = commands.add_parser("export", help="导出名册到 .xlsx/.csv（默认遮盖身份证号和电话）")
    export.add_argument("file")
    export.add_argument("--with-id-numbers", action="store_true", help="导出完整身份证号")
    export.add_argument("--with-phones", action="store_true", help="导出完整电话")
    export.set_defaults(func=export_cmd)
    find = commands.add_parser("find", help="查找会员（姓名、拼音、首字母、部门、电话/卡号尾号）")
    find.add_argument("query")
    add_json_flag(find)
    find.set_defaults(func=find_cmd)
    count = commands.add_parser("count", help="在册会员人数和持卡人数")
    add_json_flag(count)
    count.set_defaults(func=count_cmd)


def import_cmd(args: argparse.Namespace) -> int:
    """Exit 0 when no row was rejected, 1 otherwise (valid rows are imported unless dry run)."""
    from unionapp.roster.importer import import_roster

    path = existing_file(args.file)
    with opened(args) as ctx, ctx.session() as session:
        result = import_roster(session, path, dry_run=args.dry_run, only_new=args.new_only)
    verb = "检查完成（未写入）" if args.dry_run else "导入完成"
    lines = [
        f"{verb}：新增 {result.added} 人，更新 {result.updated} 人，"
        f"未变 {result.unchanged} 人，未导入 {len(result.rejected)} 行。"
    ]
    if result.not_updated:
        lines.append(f"  另有 {result.not_updated} 位已有会员的改动未写入（只添加新会员）。")
    lines += [f"  {'将更新' if args.dry_run else '已更新'} {c.line()}" for c in result.changes]
    lines += [f"  保留原值 {c.line()}" for c in result.kept]
    lines += [f"  未导入 {error.message}" for error in result.problems]
    lines += [f"  请核对 {warning.message}" for warning in result.warnings]
    emit(args, result.to_json(), lines)
    if result.read.unknown_headers and not args.json:
        print(
            "unionapp: 以下列不认识，未导入：" + "、".join(result.read.unknown_headers),
            file=sys.stderr,
        )
    return 1 if result.rejected else 0


def export_cmd(args: argparse.Namespace) -> int:
    from unionapp.roster.export import export_roster

    with opened(args) as ctx:
        count = export_roster(
            ctx.engine,
            args.file,
            with_id_numbers=args.with_id_numbers,
            with_phones=args.with_phones,
        )
    print(f"已导出 {count} 名会员到 {args.file}")
    return 0


def find_cmd(args: argparse.Namespace) -> int:
    from unionapp.roster.search import find_members

    with opened(args) as ctx:
        rows = find_members(ctx.engine, args.query)
    data = [
        {
            "id": row.id,
            "name": row.name,
            "department": row.department,
            "phone": mask_phone(row.phone) if row.phone else "",
        }
        for row in rows
    ]
    lines = [
        f"{item['id']:>6}  {item['name']}  {item['department']}  {item['phone']}" for item in data
    ]
    emit(args, data, lines or [f"没有找到与“{args.query}”匹配的会员"])
    return 0


def count_cmd(args: argparse.Namespace) -> int:
    from unionapp.roster.store import member_counts

    with opened(args) as ctx, ctx.session() as session:
        counts = member_counts(session)
    emit(
        args,
        counts,
        f"在册会员 {counts['members']} 人，其中持工会会员互助服务卡 {counts['with_card']} 人",
    )
    return 0
