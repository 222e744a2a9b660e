"""Bringing a year's catalogue up to date from a source (the notice, a spreadsheet): plan, then apply.

``plan_update`` compares the programmes a source gives with the catalogue of that year and says
what would be added, what would change (field by field, old → new), what stays as it is, and
which of the changes would overwrite a programme the user edited by hand. Nothing is written
until ``apply_plan``. Both the notice import and the spreadsheet import go through here.

A source programme is a dict in the shape of ``catalog list --json`` (``ProgrammeInfo.to_json``);
only the fields it holds are compared and written, so a source that says nothing about, e.g.,
the rules' note keeps the one in the catalogue; an empty text or list does not erase one either.
The rules a source gives are taken as they are (a rule the new notice drops is dropped).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, delete, select

from unionapp.catalogue.query import (
    ContactInfo,
    ProgrammeInfo,
    get_programme,
    list_programmes,
    save_programme,
)
from unionapp.catalogue.store import CATEGORIES, RULE_FIELDS
from unionapp.errors import UserError
from unionapp.models import Programme, Venue

FIELD_LABELS: dict[str, str] = {
    "name": "项目名称",
    "category": "类别",
    "section": "通知条目",
    "attachment": "附件",
    "seq": "序号",
    "time_window": "活动时间",
    "window_start_month": "起始月",
    "window_end_month": "结束月",
    "providers": "承办单位",
    "contacts": "联系人",
    "lead_workdays": "提前工作日",
    "yearly_limit": "每年限报次数",
    "min_participants": "最少参加人数",
    "uses_form": "需填申请表",
    "online_needs_agreement": "线上需先约定人数",
    "note": "规则说明",
    "description": "主要内容",
    "participation": "参与方式",
}
"""The fields compared, in the order a change lists them, with their Chinese names."""

_TEXT_FIELDS = (
    "name", "category", "section", "seq", "time_window", "description", "participation",
)  # fmt: skip
_YEAR_RE = re.compile(r"(?:19|20)\d\d年?|第[一二三四五六七八九十百零〇\d]+[届期]")


@dataclass
class FieldChange:
    field: str
    label: str
    old: Any
    new: Any

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "label": self.label, "old": self.old, "new": self.new}


@dataclass
class PlannedProgramme:
    """One source programme: ``action`` is add, change or unchanged."""

    action: str
    source: dict[str, Any]
    existing_id: int | None = None
    existing_name: str = ""
    hand_edited: bool = False
    changes: list[FieldChange] = field(default_factory=list)

    @property
    def name(self) -> str:
        return str(self.source.get("name") or self.existing_name)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name}
        if self.existing_id is not None:
            data["id"] = self.existing_id
        if self.action == "change":
            data["hand_edited"] = self.hand_edited
            data["fields"] = [change.to_json() for change in self.changes]
        return data


@dataclass
class CataloguePlan:
    """What an update of ``year``'s catalogue would do; ``not_in_source`` are kept as they are."""

    year: int
    items: list[PlannedProgramme]
    not_in_source: list[str] = field(default_factory=list)
    venues: list[dict[str, Any]] = field(default_factory=list)  # empty: the venues stay as they are
    existing_venues: int = 0
    catalogue_existed: bool = False

    def of(self, action: str) -> list[PlannedProgramme]:
        return [item for item in self.items if item.action == action]

    @property
    def hand_edited(self) -> list[PlannedProgramme]:
        """Changes that would overwrite a programme the user edited by hand."""
        return [item for item in self.of("change") if item.hand_edited]

    @property
    def has_work(self) -> bool:
        return bool(self.of("add") or self.of("change") or self.venues)

    def to_json(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "catalogue_existed": self.catalogue_existed,
            "added": [item.to_json() for item in self.of("add")],
            "changed": [item.to_json() for item in self.of("change")],
            "unchanged": [item.name for item in self.of("unchanged")],
            "hand_edited": [item.name for item in self.hand_edited],
            "not_in_source": self.not_in_source,
            "venues": {"old": self.existing_venues, "replaced_by": len(self.venues)},
        }


@dataclass
class ApplyResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_edits: list[str] = field(default_factory=list)
    overwritten_edits: list[str] = field(default_factory=list)
    venues: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "kept_edits": self.kept_edits,
            "overwritten_edits": self.overwritten_edits,
            "venues": self.venues,
        }


# -- comparing ---------------------------------------------------------------------------------


