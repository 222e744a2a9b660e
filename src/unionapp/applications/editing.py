"""Saving an application that someone else may have changed meanwhile (optimistic locking).

A save names the version it was based on; when the application has moved on since, nothing is
written and the message says who changed it and when, so the user can look and reapply.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

from unionapp.applications.fields import FORM_FIELDS
from unionapp.applications.service import get_application, update_application
from unionapp.catalogue.query import find_programme
from unionapp.clashes import Clash, LastChange, find_clashes
from unionapp.errors import UserError
from unionapp.models import Application


class StaleEdit(UserError):
    """The record changed since the version a save was based on."""


def changed_since(application: Application, based_on: int) -> str:
    """The plain message for a save based on version ``based_on`` of a newer application."""
    who = application.updated_by or "（未知）"
    when = application.updated_at.strftime("%Y-%m-%d %H:%M:%S")
    return (
        f"申请 {application.id} 在您依据的第 {based_on} 版之后已被 {who} 于 {when} 修改"
        f"（现为第 {application.version} 版）。本次修改没有保存；"
        "请重新打开这份申请，对照后再把您的修改填上。"
    )


def edit_application(
    session: Session, app_id: int, values: dict[str, Any], based_on: int
) -> Application:
    """Save ``values`` (keys as in ``application new``'s JSON file) onto version ``based_on``."""
    application = get_application(session, app_id)
    if application.version != based_on:
        raise StaleEdit(changed_since(application, based_on))
    given = dict(values)
    programme_ref = given.pop("programme", None)
    if programme_ref is not None:
        given["programme_id"] = find_programme(session, programme_ref).id
    try:
        application = update_application(session, app_id, given)
    except StaleDataError:  # saved by someone else between reading and writing
        session.rollback()
        raise StaleEdit(changed_since(get_application(session, app_id), based_on)) from None
    session.refresh(application)  # a server wrote the login into updated_by
    return application


@dataclass
class FormSave:
    """What became of a save from the editor: saved, or stopped by clashing changes."""

    saved: bool
    stored: dict[str, Any]  # the form's fields as the database now holds them
    clashes: list[Clash] = field(default_factory=list)
    changed_by: LastChange | None = None  # who changed the application meanwhile, and when
    merged: bool = False  # someone else's changes to other fields were kept alongside


def form_values(application: Application) -> dict[str, Any]:
    return {name: getattr(application, name) for name in FORM_FIELDS}


def save_form(
    session: Session,
    app_id: int,
    loaded: dict[str, Any],
    mine: dict[str, Any],
    *,
    keep_mine: bool = False,
    drop: Iterable[str] = (),
) -> FormSave:
    """Save the fields the user changed (``mine``) since the editor loaded ``loaded``.

    Changes someone else made meanwhile to other fields are kept. Where both changed the same
    field differently nothing is written, and the clashes are returned, unless ``keep_mine``
    (write the user's values) or ``drop`` (leave those fields as the other person set them).
    """
    current = get_application(session, app_id)
    theirs = form_values(current)
    moved, clashes = find_clashes(loaded, mine, theirs)
    who = LastChange.of(current) if moved else None
    if clashes and not keep_mine and not drop:
        return FormSave(False, theirs, clashes, who)
    skipped = set(drop)
    application = update_application(
        session, app_id, {k: v for k, v in mine.items() if k not in skipped}
    )
    return FormSave(True, form_values(application), clashes, who, merged=bool(moved))
