"""The values printed on one Attachment 3 form, and the helpers that format dates for it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

FIELD_LABELS: dict[str, str] = {
    "provider": "申请服务提供单位",
    "union_name": "申请服务工会名称",
    "contact": "联系人及职务",
    "service_time": "申请服务时间",
    "phone": "联系电话",
    "service_item": "申报服务项目",
    "category": "类别/内容",
    "scale": "服务职工规模",
    "location": "服务地点",
    "needs": "提供服务需求",
    "notes": "其他说明事项",
    "opinion": "本单位工会意见",
    "declared_on": "申报日期",
    "seal_date": "盖章日期",
}
"""Field name → the Chinese label the user knows it by (used in error messages)."""


@dataclass
class FormData:
    """Text of every blank of 北京市总工会职工文体服务项目申请表, already formatted for print.

    An empty string leaves the blank empty (to be written by hand).
    """

    provider: str = ""
    union_name: str = ""
    contact: str = ""
    service_time: str = ""
    phone: str = ""
    service_item: str = ""
    category: str = ""
    scale: str = ""
    location: str = ""
    needs: str = ""
    notes: str = ""
    opinion: str = ""
    declared_on: str = ""
    seal_date: str = ""


def format_service_time(dt: datetime) -> str:
    """Format a service time as the notice's example does: ``2023年5月8日14:00``."""
    return f"{dt.year}年{dt.month}月{dt.day}日{dt.hour}:{dt.minute:02d}"


def format_cn_date(d: date) -> str:
    """Format a date the Chinese way without zero padding: ``2023年4月10日``."""
    return f"{d.year}年{d.month}月{d.day}日"
