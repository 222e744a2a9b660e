"""``unionapp report``: the report of a period as PDF or Excel, optionally with an e-mail draft."""

from __future__ import annotations

import argparse
from importlib import import_module
from pathlib import Path

from unionapp.catalogue.store import CATEGORIES
from unionapp.cli.common import add_json_flag, emit, opened, parse_iso_date
from unionapp.errors import UserError
from unionapp.reports.figures import UNCATEGORISED, ReportFigures, compute_figures
from unionapp.reports.mail import parse_recipients, write_report_draft
from unionapp.reports.period import ReportQuery

# Output suffix → module and function; imported only when a report is made (openpyxl and
# reportlab cost every other command about 0.2 s of start-up).
WRITERS = {
    ".pdf": ("unionapp.reports.pdf", "write_report_pdf"),
    ".xlsx": ("unionapp.reports.xlsx", "write_report_xlsx"),
}


def register(subparsers: argparse._SubParsersAction) -> None:
    report = subparsers.add_parser(
        "report", help="报表：一段时间的申请和服务情况，导出 PDF 或 Excel，可生成邮件草稿"
    )
    report.add_argument(
        "--from", dest="start", required=True, metavar="YYYY-MM-DD", help="开始日期"
    )
    report.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD", help="结束日期")
    report.add_argument("--out", required=True, metavar="FILE", help="输出文件（.pdf 或 .xlsx）")
    report.add_argument("--category", help="只统计该类别（文化/体育/普惠服务/公益/未分类）")
    report.add_argument("--provider", help="只统计该承办单位")
    report.add_argument("--list-attendees", action="store_true", help="列出参加服务的会员姓名")
    report.add_argument("--eml", metavar="FILE", help="同时写一封带附件的邮件草稿（.eml）")
    report.add_argument(
        "--mail-to",
        action="append",
        metavar="ADDRESS",
        help="收件人（默认：本工会资料中的报表收件人）",
    )
    add_json_flag(report)
    report.set_defaults(func=make_report)


def make_report(args: argparse.Namespace) -> int:
    out = Path(args.out)
    target = WRITERS.get(out.suffix.lower())
    if target is None:
        raise UserError(f"--out 只能是 .pdf 或 .xlsx 文件：{args.out}")
    if args.category and args.category not in (*CATEGORIES, UNCATEGORISED):
        raise UserError(
            f"未知的类别：{args.category}（可选：{'、'.join((*CATEGORIES, UNCATEGORISED))}）"
        )
    if args.eml and Path(args.eml).suffix.lower() != ".eml":
        raise UserError(f"--eml 应为 .eml 文件：{args.eml}")
    if args.mail_to and not args.eml:
        raise UserError("--mail-to 需要与 --eml 一起使用。")
    query = ReportQuery(
        start=parse_iso_date(args.start, "--from"),
        end=parse_iso_date(args.end, "--to"),
        category=args.category,
        provider=args.provider,
        list_attendees=args.list_attendees,
    )
    recipients = parse_recipients(",".join(args.mail_to)) if args.mail_to else None
    writer = getattr(import_module(target[0]), target[1])
    with opened(args) as ctx, ctx.session() as session:
        figures = compute_figures(session, query)
        writer(figures, out)
        eml = (
            write_report_draft(session, args.eml, figures, [out], recipients) if args.eml else None
        )
    data = figures.to_json()
    data["file"] = str(out)
    if eml is not None:
        data["eml"] = str(eml)
    emit(args, data, _summary_lines(figures, out, eml))
    return 0


def _summary_lines(figures: ReportFigures, out: Path, eml: Path | None) -> list[str]:
    share = figures.roster_share
    lines = [
        f"已生成{figures.period_text}报表：{out}",
        f"报送申请 {figures.applications} 件，完成服务 {len(figures.services_done)} 场，"
        f"服务职工 {figures.person_times} 人次，参加服务的会员 {figures.members_reached} 人"
        + ("" if share is None else f"（在册会员中 {share:.1%} 参加过服务）")
        + f"，尚未办结 {len(figures.still_open)} 件。",
    ]
    if figures.unsent:
        lines.append(f"另有尚未报送的申请 {len(figures.unsent)} 件，不计入统计。")
    if eml is not None:
        lines.append(f"邮件草稿：{eml}（双击用邮件程序打开后发送）")
    return lines
