"""The statuses of an application: English keys for the command line and JSON, Chinese names."""

from __future__ import annotations

STATUS_LABELS: dict[str, str] = {
    "draft": "草稿",
    "printed": "已打印",
    "submitted": "已报送",
    "accepted": "已受理",
    "scheduled": "已排期",
    "done": "已完成",
    "declined": "未通过",
    "returned": "退回修改",
    "withdrawn": "已撤回",
}
"""Status key → the Chinese name the user sees, in the order of the workflow."""


def status_label(status: str) -> str:
    """The Chinese name of a status key (the key itself when unknown)."""
    return STATUS_LABELS.get(status, status)
