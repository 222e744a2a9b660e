"""``unionapp application new|list|show|pdf``: fill in, list and print Attachment 3 applications."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from unionapp.applications.checks import application_warnings
from unionapp.applications.fields import FIELD_NAMES, TEXT_FIELDS
from unionapp.applications.printing import mark_printed, write_applications_pdf
from unionapp.applications.service import (
    application_json,
    create_application,
    get_application,
    list_applications,
    read_application_file,
    service_time_text,
)
from unionapp.applications.statuses import STATUS_LABELS
from unionapp.applications.tracking import UNSENT_STATUSES
from unionapp.cli import tracking_cmd
from unionapp.cli.common import add_json_flag, emit, existing_file, opened, record_id, year_number
from unionapp.errors import UserError

if TYPE_CHECKING:
    from sqlmodel import Session

    from unionapp.storage.paths import DataPaths


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("application", help="服务项目申请（附件3申请表）")
    commands = group.add_subparsers(dest="application_command", metavar="SUBCOMMAND")
    new = commands.add_parser(
        "new", help="从 JSON 文件新建申请（未给出的字段取自工会资料和服务项目）"
    )
    new.add_argument("--json-file", required=True, metavar="FILE", help="申请表字段的 JSON 文件")
    add_json_flag(new)
    new.set_defaults(func=new_application)
    listing = commands.add_parser("list", help="列出申请")
    listing.add_argument("--year", type=year_number, help="只列出该年度")
    listing.add_argument("--status", choices=list(STATUS_LABELS), help="只列出该状态")
    add_json_flag(listing)
    listing.set_defaults(func=list_command)
    show = commands.add_parser("show", help="显示一份申请的全部字段、状态和提醒")
    show.add_argument("id", type=record_id)
    add_json_flag(show)
    show.set_defaults(func=show_application)
    pdf = commands.add_parser("pdf", help="把申请表打印为 PDF（多份申请：一份一页）")
    pdf.add_argument("ids", type=record_id, nargs="+", metavar="ID")
    pdf.add_argument("--out", required=True, metavar="FILE", help="输出的 PDF 文件")
    add_json_flag(pdf)
    pdf.set_defaults(func=pdf_command)
    tracking_cmd.register_application_subcommands(commands)  # issue 5: submit, reply


def new_application(args: argparse.Namespace) -> int:
    values = read_application_file(existing_file(args.json_file))
    with opened(args) as ctx, ctx.session() as session:
        application = create_application(session, values)
        warnings = application_warnings(session, application)
        app_id = application.id
    lines = [f"已新建申请 {app_id}（草稿）。"]
    lines += [f"提醒：{w.message}" for w in warnings]
    emit(args, {"id": app_id, "warnings": [w.to_json() for w in warnings]}, lines)
    return 0


def list_command(args: argparse.Namespace) -> int:
    with opened(args) as ctx, ctx.session() as session:
        rows = list_applications(session, year=args.year, status=args.status)
    lines = [
        f"{row.id:>4}  {row.status_label:<4}  "
        f"{service_time_text(row.service_time, row.scheduled_at) or '（未定时间）'}  "
        f"{row.service_item or row.programme or '（未填项目）'}  —  {row.provider}"
        for row in rows
    ]
    emit(args, [row.to_json() for row in rows], lines or ["（没有申请）"])
    return 0


def show_application(args: argparse.Namespace) -> int:
    with opened(args) as ctx, ctx.session() as session:
        data = application_json(session, get_application(session, args.id))
        data["attachments"] = _attachments_with_paths(session, ctx.paths, args.id)
        paths = {a["id"]: a["path"] for a in data["attachments"]}
        for entry in data["timeline"]:
            for attachment in entry["attachments"]:
                attachment["path"] = paths.get(attachment["id"])
    lines = [f"申请 {data['id']}  状态：{data['status_label']}"]
    if data["programme"]:
        lines.append(f"服务项目（目录）：{data['programme']}")
    for name in (*TEXT_FIELDS[:5], "service_time", *TEXT_FIELDS[5:], "declared_on"):
        lines.append(f"{FIELD_NAMES[name]}：{data[name] or ''}")
    if data["scheduled_at"]:
        requested = datetime.fromisoformat(data["service_time"]) if data["service_time"] else None
        confirmed = datetime.fromisoformat(data["scheduled_at"])
        lines.append(f"服务时间：{service_time_text(requested, confirmed)}")
    if data["deadline"] and data["status"] in UNSENT_STATUSES:
        general = "（按通知一般要求）" if data["deadline_basis"] == "default" else ""
        lines.append(f"最晚报送日期：{data['deadline']}{general}")
    lines += [f"提醒：{w['message']}" for w in data["warnings"]]
    lines += [
        f"附件（{a['kind_label']}）：{a['path'] or a['filename']}" for a in data["attachments"]
    ]
    emit(args, data, lines)
    return 0


def _attachments_with_paths(
    session: Session, paths: DataPaths, app_id: int
) -> list[dict[str, object]]:
    """Every attachment, written out so that ``path`` can be opened now (None when its file was
    lost before attachments moved into the database)."""
    from unionapp.applications.attachments import (
        attachment_content,
        attachment_json,
        list_attachments,
    )
    from unionapp.storage.opened_files import write_for_opening

    result = []
    for attachment in list_attachments(session, app_id):
        data = attachment_json(attachment)
        try:
            content = attachment_content(session, attachment)
        except UserError:
            data["path"] = None
        else:
            assert attachment.id is not None
            path = write_for_opening(paths, attachment.id, attachment.filename, content)
            data["path"] = str(path)
        result.append(data)
    return result


def pdf_command(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if not out.parent.is_dir():
        raise UserError(f"输出文件夹不存在：{out.parent}")
    with opened(args) as ctx, ctx.session() as session:
        write_applications_pdf(session, args.ids, out)
        printed = mark_printed(session, args.ids)
    emit(
        args,
        {"file": str(out), "pages": len(args.ids), "printed": printed},
        f"已生成 {out}（{len(args.ids)} 页）。",
    )
    return 0
