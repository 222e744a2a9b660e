"""Fixtures for the deadline, rule, timeline and to-do tests: applications in a real database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest
from sqlmodel import Session, select
from tracking_helpers import PATH_TO, SCHEDULED, change_for

from unionapp.applications.service import create_application
from unionapp.applications.tracking import StatusChange, change_status, submit
from unionapp.models import Programme


def programme_by_key(session: Session, key: str, year: int = 2023) -> Programme:
    return session.exec(select(Programme).where(Programme.key == key, Programme.year == year)).one()


@pytest.fixture
def new_app(ctx: Any) -> Callable[..., int]:
    """Make an application for a catalogue programme (by key), optionally moved to a status."""

    def make(
        key: str | None = "a1-2",
        service_time: datetime | None = datetime(2023, 5, 8, 14, 0),
        status: str = "draft",
        on: date = date(2023, 4, 10),
        **values: Any,
    ) -> int:
        with ctx.session() as session:
            programme_id = programme_by_key(session, key).id if key else None
            application = create_application(
                session,
                {"service_time": service_time, "service_item": "送文化", **values},
                programme_id=programme_id,
                today=on,
            )
            assert application.id is not None
            for step in PATH_TO[status]:
                # done is recorded on the confirmed service day at the earliest
                day = max(on, SCHEDULED.date()) if step == "done" else on
                change_status(session, application.id, change_for(step, day))
            return application.id

    return make


@pytest.fixture
def prepared(ctx: Any, new_app: Callable[..., int]) -> dict[str, int]:
    ids = {
        "due_soon": new_app(service_time=datetime(2023, 5, 8, 14)),  # deadline 04-14
        "due_later": new_app(service_time=datetime(2023, 6, 20, 9)),  # deadline 05-30
        "overdue_deadline": new_app(service_time=datetime(2023, 4, 20, 9), status="printed"),
        # the programme states no lead time: the notice's general 15 working days, 03-23
        "general_rule": new_app(key="a1-3", service_time=datetime(2023, 4, 14, 9)),
        "reply_late": new_app(),
        "reply_recent": new_app(),
        "soon": new_app(),
        "later": new_app(),
        "withdrawn": new_app(key="s2-2-2", status="withdrawn"),
    }
    with ctx.session() as session:
        submit(session, ids["reply_late"], date(2023, 4, 3), "邮寄")
        submit(session, ids["reply_recent"], date(2023, 4, 7), "电子邮件")
        for key, moment in (
            ("soon", datetime(2023, 4, 18, 14)),
            ("later", datetime(2023, 4, 25, 9)),
        ):
            submit(session, ids[key], date(2023, 4, 3), "现场")
            change_status(
                session, ids[key], StatusChange("scheduled", date(2023, 4, 6), scheduled_at=moment)
            )
    return ids
