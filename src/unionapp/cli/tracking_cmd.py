"""Working-day calendar, deadlines, reply tracking and the to-do list on the command line.

``calendar import-notice|show``, ``deadline``, ``todo``; and ``application submit|reply``, which
``register_application_subcommands`` adds to the ``application`` group of the applications module.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from unionapp.cli.common import (
    add_json_flag,
    emit,
    existing_file,
    opened,
    parse_iso_date,
    record_id,
    small_count,
    year_number,
)
from unionapp.errors import UserError

if TYPE_CHECKING:
    from sqlmodel import Session


def register(subparsers: argparse._SubParsersAction) -> None:
    calendar = subparsers.add_parser("calendar", help="工作日日历（国务院节假日安排）")
    commands = calendar.add_subparsers(dest="calendar_command", metavar="SUBCOMMAND")
    importing = commands.add_parser("import-notice", help="读取国务院节假日安排通知的文本并保存")
    importing.add_argument("file", help="通知全文（UTF-8 文本文件）")
    importing.add_argument("--dry-run", action="store_true", help="只显示读出的日期，不保存")
    add_json_flag(importing)
    importing.set_defaults(func=import_notice)
    show = commands.add_parser("show", help="显示某年的放假和调休上班日期")
    show.add_argument("year", type=year_number)
    add_json_flag(show)
    show.set_defaults(func=show_year)

    deadline = subparsers.add_parser("deadline", help="计算最晚报送日期（按工作日倒数）")
    deadline.add_argument("service_date", metavar="SERVICE_DATE", help="服务日期 YYYY-MM-DD")
    deadline.add_argument(
        "--workdays",
        type=small_count,
        help="提前的工作日数（默认：设置中的通知一般要求，15）",
    )
    add_json_flag(deadline)
    deadline.set_defaults(func=show_deadline)

    todo = subparsers.add_parser("todo", help="待办事项（首页的内容）")
    todo.add_argument("--today", help="按这一天计算（YYYY-MM-DD，默认今天）")
    add_json_flag(todo)
    todo.set_defaults(func=show_todo)


def register_application_subcommands(commands: argparse._SubParsersAction) -> None:
    """Add ``submit`` and ``reply`` to the subcommands of the ``application`` group."""
    from unionapp.applications.attachments import ATTACHMENT_KINDS
    from unionapp.applications.statuses import STATUS_LABELS
    from unionapp.applications.tracking import VIA_CHOICES

    submit = commands.add_parser("submit", help="记录已报送（日期、方式、报送对象）")
    submit.add_argument("id", type=record_id, metavar="ID")
    submit.add_argument("--date", required=True, help="报送日期 YYYY-MM-DD")
    submit.add_argument("--via", required=True, choices=VIA_CHOICES, help="报送方式")
    submit.add_argument("--to", dest="to_whom", default="", help="报送给谁（承办单位联系人）")
    submit.add_argument("--note", default="", help="备注")
    submit.add_argument(
        "--attach", action="append", default=[], metavar="FILE", help="附加文件（可多次）"
    )
    submit.add_argument(
        "--attach-kind",
        choices=list(ATTACHMENT_KINDS),
        help="附件是什么：scan 盖章申请表扫描件、reply 承办单位回复、photo 活动照片、other 其他"
        "（默认按这一步：报送为 scan，完成为 photo，其余为 reply）",
    )
    add_json_flag(submit)
    submit.set_defaults(func=submit_application)

    reply = commands.add_parser("reply", help="记录承办单位的回复或后续进展")
    reply.add_argument("id", type=record_id, metavar="ID")
    reply.add_argument("--status", required=True, choices=list(STATUS_LABELS), help="新状态")
    reply.add_argument("--date", required=True, help="日期 YYYY-MM-DD")
    reply.add_argument("--project-no", default="", help="项目编号（受理时）")
    reply.add_argument(
        "--scheduled", help="确定的服务时间 YYYY-MM-DDTHH:MM（排期时；改期时再记一次 scheduled）"
    )
    reply.add_argument("--attendance", type=small_count, help="实际参加人数（完成时）")
    reply.add_argument("--reason", default="", help="原因（未通过、退回修改时）")
    reply.add_argument("--feedback", default="", help="反馈（完成时）")
    reply.add_argument("--via", default="", help="方式（现场/邮寄/电子邮件/传真）")
    reply.add_argument("--note", default="", help="备注")
    reply.add_argument(
        "--attach", action="append", default=[], metavar="FILE", help="附加文件（可多次）"
    )
    reply.add_argument(
        "--attach-kind",
        choices=list(ATTACHMENT_KINDS),
        help="附件是什么：scan 盖章申请表扫描件、reply 承办单位回复、photo 活动照片、other 其他"
        "（默认按这一步：报送为 scan，完成为 photo，其余为 reply）",
    )
    add_json_flag(reply)
    reply.set_defaults(func=reply_application)


# --- calendar ------------------------------------------------------------------------------


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UserError(f"无法读取文件 {path}：不是 UTF-8 或 GBK 编码的文本。")


def import_notice(args: argparse.Namespace) -> int:
    from unionapp.calendar_store import store_notice
    from unionapp.workcal import parse_notice

    notice = parse_notice(_read_text(existing_file(args.file)))
    if notice.year is None:
        raise UserError(
            f"{args.file}：无法识别通知的年份（应有“关于20XX年部分节假日安排的通知”）。"
        )
    data = {
        "year": notice.year,
        "holidays": [d.isoformat() for d in notice.holidays],
        "workdays": [d.isoformat() for d in notice.workdays],
        "unparsed": notice.unparsed,
    }
    if not args.dry_run:
        with opened(args) as ctx, ctx.session() as session:
            store_notice(session, notice)
    lines = [
        f"{notice.year}年：放假 {len(notice.holidays)} 天，调休上班 {len(notice.workdays)} 天"
        + ("（试读，未保存）" if args.dry_run else "，已保存"),
        "放假：" + "、".join(f"{d:%m-%d}" for d in notice.holidays),
        "调休上班：" + "、".join(f"{d:%m-%d}" for d in notice.workdays),
    ]
    lines += [f"未能读懂（请核对或手工录入）：{line}" for line in notice.unparsed]
    emit(args, data, lines)
    return 0


def show_year(args: argparse.Namespace) -> int:
    from unionapp.calendar_store import year_days, year_hint

    if not 1900 <= args.year <= 2100:
        raise UserError(f"年份不对：{args.year}")
    with opened(args) as ctx, ctx.session() as session:
        days = year_days(session, args.year)
        hint = year_hint(session, args.year)
    sources = {"official": "官方数据", "user": "用户录入", "estimate": "仅按周末估算"}
    lines = [
        f"{days.year}年（{sources[days.source]}）",
        "放假：" + ("、".join(f"{d:%m-%d}" for d in days.holidays) or "无"),
        "调休上班：" + ("、".join(f"{d:%m-%d}" for d in days.workdays) or "无"),
    ]
    if hint:
        lines.append(hint)
    emit(args, days.to_json(), lines)
    return 0


def show_deadline(args: argparse.Namespace) -> int:
    from unionapp.applications.rules import default_lead_workdays
    from unionapp.calendar_store import span_hint, work_calendar

    service_date = parse_iso_date(args.service_date, "服务日期")
    if args.workdays is not None and not 0 <= args.workdays <= 250:
        raise UserError(f"工作日数应在 0—250 之间：{args.workdays}")
    with opened(args) as ctx, ctx.session() as session:
        if args.workdays is None:
            args.workdays = default_lead_workdays(session)
        calendar = work_calendar(session)
        deadline = calendar.latest_submission(service_date, args.workdays)
        hint = span_hint(calendar, deadline.date, service_date)
    data = {
        "service_date": service_date.isoformat(),
        "workdays": args.workdays,
        "latest_submission": deadline.date.isoformat(),
        "calendar": deadline.calendar,
    }
    lines = [f"服务日期 {service_date}，提前 {args.workdays} 个工作日：最晚 {deadline.date} 报送"]
    if hint:
        lines.append(hint)
    emit(args, data, lines)
    return 0


def show_todo(args: argparse.Namespace) -> int:
    from unionapp.todo import KINDS, todo_items

    today = parse_iso_date(args.today, "--today") if args.today else date.today()
    with opened(args) as ctx, ctx.session() as session:
        items = todo_items(session, today)
    lines = [f"[{KINDS[item.kind]}] {item.date}  {item.text}" for item in items]
    emit(args, [item.to_json() for item in items], lines or ["没有待办事项。"])
    return 0


# --- application submit / reply ------------------------------------------------------------


def _attach(
    session: Session,
    app_id: int,
    files: list[str],
    entry_id: int | None,
    kind: str,
) -> list[str]:
    from unionapp.applications.attachments import add_attachment

    names = []
    for name in files:
        attachment = add_attachment(
            session,
            app_id,
            existing_file(name),
            kind=kind,
            timeline_entry_id=entry_id,
        )
        names.append(attachment.filename)
    return names


def submit_application(args: argparse.Namespace) -> int:
    from unionapp.applications.tracking import submit, timeline_json

    day = parse_iso_date(args.date, "报送日期")
    with opened(args) as ctx, ctx.session() as session:
        entry = submit(session, args.id, day, args.via, to_whom=args.to_whom, note=args.note)
        _attach(session, args.id, args.attach, entry.id, args.attach_kind or "scan")
        data = {"id": args.id, "status": "submitted", "timeline": timeline_json(session, args.id)}
    emit(args, data, f"申请 {args.id} 已记录为已报送（{day}，{args.via}）。")
    return 0


def reply_application(args: argparse.Namespace) -> int:
    from unionapp.applications.attachments import usual_kind
    from unionapp.applications.tracking import (
        StatusChange,
        change_status,
        status_label,
        timeline_json,
    )

    change = StatusChange(
        status=args.status,
        day=parse_iso_date(args.date, "日期"),
        via=args.via,
        note=args.note,
        reason=args.reason,
        project_no=args.project_no,
        scheduled_at=_parse_scheduled(args.scheduled) if args.scheduled else None,
        attendance=args.attendance,
        feedback=args.feedback,
    )
    with opened(args) as ctx, ctx.session() as session:
        entry = change_status(session, args.id, change)
        kind = args.attach_kind or usual_kind(args.status)
        _attach(session, args.id, args.attach, entry.id, kind)
        data = {"id": args.id, "status": args.status, "timeline": timeline_json(session, args.id)}
    emit(args, data, f"申请 {args.id} 的状态已改为：{status_label(args.status)}（{change.day}）。")
    return 0


def _parse_scheduled(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise UserError(
            f"--scheduled 不是有效的日期时间（应为 YYYY-MM-DDTHH:MM）：{value}"
        ) from None
    return moment.replace(tzinfo=None, second=0, microsecond=0)
