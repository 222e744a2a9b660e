"""``unionapp catalog list|export|import|import-notice|carry-forward|confirm``: the catalogue."""

from __future__ import annotations

import argparse
from datetime import date

from unionapp.catalogue.exchange import export_catalogue, import_catalogue
from unionapp.catalogue.new_year import carry_forward, confirm_programmes, programmes_to_review
from unionapp.catalogue.notice import NoticeReading, read_notice_path
from unionapp.catalogue.notice_import import notice_report, plan_notice, plan_summary
from unionapp.catalogue.query import list_programmes
from unionapp.catalogue.update import apply_plan
from unionapp.cli.common import (
    add_json_flag,
    emit,
    existing_file,
    opened,
    record_id,
    year_number,
)
from unionapp.errors import UserError

_KEEP_EDITS_HELP = "也覆盖手工修改过的项目（默认保留这些项目的手工修改）"


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
    importing = commands.add_parser(
        "import", help="从 .xlsx/.xls/.xlsb/.ods/.csv 导入（与导出的列相同）"
    )
    importing.add_argument("file")
    importing.add_argument("--overwrite-edits", action="store_true", help=_KEEP_EDITS_HELP)
    add_json_flag(importing)
    importing.set_defaults(func=import_catalog)
    notice = commands.add_parser(
        "import-notice", help="读取年度通知（文本、.docx 或 PDF），预览并导入该年的目录"
    )
    notice.add_argument("file")
    notice.add_argument("--year", type=year_number, help="目录年度（默认取通知中的年度）")
    notice.add_argument("--dry-run", action="store_true", help="只显示将要做的更改，不写入")
    notice.add_argument("--overwrite-edits", action="store_true", help=_KEEP_EDITS_HELP)
    add_json_flag(notice)
    notice.set_defaults(func=import_notice)
    carry = commands.add_parser(
        "carry-forward", help="把上一年的目录复制到今年（复制的项目标为待核实）"
    )
    carry.add_argument("--year", type=year_number, help="复制到哪一年（默认今年）")
    carry.add_argument("--from", dest="from_year", type=year_number, help="从哪一年复制")
    add_json_flag(carry)
    carry.set_defaults(func=carry_catalog)
    confirm = commands.add_parser("confirm", help="核实无误：去掉项目的“待核实”标记")
    confirm.add_argument("ids", nargs="*", type=record_id, help="项目编号")
    confirm.add_argument("--year", type=year_number, help="该年度所有待核实的项目")
    add_json_flag(confirm)
    confirm.set_defaults(func=confirm_catalog)


def list_catalog(args: argparse.Namespace) -> int:
    with opened(args) as ctx, ctx.session() as session:
        programmes = list_programmes(session, year=args.year, category=args.category)
    lines = [
        f"{p.id:>4}  {p.year}  [{p.category}] {'【待核实】' if p.needs_review else ''}{p.name}"
        f"  —  {'、'.join(p.providers)}  {p.time_window}"
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
        result = import_catalogue(session, path, overwrite_edits=args.overwrite_edits)
    if result.errors:
        raise UserError("未导入任何项目：" + "；".join(result.errors[:20]))
    lines = [f"已导入：新增 {result.added} 个，更新 {result.updated} 个服务项目。"]
    lines += _edit_lines(result.kept_edits, result.overwritten_edits)
    emit(
        args,
        {
            "added": result.added,
            "updated": result.updated,
            "kept_edits": result.kept_edits,
            "overwritten_edits": result.overwritten_edits,
        },
        lines,
    )
    return 0


def _edit_lines(kept: list[str], overwritten: list[str]) -> list[str]:
    lines = []
    if kept:
        lines.append(
            f"保留了 {len(kept)} 个手工修改过的项目（未按来源更新；要覆盖请加 --overwrite-edits）："
            + "、".join(kept)
        )
    if overwritten:
        lines.append(f"覆盖了 {len(overwritten)} 个手工修改过的项目：" + "、".join(overwritten))
    return lines


def import_notice(args: argparse.Namespace) -> int:
    path = existing_file(args.file)
    reading = read_notice_path(path, year=args.year)
    with opened(args) as ctx, ctx.session() as session:
        plan = plan_notice(session, reading, args.year)
        report = notice_report(reading, plan)
        lines = [
            f"{path.name}：{_source_text(reading)}找到 {len(reading.programmes)} 个服务项目，"
            f"{len(reading.venues)} 个免费场馆。",
            *plan_summary(plan),
        ]
        if reading.unparsed:
            lines.append(f"有 {len(reading.unparsed)} 行没有读懂（未导入，请对照通知原文核对）：")
            lines += [f"  第 {line['line']} 行：{line['text']}" for line in reading.unparsed]
        if args.dry_run:
            lines.append("（试运行：没有写入任何内容）")
        else:
            applied = apply_plan(session, plan, overwrite_edits=args.overwrite_edits)
            report["applied"] = applied.to_json()
            lines.append(
                f"已写入{plan.year}年目录：新增 {applied.added} 个，更新 {applied.updated} 个服务项目"
                + (f"，{applied.venues} 个免费场馆" if applied.venues else "")
                + "。"
            )
            lines += _edit_lines(applied.kept_edits, applied.overwritten_edits)
    emit(args, report, lines)
    return 0


def _source_text(reading: NoticeReading) -> str:
    source = " ".join(str(value) for value in reading.source.values() if value)
    return f"{source}，" if source else ""


def carry_catalog(args: argparse.Namespace) -> int:
    year = args.year or date.today().year
    with opened(args) as ctx, ctx.session() as session:
        count = carry_forward(session, year, args.from_year)
    emit(
        args,
        {"year": year, "programmes": count},
        f"已把上一年的 {count} 个服务项目复制到{year}年，均标为“待核实”："
        "请逐个核对承办单位、联系人和规则，编辑保存或用 catalog confirm 确认。",
    )
    return 0


def confirm_catalog(args: argparse.Namespace) -> int:
    if not args.ids and args.year is None:
        raise UserError("请给出项目编号，或用 --year 确认该年度所有待核实的项目。")
    with opened(args) as ctx, ctx.session() as session:
        ids = list(args.ids) + (
            programmes_to_review(session, args.year) if args.year is not None else []
        )
        count = confirm_programmes(session, ids)
    emit(args, {"confirmed": count}, f"已确认 {count} 个服务项目。")
    return 0