def category_of(source: dict[str, Any]) -> str:
    """The category a source programme gives, else the one its place in the notice implies:
    附件2 sports, 二(三) free public services, section 二(二)'s first item (the 身边 culture
    support) and its items outside the attachments the 普惠 services, everything else culture."""
    category = source.get("category")
    if category in CATEGORIES:
        return str(category)
    section = _normal_section(str(source.get("section") or ""))
    if source.get("attachment") == 2:
        return "体育"
    if section.startswith("二(三)"):
        return "公益"
    if section.startswith("二(二)") and (source.get("attachment") is None or section == "二(二)1"):
        return "普惠服务"
    return "文化"


def _normal_section(text: str) -> str:
    return text.replace("（", "(").replace("）", ")").replace(" ", "")


def _contact_texts(contacts: list[Any]) -> list[str]:
    texts = []
    for contact in contacts:
        if isinstance(contact, ContactInfo):
            provider, name, phones = contact.provider, contact.name, contact.phones
        else:
            provider, name = contact.get("provider", ""), contact.get("name", "")
            phones = contact.get("phones") or []
        phone_text = "、".join(phones)
        texts.append(f"{provider}：{name}" + (f" {phone_text}" if phone_text else ""))
    return texts


def _comparable(values: dict[str, Any]) -> dict[str, Any]:
    """A programme's fields (a source dict or ``ProgrammeInfo.to_json()``) as plain values."""
    flat: dict[str, Any] = {}
    for name in _TEXT_FIELDS:
        if name in values:
            flat[name] = str(values[name] or "").strip()
    for name in ("attachment", "window_start_month", "window_end_month"):
        if name in values:
            flat[name] = values[name]
    if "providers" in values:
        flat["providers"] = [str(p) for p in values["providers"] or []]
    if "contacts" in values:
        flat["contacts"] = _contact_texts(values["contacts"] or [])
    rules = values.get("rules") or {}
    for name in RULE_FIELDS:
        if name in rules:
            value = rules[name]
            flat[name] = bool(value) if name in ("uses_form", "online_needs_agreement") else value
    if "note" in rules:
        flat["note"] = str(rules["note"] or "").strip()
    return flat


def _differences(old: dict[str, Any], new: dict[str, Any]) -> list[FieldChange]:
    return [
        FieldChange(name, label, old.get(name), new[name])
        for name, label in FIELD_LABELS.items()
        if name in new and new[name] != old.get(name)
    ]


def _loose_name(name: str) -> str:
    """A name without its year and edition (2025年…第十五届…), to find last year's programme."""
    return _YEAR_RE.sub("", re.sub(r"\s+", "", name))


def _match(
    source: dict[str, Any], existing: list[ProgrammeInfo], taken: set[int]
) -> ProgrammeInfo | None:
    free = [info for info in existing if info.id not in taken]
    key = str(source.get("key") or "")
    name = str(source.get("name") or "").strip()
    for test in (
        lambda info: bool(key) and info.key == key,
        lambda info: info.name == name,
    ):
        found = [info for info in free if test(info)]
        if found:
            return found[0]
    loose = [info for info in free if _loose_name(info.name) == _loose_name(name)]
    return loose[0] if len(loose) == 1 else None


def _venue_text(venue: dict[str, Any]) -> tuple[str, ...]:
    fields = ("name", "address", "phone_hours", "booking", "notes")
    return tuple(str(venue.get(name) or "").strip() for name in fields)


def _without_blanks(source: dict[str, Any]) -> dict[str, Any]:
    """A source without the texts and lists it leaves empty: a notice that does not say a
    programme's content or hosting units does not erase what the catalogue holds."""
    blank_ok = ("attachment", "window_start_month", "window_end_month", "rules")
    return {
        name: value
        for name, value in source.items()
        if name in blank_ok or value not in (None, "", [])
    }


def plan_update(
    session: Session,
    year: int,
    programmes: list[dict[str, Any]],
    venues: list[dict[str, Any]] | None = None,
) -> CataloguePlan:
    """Compare ``programmes`` (source dicts) with the catalogue of ``year``; writes nothing."""
    existing = list_programmes(session, year=year)
    taken: set[int] = set()
    items: list[PlannedProgramme] = []
    for source in programmes:
        if not str(source.get("name") or "").strip():
            raise UserError("来源中有一个服务项目没有名称，无法导入。")
        match = _match(source, existing, taken)
        if match is None:
            items.append(PlannedProgramme("add", source))
            continue
        assert match.id is not None
        taken.add(match.id)
        source = _without_blanks(source)
        wanted = {**source, "category": category_of({**match.to_json(), **source})}
        changes = _differences(_comparable(match.to_json()), _comparable(wanted))
        items.append(
            PlannedProgramme(
                "change" if changes else "unchanged",
                source,
                existing_id=match.id,
                existing_name=match.name,
                hand_edited=match.hand_edited,
                changes=changes,
            )
        )
    kept = session.exec(select(Venue).where(Venue.year == year).order_by(col(Venue.seq))).all()
    same = [_venue_text(v.model_dump()) for v in kept] == [_venue_text(v) for v in venues or []]
    return CataloguePlan(
        year=year,
        items=items,
        not_in_source=[info.name for info in existing if info.id not in taken],
        venues=[] if same else list(venues or []),
        existing_venues=len(kept),
        catalogue_existed=bool(existing),
    )


