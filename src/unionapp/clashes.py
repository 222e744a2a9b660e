"""Merging one person's edits of a record with another's made meanwhile (field by field).

The editor remembers the fields as it loaded them. On save, fields the other person changed and
the user did not are kept as the other person left them; fields both changed to different values
are clashes, for the user to decide (keep mine / take theirs); nothing is overwritten silently.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass
class Clash:
    """A field both people changed, to different values."""

    field: str
    theirs: Any
    mine: Any


def find_clashes(
    loaded: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any]
) -> tuple[set[str], list[Clash]]:
    """The fields the other person changed since ``loaded``, and those of them the user
    (``mine``: only the fields the user changed) changed differently."""
    moved = {name for name in loaded if theirs.get(name) != loaded[name]}
    clashes = [
        Clash(name, theirs[name], value)
        for name, value in mine.items()
        if name in moved and theirs[name] != value
    ]
    return moved, clashes


def merged_values(
    theirs: dict[str, Any], mine: dict[str, Any], drop: Iterable[str] = ()
) -> dict[str, Any]:
    """The other person's values with the user's changes on top, except the ``drop`` fields."""
    skipped = set(drop)
    return {**theirs, **{k: v for k, v in mine.items() if k not in skipped}}


@dataclass(frozen=True)
class LastChange:
    """Who saved a record last (a login, or the OS user on a single PC; empty if unknown) and
    when (None for a record last saved before its table kept the time)."""

    by: str
    at: datetime | None = None

    @classmethod
    def of(cls, record: Any) -> LastChange:
        """Read from a record's ``updated_by`` and ``updated_at``."""
        return cls(record.updated_by or "", getattr(record, "updated_at", None))
