"""A warning about an application: never blocks saving or printing, shown beside its field."""

from __future__ import annotations

from dataclasses import dataclass

Args = tuple[tuple[str, str], ...]
"""The values formatted into a message, by name, as text (the window re-formats them)."""


def text_args(**values: object) -> Args:
    """``values`` as message arguments: each value as its text."""
    return tuple((name, str(value)) for name, value in values.items())


@dataclass(frozen=True)
class Warning:
    """``rule`` is a stable id (e.g. ``lead_time``), ``field`` the form field it concerns (or "").

    ``message`` is the Chinese text; ``args`` the values formatted into it, so that the window
    can word the same warning in its own language.
    """

    rule: str
    field: str
    message: str
    args: Args = ()

    def to_json(self) -> dict[str, str]:
        return {"rule": self.rule, "field": self.field, "message": self.message}
