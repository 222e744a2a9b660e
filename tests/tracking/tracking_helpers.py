"""Helpers shared by the tracking tests (not fixtures)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sqlmodel import Session, select

from unionapp.applications.tracking import StatusChange
from unionapp.models import Programme

WORKCAL_DATA = Path(__file__).parents[1] / "workcal" / "data"
TODAY = date(2023, 4, 12)  # the fixed day of the to-do tests: a Wednesday after 清明 (04-05)
SCHEDULED = datetime(2023, 5, 8, 14, 0)  # the service time ``change_for`` confirms


def notice_path(year: int) -> Path:
    """The official notice text, as kept with the tests."""
    return WORKCAL_DATA / f"{year}.txt"


PATH_TO: dict[str, list[str]] = {
    "draft": [],
    "printed": ["printed"],
    "submitted": ["submitted"],
    "accepted": ["submitted", "accepted"],
    "scheduled": ["submitted", "accepted", "scheduled"],
    "done": ["submitted", "accepted", "scheduled", "done"],
    "declined": ["submitted", "declined"],
    "returned": ["submitted", "returned"],
    "withdrawn": ["withdrawn"],
}
"""From draft to each status by legal steps."""


def change_for(status: str, day: date) -> StatusChange:
    """A complete change to ``status`` (what each status asks for is filled in)."""
    return StatusChange(
        status,
        day,
        via="现场" if status == "submitted" else "",
        project_no="P-001" if status == "accepted" else "",
        scheduled_at=SCHEDULED if status == "scheduled" else None,
        attendance=35 if status == "done" else None,
        reason="名额已满" if status in ("declined", "returned") else "",
    )


def programme_id(session: Session, key: str, year: int = 2023) -> int:
    """The id of a catalogue programme by its key."""
    programme = session.exec(
        select(Programme).where(Programme.key == key, Programme.year == year)
    ).one()
    assert programme.id is not None
    return programme.id
