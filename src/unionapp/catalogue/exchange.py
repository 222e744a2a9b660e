"""Catalogue export to, and import from, .xlsx/.csv: how a new year's notice gets in without a programmer.

Columns (one programme a row): see COLUMNS. Several hosting units are separated by 、; their
contacts, in the same order, by ；, and each contact's phones by 、.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from unionapp.catalogue.query import ContactInfo, ProgrammeInfo, list_programmes, save_programme
from unionapp.catalogue.store import CATEGORIES
from unionapp.errors import UserError
from unionapp.models import Programme
from unionapp.tabular import read_table, write_table

COLUMNS = [
    ("year", "年度"),
    ("key", "编号"),
    ("attachment", "附件"),
    ("seq", "序号"),
    ("section", "通知条目"),
    ("name", "项目名称"),
    ("category", "类别"),
    ("time_window", "活动时间"),
    ("window_start_month", "起始月"),
    ("window_end_month", "结束月"),
    ("providers", "承办单位"),
    ("contact_names", "联系人"),
    ("contact_phones", "联系电话"),
    ("lead_workdays", "提前工作日"),
    ("yearly_limit", "每年限报次数"),
    ("min_participants", "最少参加人数"),
    ("uses_form", "需填申请表"),
    ("online_needs_agreement", "线上需先约定人数"),
    ("rules_note", "规则说明"),
    ("description", "主要内容"),
    ("participation", "参与方式"),
]
HEADERS = [label for _, label in COLUMNS]
_INT_FIELDS = {
    "year", "attachment", "window_start_month", "window_end_month",
    "lead_workdays", "yearly_limit", "min_participants",
}  # fmt: skip
_BOOL_FIELDS = {"uses_form", "online_needs_agreement"}
_TRUE = {"是", "需要", "y", "yes", "true", "1", "√", "✓"}
_FALSE = {"否", "不需要", "n", "no", "false", "0", ""}


def _row_of(info: ProgrammeInfo) -> list[Any]:
    contacts = {c.provider: c for c in info.contacts}
    values = {
        **info.to_json(),
        **{k: info.rules.get(k) for k in ("lead_workdays", "yearly_limit", "min_participants")},
        "providers": "、".join(info.providers),
        "contact_names": "；".join(
            contacts[p].name if p in contacts else "" for p in info.providers
        ),
        "contact_phones": "；".join(
            "、".join(contacts[p].phones) if p in contacts else "" for p in info.providers
        ),
        "uses_form": "是" if info.rules.get("uses_form") else "否",
        "online_needs_agreement": "是" if info.rules.get("online_needs_agreement") else "否",
        "rules_note": info.rules.get("note") or "",
    }
    return [values.get(name) if values.get(name) is not None else "" for name, _ in COLUMNS]


def export_catalogue(session: Session, path: Path, *, year: int | None = None) -> int:
    """Write the catalogue (one year or all) to .xlsx/.csv; returns the number of programmes."""
    programmes = list_programmes(session, year=year)
    write_table(Path(path), HEADERS, (_row_of(p) for p in programmes), sheet_title="服务项目")
    return len(programmes)


@dataclass
class CatalogueImportResult:
    added: int = 0
    updated: int = 0
    errors: list[str] = field(default_factory=list)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _parse_row(cells: dict[str, str], where: str) -> tuple[ProgrammeInfo | None, list[str]]:
    errors: list[str] = []
    values: dict[str, Any] = {}
    for name, label in COLUMNS:
        text = cells.get(name, "")
        if name in _INT_FIELDS:
            if text == "":
                values[name] = None
            elif text.isdigit():
                values[name] = int(text)
            else:
                errors.append(f"{where}，列“{label}”：须为整数，而不是“{text}”")
        elif name in _BOOL_FIELDS:
            if text.lower() in _TRUE:
                values[name] = True
            elif text.lower() in _FALSE:
                values[name] = False
            else:
                errors.append(f"{where}，列“{label}”：请填“是”或“否”，而不是“{text}”")
        else:
            values[name] = text
    if not values.get("name"):
        errors.append(f"{where}，列“项目名称”：不能为空")
    if values.get("year") is None:
        errors.append(f"{where}，列“年度”：不能为空")
    if values.get("category") not in CATEGORIES:
        errors.append(
            f"{where}，列“类别”：须为 {'、'.join(CATEGORIES)} 之一，而不是“{values.get('category')}”"
        )
    if errors:
        return None, errors
    providers = [p.strip() for p in values["providers"].split("、") if p.strip()]
    names = values["contact_names"].split("；") if values["contact_names"] else []
    phones = values["contact_phones"].split("；") if values["contact_phones"] else []
    contacts = []
    for index, provider in enumerate(providers):
        name = names[index].strip() if index < len(names) else ""
        if name:
            phone_list = phones[index].split("、") if index < len(phones) else []
            contacts.append(
                ContactInfo(provider, name, [p.strip() for p in phone_list if p.strip()])
            )
    info = ProgrammeInfo(
        id=None,
        year=values["year"],
        name=values["name"],
        category=values["category"],
        key=values["key"],
        attachment=values["attachment"],
        seq=values["seq"],
        section=values["section"],
        time_window=values["time_window"],
        window_start_month=values["window_start_month"],
        window_end_month=values["window_end_month"],
        description=values["description"],
        participation=values["participation"],
        providers=providers,
        contacts=contacts,
        rules={
            "lead_workdays": values["lead_workdays"],
            "yearly_limit": values["yearly_limit"],
            "min_participants": values["min_participants"],
            "uses_form": values["uses_form"],
            "online_needs_agreement": values["online_needs_agreement"],
            "note": values["rules_note"],
        },
    )
    return info, []


def import_catalogue(session: Session, path: Path) -> CatalogueImportResult:
    """Add or update programmes from a file in the export's columns, all or nothing.

    A programme is matched by year and 编号 (else year and name). Any bad row stops the import
    with every problem listed (file, row, column) and nothing written.
    """
    path = Path(path)
    rows = read_table(path)
    if not rows:
        raise UserError(f"{path.name}：文件是空的。")
    header_index = next(
        (i for i, row in enumerate(rows[:20]) if "项目名称" in [_cell_text(c) for c in row]), None
    )
    if header_index is None:
        raise UserError(
            f"{path.name}：没有找到表头行（应含“项目名称”“年度”“类别”等列，与导出文件相同）。"
        )
    header = [_cell_text(c) for c in rows[header_index]]
    positions = {name: header.index(label) for name, label in COLUMNS if label in header}
    missing = [
        label
        for name, label in COLUMNS
        if name in ("year", "name", "category") and name not in positions
    ]
    if missing:
        raise UserError(f"{path.name}：缺少必需的列：{'、'.join(missing)}")
    result = CatalogueImportResult()
    parsed: list[ProgrammeInfo] = []
    for offset, row in enumerate(rows[header_index + 1 :], start=header_index + 2):
        cells = {
            name: _cell_text(row[pos]) if pos < len(row) else "" for name, pos in positions.items()
        }
        if not any(cells.values()):
            continue
        info, errors = _parse_row(cells, f"{path.name} 第 {offset} 行")
        result.errors.extend(errors)
        if info is not None:
            parsed.append(info)
    if result.errors:
        return result
    with session.begin_nested():
        for info in parsed:
            existing = None
            if info.key:
                existing = session.exec(
                    select(Programme).where(Programme.year == info.year, Programme.key == info.key)
                ).first()
            if existing is None:
                existing = session.exec(
                    select(Programme).where(
                        Programme.year == info.year, Programme.name == info.name
                    )
                ).first()
            if existing is not None:
                info.id = existing.id
                info.parent_id = existing.parent_id
                result.updated += 1
            else:
                result.added += 1
            saved = save_programme(session, info)
            if info.key and saved.key != info.key:
                programme = session.get(Programme, saved.id)
                assert programme is not None
                programme.key = info.key
    return result
