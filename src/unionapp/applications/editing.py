"""Saving an application that someone else may have changed meanwhile (optimistic locking).

A save names the version it was based on; when the application has moved on since, nothing is
written and the message says who changed it and when, so the user can look and reapply.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

from unionapp.applications.service import get_application, update_application
from unionapp.catalogue.query import find_programme
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
