"""Applications as records: create, fill from the union profile and programme, edit, copy, list.

Also the bridge to print (``to_form_data``) and the JSON input of ``application new --json-file``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, delete, func, select

from unionapp.applications.attachments import remove_unused_files
from unionapp.applications.fields import FIELD_NAMES, FORM_FIELDS, INPUT_KEYS, TEXT_FIELDS
from unionapp.applications.statuses import status_label
from unionapp.applications.warnings import Warning
from unionapp.catalogue.query import find_programme, get_programme
from unionapp.errors import NotFound, UserError
from unionapp.form.data import FormData, format_cn_date, format_service_time
from unionapp.models import (
    Application,
    ApplicationParticipant,
    Attachment,
    Member,
    Programme,
    TimelineEntry,
)
from unionapp.union import get_union

EDITABLE_STATUSES = frozenset({"draft", "printed", "returned"})
"""Statuses in which the form may still be changed (it has not been sent, or came back)."""

FINAL_STATUSES = frozenset({"done", "declined", "withdrawn"})
"""Statuses after which nothing more happens."""


@dataclass
class ApplicationRow:
    """One line of the application list."""

    id: int
    programme: str
    provider: str
    service_item: str
    service_time: datetime | None
    status: str
    updated_at: datetime
    year: int | None
    warnings: list[Warning] = field(default_factory=list)
    deadline: date | None = None
    deadline_estimate: bool = False
    deadline_basis: str | None = None
    scheduled_at: datetime | None = None

    @property
    def confirmed_time(self) -> datetime | None:
        """The service time to go by: the confirmed one once there is one, else the requested."""
        return self.scheduled_at or self.service_time

    @property
    def status_label(self) -> str:
        return status_label(self.status)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "programme": self.programme,
            "provider": self.provider,
            "service_item": self.service_item,
            "service_time": self.service_time.isoformat(timespec="minutes")
            if self.service_time
            else None,
            "scheduled_at": self.scheduled_at.isoformat(timespec="minutes")
            if self.scheduled_at
            else None,
            "status": self.status,
            "status_label": self.status_label,
            "updated_at": self.updated_at.isoformat(timespec="seconds"),
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "deadline_basis": self.deadline_basis,
            "calendar": "estimate" if self.deadline_estimate else "official",
            "warnings": [w.message for w in self.warnings],
        }


def service_time_text(requested: datetime | None, confirmed: datetime | None) -> str:
    """The confirmed service time once there is one, the requested one kept beside it."""
    if confirmed is None:
        return f"{requested:%Y-%m-%d %H:%M}" if requested else ""
    if requested is None or requested == confirmed:
        return f"{confirmed:%Y-%m-%d %H:%M}（已确认）"
    return f"{confirmed:%Y-%m-%d %H:%M}（已确认；原申请 {requested:%Y-%m-%d %H:%M}）"


# --- parsing -------------------------------------------------------------------------------


def parse_service_time(value: str) -> datetime:
    """An ISO 8601 date-time (``2023-05-08T14:00`` or ``2023-05-08 14:00``); seconds are dropped."""
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise UserError(
            f"“service_time”（申请服务时间）不是有效的日期时间（应为 YYYY-MM-DDTHH:MM）：{value}"
        ) from None
    if len(text) <= 10:
        raise UserError(
            f"“service_time”（申请服务时间）缺少具体时间（应为 YYYY-MM-DDTHH:MM）：{value}"
        )
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone().replace(tzinfo=None)
    return parsed.replace(second=0, microsecond=0)


def parse_declared_on(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise UserError(
            f"“declared_on”（申报日期）不是有效日期（应为 YYYY-MM-DD）：{value}"
        ) from None


def read_application_file(path: Path) -> dict[str, Any]:
    """Read and check the JSON file of ``application new``: an object with known keys only.

    Returns the values converted (``service_time`` a datetime, ``declared_on`` a date, ``programme``
    an int or str, text fields str). Every message names the file and the key at fault.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise UserError(f"无法读取文件 {path}：{exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise UserError(f"文件 {path} 不是 UTF-8 编码的文本。") from None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(
            f"文件 {path} 不是有效的 JSON（第 {exc.lineno} 行第 {exc.colno} 列）：{exc.msg}"
        ) from None
    if not isinstance(raw, dict):
        raise UserError(f'文件 {path} 应是一个 JSON 对象（{{"键": 值, …}}）。')
    return parse_application_values(raw, where=f"文件 {path}")


