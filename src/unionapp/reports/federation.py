"""The federation's figures: per union, the year's applications by status and the members served,
over every union a login may read (on a server: all of them for a federation login; one union
for everyone else and on a single PC).

Only applications, their timeline and participant counts are read, never a member row: a
federation login has no right to the roster. The rules are the union's own report's: an
application counts once it was sent, in the year of its first 已报送 (else its service time,
declaration date or creation day); never-sent ones (drafts, printed, withdrawn before sending)
are counted apart as ``unsent`` in the year of that date. Members served add up the attendance
(else the participants, else the count entered by hand) of each service done in the year.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Date, and_, case, cast, func, or_, select
from sqlmodel import Session

from unionapp.applications.statuses import STATUS_LABELS
from unionapp.models import Application, ApplicationParticipant, TimelineEntry, UnionProfile
from unionapp.reports.figures import NEVER_SENT

DONE = "done"


@dataclass
class UnionFigures:
    union_id: int
    name: str
    by_status: dict[str, int] = field(default_factory=dict)  # the applications sent
    people: int = 0
    unsent: int = 0  # never sent: not in the figures

    @property
    def applications(self) -> int:
        return sum(self.by_status.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "union_id": self.union_id,
            "name": self.name,
            "applications": self.applications,
            "by_status": self.by_status,
            "people": self.people,
            "unsent": self.unsent,
        }


@dataclass
class FederationFigures:
    year: int
    unions: list[UnionFigures]

    @property
    def applications(self) -> int:
        return sum(u.applications for u in self.unions)

    @property
    def people(self) -> int:
        return sum(u.people for u in self.unions)

    @property
    def unsent(self) -> int:
        return sum(u.unsent for u in self.unions)

    def by_status(self) -> dict[str, int]:
        totals = dict.fromkeys(STATUS_LABELS, 0)
        for union in self.unions:
            for status, count in union.by_status.items():
                totals[status] = totals.get(status, 0) + count
        return {status: count for status, count in totals.items() if count}

    def to_json(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "applications": self.applications,
            "people": self.people,
            "unsent": self.unsent,
            "by_status": self.by_status(),
            "unions": [union.to_json() for union in self.unions],
        }


def federation_figures(session: Session, year: int) -> FederationFigures:
    """The year's figures of every union this login may read, in the order of union number."""
    app = Application.__table__.c  # type: ignore[attr-defined]
    entry = TimelineEntry.__table__.c  # type: ignore[attr-defined]
    year_start, year_end = date(year, 1, 1), date(year + 1, 1, 1)
    first_sent = (
        select(entry.application_id, func.min(entry.date).label("day"))
        .where(entry.status == "submitted", entry.superseded_by.is_(None))
        .group_by(entry.application_id)
        .subquery()
    )
    participants = (
        select(
            ApplicationParticipant.application_id.label("application_id"),  # type: ignore[attr-defined]
            func.count().label("n"),
        )
        .group_by(ApplicationParticipant.application_id)
        .subquery()
    )
    report_day = func.coalesce(
        cast(app.service_time, Date), app.declared_on, cast(app.created_at, Date)
    )
    sent = and_(
        app.status.not_in(NEVER_SENT), or_(app.status != "withdrawn", first_sent.c.day.is_not(None))
    )
    counted_on = case((sent, func.coalesce(first_sent.c.day, report_day)), else_=report_day)
    served_on = func.coalesce(
        cast(func.coalesce(app.scheduled_at, app.service_time), Date), report_day
    )
    served = func.coalesce(app.attendance, participants.c.n, app.participant_count, 0)
    joined = Application.__table__.outerjoin(
        first_sent, first_sent.c.application_id == app.id
    ).outerjoin(participants, participants.c.application_id == app.id)  # type: ignore[attr-defined]
    counts = session.execute(
        select(app.union_id, app.status, sent.label("sent"), func.count())
        .select_from(joined)
        .where(counted_on >= year_start, counted_on < year_end)
        .group_by(app.union_id, app.status, sent)
    ).all()
    people = session.execute(
        select(app.union_id, func.sum(served))
        .select_from(joined)
        .where(app.status == DONE, served_on >= year_start, served_on < year_end)
        .group_by(app.union_id)
    ).all()
    profile = UnionProfile.__table__.c  # type: ignore[attr-defined]
    names = dict(session.execute(select(profile.id, profile.name).order_by(profile.id)).all())
    unions = {union_id: UnionFigures(union_id, name) for union_id, name in names.items()}
    for union_id, status, was_sent, count in counts:
        figures = unions.setdefault(union_id, UnionFigures(union_id, ""))
        if was_sent:
            figures.by_status[status] = count
        else:
            figures.unsent += count
    for union_id, total in people:
        unions.setdefault(union_id, UnionFigures(union_id, "")).people = int(total or 0)
    return FederationFigures(year, [unions[key] for key in sorted(unions)])
