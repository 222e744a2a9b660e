"""The figures of a report, computed straight from the tables for a period and optional filters.

An application counts once it was sent: submitted or any later status (returned, declined, and
withdrawn after it was sent included). A sent application belongs to the period it was first
sent in (the earliest current 已报送 entry; without one, its service time, else its declaration
date, else the day it was created). Applications never sent (drafts, printed ones, withdrawn
before sending) belong to a period by that same fallback date; they are listed apart
(尚未报送) and stay out of every total and chart. A service counts in the period it took place
(the confirmed time, else the requested one), whenever the application was sent.

Person-times (人次) add up the attendance of each completed service, or its participant count
when no attendance was recorded; members reached counts distinct members on the participant
lists. Free text (reasons, notes) is masked so that no ID number or mobile number reaches a
report; member names appear only when asked for.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import and_, or_
from sqlmodel import Session, select

from unionapp.applications.statuses import STATUS_LABELS
from unionapp.logsetup import mask_personal_data
from unionapp.models import (
    Application,
    ApplicationParticipant,
    Member,
    Programme,
    ProgrammeProvider,
    Provider,
    TimelineEntry,
)
from unionapp.reports.period import ReportQuery, period_text
from unionapp.union import get_union

OPEN_STATUSES = ("submitted", "accepted", "scheduled", "returned")
NEVER_SENT = ("draft", "printed")
CLOSED_WITH_REASON = ("declined", "withdrawn")
UNCATEGORISED = "未分类"
UNNAMED = "未填写"
ACTIVE_MEMBER = "在册"


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status or UNNAMED)


@dataclass(frozen=True)
class ApplicationRow:
    """One application as the report lists it (no phone, no ID number; names only if asked)."""

    id: int
    report_date: date  # the requested service day, else the declaration date, else creation
    service_time: datetime | None  # the confirmed time, else the requested one
    declared_on: date | None
    requested_time: datetime | None  # as on the form
    sent_on: date | None  # the first current 已报送 entry
    programme: str
    category: str
    provider: str
    status: str
    participants: int | None
    attendance: int | None
    project_no: str
    reason: str = ""
    closed_on: date | None = None
    attendees: tuple[str, ...] = ()
    member_ids: tuple[int, ...] = ()

    @property
    def status_label(self) -> str:
        return status_label(self.status)

    @property
    def rescheduled(self) -> bool:
        """The confirmed service time differs from the one requested on the form."""
        return self.requested_time is not None and self.service_time != self.requested_time

    @property
    def people(self) -> int:
        """Members served by this application: attendance, else the participants, else 0."""
        if self.attendance is not None:
            return self.attendance
        return self.participants or 0


@dataclass(frozen=True)
class TimelineRow:
    """One current (not superseded) dated entry of an application in the report."""

    application_id: int
    date: date
    programme: str
    status: str
    from_status: str
    via: str
    to_whom: str
    reason: str
    note: str
    project_no: str
    scheduled_at: datetime | None
    attendance: int | None
    feedback: str


@dataclass
class ReportFigures:
    """Everything a report shows; ``to_json()`` gives the figures for scripts."""

    union_name: str
    start: date
    end: date
    category: str | None
    provider: str | None
    list_attendees: bool
    rows: list[ApplicationRow]
    timeline: list[TimelineRow]
    roster_active: int
    unsent: list[ApplicationRow] = field(default_factory=list)
    services: list[ApplicationRow] = field(default_factory=list)
    active_member_ids: frozenset[int] = frozenset()
    generated_at: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))

    # -- counts -----------------------------------------------------------------------------
    @property
    def period_text(self) -> str:
        return period_text(self.start, self.end)

    @property
    def applications(self) -> int:
        """Applications sent in the period (``rows``); the never-sent ones are ``unsent``."""
        return len(self.rows)

    @property
    def by_status(self) -> dict[str, int]:
        """Every status in workflow order, zeros included."""
        counts = Counter(row.status for row in self.rows)
        ordered = {status: counts.pop(status, 0) for status in STATUS_LABELS}
        ordered.update(sorted(counts.items()))
        return ordered

    @property
    def by_sent_status(self) -> dict[str, int]:
        """``by_status`` without the never-sent statuses (always 0), for the printed tables."""
        return {s: n for s, n in self.by_status.items() if s not in NEVER_SENT}

    @property
    def by_provider(self) -> dict[str, int]:
        return _most_first(row.provider for row in self.rows)

    @property
    def by_category(self) -> dict[str, int]:
        return _most_first(row.category for row in self.rows)

    @property
    def by_programme(self) -> dict[str, int]:
        return _most_first(row.programme for row in self.rows)

    @property
    def by_month(self) -> dict[str, int]:
        """Applications per month ``YYYY-MM`` over every month of the period, zeros included."""
        counts = Counter(_sent_day(row).strftime("%Y-%m") for row in self.rows)
        months: dict[str, int] = {}
        year, month = self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            key = f"{year:04d}-{month:02d}"
            months[key] = counts.get(key, 0)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months

    @property
    def services_done(self) -> list[ApplicationRow]:
        """Services that took place in the period, whenever their application was sent."""
        return sorted(self.services, key=lambda r: (service_day(r), r.id))

    @property
    def person_times(self) -> int:
        """人次: attendance (else participants) added up over the services done."""
        return sum(row.people for row in self.services_done)

    @property
    def members_reached(self) -> int:
        """Distinct members on the participant lists of the services done."""
        return len(self._reached_ids())

    @property
    def roster_share(self) -> float | None:
        """The share of members on the roster who took part in a service (never above 1)."""
        if not self.roster_active:
            return None
        return len(self._reached_ids() & self.active_member_ids) / self.roster_active

    def _reached_ids(self) -> set[int]:
        return {member for row in self.services_done for member in row.member_ids}

    @property
    def declined_withdrawn(self) -> list[ApplicationRow]:
        return sorted(
            (r for r in self.rows if r.status in CLOSED_WITH_REASON),
            key=lambda r: (r.closed_on or r.report_date, r.id),
        )

    @property
    def still_open(self) -> list[ApplicationRow]:
        """Sent in the period and not finished yet."""
        return sorted(
            (r for r in self.rows if r.status in OPEN_STATUSES), key=lambda r: (r.report_date, r.id)
        )

    @property
    def not_sent(self) -> list[ApplicationRow]:
        """Never-sent applications of the period (尚未报送), kept out of every figure."""
        return sorted(self.unsent, key=lambda r: (r.report_date, r.id))

    # -- export -----------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        def service(row: ApplicationRow) -> dict[str, Any]:
            item: dict[str, Any] = {
                "id": row.id,
                "date": service_day(row).isoformat(),
                "service_time": _minutes(row.service_time),
                "requested_time": _minutes(row.requested_time),
                "programme": row.programme,
                "category": row.category,
                "provider": row.provider,
                "attendance": row.people,
            }
            if self.list_attendees:
                item["attendees"] = list(row.attendees)
            return item

        return {
            "union": self.union_name,
            "period": {
                "from": self.start.isoformat(),
                "to": self.end.isoformat(),
                "text": self.period_text,
            },
            "filters": {"category": self.category, "provider": self.provider},
            "applications": self.applications,
            "unsent": len(self.unsent),
            "by_status": self.by_status,
            "by_provider": self.by_provider,
            "by_category": self.by_category,
            "by_programme": self.by_programme,
            "by_month": self.by_month,
            "services_done": [service(row) for row in self.services_done],
            "person_times": self.person_times,
            "members_reached": self.members_reached,
            "roster_active": self.roster_active,
            "roster_share": None if self.roster_share is None else round(self.roster_share, 4),
            "declined_withdrawn": [
                {
                    "id": row.id,
                    "status": row.status,
                    "date": (row.closed_on or row.report_date).isoformat(),
                    "programme": row.programme,
                    "provider": row.provider,
                    "reason": row.reason,
                }
                for row in self.declined_withdrawn
            ],
            "still_open": [
                {
                    "id": row.id,
                    "status": row.status,
                    "date": row.report_date.isoformat(),
                    "programme": row.programme,
                    "provider": row.provider,
                }
                for row in self.still_open
            ],
            "unsent_applications": [
                {
                    "id": row.id,
                    "status": row.status,
                    "date": row.report_date.isoformat(),
                    "programme": row.programme,
                    "provider": row.provider,
                }
                for row in self.not_sent
            ],
        }


def service_day(row: ApplicationRow) -> date:
    """The day a service took place: its confirmed or requested time, else the report date."""
    return row.service_time.date() if row.service_time else row.report_date


def _sent_day(row: ApplicationRow) -> date:
    return row.sent_on or row.report_date


def _minutes(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="minutes") if moment else None


def _most_first(values: Any) -> dict[str, int]:
    counts = Counter(values)
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


# -- computing ------------------------------------------------------------------------------
def compute_figures(session: Session, query: ReportQuery) -> ReportFigures:
    """Read the applications of the period (and their programmes, timeline, participants)."""
    applications = _candidates(session, query)
    programme_ids = {a.programme_id for a in applications if a.programme_id is not None}
    programmes = _programmes(session, programme_ids)
    first_providers = _first_providers(session, programme_ids)
    app_ids = [a.id for a in applications if a.id is not None]
    entries = _current_entries(session, app_ids)
    participants = _participants(session, app_ids, with_names=query.list_attendees)

    rows: list[ApplicationRow] = []
    unsent: list[ApplicationRow] = []
    services: list[ApplicationRow] = []
    for app in applications:
        assert app.id is not None
        programme = programmes.get(app.programme_id) if app.programme_id is not None else None
        category = (
            programme.category if programme is not None and programme.category else UNCATEGORISED
        )
        provider = (
            app.provider.strip() or first_providers.get(app.programme_id or -1, "") or UNNAMED
        )
        if query.category and category != query.category:
            continue
        if query.provider and provider != query.provider:
            continue
        own_entries = entries.get(app.id, [])
        sent_days = [e.date for e in own_entries if e.status == "submitted"]
        sent = app.status not in NEVER_SENT and (app.status != "withdrawn" or bool(sent_days))
        listed = participants.get(app.id, [])
        closing = _closing_entry(own_entries, app.status)
        row = ApplicationRow(
            id=app.id,
            report_date=_report_date(app),
            service_time=app.scheduled_at or app.service_time,
            declared_on=app.declared_on,
            requested_time=app.service_time,
            sent_on=min(sent_days) if sent_days else None,
            programme=(programme.name if programme else "") or app.service_item.strip() or UNNAMED,
            category=category,
            provider=provider,
            status=app.status,
            participants=len(listed) if listed else app.participant_count,
            attendance=app.attendance,
            project_no=app.project_no,
            reason=_clean((closing.reason or closing.note) if closing else ""),
            closed_on=closing.date if closing else None,
            attendees=tuple(name for _, name in listed if name) if query.list_attendees else (),
            member_ids=tuple(member for member, _ in listed),
        )
        if sent and query.start <= _sent_day(row) <= query.end:
            rows.append(row)
        if not sent and query.start <= row.report_date <= query.end:
            unsent.append(row)
        if app.status == "done" and query.start <= service_day(row) <= query.end:
            services.append(row)
    rows.sort(key=lambda r: (r.report_date, r.id))
    kept = {row.id: row.programme for row in (*rows, *services, *unsent)}
    timeline = [
        _timeline_row(entry, kept[app_id]) for app_id in kept for entry in entries.get(app_id, [])
    ]
    timeline.sort(key=lambda t: (t.date, t.application_id))
    active = frozenset(
        session.exec(select(Member.id).where(Member.status == ACTIVE_MEMBER))  # type: ignore[arg-type]
    )
    return ReportFigures(
        union_name=get_union(session).name,
        start=query.start,
        end=query.end,
        category=query.category,
        provider=query.provider,
        list_attendees=query.list_attendees,
        rows=rows,
        timeline=timeline,
        roster_active=len(active),
        unsent=unsent,
        services=services,
        active_member_ids=active,
    )


def _report_date(app: Application) -> date:
    if app.service_time is not None:
        return app.service_time.date()
    if app.declared_on is not None:
        return app.declared_on
    return app.created_at.date()


def _candidates(session: Session, query: ReportQuery) -> list[Application]:
    """Applications that may belong to the period: by their own dates, by a 已报送 entry in
    it, or by a confirmed service time in it (``compute_figures`` sorts them out)."""
    first = datetime.combine(query.start, time.min)
    last = datetime.combine(query.end, time.max)
    sent_in_period = select(TimelineEntry.application_id).where(
        TimelineEntry.status == "submitted",
        TimelineEntry.superseded_by.is_(None),  # type: ignore[union-attr]
        TimelineEntry.date.between(query.start, query.end),  # type: ignore[attr-defined]
    )
    in_period = or_(
        Application.service_time.between(first, last),  # type: ignore[union-attr]
        Application.scheduled_at.between(first, last),  # type: ignore[union-attr]
        Application.id.in_(sent_in_period),  # type: ignore[union-attr]
        and_(
            Application.service_time.is_(None),  # type: ignore[union-attr]
            Application.declared_on.between(query.start, query.end),  # type: ignore[union-attr]
        ),
        and_(
            Application.service_time.is_(None),  # type: ignore[union-attr]
            Application.declared_on.is_(None),  # type: ignore[union-attr]
            Application.created_at.between(first, last),  # type: ignore[attr-defined]
        ),
    )
    return list(session.exec(select(Application).where(in_period)))


def _programmes(session: Session, ids: set[int]) -> dict[int | None, Programme]:
    if not ids:
        return {}
    found = session.exec(select(Programme).where(Programme.id.in_(ids)))  # type: ignore[union-attr]
    return {p.id: p for p in found}


def _first_providers(session: Session, ids: set[int]) -> dict[int, str]:
    """The first hosting unit listed for each programme (used when the form leaves it empty)."""
    if not ids:
        return {}
    links = session.exec(
        select(ProgrammeProvider.programme_id, Provider.name)
        .join(Provider, Provider.id == ProgrammeProvider.provider_id)  # type: ignore[arg-type]
        .where(ProgrammeProvider.programme_id.in_(ids))  # type: ignore[attr-defined]
        .order_by(ProgrammeProvider.position)
    )
    first: dict[int, str] = {}
    for programme_id, name in links:
        first.setdefault(programme_id, name)
    return first


def _current_entries(session: Session, app_ids: list[int]) -> dict[int, list[TimelineEntry]]:
    grouped: dict[int, list[TimelineEntry]] = defaultdict(list)
    for chunk in _chunks(app_ids):
        found = session.exec(
            select(TimelineEntry)
            .where(TimelineEntry.application_id.in_(chunk))  # type: ignore[attr-defined]
            .where(TimelineEntry.superseded_by.is_(None))  # type: ignore[union-attr]
        )
        for entry in found:
            grouped[entry.application_id].append(entry)
    for entries in grouped.values():
        entries.sort(key=lambda e: (e.date, e.id or 0))
    return grouped


def _participants(
    session: Session, app_ids: list[int], *, with_names: bool
) -> dict[int, list[tuple[int, str]]]:
    """Participants per application as (member id, name); names only if asked for."""
    grouped: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for chunk in _chunks(app_ids):
        found = session.exec(
            select(ApplicationParticipant.application_id, Member.id, Member.name)
            .join(Member, Member.id == ApplicationParticipant.member_id)  # type: ignore[arg-type]
            .where(ApplicationParticipant.application_id.in_(chunk))  # type: ignore[attr-defined]
            .order_by(Member.sort_key)
        )
        for app_id, member_id, name in found:
            grouped[app_id].append((member_id, name if with_names else ""))
    return grouped


def _closing_entry(entries: list[TimelineEntry], status: str) -> TimelineEntry | None:
    """The latest entry that set the application's current status (declined / withdrawn)."""
    if status not in CLOSED_WITH_REASON:
        return None
    for entry in reversed(entries):
        if entry.status == status:
            return entry
    return None


def _timeline_row(entry: TimelineEntry, programme: str) -> TimelineRow:
    return TimelineRow(
        application_id=entry.application_id,
        date=entry.date,
        programme=programme,
        status=status_label(entry.status) if entry.status else "备注",
        from_status=status_label(entry.from_status) if entry.from_status else "",
        via=entry.via,
        to_whom=_clean(entry.to_whom),
        reason=_clean(entry.reason),
        note=_clean(entry.note),
        project_no=entry.project_no,
        scheduled_at=entry.scheduled_at,
        attendance=entry.attendance,
        feedback=_clean(entry.feedback),
    )


def _clean(text: str) -> str:
    return mask_personal_data(text.strip())


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]