def parse_application_values(raw: dict[str, Any], *, where: str = "") -> dict[str, Any]:
    """Check keys and types of input values and convert dates; see ``read_application_file``."""
    prefix = f"{where}：" if where else ""
    unknown = [key for key in raw if key not in INPUT_KEYS]
    if unknown:
        raise UserError(f"{prefix}未知的键“{unknown[0]}”。可用的键：{', '.join(INPUT_KEYS)}")
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if value is None:
            continue
        label = f"“{key}”（{FIELD_NAMES[key]}）"
        if key == "programme":
            if isinstance(value, bool) or not isinstance(value, (int, str)):
                raise UserError(f"{prefix}{label}应为目录编号或项目名称。")
            values[key] = value
        elif not isinstance(value, str):
            raise UserError(f"{prefix}{label}应为文本（用双引号括起来）。")
        elif key == "service_time":
            values[key] = _with_prefix(prefix, parse_service_time, value)
        elif key == "declared_on":
            values[key] = _with_prefix(prefix, parse_declared_on, value)
        else:
            values[key] = value.strip() if key not in ("needs", "notes", "opinion") else value
    return values


def _with_prefix(prefix: str, parse: Any, value: str) -> Any:
    try:
        return parse(value)
    except UserError as exc:
        raise UserError(f"{prefix}{exc}") from None


# --- filling -------------------------------------------------------------------------------


def programme_suggestions(session: Session, programme_id: int) -> dict[str, str]:
    """Form values a catalogue programme suggests: hosting unit, service item, category.

    A sub-item (e.g. 职工云课堂 under “平台”文化助推) suggests its parent as the service item and
    itself as the category/content.
    """
    info = get_programme(session, programme_id)
    values = {"provider": info.providers[0] if info.providers else "", "service_item": info.name}
    if info.parent_id is not None:
        parent = session.get(Programme, info.parent_id)
        if parent is not None:
            values["service_item"] = parent.name
            values["category"] = info.name
    return values


def provider_contacts_text(session: Session, programme_id: int) -> str:
    """The hosting unit's contacts for a programme, one line: ``吴镝 65116642、13910662798``."""
    info = get_programme(session, programme_id)
    return "；".join(f"{c.provider} {c.name} {'、'.join(c.phones)}".strip() for c in info.contacts)


def union_defaults(session: Session) -> dict[str, str]:
    """Form values the union profile fills in."""
    union = get_union(session)
    return {
        "union_name": union.name,
        "contact": union.contact or union.chairperson,
        "contact_title": union.contact_title,
        "phone": union.phone,
        "location": union.address,
    }


def create_application(
    session: Session,
    values: dict[str, Any] | None = None,
    *,
    programme_id: int | None = None,
    today: date | None = None,
) -> Application:
    """A new draft: union profile, then programme suggestions, then ``values`` (which win).

    ``values`` may hold ``programme`` (id or exact name, as in the JSON file) instead of
    ``programme_id``. ``declared_on`` defaults to today.
    """
    given = dict(values or {})
    programme_ref = given.pop("programme", None)
    if programme_ref is not None:
        programme_id = find_programme(session, programme_ref).id
    application = Application(programme_id=programme_id, declared_on=today or date.today())
    filled: dict[str, Any] = {**union_defaults(session)}
    if programme_id is not None:
        filled.update(programme_suggestions(session, programme_id))
    filled.update(given)
    apply_values(application, filled)
    session.add(application)
    session.flush()
    return application


