"""User settings kept in the database as JSON values under dotted keys."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session

from unionapp.models import Setting

DEFAULTS: dict[str, Any] = {
    "form.prefill_seal_date": False,
    "form.include_notes": True,
    "tracking.reply_overdue_workdays": 5,
    "applications.default_lead_workdays": 15,
}
"""``applications.default_lead_workdays``: the notice's general rule (申请需提前15个工作日),
used for an application whose programme states no lead time or that has no programme."""


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return DEFAULTS.get(key, default)
    return json.loads(row.value)


def set_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key) or Setting(key=key)
    row.value = json.dumps(value, ensure_ascii=False)
    session.add(row)
    session.flush()
