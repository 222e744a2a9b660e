"""Reading and editing programmes as plain values (ProgrammeInfo), for the window and the CLI."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from unionapp.catalogue.store import CATEGORIES, RULE_FIELDS, ProviderRef, set_programme_providers
from unionapp.errors import NotFound, UserError
from unionapp.models import Programme, ProgrammeProvider, Provider, ProviderContact


@dataclass
class ContactInfo:
    provider: str
    name: str
    phones: list[str]
    scope: str = ""


@dataclass
class ProgrammeInfo:
    """A programme with its hosting units, contacts and rules."""

    id: int | None
    year: int
    name: str
    category: str
    key: str = ""
    attachment: int | None = None
    seq: str = ""
    parent_id: int | None = None
    section: str = ""
    time_window: str = ""
    window_start_month: int | None = None
    window_end_month: int | None = None
    description: str = ""
    participation: str = ""
    providers: list[str] = field(default_factory=list)
    contacts: list[ContactInfo] = field(default_factory=list)
    rules: dict[str, Any] = field(default_factory=dict)
    hand_edited: bool = False
    needs_review: bool = False  # 待核实: carried forward, not yet checked by the user

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _rules_of(programme: Programme) -> dict[str, Any]:
    rules: dict[str, Any] = {name: getattr(programme, name) for name in RULE_FIELDS}
    rules["note"] = programme.rules_note
    return rules


def _info(session: Session, programme: Programme) -> ProgrammeInfo:
    links = session.exec(
        select(ProgrammeProvider, Provider, ProviderContact)
        .join(Provider, col(Provider.id) == ProgrammeProvider.provider_id)
        .join(
            ProviderContact,
            col(ProviderContact.id) == ProgrammeProvider.contact_id,
            isouter=True,
        )
        .where(ProgrammeProvider.programme_id == programme.id)
        .order_by(col(ProgrammeProvider.position))
    ).all()
    contacts = [
        ContactInfo(
            provider.name, contact.name, [p for p in contact.phones.split("、") if p], contact.scope
        )
        for _, provider, contact in links
        if contact is not None
    ]
    return ProgrammeInfo(
        id=programme.id,
        year=programme.year,
        name=programme.name,
        category=programme.category,
        key=programme.key,
        attachment=programme.attachment,
        seq=programme.seq,
        parent_id=programme.parent_id,
        section=programme.section,
        time_window=programme.time_window,
        window_start_month=programme.window_start_month,
        window_end_month=programme.window_end_month,
        description=programme.description,
        participation=programme.participation,
        providers=[provider.name for _, provider, _ in links],
        contacts=contacts,
        rules=_rules_of(programme),
        hand_edited=programme.hand_edited,
        needs_review=programme.needs_review,
    )


def list_programmes(
    session: Session,
    *,
    year: int | None = None,
    category: str | None = None,
    provider: str | None = None,
) -> list[ProgrammeInfo]:
    """Programmes in catalogue order, optionally filtered by year, category and hosting unit."""
    query = select(Programme)
    if year is not None:
        query = query.where(Programme.year == year)
    if category:
        query = query.where(Programme.category == category)
    if provider:
        query = query.where(
            col(Programme.id).in_(
                select(ProgrammeProvider.programme_id)
                .join(Provider, col(Provider.id) == ProgrammeProvider.provider_id)
                .where(Provider.name == provider)
            )
        )
    programmes = session.exec(query.order_by(col(Programme.year).desc(), col(Programme.id))).all()
    return [_info(session, p) for p in programmes]


def catalogue_years(session: Session) -> list[int]:
    return sorted(set(session.exec(select(Programme.year)).all()), reverse=True)


def provider_names(session: Session) -> list[str]:
    return list(session.exec(select(Provider.name).order_by(col(Provider.id))).all())


def get_programme(session: Session, programme_id: int) -> ProgrammeInfo:
    programme = session.get(Programme, programme_id)
    if programme is None:
        raise NotFound(f"没有编号为 {programme_id} 的服务项目。")
    return _info(session, programme)


def find_programme(session: Session, ref: int | str) -> Programme:
    """A programme by id or by exact name (the newest year wins when names repeat)."""
    if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit()):
        programme = session.get(Programme, int(ref))
    else:
        programme = session.exec(
            select(Programme).where(Programme.name == ref).order_by(col(Programme.year).desc())
        ).first()
    if programme is None:
        raise NotFound(f"服务项目目录中没有“{ref}”。")
    return programme


def validate_programme(info: ProgrammeInfo) -> dict[str, str]:
    """Problems by field name."""
    problems: dict[str, str] = {}
    if not info.name.strip():
        problems["name"] = "请填写项目名称。"
    if info.category not in CATEGORIES:
        problems["category"] = f"类别须为 {'、'.join(CATEGORIES)} 之一，而不是“{info.category}”。"
    if not 2000 <= info.year <= 2100:
        problems["year"] = f"年度不对：{info.year}"
    for name in ("window_start_month", "window_end_month"):
        month = getattr(info, name)
        if month is not None and not 1 <= month <= 12:
            problems[name] = f"月份须在 1—12 之间，而不是 {month}。"
    for name in ("lead_workdays", "yearly_limit", "min_participants"):
        value = info.rules.get(name)
        if value is not None and (not isinstance(value, int) or value < 0 or value > 10000):
            problems[name] = f"规则“{name}”须为非负整数，而不是 {value}。"
    return problems


def save_programme(session: Session, info: ProgrammeInfo, *, by_user: bool = True) -> ProgrammeInfo:
    """Add (id None) or update a programme with its hosting units and contacts.

    ``by_user``: the user saved it in the window, which marks it edited by hand (an import asks
    before overwriting it) and checked (no longer 待核实). An import passes False.
    """
    problems = validate_programme(info)
    if problems:
        raise UserError("；".join(problems.values()))
    if info.id is None:
        programme = Programme(year=info.year, name=info.name, category=info.category, source="user")
    else:
        found = session.get(Programme, info.id)
        if found is None:
            raise NotFound(f"没有编号为 {info.id} 的服务项目。")
        programme = found
    for name in (
        "year", "name", "category", "attachment", "seq", "parent_id", "section", "time_window",
        "window_start_month", "window_end_month", "description", "participation",
    ):  # fmt: skip
        setattr(programme, name, getattr(info, name))
    for name in RULE_FIELDS:
        value = info.rules.get(name)
        if name in ("uses_form", "online_needs_agreement"):
            value = bool(value)
        setattr(programme, name, value)
    programme.rules_note = info.rules.get("note") or ""
    if by_user:
        programme.hand_edited = True
        programme.needs_review = False
    session.add(programme)
    session.flush()
    if not programme.key:
        programme.key = f"u-{programme.id}"
    contacts = {c.provider: c for c in info.contacts}
    refs = [
        ProviderRef(name, contacts[name].name, contacts[name].phones, contacts[name].scope)
        if name in contacts
        else ProviderRef(name)
        for name in info.providers
        if name.strip()
    ]
    # the phones given are the contact's current ones: typed in the window, or the notice's
    set_programme_providers(session, programme, refs, replace=True, exact=by_user)
    return _info(session, programme)
