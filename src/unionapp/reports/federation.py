"""The federation's figures: per union, the year's applications by status and the members served,
over every union a login may read (on a server: all of them for a federation login; one union
for everyone else and on a single PC).

Only applications and their participant counts are read, never a member row: a federation login
has no right to the roster. An application belongs to the year as in the union's own report
(service time, else declaration date, else creation day); members served count the attendance of
each completed service, else its participants, else the count entered by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Date, and_, case, cast, func, select
from sqlmodel import Session

from unionapp.applications.statuses import STATUS_LABELS
from unionapp.models import Application, ApplicationParticipant, UnionProfile

DONE = "done"


@dataclass
class UnionFigures:
    union_id: int
    name: str
    by_status: dict[str, int] = field(default_factory=dict)
    people: int = 0

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
            "by_status": self.by_status(),
            "unions": [union.to_json() for union in self.unions],
        }


def federation_figures(session: Session, year: int) -> FederationFigures:
    """The year's figures of every union this login may read, in the order of union number."""
    app = Application.__table__.c  # type: ignore[attr-defined]
    start, end = datetime.combine(date(year, 1, 1), time()), datetime(year + 1, 1, 1)
    day = func.coalesce(cast(app.service_time, Date), app.declared_on, cast(app.created_at, Date))
    participants = (
        select(
            ApplicationParticipant.application_id.label("application_id"),  # type: ignore[attr-defined]
            func.count().label("n"),
        )
        .group_by(ApplicationParticipant.application_id)
        .subquery()
    )
    served = func.coalesce(app.attendance, participants.c.n, app.participant_count, 0)
    rows = session.execute(
        select(
            app.union_id,
            app.status,
            func.count(),
            func.sum(case((app.status == DONE, served), else_=0)),
        )
        .select_from(Application.__table__)  # type: ignore[attr-defined]
        .outerjoin(participants, participants.c.application_id == app.id)
        .where(and_(day >= start.date(), day < end.date()))
        .group_by(app.union_id, app.status)
    ).all()
    profile = UnionProfile.__table__.c  # type: ignore[attr-defined]
    names = dict(session.execute(select(profile.id, profile.name).order_by(profile.id)).all())
    unions = {union_id: UnionFigures(union_id, name) for union_id, name in names.items()}
    for union_id, status, count, people in rows:
        figures = unions.setdefault(union_id, UnionFigures(union_id, ""))
        figures.by_status[status] = count
        figures.people += int(people or 0)
    return FederationFigures(year, [unions[key] for key in sorted(unions)])
