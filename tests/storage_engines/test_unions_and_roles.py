"""Issue 16: several unions and logins on one server, the server deciding who sees what (row-level
security and grants, proved with raw SQL as each login), and two people editing at once."""

from __future__ import annotations

import json
from datetime import date

import pytest
from psycopg import errors

from unionapp.applications.service import get_application
from unionapp.applications.tracking import add_note
from unionapp.cli import main
from unionapp.errors import UserError
from unionapp.models.ownership import current_actor
from unionapp.roster.export import export_roster
from unionapp.roster.store import delete_member_permanently
from unionapp.storage.context import open_context

from .union_server import raw, run

pytestmark = pytest.mark.no_engine_pass  # each test here chooses its engines itself


def _count(url: str, query: str) -> int:
    with raw(url) as conn:
        return conn.execute(query).fetchone()[0]


def test_db_copy_into_a_second_union_keeps_its_rows_and_shares_the_catalogue(server, pg_ready_url):
    admin = server.admin
    with raw(admin) as conn:
        per_union = dict(conn.execute("SELECT union_id, count(*) FROM member GROUP BY 1"))
        assert per_union == {1: 40, 2: 30}
        assert (
            conn.execute(
                "SELECT count(*) FROM programme GROUP BY year, key HAVING count(*) > 1"
            ).fetchall()
            == []
        )
        names = dict(conn.execute("SELECT id, name FROM union_profile"))
        assert names[2] == "北京市测试工会委员会" and set(names) == {1, 2}
        # every reference of union 2 points into union 2
        crossed = conn.execute(
            "SELECT count(*) FROM application_participant p JOIN member m ON m.id = p.member_id "
            "WHERE m.union_id <> p.union_id"
        ).fetchone()[0]
        assert crossed == 0
        entries = conn.execute(
            "SELECT count(*) FROM timeline_entry t JOIN application a ON a.id = t.application_id "
            "WHERE a.union_id = 2 AND t.union_id = 2"
        ).fetchone()[0]
        assert entries >= 3
        assert conn.execute("SELECT count(*) FROM app_login").fetchone()[0] == 4  # copy's own gone
        # the same attachment in both unions: kept once in each, each union seeing its own
        files = conn.execute("SELECT union_id, count(DISTINCT sha256) FROM stored_file GROUP BY 1")
        assert dict(files.fetchall()) == {1: 1, 2: 1}
    assert _count(server.url("chair2"), "SELECT count(*) FROM stored_file") == 1
    with raw(server.url("fed")) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("SELECT count(*) FROM stored_file")


def test_each_login_reads_and_writes_only_its_own_union_with_any_client(server):
    for who, members in (("chair1", 40), ("staff1", 40), ("chair2", 30)):
        url = server.url(who)
        assert _count(url, "SELECT count(*) FROM member") == members
        assert _count(url, "SELECT count(DISTINCT union_id) FROM member") == 1
        assert _count(url, "SELECT count(*) FROM union_profile") == 1
    other = server.app_ids[1]
    with raw(server.url("chair2")) as conn:
        assert conn.execute("SELECT count(*) FROM member WHERE union_id = 1").fetchone()[0] == 0
        updated = conn.execute("UPDATE application SET notes = 'x' WHERE id = %s", (other,))
        assert updated.rowcount == 0
        assert conn.execute("DELETE FROM timeline_entry WHERE union_id = 1").rowcount == 0
        with pytest.raises(errors.InsufficientPrivilege):  # row-level security's check
            conn.execute("INSERT INTO member (name, union_id) VALUES ('混入', 1)")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE member SET union_id = 1")
        with pytest.raises(errors.InsufficientPrivilege):  # nobody reads the login table
            conn.execute("SELECT * FROM app_login")
        with pytest.raises(errors.InsufficientPrivilege):  # no lying about who one is
            conn.execute("SET SESSION AUTHORIZATION postgres")
        # a new row goes into the login's own union whatever the client sends
        conn.execute(
            "INSERT INTO member (name, gender, department, position, phone, status, notes, "
            "name_pinyin, name_initials, sort_key, created_at, updated_at) VALUES "
            "('新人', '', '', '', '', '在册', '', '', '', '', now(), now())"
        )
    with raw(server.admin) as conn:
        assert conn.execute("SELECT union_id FROM member WHERE name = '新人'").fetchone()[0] == 2
        assert (
            conn.execute("SELECT notes FROM application WHERE id = %s", (other,)).fetchone()[0]
            != "x"
        )