def apply_values(application: Application, values: dict[str, Any]) -> None:
    """Set form fields on an application (unknown keys are refused)."""
    unknown = set(values) - set(FORM_FIELDS)
    if unknown:
        raise UserError(f"未知的申请表字段：{', '.join(sorted(unknown))}")
    count = values.get("participant_count")
    if count is not None and count < 0:
        raise UserError(f"参加人数不能为负数：{count}")
    for key, value in values.items():
        setattr(application, key, "" if value is None and key in TEXT_FIELDS else value)


def update_application(session: Session, app_id: int, values: dict[str, Any]) -> Application:
    """Change form fields of an application; ``updated_at`` moves only when something changed."""
    application = get_application(session, app_id)
    changed = {k: v for k, v in values.items() if getattr(application, k, object()) != v}
    if changed:
        apply_values(application, changed)
        application.updated_at = datetime.now()
        session.add(application)
        session.flush()
    return application


def duplicate_application(
    session: Session, app_id: int, *, today: date | None = None
) -> Application:
    """A new draft copying an application's form (e.g. next year's request from last year's).

    A service time already past moves forward by whole years to the same day and hour;
    the declaration date becomes today; tracking (status, project number, …) starts afresh.
    """
    source = get_application(session, app_id)
    today = today or date.today()
    values: dict[str, Any] = {name: getattr(source, name) for name in TEXT_FIELDS}
    values["service_time"] = _next_future(source.service_time, today)
    values["programme_id"] = source.programme_id
    copy = Application(declared_on=today)
    apply_values(copy, values)
    session.add(copy)
    session.flush()
    return copy


def _next_future(moment: datetime | None, today: date) -> datetime | None:
    if moment is None:
        return None
    years = 0
    candidate = moment
    while candidate.date() < today:
        years += 1
        candidate = _years_later(moment, years)
    return candidate


def _years_later(moment: datetime, years: int) -> datetime:
    try:
        return moment.replace(year=moment.year + years)
    except ValueError:  # 29 February in a common year
        return moment.replace(year=moment.year + years, day=28)


def is_deletable(session: Session, application: Application) -> bool:
    """Only a draft that was never printed nor sent (no timeline entry at all) may be deleted."""
    if application.status != "draft" or application.id is None:
        return False
    entries = session.exec(
        select(func.count()).where(TimelineEntry.application_id == application.id)
    ).one()
    return entries == 0


def delete_draft(session: Session, app_id: int) -> None:
    """Delete a draft that was never printed or sent; anything else is refused (UserError).

    Its participant list and attachments go with it (with their files, unless another
    application holds the same file).
    """
    application = get_application(session, app_id)
    if not is_deletable(session, application):
        raise UserError(
            f"申请 {app_id} 的状态是“{status_label(application.status)}”"
            "或已有打印、报送记录，不能删除；只有从未打印、报送过的草稿可以删除。"
            "不再需要的申请请记录为“已撤回”。"
        )
    session.exec(
        delete(ApplicationParticipant).where(col(ApplicationParticipant.application_id) == app_id)
    )
    session.exec(delete(Attachment).where(col(Attachment.application_id) == app_id))
    session.delete(application)
    session.flush()
    remove_unused_files(session)


def get_application(session: Session, app_id: int) -> Application:
    application = session.get(Application, app_id)
    if application is None:
        raise NotFound(f"没有编号为 {app_id} 的申请。")
    return application


def application_year(application: Application) -> int | None:
    """The year an application belongs to: its service time's, else its declaration's."""
    if application.service_time is not None:
        return application.service_time.year
    if application.declared_on is not None:
        return application.declared_on.year
    return None


