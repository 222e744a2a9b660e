"""Which union a row belongs to, and who changed a record last.

On a server several unions share the tables: every union-owned row carries ``union_id``, which the
server fills in from the login's union (migration 0009) and row-level security filters on; the
program never sets it. On the data folder's SQLite file it is always 1.

Editable records carry ``version`` (optimistic locking: a save based on an older version matches
no row and is refused) and ``updated_by``; on a server a trigger writes the login there, so no
client can claim to be someone else. On a single PC it is the operating-system user.
"""

from __future__ import annotations

import getpass
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, event
from sqlalchemy.orm import declared_attr, object_session
from sqlmodel import Field


def current_actor() -> str:
    """Who is working here: the operating-system user (a server writes its login instead)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def union_field() -> Any:
    """The ``union_id`` column of a union-owned table (filled in by the database)."""
    return Field(default=None, nullable=False, index=True, sa_column_kwargs={"server_default": "1"})


def version_field() -> Any:
    return Field(default=1, sa_column_kwargs={"server_default": "1"})


def updated_by_field() -> Any:
    return Field(default="", sa_column_kwargs={"server_default": ""})


def updated_at_field() -> Any:
    """When a record that did not always keep the time was last changed (empty before)."""
    return Field(default=None, sa_type=DateTime)


def created_by_field() -> Any:
    return Field(default_factory=current_actor, sa_column_kwargs={"server_default": ""})


class Versioned:
    """Mixin for editable records: the ORM checks and raises ``version`` with every update."""

    @declared_attr  # type: ignore[misc]
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


def record_who_changes(cls: type, *, when: bool = False) -> None:
    """Set ``updated_by`` (and with ``when``, ``updated_at``) on every insert and update of
    ``cls``'s rows. Applications and members set their ``updated_at`` themselves."""

    def stamp(_mapper: object, _connection: object, target: Any) -> None:
        target.updated_by = current_actor()
        if when:
            target.updated_at = datetime.now()

    def stamp_a_change(mapper: object, connection: object, target: Any) -> None:
        # the ORM calls this for every row touched, even one set to the values it had: stamping
        # that would turn a save that changed nothing into a new version
        session = object_session(target)
        if session is not None and session.is_modified(target, include_collections=False):
            stamp(mapper, connection, target)

    event.listen(cls, "before_insert", stamp)
    event.listen(cls, "before_update", stamp_a_change)
