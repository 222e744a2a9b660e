"""Two people of one union on a server, each in their own window, changing the same member, the
union profile or a programme: the later save keeps the other's changes to other fields and, where
both changed a field, the message names the other login and the time of their save."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from sqlmodel import select
from tests.windows.clash_answers import answer_clash

from unionapp.catalogue.query import get_programme, list_programmes, save_programme
from unionapp.models import Member
from unionapp.roster.store import MemberData, get_member, update_member
from unionapp.storage.context import AppContext, open_context
from unionapp.ui.catalogue.programme_dialog import ProgrammeDialog
from unionapp.ui.roster.member_dialog import MemberDialog
from unionapp.ui.settings.settings_page import SettingsPage
from unionapp.union import get_union, update_union

from .union_server import Server, raw

pytestmark = pytest.mark.no_engine_pass  # the server of two unions, whatever the pass

SAVED_AT = re.compile(r"于 \d{4}-\d\d-\d\d \d\d:\d\d:\d\d 修改了这条记录")


@pytest.fixture
def staff(server: Server, tmp_path: Path) -> Iterator[AppContext]:
    """The staff member of union 1, at their PC."""
    context = open_context(tmp_path / "staff-pc", database=server.url("staff1"))
    yield context
    context.close()


@pytest.fixture
def chair(server: Server, tmp_path: Path) -> Iterator[AppContext]:
    """The chair of union 1, at another PC, saving while the staff member's window is open."""
    context = open_context(tmp_path / "chair-pc", database=server.url("chair1"))
    yield context
    context.close()


def _saved_by(server: Server, table: str, row_id: int) -> str:
    with raw(server.admin) as conn:
        found = conn.execute(f"SELECT updated_by FROM {table} WHERE id = %s", (row_id,))
        return found.fetchone()[0]


def test_member_dialog_on_a_server(server, staff, chair, qtbot, shots):
    with staff.session() as session:
        member_id = session.exec(select(Member.id).order_by(Member.id)).first()
    dialog = MemberDialog(staff, member_id)
    qtbot.addWidget(dialog)
    dialog.show()
    with chair.session() as session:
        theirs = MemberData.of(get_member(session, member_id))
        theirs.position = "主席改的职务"
        theirs.notes = "主席的备注"
        update_member(session, member_id, theirs)
    dialog.notes.setText("干事的备注")
    dialog.card_number.setText("7001")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    asked: list[str] = []
    answer_clash("暂不保存", asked, shots)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert server.logins["chair1"] in asked[0] and SAVED_AT.search(asked[0])
    assert "主席的备注" in asked[0] and "干事的备注" in asked[0]
    assert dialog.isVisible() and dialog.notes.text() == "干事的备注"  # nothing lost
    answer_clash("保留我的内容", asked)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.saved_id == member_id
    with chair.session() as session:
        member = get_member(session, member_id)
        assert (member.position, member.notes, member.card_number) == (
            "主席改的职务",
            "干事的备注",
            "7001",
        )
    assert _saved_by(server, "member", member_id) == server.logins["staff1"]


def test_union_profile_on_a_server(server, staff, chair, qtbot, shots):
    page = SettingsPage(staff)
    qtbot.addWidget(page)
    page.show()
    with chair.session() as session:
        update_union(session, contact="主席", address="主席的地址")
    edits = page.profile.edits
    edits["contact"].setText("干事")
    edits["email"].setText("union@example.com")
    save = next(b for b in page.findChildren(QPushButton) if b.text() == "保存本工会资料")
    asked: list[str] = []
    answer_clash("暂不保存", asked, shots)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert server.logins["chair1"] in asked[0] and SAVED_AT.search(asked[0])
    assert edits["contact"].text() == "干事"  # nothing lost
    answer_clash("采用对方的内容", asked)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    with chair.session() as session:
        union = get_union(session)
    assert (union.contact, union.address, union.email) == (
        "主席",
        "主席的地址",
        "union@example.com",
    )
    assert edits["address"].text() == "主席的地址"  # the chair's change shown
    assert _saved_by(server, "union_profile", 1) == server.logins["staff1"]
    with raw(server.url("chair2")) as conn:  # the other union's profile was not touched
        assert conn.execute("SELECT email FROM union_profile").fetchall() == [("",)]


def test_programme_dialog_on_a_server(server, staff, chair, qtbot, shots):
    with staff.session() as session:
        info = list_programmes(session)[0]
    dialog = ProgrammeDialog(staff, info)
    qtbot.addWidget(dialog)
    dialog.show()
    with chair.session() as session:
        current = get_programme(session, info.id)
        save_programme(session, replace(current, description="主席写的内容"))
    dialog.description.setPlainText("干事写的内容")
    dialog.minimum.setValue(9)
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    asked: list[str] = []
    answer_clash("暂不保存", asked, shots)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert server.logins["chair1"] in asked[0] and SAVED_AT.search(asked[0])
    assert dialog.isVisible() and dialog.saved is None
    answer_clash("保留我的内容", asked)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    with chair.session() as session:
        stored = get_programme(session, info.id)
    assert (stored.description, stored.rules["min_participants"]) == ("干事写的内容", 9)
    assert _saved_by(server, "programme", info.id) == server.logins["staff1"]


def test_a_change_made_with_another_client_is_stamped_by_the_server(server):
    """A chair editing with psql: the server writes the login and its time, so a window's
    message can still say who and when."""
    with raw(server.url("chair1")) as conn:
        conn.execute("UPDATE union_profile SET phone = '010-1'")
        conn.execute("UPDATE programme SET rules_note = 'psql' WHERE id = 1")
        profile = conn.execute("SELECT updated_by, updated_at FROM union_profile").fetchone()
        programme = conn.execute(
            "SELECT updated_by, updated_at, version FROM programme WHERE id = 1"
        ).fetchone()
        now = conn.execute("SELECT localtimestamp").fetchone()[0]
    for who, when in (profile, programme[:2]):
        assert who == server.logins["chair1"]
        assert when is not None and abs((now - when).total_seconds()) < 60
    assert programme[2] >= 2


def test_migration_0010_goes_back_and_forth_on_a_server(pg_ready_url):
    from alembic import command
    from sqlalchemy import create_engine, inspect

    from unionapp.storage.engine import parse_database_url
    from unionapp.storage.migrate import alembic_config

    engine = create_engine(parse_database_url(pg_ready_url).url)
    try:
        for target, has_time in (("0009", False), ("head", True)):
            with engine.connect() as conn:
                step = command.downgrade if target == "0009" else command.upgrade
                step(alembic_config(conn), target)
                conn.commit()
            columns = {c["name"] for c in inspect(engine).get_columns("programme")}
            assert ("updated_at" in columns) is has_time
            with raw(pg_ready_url) as conn:
                body = conn.execute("SELECT prosrc FROM pg_proc WHERE proname = %s",
                                    ("unionapp_stamp_updated",)).fetchone()[0]  # fmt: skip
            assert ("localtimestamp" in body) is has_time
            with raw(pg_ready_url) as conn:
                language = conn.execute(
                    "SELECT DISTINCT l.lanname FROM pg_proc p JOIN pg_language l "
                    "ON l.oid = p.prolang WHERE p.proname IN ('unionapp_union', 'unionapp_role')"
                ).fetchall()
            assert language == [("plpgsql",) if has_time else ("sql",)]
    finally:
        engine.dispose()
