"""Members in the database: add and edit with validation, dated status changes, history,
permanent deletion (the right to erasure) and the counts that go on the form.

Every write sets `updated_at`, which the search index (`roster.search`) uses to notice changes.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, delete, func, select, text
from sqlmodel import Session, col

from unionapp.errors import NotFound, UserError
from unionapp.models import Member, MemberEvent
from unionapp.roster.changes import describe_changes
from unionapp.roster.pinyin import name_keys
from unionapp.roster.reader import FIELD_LABELS
from unionapp.roster.validate import (
    DEFAULT_STATUS,
    STATUSES,
    FieldError,
    clean_text,
    normalize_gender,
    normalize_mobile_or_landline,
    parse_date_value,
    validate_card_number,
    validate_id_number,
)

ON_REGISTER = DEFAULT_STATUS  # 在册: counted on the form
EVENT_CREATED, EVENT_STATUS, EVENT_EDITED, EVENT_IMPORTED = (
    "created",
    "status",
    "edited",
    "imported",
)
EVENT_LABELS = {
    EVENT_CREATED: "新增",
    EVENT_STATUS: "状态变更",
    EVENT_EDITED: "修改",
    EVENT_IMPORTED: "导入",
}


@dataclass
class MemberData:
    """A member's fields as stored (normalised): what the dialog edits and the importer writes."""

    name: str = ""
    gender: str = ""
    department: str = ""
    position: str = ""
    phone: str = ""
    id_number: str | None = None
    card_number: str | None = None
    join_date: date | None = None
    status: str = DEFAULT_STATUS
    notes: str = ""

    @classmethod
    def of(cls, member: Member) -> MemberData:
        return cls(**{f.name: getattr(member, f.name) for f in fields(cls)})

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


class MemberInvalid(UserError):
    """Some fields are wrong; `errors` maps field name to a Chinese reason for that field."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(errors)
        self.errors = errors

    def __str__(self) -> str:
        return "；".join(f"{FIELD_LABELS.get(k, k)}：{v}" for k, v in self.errors.items())


def check_member(raw: MemberData) -> tuple[MemberData, list[str]]:
    """Normalise and check typed-in values; return (clean data, warnings) or raise MemberInvalid.

    Gender left blank is read from the ID number; a different gender is a warning.
    """
    errors: dict[str, str] = {}
    data = replace(raw)
    warnings: list[str] = []
    data.name = " ".join(clean_text(raw.name or "").split())
    if not data.name:
        errors["name"] = "姓名必须填写"
    for name in ("department", "position", "notes"):
        setattr(data, name, clean_text(getattr(raw, name) or ""))

    def check(name: str, convert: Any) -> Any:
        value = getattr(raw, name)
        if value in (None, "") or (isinstance(value, str) and not clean_text(value)):
            return None
        try:
            return convert(value)
        except FieldError as error:
            errors[name] = error.reason
            return None

    data.gender = check("gender", normalize_gender) or ""
    data.phone = check("phone", normalize_mobile_or_landline) or ""
    data.card_number = check("card_number", validate_card_number)
    data.join_date = check("join_date", parse_date_value)
    id_info = check("id_number", validate_id_number)
    data.id_number = id_info.value if id_info else None
    if raw.status not in STATUSES:
        errors["status"] = f"状态应为 {'、'.join(STATUSES)} 之一"
    if id_info is not None:
        if not data.gender:
            data.gender = id_info.gender
        elif data.gender != id_info.gender:
            warnings.append(f"性别填的是“{data.gender}”，但身份证号显示为“{id_info.gender}”")
    if errors:
        raise MemberInvalid(errors)
    return data, warnings


def _check_unique(session: Session, data: MemberData, member_id: int | None) -> None:
    errors: dict[str, str] = {}
    for name, label in (("id_number", "身份证号"), ("card_number", "会员卡号")):
        value = getattr(data, name)
        if not value:
            continue
        column = getattr(Member, name)
        other = session.execute(
            select(Member.id, Member.name).where(column == value, Member.id != (member_id or 0))
        ).first()
        if other is not None:
            errors[name] = f"该{label}已属于会员“{other.name}”（编号 {other.id}）"
    if errors:
        raise MemberInvalid(errors)


def _apply(member: Member, data: MemberData) -> None:
    for name, value in data.as_dict().items():
        setattr(member, name, value)
    keys = name_keys(data.name)
    member.name_pinyin = keys.search_pinyin
    member.name_initials = keys.search_initials
    member.sort_key = keys.sort_key
    member.updated_at = datetime.now()


def add_member(session: Session, raw: MemberData, on: date | None = None) -> Member:
    """Check and add a member; its history starts with a 新增 entry dated `on` (today)."""
    data, _ = check_member(raw)
    _check_unique(session, data, None)
    member = Member(name=data.name)
    _apply(member, data)
    session.add(member)
    session.flush()
    assert member.id is not None
    session.add(
        MemberEvent(
            member_id=member.id,
            date=on or date.today(),
            kind=EVENT_CREATED,
            to_status=data.status,
        )
    )
    session.flush()
    return member


def get_member(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise NotFound(f"找不到编号为 {member_id} 的会员")
    return member


def update_member(
    session: Session, member_id: int, raw: MemberData, on: date | None = None
) -> Member:
    """Check and save edits. Each changed field is kept in a 修改 entry as old → new (ID number
    and phone masked); a changed status is a separate dated 状态变更 entry."""
    member = get_member(session, member_id)
    data, _ = check_member(raw)
    _check_unique(session, data, member_id)
    before = MemberData.of(member)
    changed = {
        name: (getattr(before, name), value)
        for name, value in data.as_dict().items()
        if name != "status" and getattr(before, name) != value
    }
    if not changed and before.status == data.status:
        return member
    _apply(member, data)
    day = on or date.today()
    if changed:
        session.add(
            MemberEvent(
                member_id=member_id, date=day, kind=EVENT_EDITED, note=describe_changes(changed)
            )
        )
    if before.status != data.status:
        session.add(
            MemberEvent(
                member_id=member_id,
                date=day,
                kind=EVENT_STATUS,
                from_status=before.status,
                to_status=data.status,
            )
        )
    session.flush()
    return member


def change_status(
    session: Session, member_id: int, status: str, on: date, note: str = ""
) -> Member:
    """Move a member between 在册 / 转出 / 退会 / 退休 as a dated history entry."""
    if status not in STATUSES:
        raise UserError(f"状态“{status}”无效，应为 {'、'.join(STATUSES)} 之一")
    member = get_member(session, member_id)
    if member.status == status:
        raise UserError(f"会员“{member.name}”的状态已经是“{status}”")
    session.add(
        MemberEvent(
            member_id=member_id,
            date=on,
            kind=EVENT_STATUS,
            from_status=member.status,
            to_status=status,
            note=clean_text(note),
        )
    )
    member.status = status
    member.updated_at = datetime.now()
    session.flush()
    return member


def member_history(session: Session, member_id: int) -> list[MemberEvent]:
    """The member's dated entries, oldest first."""
    return list(
        session.execute(
            select(MemberEvent)
            .where(MemberEvent.member_id == member_id)
            .order_by(col(MemberEvent.date), col(MemberEvent.id))
        ).scalars()
    )


