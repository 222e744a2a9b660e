"""Catalogue export to .xlsx/.csv, and import from a spreadsheet in the same columns.

Columns (one programme a row): see COLUMNS. Several hosting units are separated by 、; their
contacts, in the same order, by ；, and each contact's phones by 、.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import Session

from unionapp.catalogue.query import ProgrammeInfo, list_programmes
from unionapp.catalogue.store import CATEGORIES, RULE_FIELDS
from unionapp.catalogue.update import CataloguePlan, apply_plan, plan_update
from unionapp.errors import UserError
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
    """``updated`` counts every programme of the file found in the catalogue (changed or not)."""

    added: int = 0
    updated: int = 0
    errors: list[str] = field(default_factory=list)
    unchanged: int = 0
    kept_edits: list[str] = field(default_factory=list)
    overwritten_edits: list[str] = field(default_factory=list)


@dataclass
class CatalogueFile:
    """A catalogue spreadsheet read and checked: the programmes of each year as source dicts
    (see ``catalogue.update``), or every problem found (file, row, column)."""

    years: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _parse_row(cells: dict[str, str], where: str) -> tuple[dict[str, Any] | None, list[str]]:
    """A row as a source programme holding the fields of the columns the file has."""
    errors: list[str] = []
    values: dict[str, Any] = {}
    for name, label in COLUMNS:
        if name not in cells:
            continue
        text = cells[name]
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
    if values.get("year") is None and not any("年度" in e for e in errors):
        errors.append(f"{where}，列“年度”：不能为空")
    if values.get("category") not in CATEGORIES:
        errors.append(
            f"{where}，列“类别”：须为 {'、'.join(CATEGORIES)} 之一，而不是“{values.get('category')}”"
        )
    if errors:
        return None, errors
    source = {
        name: values[name]
        for name in (
            "key",
            "attachment",
            "seq",
            "section",
            "name",
            "category",
            "time_window",
            "window_start_month",
            "window_end_month",
            "description",
            "participation",
        )
        if name in values
    }
    if "providers" in values:
        providers = [p.strip() for p in values["providers"].split("、") if p.strip()]
        source["providers"] = providers
        names = values.get("contact_names", "").split("；")
        phones = values.get("contact_phones", "").split("；")
        source["contacts"] = [
            {
                "provider": provider,
                "name": names[index].strip(),
                "phones": [
                    p.strip()
                    for p in (phones[index] if index < len(phones) else "").split("、")
                    if p.strip()
                ],
            }
            for index, provider in enumerate(providers)
            if index < len(names) and names[index].strip()
        ]
    rules = {name: values[name] for name in RULE_FIELDS if name in values}
    if "rules_note" in values:
        rules["note"] = values["rules_note"]
    if rules:
        source["rules"] = rules
    source["year"] = values["year"]
    return source, []


def read_catalogue_file(path: Path) -> CatalogueFile:
    """Read a file in the export's columns (.xlsx/.xls/.xlsb/.ods/.csv); writes nothing.

    Raises UserError for a file that cannot be read at all (no header row, missing columns)."""
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
    result = CatalogueFile()
    for offset, row in enumerate(rows[header_index + 1 :], start=header_index + 2):
        cells = {
            name: _cell_text(row[pos]) if pos < len(row) else "" for name, pos in positions.items()
        }
        if not any(cells.values()):
            continue
        source, errors = _parse_row(cells, f"{path.name} 第 {offset} 行")
        result.errors.extend(errors)
        if source is not None:
            result.years.setdefault(source.pop("year"), []).append(source)
    return result


def plan_catalogue_file(session: Session, path: Path) -> tuple[list[CataloguePlan], list[str]]:
    """The plan for each year of the file, or the file's problems (and no plan)."""
    read = read_catalogue_file(path)
    if read.errors:
        return [], read.errors
    return [plan_update(session, year, sources) for year, sources in sorted(read.years.items())], []


def import_catalogue(
    session: Session, path: Path, *, overwrite_edits: bool = False
) -> CatalogueImportResult:
    """Add or update programmes from a file in the export's columns, all or nothing.

    A programme is matched by year and 编号, else by name (see ``plan_update``). Any bad row
    stops the import with every problem listed (file, row, column) and nothing written.
    Programmes edited by hand are kept (``kept_edits``) unless ``overwrite_edits``."""
    plans, errors = plan_catalogue_file(session, path)
    result = CatalogueImportResult(errors=errors)
    if errors:
        return result
    with session.begin_nested():
        for plan in plans:
            applied = apply_plan(session, plan, overwrite_edits=overwrite_edits, source="import")
            result.added += applied.added
            result.updated += applied.updated + applied.unchanged
            result.unchanged += applied.unchanged
            result.kept_edits += applied.kept_edits
            result.overwritten_edits += applied.overwritten_edits
    return result
