"""The .eml draft parsed back with Python's ``email`` package."""

from __future__ import annotations

import email
import json
from datetime import date
from email import policy
from email.header import decode_header, make_header
from pathlib import Path

import pytest
from sqlmodel import select

from unionapp.errors import UserError
from unionapp.models import MailRecord
from unionapp.reports.figures import compute_figures
from unionapp.reports.mail import (
    DEFAULT_SUBJECT,
    MailTemplate,
    get_mail_template,
    parse_recipients,
    set_mail_template,
    write_report_draft,
)
from unionapp.reports.pdf import write_report_pdf
from unionapp.reports.period import ReportQuery, quarter_period
from unionapp.reports.xlsx import write_report_xlsx

from .conftest import UNION, Sample


def _decode(value: str) -> str:
    return str(make_header(decode_header(value)))


def make_draft(sample: Sample, tmp_path: Path, query: ReportQuery, **kwargs: object):
    with sample.ctx.session() as session:  # type: ignore[attr-defined]
        figures = compute_figures(session, query)
        pdf = write_report_pdf(figures, tmp_path / "工会报表2024年第一季度.pdf")
        xlsx = write_report_xlsx(figures, tmp_path / "工会报表 明细.xlsx")
        eml = write_report_draft(session, tmp_path / "报表邮件.eml", figures, [pdf, xlsx], **kwargs)
    return eml, [pdf, xlsx]


def test_draft_parses_with_chinese_subject_names_and_identical_attachments(
    sample: Sample, tmp_path: Path
) -> None:
    eml, files = make_draft(sample, tmp_path, ReportQuery(*quarter_period(2024, 1)))
    raw = eml.read_bytes()
    assert b"\r\n" in raw and raw.isascii()  # 7-bit clean: every header and part encoded
    message = email.message_from_bytes(raw, policy=policy.compat32)
    assert message["X-Unsent"] == "1"
    assert message["Subject"].startswith("=?utf-8?")
    assert _decode(message["Subject"]) == f"{UNION}2024年第一季度职工文体服务项目报表"
    assert message["To"] == "fed@example.com"  # from the union profile
    assert "union@example.com" in message["From"]
    body = message.get_payload()[0]
    text = body.get_payload(decode=True).decode(body.get_content_charset())
    assert "2024年第一季度" in text and "本期共报送申请 4 件" in text and UNION in text
    attachments = message.get_payload()[1:]
    assert len(attachments) == 2
    for part, path in zip(attachments, files, strict=True):
        assert part.get_filename() == path.name  # RFC 2231 filename*
        assert "filename*=utf-8''" in part["Content-Disposition"]
        assert _decode(part.get_param("name")) == path.name  # the plain name= fallback
        assert part.get_payload(decode=True) == path.read_bytes()
    assert attachments[0].get_content_type() == "application/pdf"
    assert attachments[1].get_content_type().endswith("spreadsheetml.sheet")

    modern = email.message_from_bytes(raw, policy=policy.default)
    assert str(modern["Subject"]) == f"{UNION}2024年第一季度职工文体服务项目报表"
    assert [p.get_filename() for p in modern.iter_attachments()] == [f.name for f in files]

    with sample.ctx.session() as session:  # type: ignore[attr-defined]
        record = session.exec(select(MailRecord)).one()
    assert record.method == "eml" and record.recipients == "fed@example.com"
    assert json.loads(record.files) == [f.name for f in files]


def test_template_is_editable_and_explicit_recipients_win(sample: Sample, tmp_path: Path) -> None:
    with sample.ctx.session() as session:  # type: ignore[attr-defined]
        assert get_mail_template(session).subject == DEFAULT_SUBJECT
        set_mail_template(
            session, MailTemplate("【{报表期间}】报表 {服务人次} 人次", "见附件。{工会名称}")
        )
    eml, _ = make_draft(
        sample, tmp_path, ReportQuery(date(2024, 1, 1), date(2024, 12, 31)),
        recipients=["a@example.com", "b@example.org"],
    )  # fmt: skip
    message = email.message_from_bytes(eml.read_bytes())
    assert _decode(message["Subject"]) == "【2024年】报表 45 人次"
    assert message["To"] == "a@example.com, b@example.org"
    with sample.ctx.session() as session:  # type: ignore[attr-defined]
        set_mail_template(session, MailTemplate("", ""))
        assert get_mail_template(session).subject == DEFAULT_SUBJECT


def test_recipients_are_checked() -> None:
    assert parse_recipients("a@x.cn；b@y.com, c@z.org") == ["a@x.cn", "b@y.com", "c@z.org"]
    with pytest.raises(UserError, match="收件人邮箱格式不对：not-an-address"):
        parse_recipients("a@x.cn not-an-address")