def test_a_staff_login_cannot_delete_permanently_nor_export_id_numbers(server, tmp_path):
    url = server.url("staff1")
    with raw(url) as conn:
        victim = conn.execute("SELECT min(id) FROM member").fetchone()[0]
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("DELETE FROM member WHERE id = %s", (victim,))
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("DELETE FROM application")
    context = open_context(tmp_path / "staff", database=url)
    try:
        with pytest.raises(UserError, match="只有工会主席才能永久删除"):
            delete_member_permanently(context.engine, victim)
        with pytest.raises(UserError, match="完整的身份证号"):
            export_roster(context.engine, tmp_path / "full.csv", with_id_numbers=True)
        assert export_roster(context.engine, tmp_path / "masked.csv") == 40
    finally:
        context.close()
    assert _count(server.admin, "SELECT count(*) FROM member") == 70
    chair = open_context(tmp_path / "chair", database=server.url("chair1"))
    try:
        delete_member_permanently(chair.engine, victim)
        assert export_roster(chair.engine, tmp_path / "full.csv", with_id_numbers=True) == 39
    finally:
        chair.close()
    assert _count(server.admin, "SELECT count(*) FROM member") == 69


def test_the_federation_reads_every_unions_applications_but_no_member(server):
    url = server.url("fed")
    assert _count(url, "SELECT count(*) FROM application") == 2
    assert _count(url, "SELECT count(DISTINCT union_id) FROM timeline_entry") == 2
    assert _count(url, "SELECT count(*) FROM union_profile") == 2
    with raw(url) as conn:
        for query in (
            "SELECT * FROM member",
            "SELECT count(*) FROM member",
            "SELECT * FROM member_event",
            "UPDATE application SET notes = 'x'",
            "INSERT INTO timeline_entry (application_id, date) VALUES (1, now())",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(query)


def test_two_people_editing_one_application_neither_change_is_lost(server, tmp_path, capsys):
    app_id = server.app_ids[1]
    first = open_context(tmp_path / "a", database=server.url("chair1"))
    second = open_context(tmp_path / "b", database=server.url("staff1"))
    try:
        with first.session() as session:
            mine = get_application(session, app_id)
        with second.session() as session:
            theirs = get_application(session, app_id)
        base = mine.version
        assert theirs.version == base
        with first.session() as session:
            mine.contact = "张主席"
            session.add(mine)
        with pytest.raises(UserError, match="已被他人修改"), second.session() as session:
            theirs.notes = "工作人员的说明"
            session.add(theirs)
        with second.session() as session:
            add_note(session, app_id, date(2023, 4, 5), "已电话提醒")
    finally:
        first.close()
        second.close()

    staff = server.url("staff1")
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "c"), "--database", staff,
                       "application", "show", str(app_id), "--json")  # fmt: skip
    shown = json.loads(out)
    assert code == 0 and shown["contact"] == "张主席" and shown["notes"] != "工作人员的说明"
    assert shown["version"] == base + 1 and shown["updated_by"] == server.logins["chair1"]
    assert shown["timeline"][-1]["created_by"] == server.logins["staff1"]
    changes = tmp_path / "changes.json"
    changes.write_text(json.dumps({"notes": "工作人员的说明"}), encoding="utf-8")
    edit = ["--data-dir", str(tmp_path / "c"), "--database", staff, "application", "edit",
            str(app_id), "--json-file", str(changes)]  # fmt: skip
    code, _, err = run(capsys, *edit, "--version", str(base))
    assert code == 1 and server.logins["chair1"] in err and f"第 {base} 版" in err
    assert err.count("\n") == 1
    code, out, _ = run(capsys, *edit, "--version", str(base + 1), "--json")
    assert code == 0
    assert json.loads(out) == {
        "id": app_id,
        "version": base + 2,
        "updated_by": server.logins["staff1"],
    }
    with raw(server.admin) as conn:
        row = conn.execute("SELECT contact, notes FROM application WHERE id = %s", (app_id,))
        assert row.fetchone() == ("张主席", "工作人员的说明")


