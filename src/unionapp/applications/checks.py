"""Warnings about an application's form fields, shown beside the fields; they never block saving.

Field checks live here (required, phone, past_time, glyph); the notice's rules (lead time, yearly
limit, …) come from ``unionapp.applications.rules`` once that module exists.
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlmodel import Session

from unionapp.applications.fields import FIELD_NAMES, TEXT_FIELDS
from unionapp.applications.warnings import Warning, text_args
from unionapp.form.fonts import missing_characters
from unionapp.models import Application

REQUIRED_FIELDS: tuple[str, ...] = (
    "provider",
    "union_name",
    "contact",
    "phone",
    "service_time",
    "service_item",
    "scale",
    "location",
)
"""Fields the hosting unit needs to act on a request."""

# Statuses whose service time is still ahead (a done service lies in the past, rightly).
_OPEN_STATUSES = frozenset({"draft", "printed", "returned"})

_MOBILE = re.compile(r"^(\+?86)?1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^(\(?0\d{2,3}\)?[-\s]?)?[2-9]\d{6,7}([-转#]\d{1,6}|分机\d{1,6})?$")
_SERVICE_NUMBER = re.compile(r"^[48]00[-\s]?\d{3}[-\s]?\d{4}$")
_PHONE_SEPARATORS = re.compile(r"[、,，;；/]+")


def is_phone_number(text: str) -> bool:
    """True if every number in ``text`` (separated by 、 , ; /) is a mainland phone number."""
    numbers = [n.strip() for n in _PHONE_SEPARATORS.split(text) if n.strip()]
    if not numbers:
        return False
    for number in numbers:
        compact = re.sub(r"[\s-]", "", number)
        normalised = number.replace("（", "(").replace("）", ")")
        if not (
            _MOBILE.match(compact) or _LANDLINE.match(normalised) or _SERVICE_NUMBER.match(number)
        ):
            return False
    return True


def field_warnings(application: Application, *, now: datetime | None = None) -> list[Warning]:
    """Warnings about the fields themselves: empty, not a phone, in the past, unprintable."""
    now = now or datetime.now()
    warnings: list[Warning] = []
    for name in REQUIRED_FIELDS:
        value = getattr(application, name)
        if value is None or (isinstance(value, str) and not value.strip()):
            label = FIELD_NAMES[name]
            warnings.append(Warning("required", name, f"请填写“{label}”。", text_args(label=label)))
    phone = application.phone.strip()
    if phone and not is_phone_number(phone):
        warnings.append(
            Warning(
                "phone",
                "phone",
                f"“{phone}”不像电话号码（例：010-65116642 或 13910662798）。",
                text_args(phone=phone),
            )
        )
    if (
        application.service_time is not None
        and application.status in _OPEN_STATUSES
        and application.service_time < now
    ):
        warnings.append(
            Warning("past_time", "service_time", "申请服务时间已经过去，请改为将来的时间。")
        )
    for name in TEXT_FIELDS:
        missing = missing_characters(getattr(application, name))
        if missing:
            chars = "、".join(f"“{c}”（U+{ord(c):04X}）" for c in missing)
            label = FIELD_NAMES[name]
            warnings.append(
                Warning(
                    "glyph",
                    name,
                    f"“{label}”中的字符 {chars} 没有可用字体，无法打印，请改用常用字或拼音。",
                    text_args(label=label, chars=chars),
                )
            )
    return warnings


def application_warnings(
    session: Session, application: Application, *, now: datetime | None = None
) -> list[Warning]:
    """Field warnings, then the notice's rules."""
    from unionapp.applications.rules import rule_warnings  # rules → tracking → service: import late

    return field_warnings(application, now=now) + rule_warnings(session, application)