# -- applying ----------------------------------------------------------------------------------


def _overlay(info: ProgrammeInfo, source: dict[str, Any]) -> ProgrammeInfo:
    """``info`` with every field the source gives."""
    for name in (*_TEXT_FIELDS, "attachment", "window_start_month", "window_end_month"):
        if name in source:
            value = source[name]
            if name in _TEXT_FIELDS:
                value = str(value or "").strip()
            setattr(info, name, value)
    info.category = category_of(source if info.id is None else {**info.to_json(), **source})
    if "providers" in source:
        info.providers = [str(p) for p in source["providers"] or []]
    if "contacts" in source:
        info.contacts = [
            ContactInfo(
                str(c.get("provider") or ""),
                str(c.get("name") or ""),
                [str(p) for p in c.get("phones") or []],
                str(c.get("scope") or ""),
            )
            for c in source["contacts"] or []
            if c.get("name")
        ]
    rules = dict(info.rules)
    rules.update(source.get("rules") or {})
    info.rules = rules
    return info


def _free_key(source: dict[str, Any], used: set[str], year: int) -> str:
    candidates = [str(source.get("key") or "")]
    if source.get("attachment") and source.get("seq"):
        candidates.append(f"a{source['attachment']}-{source['seq']}")
    for key in candidates:
        if key and key not in used:
            return key
    number = 1
    while f"n{year}-{number}" in used:
        number += 1
    return f"n{year}-{number}"


def apply_plan(
    session: Session, plan: CataloguePlan, *, overwrite_edits: bool = False, source: str = "notice"
) -> ApplyResult:
    """Write a plan in one transaction. Changes to programmes edited by hand are skipped unless
    ``overwrite_edits``; ``source`` is recorded on added programmes (notice / import). Every
    programme the source gives is checked afterwards (no longer 待核实)."""
    result = ApplyResult(unchanged=len(plan.of("unchanged")))
    used = set(session.exec(select(Programme.key).where(Programme.year == plan.year)).all())
    by_key: dict[str, int] = {}
    with session.begin_nested():
        for item in plan.items:
            if item.action == "unchanged":
                _confirm(session, item.existing_id)  # the source says the same: checked
                continue
            if item.action == "change":
                assert item.existing_id is not None
                if item.hand_edited and not overwrite_edits:
                    result.kept_edits.append(item.name)
                    continue
                if item.hand_edited:
                    result.overwritten_edits.append(item.name)
                info = _overlay(get_programme(session, item.existing_id), item.source)
                result.updated += 1
            else:
                blank = ProgrammeInfo(id=None, year=plan.year, name="", category="文化")
                info = _overlay(blank, item.source)
                result.added += 1
            saved = save_programme(session, info, by_user=False)
            programme = session.get(Programme, saved.id)
            assert programme is not None
            programme.hand_edited = False
            programme.needs_review = False
            if item.action == "add":
                programme.source = source
                programme.key = _free_key(item.source, used, plan.year)
                used.add(programme.key)
            by_key[str(item.source.get("key") or programme.key)] = programme.id or 0
            session.add(programme)
        for item in plan.items:
            parent = item.source.get("parent")
            own = by_key.get(str(item.source.get("key") or ""))
            if parent and own and parent in by_key:
                programme = session.get(Programme, own)
                assert programme is not None
                programme.parent_id = by_key[parent]
        if plan.venues:
            _replace_venues(session, plan.year, plan.venues)
            result.venues = len(plan.venues)
        session.flush()
    return result


def _confirm(session: Session, programme_id: int | None) -> None:
    programme = session.get(Programme, programme_id) if programme_id is not None else None
    if programme is not None and programme.needs_review:
        programme.needs_review = False
        session.add(programme)


def _replace_venues(session: Session, year: int, venues: list[dict[str, Any]]) -> None:
    session.exec(delete(Venue).where(Venue.year == year))  # type: ignore[call-overload]
    for index, entry in enumerate(venues, start=1):
        session.add(
            Venue(
                year=year,
                seq=int(entry.get("seq") or index),
                name=str(entry.get("name") or ""),
                address=str(entry.get("address") or ""),
                phone_hours=str(entry.get("phone_hours") or ""),
                booking=str(entry.get("booking") or ""),
                notes=str(entry.get("notes") or ""),
            )
        )