def list_applications(
    session: Session, *, year: int | None = None, status: str | None = None
) -> list[ApplicationRow]:
    """Applications, most recently changed first, optionally of one year and one status.

    Each row carries its latest submission date and its warnings (none for
    applications whose story is over: done, declined, withdrawn).
    """
    from unionapp.applications.checks import application_warnings
    from unionapp.applications.rules import application_deadline
    from unionapp.calendar_store import work_calendar

    calendar = work_calendar(session)
    query = select(Application, Programme).join(
        Programme, col(Programme.id) == Application.programme_id, isouter=True
    )
    if status:
        query = query.where(Application.status == status)
    rows = []
    for application, programme in session.exec(
        query.order_by(col(Application.updated_at).desc(), col(Application.id).desc())
    ).all():
        app_year = application_year(application)
        if year is not None and app_year != year:
            continue
        assert application.id is not None
        deadline = application_deadline(session, application, calendar)
        warnings = (
            []
            if application.status in FINAL_STATUSES
            else application_warnings(session, application)
        )
        rows.append(
            ApplicationRow(
                id=application.id,
                programme=programme.name if programme is not None else "",
                provider=application.provider,
                service_item=application.service_item,
                service_time=application.service_time,
                status=application.status,
                updated_at=application.updated_at,
                year=app_year,
                warnings=warnings,
                deadline=deadline.date if deadline else None,
                deadline_estimate=deadline is not None and deadline.calendar == "estimate",
                deadline_basis=deadline.basis if deadline else None,
                scheduled_at=application.scheduled_at,
            )
        )
    return rows


def application_years(session: Session) -> list[int]:
    """Years that have applications, newest first."""
    years = {application_year(a) for a in session.exec(select(Application)).all()}
    return sorted((y for y in years if y is not None), reverse=True)


# --- output --------------------------------------------------------------------------------


def contact_line(application: Application) -> str:
    """联系人及职务 as printed: ``李明 工会主席``."""
    return " ".join(
        p for p in (application.contact.strip(), application.contact_title.strip()) if p
    )


def to_form_data(application: Application, *, prefill_seal_date: bool = False) -> FormData:
    """The printed text of an application's form."""
    declared = format_cn_date(application.declared_on) if application.declared_on else ""
    return FormData(
        provider=application.provider,
        union_name=application.union_name,
        contact=contact_line(application),
        service_time=format_service_time(application.service_time)
        if application.service_time
        else "",
        phone=application.phone,
        service_item=application.service_item,
        category=application.category,
        scale=application.scale,
        location=application.location,
        needs=application.needs,
        notes=application.notes,
        opinion=application.opinion,
        declared_on=declared,
        seal_date=declared if prefill_seal_date else "",
    )


def application_json(session: Session, application: Application) -> dict[str, Any]:
    """Every field, its status, warnings, latest submission date and timeline."""
    from unionapp.applications.checks import application_warnings
    from unionapp.applications.rules import deadline_json
    from unionapp.applications.tracking import timeline_json

    programme = (
        session.get(Programme, application.programme_id)
        if application.programme_id is not None
        else None
    )
    data: dict[str, Any] = {
        "id": application.id,
        "programme_id": application.programme_id,
        "programme": programme.name if programme is not None else None,
        **{name: getattr(application, name) for name in TEXT_FIELDS},
        "service_time": application.service_time.isoformat(timespec="minutes")
        if application.service_time
        else None,
        "declared_on": application.declared_on.isoformat() if application.declared_on else None,
        "status": application.status,
        "status_label": status_label(application.status),
        "participant_count": application.participant_count,
        "project_no": application.project_no,
        "scheduled_at": application.scheduled_at.isoformat(timespec="minutes")
        if application.scheduled_at
        else None,
        "attendance": application.attendance,
        "created_at": application.created_at.isoformat(timespec="seconds"),
        "updated_at": application.updated_at.isoformat(timespec="seconds"),
        "warnings": [w.to_json() for w in application_warnings(session, application)],
        **deadline_json(session, application),
    }
    assert application.id is not None
    data["timeline"] = timeline_json(session, application.id)
    return data


def roster_scale_suggestions(session: Session) -> list[str]:
    """服务职工规模 texts from the roster: members on the register, and those holding the card.

    Empty when there is no roster yet.
    """
    registered = session.exec(
        select(func.count()).select_from(Member).where(Member.status == "在册")
    ).one()
    if not registered:
        return []
    with_card = session.exec(
        select(func.count())
        .select_from(Member)
        .where(
            Member.status == "在册", col(Member.card_number).is_not(None), Member.card_number != ""
        )
    ).one()
    suggestions = [f"{registered}名在册会员"]
    if with_card:
        suggestions.append(f"{with_card}名持工会会员互助服务卡的会员")
    return suggestions
