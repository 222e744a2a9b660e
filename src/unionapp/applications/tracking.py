"""The reply timeline of an application: its status machine, dated entries and attached files.

draft → printed → submitted (date, via, to whom) → accepted (项目编号) → scheduled (date-time) →
done (attendance, feedback); or declined (reason), returned for changes (the sent form kept as a
snapshot; it is edited and sent again like a draft), withdrawn. Every change is a TimelineEntry.
An entry is corrected by a new entry that supersedes it; the old one stays.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from unionapp.applications.attachments import list_attachments
from unionapp.applications.fields import FORM_FIELDS
from unionapp.applications.statuses import STATUS_LABELS, status_label
from unionapp.errors import NotFound, UserError
from unionapp.models import Application, Attachment, TimelineEntry

TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("printed", "submitted", "withdrawn"),
    "printed": ("submitted", "draft", "withdrawn"),
    "returned": ("printed", "submitted", "draft", "withdrawn"),
    "submitted": ("accepted", "scheduled", "declined", "returned", "withdrawn"),
    "accepted": ("scheduled", "declined", "withdrawn"),
    "scheduled": ("scheduled", "done", "withdrawn"),
    "done": (),
    "declined": (),
    "withdrawn": (),
}
"""Legal next statuses. ``scheduled → scheduled`` records a new date (rescheduled)."""

UNSENT_STATUSES = frozenset({"draft", "printed", "returned"})
"""Statuses in which the form has not (yet again) been sent."""

VIA_CHOICES: tuple[str, ...] = ("现场", "邮寄", "电子邮件", "传真")

CORRECTABLE_FIELDS: tuple[str, ...] = (
    "date",
    "via",
    "to_whom",
    "note",
    "reason",
    "project_no",
    "scheduled_at",
    "attendance",
    "feedback",
)
"""What a correction may change; the status of an entry is never changed afterwards."""


@dataclass
class StatusChange:
    """What the user records with a status change (only the parts that apply are used)."""

    status: str
    day: date
    via: str = ""
    to_whom: str = ""
    note: str = ""
    reason: str = ""
    project_no: str = ""
    scheduled_at: datetime | None = None
    attendance: int | None = None
    feedback: str = ""


def _named(status: str) -> str:
    return f"{status_label(status)}（{status}）"


def legal_next(status: str) -> tuple[str, ...]:
    return TRANSITIONS.get(status, ())


def _application(session: Session, app_id: int) -> Application:
    application = session.get(Application, app_id)
    if application is None:
        raise NotFound(f"没有编号为 {app_id} 的申请。")
    return application


def change_status(session: Session, app_id: int, change: StatusChange) -> TimelineEntry:
    """Move the application to ``change.status`` and record it; UserError if not allowed."""
    application = _application(session, app_id)
    current = application.status
    if change.status not in STATUS_LABELS:
        raise UserError(f"未知的状态“{change.status}”。可用的状态：{', '.join(STATUS_LABELS)}")
    if change.status not in legal_next(current):
        allowed = "、".join(_named(s) for s in legal_next(current)) or "无（已是最终状态）"
        raise UserError(
            f"申请 {app_id} 不能从“{_named(current)}”改为“{_named(change.status)}”。"
            f"可改为：{allowed}"
        )
    _check_change(change)
    _check_done_date(application, change.status, change.day)
    entry = TimelineEntry(
        application_id=app_id,
        date=change.day,
        status=change.status,
        from_status=current,
        via=change.via,
        to_whom=change.to_whom,
        note=change.note,
        reason=change.reason,
        project_no=change.project_no,
        scheduled_at=change.scheduled_at,
        attendance=change.attendance,
        feedback=change.feedback,
        snapshot=_snapshot(application) if change.status == "returned" else "",
    )
    session.add(entry)
    application.status = change.status
    _apply_to_application(application, entry)
    application.updated_at = datetime.now()
    session.add(application)
    session.flush()
    return entry


def _check_change(change: StatusChange) -> None:
    if change.via and change.via not in VIA_CHOICES:
        raise UserError(f"报送方式“{change.via}”不对，应为：{'、'.join(VIA_CHOICES)}")
    if change.status == "submitted" and not change.via:
        raise UserError(f"报送时请写明报送方式：{'、'.join(VIA_CHOICES)}")
    if change.status == "scheduled" and change.scheduled_at is None:
        raise UserError("排期时请填写确定的服务日期和时间。")
    if change.attendance is not None and change.attendance < 0:
        raise UserError(f"实际参加人数不能为负数：{change.attendance}")


def _check_done_date(application: Application, status: str, day: date) -> None:
    """已完成 cannot be dated before the confirmed service date (the provider moved it?)."""
    confirmed = application.scheduled_at
    if status != "done" or confirmed is None or day >= confirmed.date():
        return
    raise UserError(
        f"申请 {application.id} 确定的服务日期是 {confirmed:%Y-%m-%d}，"
        f"不能在此之前（{day:%Y-%m-%d}）记录为已完成。"
        "如果承办单位改了服务日期，请先记录新的排期（已排期），再记录已完成。"
    )


def _apply_to_application(application: Application, entry: TimelineEntry) -> None:
    """Copy what an entry tells about the service onto the application."""
    if entry.project_no:
        application.project_no = entry.project_no
    if entry.scheduled_at is not None:
        application.scheduled_at = entry.scheduled_at
    if entry.attendance is not None:
        application.attendance = entry.attendance


def _snapshot(application: Application) -> str:
    values: dict[str, Any] = {}
    for name in FORM_FIELDS:
        value = getattr(application, name)
        values[name] = value.isoformat() if isinstance(value, (date, datetime)) else value
    return json.dumps(values, ensure_ascii=False)


def submit(
    session: Session, app_id: int, day: date, via: str, to_whom: str = "", note: str = ""
) -> TimelineEntry:
    """Record that the form was sent (from draft, printed or returned)."""
    return change_status(
        session, app_id, StatusChange("submitted", day, via=via, to_whom=to_whom, note=note)
    )


def add_note(session: Session, app_id: int, day: date, note: str) -> TimelineEntry:
    """A dated remark that does not change the status."""
    if not note.strip():
        raise UserError("备注不能为空。")
    _application(session, app_id)
    entry = TimelineEntry(application_id=app_id, date=day, note=note.strip())
    session.add(entry)
    session.flush()
    return entry


def correct_entry(session: Session, entry_id: int, **changes: Any) -> TimelineEntry:
    """Correct a timeline entry: a new entry with the changes supersedes it (the old one stays)."""
    old = session.get(TimelineEntry, entry_id)
    if old is None:
        raise NotFound(f"没有编号为 {entry_id} 的跟踪记录。")
    if old.superseded_by is not None:
        raise UserError(
            f"跟踪记录 {entry_id} 已被更正过（见记录 {old.superseded_by}），请更正最新的一条。"
        )
    unknown = set(changes) - set(CORRECTABLE_FIELDS)
    if unknown:
        raise UserError(f"跟踪记录中不能更正：{', '.join(sorted(unknown))}")
    values = old.model_dump(exclude={"id", "superseded_by", "created_at"}) | changes
    new = TimelineEntry(**values)
    _check_done_date(_application(session, old.application_id), new.status, new.date)
    if new.status:
        _check_change(
            StatusChange(
                new.status,
                new.date,
                via=new.via,
                scheduled_at=new.scheduled_at,
                attendance=new.attendance,
            )
        )
    session.add(new)
    session.flush()
    old.superseded_by = new.id
    session.add(old)
    application = _application(session, old.application_id)
    _apply_to_application(application, new)
    application.updated_at = datetime.now()
    session.add(application)
    session.flush()
    return new


def timeline(
    session: Session, app_id: int, *, include_superseded: bool = True
) -> list[TimelineEntry]:
    """The entries in the order they happened (by date, then as recorded)."""
    query = select(TimelineEntry).where(TimelineEntry.application_id == app_id)
    if not include_superseded:
        query = query.where(col(TimelineEntry.superseded_by).is_(None))
    return list(session.exec(query.order_by(col(TimelineEntry.date), col(TimelineEntry.id))).all())


def submitted_on(session: Session, app_id: int | None) -> date | None:
    """The date the form was last sent, while it counts as sent (not after a return)."""
    if app_id is None:
        return None
    application = session.get(Application, app_id)
    if application is None or application.status in UNSENT_STATUSES:
        return None
    sent = [
        e for e in timeline(session, app_id, include_superseded=False) if e.status == "submitted"
    ]
    return sent[-1].date if sent else None


def entry_json(entry: TimelineEntry, attachments: list[Attachment]) -> dict[str, Any]:
    return {
        "id": entry.id,
        "date": entry.date.isoformat(),
        "status": entry.status,
        "status_label": status_label(entry.status) if entry.status else "",
        "from_status": entry.from_status,
        "via": entry.via,
        "to_whom": entry.to_whom,
        "note": entry.note,
        "reason": entry.reason,
        "project_no": entry.project_no,
        "scheduled_at": entry.scheduled_at.isoformat(timespec="minutes")
        if entry.scheduled_at
        else None,
        "attendance": entry.attendance,
        "feedback": entry.feedback,
        "snapshot": json.loads(entry.snapshot) if entry.snapshot else None,
        "superseded_by": entry.superseded_by,
        "attachments": [
            {"id": a.id, "filename": a.filename, "kind": a.kind, "sha256": a.sha256}
            for a in attachments
        ],
    }


def timeline_json(session: Session, app_id: int) -> list[dict[str, Any]]:
    """Every entry (superseded ones too, with ``superseded_by`` set), oldest first."""
    files = list_attachments(session, app_id)
    return [
        entry_json(entry, [a for a in files if a.timeline_entry_id == entry.id])
        for entry in timeline(session, app_id)
    ]
