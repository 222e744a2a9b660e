"""A union's data of every kind, written through the core (not fixtures): the material that
``db copy`` must carry over whole."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reliability.builders import PROGRAMME_NAME, roster_rows, write_roster_csv
from unionapp.applications.attachments import add_attachment
from unionapp.applications.participants import set_participants
from unionapp.applications.service import create_application
from unionapp.applications.tracking import (
    StatusChange,
    add_note,
    change_status,
    correct_entry,
)
from unionapp.calendar_store import set_day
from unionapp.reports.mail import record_mail
from unionapp.roster.importer import import_roster
from unionapp.roster.search import MemberQuery, fetch_page, page_key
from unionapp.storage.context import AppContext
from unionapp.storage.settings import set_setting
from unionapp.union import update_union

DEPARTMENTS = ("工会办公室", "安全环保部", "阿里巴巴合作部", "Zeta组", "生产一部")


def fill_union(ctx: AppContext, folder: Path, members: int = 300) -> int:
    """Profile, roster with history, an application with participants, a timeline with a
    correction, an attachment, a calendar entry, a mail record and settings. Returns the
    application's id."""
    rows = roster_rows(members)
    for number, row in enumerate(rows):  # departments whose pinyin and code-point orders differ
        row[2] = DEPARTMENTS[number % len(DEPARTMENTS)]
    source = write_roster_csv(folder / "members.csv", rows)
    with ctx.session() as session:
        update_union(session, name="北京市测试工会委员会", chairperson="王主席", contact="李联系")
        import_roster(session, source)
    first = fetch_page(ctx.engine, MemberQuery(), None, 3)
    attached = folder / "回复.txt"
    attached.write_text("同意，请按时参加。", encoding="utf-8")
    with ctx.session() as session:
        application = create_application(session, {"programme": PROGRAMME_NAME})
        app_id = application.id
        assert app_id is not None
        set_participants(session, app_id, [row.id for row in first])
        change_status(session, app_id, StatusChange("submitted", date(2023, 4, 3), via="现场"))
        note = add_note(session, app_id, date(2023, 4, 4), "电话确认")
        assert note.id is not None
        correct_entry(session, note.id, note="电话确认：已收到")
        add_attachment(session, app_id, attached, kind="reply")
        set_day(session, date(2023, 6, 25), True, "调休上班")
        record_mail(session, "draft", ["report@example.cn"], "一季度报表", [Path("报表.pdf")])
        set_setting(session, "tracking.reply_overdue_workdays", 7)
    return app_id


def roster_order(ctx: AppContext, sort: str, size: int = 37) -> list[int]:
    """Every member's id in the given order, read page by page with keyset paging."""
    ids: list[int] = []
    after = None
    while True:
        rows = fetch_page(ctx.engine, MemberQuery(sort=sort), after, size)
        ids += [row.id for row in rows]
        if len(rows) < size:
            return ids
        after = page_key(rows[-1], sort)