def describe_event(event: MemberEvent) -> str:
    """One line of history in Chinese: 2024-03-01 状态变更：在册 → 退休（备注）."""
    label = EVENT_LABELS.get(event.kind, event.kind)
    text_ = f"{event.date:%Y-%m-%d} {label}"
    if event.kind == EVENT_STATUS:
        text_ += f"：{event.from_status} → {event.to_status}"
    elif event.kind in (EVENT_CREATED, EVENT_IMPORTED) and event.to_status:
        text_ += f"（{event.to_status}）"
    if event.note:
        text_ += f"：{event.note}" if event.kind != EVENT_STATUS else f"（{event.note}）"
    return text_


def delete_member_permanently(engine: Engine, member_id: int) -> str:
    """Erase a member and their history for good, then (SQLite) checkpoint the WAL so that no
    copy of the ID number stays in the database files (secure_delete is on); a server reclaims
    the space itself (autovacuum). Returns the name erased."""
    with Session(engine) as session:
        member = get_member(session, member_id)
        name = member.name
        session.execute(delete(MemberEvent).where(col(MemberEvent.member_id) == member_id))
        session.execute(delete(Member).where(col(Member.id) == member_id))
        session.commit()
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    return name


def member_counts(session: Session) -> dict[str, int]:
    """Members on the register (在册) and those of them holding a service card."""
    row = session.execute(
        select(func.count(), func.count(func.nullif(Member.card_number, ""))).where(
            Member.status == ON_REGISTER
        )
    ).one()
    return {"members": int(row[0]), "with_card": int(row[1])}


def departments(session: Session) -> list[str]:
    """Every department named on the roster (code-point order; the window sorts by pinyin)."""
    rows = session.execute(
        select(Member.department).where(Member.department != "").distinct()
    ).scalars()
    return sorted(rows)
