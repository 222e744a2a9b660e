"""E-mail of a report: subject and body from an editable template, and the message itself.

The message is plain RFC 5322/MIME that Outlook, Foxmail and webmail all read: the subject as
UTF-8 encoded words; each attachment named twice, as RFC 2231 ``filename*`` on the disposition
and as an encoded-word ``name=`` on the content type (the fallback older clients read). A draft
(``.eml``) carries ``X-Unsent: 1`` so that Outlook opens it as a new message ready to send.
"""

from __future__ import annotations

import io
import json
import mimetypes
import re
from collections.abc import Sequence
from dataclasses import dataclass
from email import encoders, policy
from email.generator import BytesGenerator
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, formatdate, make_msgid
from pathlib import Path
from urllib.parse import quote

from sqlmodel import Session, col, select

from unionapp.errors import UserError
from unionapp.models import MailRecord
from unionapp.reports.figures import ReportFigures
from unionapp.storage.atomic_files import write_bytes_atomically
from unionapp.storage.settings import get_setting, set_setting
from unionapp.union import get_union

SUBJECT_KEY = "reports.mail_subject"
BODY_KEY = "reports.mail_body"
DEFAULT_SUBJECT = "{工会名称}{报表期间}职工文体服务项目报表"
DEFAULT_BODY = (
    "您好：\n\n"
    "现将{工会名称}{报表期间}职工文体服务项目情况报送如下：本期共报送申请 {申请数} 件，"
    "完成服务 {完成服务} 场，服务职工 {服务人次} 人次，参加服务的会员 {会员人数} 人。"
    "详细情况见附件。\n\n"
    "请审阅。\n\n"
    "{工会名称}\n"
    "{日期}"
)
PLACEHOLDERS = (
    "{工会名称}",
    "{报表期间}",
    "{申请数}",
    "{完成服务}",
    "{服务人次}",
    "{会员人数}",
    "{日期}",
)
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SPLIT_RE = re.compile(r"[,，;；\s]+")


@dataclass(frozen=True)
class MailTemplate:
    subject: str
    body: str


def get_mail_template(session: Session) -> MailTemplate:
    return MailTemplate(
        subject=get_setting(session, SUBJECT_KEY) or DEFAULT_SUBJECT,
        body=get_setting(session, BODY_KEY) or DEFAULT_BODY,
    )


def set_mail_template(session: Session, template: MailTemplate) -> None:
    """Keep the user's template; an empty subject or body goes back to the default."""
    set_setting(session, SUBJECT_KEY, template.subject.strip() or None)
    set_setting(session, BODY_KEY, template.body.strip() or None)


def fill_template(template: MailTemplate, figures: ReportFigures) -> MailTemplate:
    """The subject and body with the placeholders ({工会名称}, {报表期间}, …) filled in."""
    values = {
        "{工会名称}": figures.union_name or "本工会",
        "{报表期间}": figures.period_text,
        "{申请数}": str(figures.applications),
        "{完成服务}": str(len(figures.services_done)),
        "{服务人次}": str(figures.person_times),
        "{会员人数}": str(figures.members_reached),
        "{日期}": f"{figures.generated_at.year}年{figures.generated_at.month}月"
        f"{figures.generated_at.day}日",
    }
    subject, body = template.subject, template.body
    for key, value in values.items():
        subject = subject.replace(key, value)
        body = body.replace(key, value)
    return MailTemplate(subject=" ".join(subject.split()), body=body)


def parse_recipients(text: str) -> list[str]:
    """Addresses separated by commas, semicolons or spaces; a malformed one is refused."""
    addresses = [a for a in _SPLIT_RE.split(text.strip()) if a]
    for address in addresses:
        if not _EMAIL_RE.match(address):
            raise UserError(f"收件人邮箱格式不对：{address}")
    return addresses


def default_recipients(session: Session) -> list[str]:
    """The report recipients of the union profile (the parent federation's address)."""
    return parse_recipients(get_union(session).report_recipients)


