"""The core's Chinese labels as the window shows them: translated in the UI layer.

The core keeps its labels in Chinese (they also go into PDFs, reports and messages). The window
shows them through these functions so that they follow the UI language; the ``QT_TRANSLATE_NOOP``
lists let ``pyside6-lupdate`` extract them.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from unionapp.applications.warnings import Warning
    from unionapp.todo import TodoItem

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


# -- warnings, to-do items and the calendar hint ------------------------------------------------
# The core words these in Chinese and keeps the values it formatted in ``args``. Each template
# below is keyed by its rule (or kind) and the names of its args; formatted with the args
# (see ``warning_fields`` / ``todo_fields``) it gives exactly the core's message.

FIELD_SOURCES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Field", "申请服务提供单位"),
    QT_TRANSLATE_NOOP("Field", "申请服务工会名称"),
    QT_TRANSLATE_NOOP("Field", "联系人"),
    QT_TRANSLATE_NOOP("Field", "职务"),
    QT_TRANSLATE_NOOP("Field", "申请服务时间"),
    QT_TRANSLATE_NOOP("Field", "联系电话"),
    QT_TRANSLATE_NOOP("Field", "申报服务项目"),
    QT_TRANSLATE_NOOP("Field", "类别/内容"),
    QT_TRANSLATE_NOOP("Field", "服务职工规模"),
    QT_TRANSLATE_NOOP("Field", "服务地点"),
    QT_TRANSLATE_NOOP("Field", "提供服务需求"),
    QT_TRANSLATE_NOOP("Field", "其他说明事项"),
    QT_TRANSLATE_NOOP("Field", "本单位工会意见"),
    QT_TRANSLATE_NOOP("Field", "申报日期"),
    QT_TRANSLATE_NOOP("Field", "服务项目"),
)
"""The form's field names as the core's warnings quote them (``FIELD_NAMES``)."""

TemplateKey = tuple[str, frozenset[str]]


def _key(rule: str, *names: str) -> TemplateKey:
    return rule, frozenset(names)


WARNING_SOURCES: dict[TemplateKey, str] = {
    _key("required", "label"): QT_TRANSLATE_NOOP("Warning", "请填写“{label}”。"),
    _key("phone", "phone"): QT_TRANSLATE_NOOP(
        "Warning", "“{phone}”不像电话号码（例：010-65116642 或 13910662798）。"
    ),
    _key("past_time"): QT_TRANSLATE_NOOP("Warning", "申请服务时间已经过去，请改为将来的时间。"),
    _key("glyph", "label", "chars"): QT_TRANSLATE_NOOP(
        "Warning", "“{label}”中的字符 {chars} 没有可用字体，无法打印，请改用常用字或拼音。"
    ),
    _key("lead_time", "lead", "deadline", "basis"): QT_TRANSLATE_NOOP(
        "Warning",
        "按通知一般要求须提前{lead}个工作日报送，最晚 {deadline} 报送，今天已过截止日期；"
        "请与承办单位联系或调整申请服务时间。",
    ),
    _key("lead_time", "lead", "deadline"): QT_TRANSLATE_NOOP(
        "Warning",
        "本项目须提前{lead}个工作日报送，最晚 {deadline} 报送，今天已过截止日期；"
        "请与承办单位联系或调整申请服务时间。",
    ),
    _key("yearly_limit", "limit", "year", "count"): QT_TRANSLATE_NOOP(
        "Warning",
        "本项目每个基层工会每年度限申请{limit}次，{year}年本工会已有{count}份有效申请"
        "（未通过和已撤回的不计）。",
    ),
    _key("min_participants", "minimum"): QT_TRANSLATE_NOOP(
        "Warning", "本项目线下活动需{minimum}名以上工会会员参加，尚未填写参加人数或选择参加会员。"
    ),
    _key("min_participants", "minimum", "total"): QT_TRANSLATE_NOOP(
        "Warning", "本项目线下活动需{minimum}名以上工会会员参加，目前只有{total}人。"
    ),
    _key("outside_window", "date", "year", "window"): QT_TRANSLATE_NOOP(
        "Warning", "申请服务时间 {date} 不在本项目的服务时间（{year}年 {window}）内。"
    ),
    _key("deadline_estimate", "deadline"): QT_TRANSLATE_NOOP(
        "Warning", "最晚报送日期 {deadline} 是估算。"
    ),
    # {hint} is the calendar hint for {year} (``estimate_text``)
    _key("deadline_estimate", "deadline", "year"): QT_TRANSLATE_NOOP(
        "Warning", "最晚报送日期 {deadline} 是估算。{hint}"
    ),
}
"""(rule, names of its args) → the Chinese template of a core warning."""

TODO_KIND_SOURCES: dict[str, str] = {
    "deadline": QT_TRANSLATE_NOOP("Todo", "报送截止临近"),
    "reply_overdue": QT_TRANSLATE_NOOP("Todo", "等待回复超期"),
    "upcoming": QT_TRANSLATE_NOOP("Todo", "即将开展的服务"),
    "not_applied": QT_TRANSLATE_NOOP("Todo", "尚未申请的项目"),
    "catalogue_outdated": QT_TRANSLATE_NOOP("Todo", "服务项目目录需要更新"),
}
"""To-do kind → its heading (the core's ``todo.KINDS``)."""

TODO_TITLE = QT_TRANSLATE_NOOP("Todo", "申请 {id}「{item}」")
TODO_NO_ITEM = QT_TRANSLATE_NOOP("Todo", "（未填写服务项目）")
TODO_ESTIMATE = QT_TRANSLATE_NOOP("Todo", "（按周末估算）")
TODO_GENERAL = QT_TRANSLATE_NOOP("Todo", "（按通知一般要求）")
_APPLICATION = ("id", "item", "estimate", "general")

TODO_SOURCES: dict[TemplateKey, str] = {
    _key("deadline", *_APPLICATION, "passed"): QT_TRANSLATE_NOOP(
        "Todo", "{title}的报送截止日期 {passed}{general}{estimate} 已过"
    ),
    _key("deadline", *_APPLICATION, "last_day"): QT_TRANSLATE_NOOP(
        "Todo", "{title}今天（{last_day}）是最后报送日{general}{estimate}"
    ),
    _key("deadline", *_APPLICATION, "deadline", "left"): QT_TRANSLATE_NOOP(
        "Todo", "{title}须在 {deadline}{general}{estimate} 前报送，还剩 {left} 个工作日"
    ),
    _key("reply_overdue", "id", "item", "sent", "wait"): QT_TRANSLATE_NOOP(
        "Todo", "{title}于 {sent} 报送，{wait} 个工作日内未收到回复，请联系承办单位"
    ),
    _key("upcoming", "id", "item", "when"): QT_TRANSLATE_NOOP("Todo", "{title}定于 {when} 开展"),
    _key("upcoming", "id", "item", "when", "location"): QT_TRANSLATE_NOOP(
        "Todo", "{title}定于 {when} 开展，地点：{location}"
    ),
    _key("upcoming", "id", "item", "when", "requested"): QT_TRANSLATE_NOOP(
        "Todo", "{title}定于 {when} 开展（原申请 {requested}）"
    ),
    _key("upcoming", "id", "item", "when", "requested", "location"): QT_TRANSLATE_NOOP(
        "Todo", "{title}定于 {when} 开展（原申请 {requested}），地点：{location}"
    ),
    _key("not_applied", "programme"): QT_TRANSLATE_NOOP(
        "Todo", "「{programme}」可申请，本工会尚未申请"
    ),
    _key("not_applied", "programme", "window"): QT_TRANSLATE_NOOP(
        "Todo", "「{programme}」{window}可申请，本工会尚未申请"
    ),
    _key("catalogue_outdated", "year"): QT_TRANSLATE_NOOP(
        "Todo", "还没有{year}年的服务项目目录：请导入今年的通知"
    ),
    _key("catalogue_outdated", "newest", "year"): QT_TRANSLATE_NOOP(
        "Todo",
        "服务项目目录是{newest}年的，还没有{year}年的目录：请导入{year}年的通知，"
        "或把{newest}年的目录复制到{year}年（复制的项目标为待核实）",
    ),
}
"""(kind, names of its args) → the Chinese template of a to-do item; {title} names the
application (``TODO_TITLE``) and {estimate} is ``TODO_ESTIMATE`` or nothing."""

ESTIMATE_SOURCE = QT_TRANSLATE_NOOP(
    "Calendar",
    "程序尚无{year}年的国务院节假日安排，截止日期仅按周末推算，仅供参考。"
    "请粘贴《国务院办公厅关于{year}年部分节假日安排的通知》全文以添加该年的放假和调休上班日期。",
)
"""The core's ``estimate_hint``."""


def _key_of(rule: str, args: tuple[tuple[str, str], ...]) -> TemplateKey:
    return rule, frozenset(name for name, _ in args)


def _formatted(context: str, source: str | None, fields: dict[str, str], core: str) -> str:
    """The template in the UI language filled with ``fields``; the core's own text while the UI
    is Chinese (no translation installed) or the template is unknown."""
    if source is None:
        return core
    text = QCoreApplication.translate(context, source)
    return core if text == source else text.format(**fields)


def estimate_text(year: int) -> str:
    """The hint that deadlines for ``year`` rest on weekends only, in the UI language."""
    from unionapp.workcal import estimate_hint

    return _formatted("Calendar", ESTIMATE_SOURCE, {"year": str(year)}, estimate_hint(year))


def warning_fields(warning: Warning) -> dict[str, str]:
    """The warning's args as its template's fields, field names and hint in the UI language."""
    fields = dict(warning.args)
    if "label" in fields:
        fields["label"] = QCoreApplication.translate("Field", fields["label"])
    if warning.rule == "deadline_estimate" and "year" in fields:
        fields["hint"] = estimate_text(int(fields["year"]))
    return fields


def warning_text(warning: Warning) -> str:
    """A core warning in the UI language."""
    source = WARNING_SOURCES.get(_key_of(warning.rule, warning.args))
    return _formatted("Warning", source, warning_fields(warning), warning.message)


def todo_fields(item: TodoItem) -> dict[str, str]:
    """The item's args as its template's fields: {title} and {estimate} in the UI language."""
    fields = dict(item.args)
    if "id" in fields:
        what = fields["item"] or QCoreApplication.translate("Todo", TODO_NO_ITEM)
        title = QCoreApplication.translate("Todo", TODO_TITLE)
        fields["title"] = title.format(id=fields["id"], item=what)
    if fields.get("estimate"):
        fields["estimate"] = QCoreApplication.translate("Todo", TODO_ESTIMATE)
    if fields.get("general"):
        fields["general"] = QCoreApplication.translate("Todo", TODO_GENERAL)
    return fields


def todo_text(item: TodoItem) -> str:
    """A home-screen item in the UI language."""
    source = TODO_SOURCES.get(_key_of(item.kind, item.args))
    return _formatted("Todo", source, todo_fields(item), item.text)


def service_time_text(
    requested: datetime | None, confirmed: datetime | None, *, short: bool = False
) -> str:
    """The service time to go by: the confirmed one once there is one, the requested beside it
    (``short``: the requested day only, for a table column)."""
    if confirmed is None:
        return f"{requested:%Y-%m-%d %H:%M}" if requested else ""
    when = f"{confirmed:%Y-%m-%d %H:%M}"
    if requested is None or requested == confirmed:
        return QCoreApplication.translate("ServiceTime", "{0}（已确认）").format(when)
    if short:
        text = QCoreApplication.translate("ServiceTime", "{0}（原 {1}）")
        return text.format(when, f"{requested:%Y-%m-%d}")
    text = QCoreApplication.translate("ServiceTime", "{0}（已确认；原申请 {1}）")
    return text.format(when, f"{requested:%Y-%m-%d %H:%M}")


def todo_kind_text(kind: str) -> str:
    """The heading of a to-do kind in the UI language."""
    source = TODO_KIND_SOURCES.get(kind)
    return QCoreApplication.translate("Todo", source) if source else kind
