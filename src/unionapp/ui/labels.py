"""The core's Chinese labels as the window shows them: translated in the UI layer.

The core keeps its labels in Chinese (they also go into PDFs, reports and messages). The window
shows them through these functions so that they follow the UI language; the ``QT_TRANSLATE_NOOP``
lists let ``pyside6-lupdate`` extract them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STATUS_CONTEXT = "Status"

STATUS_SOURCES: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("Status", "草稿"),
    "printed": QT_TRANSLATE_NOOP("Status", "已打印"),
    "submitted": QT_TRANSLATE_NOOP("Status", "已报送"),
    "accepted": QT_TRANSLATE_NOOP("Status", "已受理"),
    "scheduled": QT_TRANSLATE_NOOP("Status", "已排期"),
    "done": QT_TRANSLATE_NOOP("Status", "已完成"),
    "declined": QT_TRANSLATE_NOOP("Status", "未通过"),
    "returned": QT_TRANSLATE_NOOP("Status", "退回修改"),
    "withdrawn": QT_TRANSLATE_NOOP("Status", "已撤回"),
}
"""Application status key → its label (the same words as the core's STATUS_LABELS)."""

VIA_SOURCES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Status", "现场"),
    QT_TRANSLATE_NOOP("Status", "邮寄"),
    QT_TRANSLATE_NOOP("Status", "电子邮件"),
    QT_TRANSLATE_NOOP("Status", "传真"),
)
"""How a form was sent (the core's VIA_CHOICES), stored in Chinese."""

MEMBER_STATUS_SOURCES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Status", "在册"),
    QT_TRANSLATE_NOOP("Status", "转出"),
    QT_TRANSLATE_NOOP("Status", "退会"),
    QT_TRANSLATE_NOOP("Status", "退休"),
)
"""A member's status, stored in Chinese."""

GENDER_SOURCES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Status", "男"),
    QT_TRANSLATE_NOOP("Status", "女"),
)
"""A member's gender, stored in Chinese."""


def status_text(status: str) -> str:
    """The label of an application status key, in the UI language."""
    source = STATUS_SOURCES.get(status)
    return QCoreApplication.translate(STATUS_CONTEXT, source) if source else status


def label_text(label: str) -> str:
    """A stored Chinese label (way of sending, member status) in the UI language."""
    return QCoreApplication.translate(STATUS_CONTEXT, label) if label else label
