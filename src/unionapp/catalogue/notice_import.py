"""A year's notice into the catalogue: the reader's findings compared with that year's catalogue.

The reading (``catalogue.notice``) says what the notice holds; ``plan_notice`` turns it into the
update plan of ``catalogue.update`` (nothing written), ``notice_report`` is the JSON of both.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from unionapp.catalogue.notice import NoticeReading
from unionapp.catalogue.update import CataloguePlan, plan_update
from unionapp.errors import UserError


def notice_year(reading: NoticeReading, year: int | None = None) -> int:
    """The catalogue year: the one given, else the notice's own."""
    found = year or reading.year
    if not found:
        raise UserError("通知中没有找到年度（如“2026年”），请指定要导入的年度。")
    return int(found)


def plan_notice(session: Session, reading: NoticeReading, year: int | None = None) -> CataloguePlan:
    """What importing the notice would change in the catalogue of its year; writes nothing."""
    if not reading.programmes:
        raise UserError(
            "没有从这份通知中读出任何服务项目：请确认打开的是市总工会的年度文体工作通知。"
        )
    return plan_update(session, notice_year(reading, year), reading.programmes, reading.venues)


def notice_report(reading: NoticeReading, plan: CataloguePlan) -> dict[str, Any]:
    """The reading's JSON with the plan as ``changes`` (and the year the plan is for)."""
    return {**reading.to_json(), "year": plan.year, "changes": plan.to_json()}


def plan_summary(plan: CataloguePlan) -> list[str]:
    """The plan in a few Chinese lines (for the command line)."""
    lines = [
        f"与{plan.year}年目录相比：新增 {len(plan.of('add'))} 个，有变化 {len(plan.of('change'))} 个，"
        f"未变 {len(plan.of('unchanged'))} 个服务项目。"
        if plan.catalogue_existed
        else f"{plan.year}年还没有目录：将新增 {len(plan.of('add'))} 个服务项目。"
    ]
    for item in plan.of("add"):
        lines.append(f"  + {item.name}")
    for item in plan.of("change"):
        mark = "（手工修改过）" if item.hand_edited else ""
        lines.append(f"  * {item.name}{mark}")
        for change in item.changes:
            lines.append(f"      {change.label}：{_shown(change.old)} → {_shown(change.new)}")
    if plan.not_in_source:
        lines.append(f"目录中有 {len(plan.not_in_source)} 个项目来源里没有，将保留不动。")
    return lines


def _shown(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "（空）"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        return "；".join(str(v) for v in value)
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"
