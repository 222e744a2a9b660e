"""Applications to a PDF of Attachment 3 forms (one A4 page each), and marking drafts as printed."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from sqlmodel import Session

from unionapp.applications.service import get_application, to_form_data
from unionapp.errors import UserError
from unionapp.form import FieldTooLongError, GlyphMissingError, render_forms
from unionapp.models import Application, TimelineEntry
from unionapp.storage.settings import get_setting
from unionapp.union import get_union

PRINTED_NOTE = "打印申请表"
_PRINTABLE_STATUSES = frozenset({"draft", "returned"})


def write_applications_pdf(
    session: Session, app_ids: Sequence[int], out: Path | BinaryIO
) -> list[Application]:
    """Render the applications' forms into one PDF, in the order given.

    Uses the settings ``form.prefill_seal_date`` and ``form.include_notes``. A form that cannot
    be printed (a character no font has, text too long) raises UserError naming the application
    and the field; nothing is written then.
    """
    if not app_ids:
        raise UserError("没有选择要打印的申请。")
    applications = [get_application(session, app_id) for app_id in app_ids]
    prefill = bool(get_setting(session, "form.prefill_seal_date"))
    include_notes = bool(get_setting(session, "form.include_notes"))
    forms = [to_form_data(a, prefill_seal_date=prefill) for a in applications]
    try:
        render_forms(forms, out, include_notes=include_notes, author=get_union(session).name)
    except (GlyphMissingError, FieldTooLongError) as exc:
        raise UserError(_problem_message(exc, applications)) from None
    return applications


def applications_pdf_bytes(session: Session, app_ids: Sequence[int]) -> bytes:
    """The PDF of ``write_applications_pdf`` in memory (for the preview)."""
    buffer = io.BytesIO()
    write_applications_pdf(session, app_ids, buffer)
    return buffer.getvalue()


def _problem_message(exc: GlyphMissingError | FieldTooLongError, apps: list[Application]) -> str:
    """The problem, led by the application's own number (not its place in the batch)."""
    application = apps[(exc.form_number or 1) - 1]
    if isinstance(exc, GlyphMissingError):
        plain = str(GlyphMissingError(exc.field, exc.char))
    else:
        plain = exc.detail
    return f"申请 {application.id}：{plain}"


def mark_printed(
    session: Session, app_ids: Sequence[int], *, today: date | None = None
) -> list[int]:
    """Drafts (and forms returned for changes) among ``app_ids`` become 已打印, each with a
    timeline entry; returns the ids changed. Other statuses are left as they are."""
    changed = []
    for app_id in app_ids:
        application = get_application(session, app_id)
        if application.status not in _PRINTABLE_STATUSES:
            continue
        from_status = application.status
        application.status = "printed"
        application.updated_at = datetime.now()
        session.add(application)
        session.add(
            TimelineEntry(
                application_id=app_id,
                date=today or date.today(),
                status="printed",
                from_status=from_status,
                note=PRINTED_NOTE,
            )
        )
        changed.append(app_id)
    session.flush()
    return changed
