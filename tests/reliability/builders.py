"""Real files and data folders for the reliability tests: rosters with valid ID numbers, a data
folder at a given state, quick reads of a database without the program's own code."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

import openpyxl

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰"
ROSTER_HEADERS = ("姓名", "性别", "部门", "手机", "身份证号", "入会日期", "备注")


def make_id(number: int, *, birth: str = "19850312") -> str:
    """A valid 18-character ID number (GB 11643 check character), distinct for each number."""
    first17 = f"{110101 + number // 1000:06d}{birth}{number % 1000:03d}"
    remainder = sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True)) % 11
    return first17 + "10X98765432"[remainder]


def make_name(number: int) -> str:
    a, rest = divmod(number, len(GIVEN))
    b, c = divmod(rest + a, len(GIVEN))
    return SURNAMES[number % len(SURNAMES)] + GIVEN[rest] + GIVEN[(a + b + c) % len(GIVEN)]


def roster_rows(count: int, start: int = 0) -> list[list[Any]]:
    rows = []
    for number in range(start, start + count):
        rows.append(
            [
                make_name(number),
                "男" if number % 2 else "女",
                f"第{number % 12 + 1}车间",
                f"139{number:08d}",
                make_id(number),
                "2015-03-01",
                "",
            ]
        )
    return rows


def write_roster_xlsx(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("会员名册")
    sheet.append(list(ROSTER_HEADERS))
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def write_roster_csv(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    import csv

    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(ROSTER_HEADERS)
        writer.writerows(rows)
    return path


def new_data_folder(folder: Path, *, members: int = 0, roster_file: Path | None = None) -> Path:
    """A data folder opened once (schema, catalogue, union profile), with ``members`` imported."""
    from unionapp.roster.importer import import_roster
    from unionapp.storage.context import open_context
    from unionapp.union import update_union

    ctx = open_context(folder)
    try:
        with ctx.session() as session:
            update_union(
                session,
                name="北京市测试工会委员会",
                chairperson="王主席",
                contact="李联系",
                contact_title="委员",
                phone="010-65123456",
                address="北京市朝阳区测试路1号",
                email="union@example.cn",
                report_recipients="report@example.cn",
            )
        if members:
            source = roster_file or write_roster_csv(
                folder.parent / f"{folder.name}-members.csv", roster_rows(members, start=50_000)
            )
            with ctx.session() as session:
                import_roster(session, source)
    finally:
        ctx.close()
    return folder


def copy_folder(template: Path, target: Path) -> Path:
    shutil.copytree(template, target)
    return target


def db_facts(db: Path) -> dict[str, Any]:
    """integrity_check, member count and schema revision, read with plain sqlite3."""
    with closing(sqlite3.connect(db)) as conn:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        members = conn.execute("SELECT count(*) FROM member").fetchone()[0]
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    return {
        "integrity": "ok" if integrity == ["ok"] else "; ".join(map(str, integrity[:3])),
        "members": members,
        "revision": revision,
        "tables": tables,
    }


PROGRAMME_NAME = "2023“身边”文化助推活动"


def add_application(folder: Path, **values: Any) -> int:
    """A draft application in the data folder (programme from the seeded catalogue)."""
    from datetime import datetime

    from unionapp.applications.service import create_application
    from unionapp.storage.context import open_context

    ctx = open_context(folder)
    try:
        with ctx.session() as session:
            filled: dict[str, Any] = {
                "programme": PROGRAMME_NAME,
                "service_time": datetime(2023, 6, 15, 14, 0),
                "scale": "30人",
                "location": "北京市朝阳区测试路1号",
                **values,
            }
            application = create_application(session, filled)
            assert application.id is not None
            return application.id
    finally:
        ctx.close()