def _attachment(path: Path) -> MIMEBase:
    ctype, encoding = mimetypes.guess_type(path.name)
    if ctype is None or encoding is not None:
        ctype = "application/octet-stream"
    if path.suffix.lower() == ".xlsx":
        ctype = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    maintype, subtype = ctype.split("/", 1)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"无法读取附件 {path}：{exc.strerror or exc}") from exc
    part = MIMEBase(maintype, subtype)
    part.set_payload(data)
    encoders.encode_base64(part)
    name = path.name
    if name.isascii():
        part.set_param("name", name)
        part.add_header("Content-Disposition", "attachment", filename=name)
    else:
        encoded_word = Header(name, "utf-8").encode(maxlinelen=10_000)
        part.set_param("name", encoded_word)
        part.add_header("Content-Disposition", f"attachment; filename*=utf-8''{quote(name)}")
    return part


def build_message(
    *,
    sender: str,
    sender_name: str,
    recipients: Sequence[str],
    subject: str,
    body: str,
    attachments: Sequence[Path],
    draft: bool,
) -> MIMEMultipart:
    """A MIME message with the body as UTF-8 text and the files attached byte for byte."""
    if not recipients:
        raise UserError(
            "没有收件人：请在“设置 → 本工会资料”中填写报表收件人，或在这里填写收件人邮箱。"
        )
    message = MIMEMultipart()
    if sender:
        message["From"] = formataddr((sender_name, sender), charset="utf-8")
    message["To"] = ", ".join(recipients)
    message["Subject"] = Header(subject, "utf-8")
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    if draft:
        message["X-Unsent"] = "1"
    message.attach(MIMEText(body, "plain", "utf-8"))
    for path in attachments:
        message.attach(_attachment(Path(path)))
    return message


def message_bytes(message: MIMEMultipart) -> bytes:
    """The message as it goes on the wire or into a file (CRLF line ends)."""
    buffer = io.BytesIO()
    BytesGenerator(
        buffer, mangle_from_=False, policy=policy.compat32.clone(linesep="\r\n")
    ).flatten(message)
    return buffer.getvalue()


def record_mail(
    session: Session, method: str, recipients: Sequence[str], subject: str, files: Sequence[Path]
) -> MailRecord:
    """Keep a record of a mail drafted or sent: when, to whom, what subject, which files."""
    record = MailRecord(
        method=method,
        recipients=", ".join(recipients),
        subject=subject,
        files=json.dumps([Path(f).name for f in files], ensure_ascii=False),
    )
    session.add(record)
    session.flush()
    return record


def write_report_draft(
    session: Session,
    path: Path | str,
    figures: ReportFigures,
    attachments: Sequence[Path],
    recipients: Sequence[str] | None = None,
) -> Path:
    """Write the report e-mail as an ``.eml`` draft to ``path``, record it, return the path.

    Opening the file in the default mail program is the caller's part.
    """
    path = Path(path)
    to = list(recipients) if recipients else default_recipients(session)
    message, subject = report_message(session, figures, attachments, to, draft=True)
    write_bytes_atomically(path, message_bytes(message))
    record_mail(session, "eml", to, subject, attachments)
    return path


def report_message(
    session: Session,
    figures: ReportFigures,
    attachments: Sequence[Path],
    recipients: Sequence[str],
    *,
    draft: bool,
) -> tuple[MIMEMultipart, str]:
    """The report e-mail from the union's template and profile, and its subject in plain text."""
    union = get_union(session)
    filled = fill_template(get_mail_template(session), figures)
    message = build_message(
        sender=union.email,
        sender_name=union.name,
        recipients=recipients,
        subject=filled.subject,
        body=filled.body,
        attachments=[Path(a) for a in attachments],
        draft=draft,
    )
    return message, filled.subject


def mail_history(session: Session, limit: int = 200) -> list[MailRecord]:
    """The mails drafted or sent, newest first."""
    return list(
        session.exec(select(MailRecord).order_by(col(MailRecord.sent_at).desc()).limit(limit))
    )