def test_only_the_administrator_adds_unions_and_logins(server, capsys, data_dir):
    chair = server.url("chair1")
    code, _, err = run(capsys, "--database", chair, "db", "add-union", "--name", "冒名工会")
    assert code == 1 and "只有数据库管理员" in err
    admin = ["--database", server.admin, "db", "add-user"]
    for argv, message in (
        (["someone", "--role", "federation", "--union", "1"], "不要给出 --union"),
        (["someone", "--role", "staff"], "--union"),
        (["someone", "--role", "chair", "--union", "9"], "没有编号为 9 的工会"),
        (["Bad-Name", "--role", "chair", "--union", "1"], "登录名不合适"),
        ([server.logins["chair2"], "--role", "chair", "--union", "1"], "已经登记过"),
        (["postgres", "--role", "chair", "--union", "1"], "管理员"),
    ):
        code, _, err = run(capsys, *admin, *argv)
        assert code == 1 and message in err, err
    with pytest.raises(SystemExit) as usage:
        main([*admin, "someone", "--role", "boss"])
    assert usage.value.code == 2
    code, _, err = run(capsys, "--data-dir", str(data_dir), "db", "add-union", "--name", "x")
    assert code == 1 and "PostgreSQL" in err


def test_on_a_single_pc_the_version_and_the_os_user_are_kept(tmp_path, capsys):
    folder = tmp_path / "pc"
    changes = tmp_path / "c.json"
    changes.write_text(json.dumps({"contact": "王五"}), encoding="utf-8")
    base = ["--data-dir", str(folder), "application"]
    code, out, _ = run(capsys, *base, "new", "--json-file", str(changes), "--json")
    app_id = str(json.loads(out)["id"])
    code, out, _ = run(capsys, *base, "show", app_id, "--json")
    shown = json.loads(out)
    assert (shown["version"], shown["updated_by"]) == (1, current_actor())
    changes.write_text(json.dumps({"contact": "赵六"}), encoding="utf-8")
    code, out, _ = run(capsys, *base, "edit", app_id, "--json-file", str(changes), "--version", "1")
    assert code == 0 and "第 2 版" in out
    code, _, err = run(capsys, *base, "edit", app_id, "--json-file", str(changes), "--version", "1")
    assert code == 1 and current_actor() in err


def test_the_federations_year_report_covers_every_union_a_chairs_only_their_own(
    server, tmp_path, capsys
):
    def report(who: str, year: int) -> dict:
        argv = ["--data-dir", str(tmp_path / who), "--database", server.url(who)]
        code, out, err = run(capsys, *argv, "federation", "report", "--year", str(year), "--json")
        assert code == 0, err
        return json.loads(out)

    from unionapp.applications.service import create_application

    chair = open_context(tmp_path / "chair1-pc", database=server.url("chair1"))
    try:  # a draft never sent: apart, as in the union's own report
        with chair.session() as session:
            create_application(session, {"service_item": "还没报送的草稿"})
    finally:
        chair.close()
    every = report("fed", 2023)  # the year both unions sent their application
    assert [u["union_id"] for u in every["unions"]] == [1, 2]
    assert every["applications"] == 2 and every["by_status"] == {"submitted": 2}
    assert [u["name"] for u in every["unions"]] == ["北京市测试工会委员会"] * 2
    this_year = report("fed", date.today().year)  # the draft's year: apart, counted nowhere else
    assert (this_year["applications"], this_year["unsent"]) == (0, 1)
    assert [u["unsent"] for u in this_year["unions"]] == [1, 0]
    own = report("chair2", 2023)
    assert [u["union_id"] for u in own["unions"]] == [2] and own["applications"] == 1
    for year, expected in ((2023, (1, 0)), (date.today().year, (0, 1))):
        argv = ["--data-dir", str(tmp_path / "chair1"), "--database", server.url("chair1"),
                "report", "--from", f"{year}-01-01", "--to", f"{year}-12-31",
                "--out", str(tmp_path / f"r{year}.xlsx"), "--json"]  # fmt: skip
        code, out, err = run(capsys, *argv)
        assert code == 0, err
        union_report = json.loads(out)  # the union's own report says the same of union 1
        assert (union_report["applications"], union_report["unsent"]) == expected


