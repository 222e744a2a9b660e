"""``unionapp federation report``: a federation's year over all its unions on a server."""

from __future__ import annotations

import argparse

from unionapp.applications.statuses import status_label
from unionapp.cli.common import add_json_flag, emit, opened, year_number
from unionapp.reports.federation import federation_figures


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("federation", help="上级工会：各工会的申请和服务统计")
    commands = group.add_subparsers(dest="federation_command", metavar="SUBCOMMAND")
    report = commands.add_parser(
        "report", help="一年中各工会已报送的申请（按状态）、服务人次和尚未报送的申请数"
    )
    report.add_argument("--year", required=True, type=year_number, help="年度")
    add_json_flag(report)
    report.set_defaults(func=year_report)


def year_report(args: argparse.Namespace) -> int:
    with opened(args) as ctx, ctx.session() as session:
        figures = federation_figures(session, args.year)
    lines = [
        f"{args.year} 年：{len(figures.unions)} 个工会，已报送的申请 {figures.applications} 份，"
        f"服务 {figures.people} 人次；尚未报送的 {figures.unsent} 份另列，不计入统计。"
    ]
    for union in figures.unions:
        statuses = "、".join(f"{status_label(s)} {n}" for s, n in union.by_status.items())
        lines.append(
            f"{union.union_id:>4}  {union.name or '（未填名称）'}：申请 {union.applications} 份"
            f"（{statuses or '无'}），服务 {union.people} 人次，尚未报送 {union.unsent} 份"
        )
    emit(args, figures.to_json(), lines)
    return 0
