"""A warning about an application: never blocks saving or printing, shown beside its field."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Warning:
    """``rule`` is a stable id (e.g. ``lead_time``), ``field`` the form field it concerns (or "")."""

    rule: str
    field: str
    message: str

    def to_json(self) -> dict[str, str]:
        return asdict(self)