def test_a_federation_login_gets_the_federation_view_and_no_roster(shots, server, qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from unionapp.storage.paths import resolve_paths
    from unionapp.ui.main_window import MainWindow

    def sections(window: MainWindow) -> list[str]:
        nav = window.nav
        return [nav.item(row).data(Qt.ItemDataRole.UserRole) for row in range(nav.count())]

    window = MainWindow(resolve_paths(tmp_path / "federation-pc"), server.url("fed"))
    qtbot.addWidget(window)
    window.resize(1093, 614)
    window.show()
    assert window.load()
    assert sections(window) == ["federation"]
    page = window.pages["federation"]
    table = page.table
    assert table.rowCount() == 3  # two unions and the total
    page.year.setValue(2023)  # the year the unions sent their applications
    assert [table.item(row, 2).text() for row in range(3)] == ["1", "1", "2"]
    page.year.setValue(2022)
    assert table.item(2, 2).text() == "0"
    page.year.setValue(2023)
    QTest.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    assert table.item(2, 2).text() == "2" and "已报送的申请 2 份" in page.summary.text()
    shots(window, "federation_view")
    window.close()

    chair = MainWindow(resolve_paths(tmp_path / "chair-pc"), server.url("chair2"))
    qtbot.addWidget(chair)
    assert chair.load()
    assert "roster" in sections(chair) and "federation" not in sections(chair)
    roster = chair.show_section("roster")
    qtbot.waitUntil(lambda: roster.model.rowCount() == 30)
    chair.close()


def test_the_editor_keeps_both_peoples_changes_and_asks_where_they_clash(
    shots, server, qtbot, tmp_path, capsys
):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    from unionapp.applications.service import create_application
    from unionapp.ui.applications.application_editor import ApplicationEditor

    staff = open_context(tmp_path / "staff-pc", database=server.url("staff1"))
    try:
        with staff.session() as session:
            app_id = create_application(session, {"service_item": "草稿"}).id  # editable
        editor = ApplicationEditor(staff, app_id)
        qtbot.addWidget(editor)
        editor.show()
        # meanwhile the chair, on another PC, changes the contact and the needs
        theirs = tmp_path / "theirs.json"
        theirs.write_text(json.dumps({"contact": "主席改的", "needs": "主席加的需求"}), "utf-8")
        with raw(server.admin) as conn:
            version = conn.execute("SELECT version FROM application WHERE id = %s", (app_id,))
            based_on = version.fetchone()[0]
        code, _, err = run(capsys, "--data-dir", str(tmp_path / "chair-pc"), "--database",
                           server.url("chair1"), "application", "edit", str(app_id),
                           "--json-file", str(theirs), "--version", str(based_on))  # fmt: skip
        assert code == 0, err
        asked: list[str] = []

        def answer(button_text: str) -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(20, lambda: answer(button_text))
                return
            asked.append(box.text() + "\n" + box.informativeText())
            shots(box, "clash_dialog")
            texts = {b.text().replace("&", ""): b for b in box.buttons()}
            button = texts.get(button_text) or box.escapeButton() or box.buttons()[-1]
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)

        for name, text in (("contact", "Gan Shi"), ("notes", "staff note")):
            field = editor.fields[name]
            field.setFocus()
            QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClicks(field, text)
        QTimer.singleShot(0, lambda: answer("暂不保存"))
        assert not editor.save()
        assert server.logins["chair1"] in asked[0] and "主席改的" in asked[0]
        assert "Gan Shi" in asked[0]
        assert editor.dirty and editor.fields["contact"].text() == "Gan Shi"  # nothing lost
        QTimer.singleShot(0, lambda: answer("保留我的内容"))
        assert editor.save()
        with raw(server.admin) as conn:
            row = conn.execute(
                "SELECT contact, needs, notes, updated_by FROM application WHERE id = %s",
                (app_id,),
            ).fetchone()
        assert row == ("Gan Shi", "主席加的需求", "staff note", server.logins["staff1"])
        assert editor.fields["needs"].toPlainText() == "主席加的需求"  # the chair's change shown
        assert not editor.dirty
        editor.close()
    finally:
        staff.close()


