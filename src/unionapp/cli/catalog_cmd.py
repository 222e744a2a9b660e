"""``unionapp catalog list|export|import``: the programme catalogue."""

from __future__ import annotations

import argparse

from unionapp.catalogue.exchange import export_catalogue, import_catalogue
from unionapp.catalogue.query import list_programmes
from unionapp.cli.common import add_json_flag, emit, existing_file, opened, year_number
from unionapp.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    catalog = subparsers.add_parser("catalog", help="服务项目目录")
    commands = catalog.add_subparsers(dest="catalog_command", metavar="SUBCOMMAND")
    listing = commands.add_parser("list", help="列出服务项目")
    listing.add_argument("--year", type=year_number, help="只列出该年度")
    listing.add_argument("--category", help="只列出该类别（文化/体育/普惠服务/公益）")
    add_json_flag(listing)
    listing.set_defaults(func=list_catalog)
    export = commands.add_parser("export", help="导出目录到 .xlsx/.csv")
    export.add_argument("file")
    export.add_argument("--year", type=year_number)
    add_json_flag(export)
    export.set_defaults(func=export_catalog)
    importing = commands.add_parser("import", help="从 .xlsx/.csv 导入（与导出的列相同）")
    importing.add_argument("file")
    add_json_flag(importing)
    importing.set_defaults(func=import_catalog)


def list_catalog(args: argparse.Namespace) -> int:
    with opened(args) as ctx, ctx.session() as session:
        programmes = list_programmes(session, year=args.year, category=args.category)
    lines = [
        f"{p.id:>4}  {p.year}  [{p.category}] {p.name}  —  {'、'.join(p.providers)}  {p.time_window}"
        for p in programmes
    ]
    emit(args, [p.to_json() for p in programmes], lines or ["（没有服务项目）"])
    return 0


def export_catalog(args: argparse.Namespace) -> int:
    with opened(args) as ctx, ctx.session() as session:
        count = export_catalogue(session, args.file, year=args.year)
    emit(args, {"file": args.file, "programmes": count}, f"已导出 {count} 个服务项目到 {args.file}")
    return 0


def import_catalog(args: argparse.Namespace) -> int:
    path = existing_file(args.file)
    with opened(args) as ctx, ctx.session() as session:
        result = import_catalogue(session, path)
    if result.errors:
        raise UserError("未导入任何项目：" + "；".join(result.errors[:20]))
    emit(
        args,
        {"added": result.added, "updated": result.updated},
        f"已导入：新增 {result.added} 个，更新 {result.updated} 个服务项目。",
    )
    return 0
