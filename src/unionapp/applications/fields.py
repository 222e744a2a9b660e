"""The application form's stored fields and their labels (shared by the service and the checks)."""

from __future__ import annotations

from unionapp.form.data import FIELD_LABELS

TEXT_FIELDS: tuple[str, ...] = (
    "provider",
    "union_name",
    "contact",
    "contact_title",
    "phone",
    "service_item",
    "category",
    "scale",
    "location",
    "needs",
    "notes",
    "opinion",
)
"""The form's free-text fields, as stored on Application."""

FORM_FIELDS: tuple[str, ...] = (
    "programme_id",
    *TEXT_FIELDS,
    "service_time",
    "declared_on",
    "participant_count",
)
"""Every stored field of the form (what an edit may set, what a sent version keeps)."""

INPUT_KEYS: tuple[str, ...] = ("programme", *TEXT_FIELDS, "service_time", "declared_on")
"""Keys accepted in the JSON file of ``application new --json-file``."""

FIELD_NAMES: dict[str, str] = {
    **{k: v for k, v in FIELD_LABELS.items() if k != "seal_date"},
    "programme": "服务项目",
    "contact": "联系人",
    "contact_title": "职务",
}
"""Application field → its label on the form (for messages)."""