def test_the_windows_offer_a_staff_login_only_what_it_may_do(server, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from unionapp.applications.service import create_application
    from unionapp.ui.applications.application_table import ROW_ROLE
    from unionapp.ui.applications.applications_page import ApplicationsPage
    from unionapp.ui.roster.roster_page import RosterPage

    asked: list[str] = []
    for who, may in (("staff1", False), ("chair1", True)):
        ctx = open_context(tmp_path / who, database=server.url(who))
        try:
            page = RosterPage(ctx)
            qtbot.addWidget(page)
            assert page.delete_button.isEnabled() is may
            assert ("只有工会主席" in page.delete_button.toolTip()) is not may
            with ctx.session() as session:
                draft = create_application(session, {"service_item": "草稿"}).id
            applications = ApplicationsPage(ctx)
            qtbot.addWidget(applications)
            model = applications.model
            row = next(r for r in range(model.rowCount())
                       if model.index(r, 0).data(ROW_ROLE).id == draft)  # fmt: skip
            applications.table.selectRow(
                applications.proxy.mapFromSource(model.index(row, 0)).row()
            )
            assert applications.delete_button.isEnabled() is may
            assert ("只有工会主席" in applications.delete_button.toolTip()) is not may
            target = tmp_path / f"{who}.csv"
            monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target: (str(t), ""))
            monkeypatch.setattr(
                QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or 16384
            )  # Yes: the full numbers this login may export
            monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
            page.export_file()
            exported = target.read_text("utf-8-sig")
            assert ("***" in exported) is not may  # ID numbers masked for staff only
            assert "13900000001" in exported or "139****" not in exported  # phones in full
        finally:
            ctx.close()
    assert "要导出完整的电话吗" in asked[0] and "要导出完整的身份证号和电话吗" in asked[1]


def test_only_a_chair_copies_the_servers_data_to_a_file(server, tmp_path, capsys):
    import sqlite3

    for who, said in (("fed", "上级工会的登录名看不到"), ("staff1", "只有工会主席能")):
        argv = ["--data-dir", str(tmp_path / who), "--database", server.url(who), "backup"]
        code, _, err = run(capsys, *argv)
        assert code == 1 and said in err and "Traceback" not in err
        assert not list((tmp_path / who).glob("backups/*.db"))
    out = tmp_path / "chair.db"
    argv = ["--data-dir", str(tmp_path / "chair"), "--database", server.url("chair2")]
    code, _, err = run(capsys, *argv, "backup", "--out", str(out))
    assert code == 0, err
    with sqlite3.connect(out) as conn:  # the chair's own union, nothing of the other
        assert conn.execute(
            "SELECT count(*), min(union_id), max(union_id) FROM member"
        ).fetchone() == (30, 2, 2)
