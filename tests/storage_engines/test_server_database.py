"""Issue 15: the same program on a PostgreSQL server (a real one: tests/pg_server.py, or the
server of UNIONAPP_TEST_DATABASE_URL). Opening, db upgrade, db copy both ways, check, backup,
and the same order and search as on the data folder's SQLite file."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, func, select, text
from sqlmodel import SQLModel

from reliability.builders import PROGRAMME_NAME, roster_rows, write_roster_csv
from reports.test_smtp import memory_keyring  # noqa: F401  (fixture)
from unionapp.applications.service import create_application
from unionapp.cli import main
from unionapp.errors import DatabaseTooNew, UserError
from unionapp.reports.mail import record_mail
from unionapp.roster.importer import import_roster
from unionapp.roster.search import find_members
from unionapp.storage.context import AppContext, open_context
from unionapp.storage.engine import parse_database_url
from unionapp.storage.migrate import upgrade
from unionapp.storage.schema_version import head_revision_id
from unionapp.storage.server import PasswordNeeded, SchemaTooOld, connect

from .union_data import fill_union, roster_order

pytestmark = pytest.mark.no_engine_pass  # each test here chooses its engines itself


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def server_ctx(data_dir: Path, pg_ready_url: str) -> Iterator[AppContext]:
    context = open_context(data_dir, database=pg_ready_url)
    yield context
    context.close()


@pytest.fixture
def folder_ctx(tmp_path: Path) -> Iterator[AppContext]:
    context = open_context(tmp_path / "folder")
    yield context
    context.close()


def table_rows(url: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in primary-key order, as plain values."""
    engine = create_engine(url if url.startswith("sqlite") else parse_database_url(url).url)
    try:
        with engine.connect() as connection:
            return {
                table.name: [
                    tuple(row)
                    for row in connection.execute(
                        select(table).order_by(*table.primary_key.columns)
                    )
                ]
                for table in SQLModel.metadata.sorted_tables
                # a server's change counter and its logins: not the union's data
                if table.name not in ("roster_version", "app_login")
            }
    finally:
        engine.dispose()


# -- schema --------------------------------------------------------------------------------
def test_migrated_schema_matches_the_models_on_both_engines(folder_ctx, server_ctx):
    for context in (folder_ctx, server_ctx):
        with context.engine.connect() as connection:
            migration = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(migration, SQLModel.metadata) == [], context.engine.url
    with server_ctx.engine.connect() as connection:
        collations = dict(
            connection.execute(
                text(
                    "SELECT column_name, collation_name FROM information_schema.columns "
                    "WHERE table_name = 'member' AND column_name IN ('sort_key', 'department')"
                )
            ).all()
        )
    # pinyin order comes from the program's keys, compared by code point as on SQLite
    assert collations == {"sort_key": "C", "department": "C"}


def test_roster_order_paging_and_search_are_the_same_on_both_engines(
    folder_ctx, server_ctx, tmp_path
):
    fill_union(folder_ctx, tmp_path)
    fill_union(server_ctx, tmp_path)
    for sort in ("name", "department", "status"):
        assert roster_order(server_ctx, sort) == roster_order(folder_ctx, sort), sort
    for typed in ("zhang", "张", "0001", "安全", "zs"):
        on_server = [row.id for row in find_members(server_ctx.engine, typed)]
        assert on_server == [row.id for row in find_members(folder_ctx.engine, typed)], typed
        assert on_server or typed == "zs"


# -- opening ------------------------------------------------------------------------------
def test_an_empty_or_older_server_asks_for_db_upgrade_and_a_newer_one_is_refused(
    data_dir, pg_url, capsys
):
    with pytest.raises(SchemaTooOld, match="请管理员运行 db upgrade"):
        open_context(data_dir, database=pg_url)
    engine = connect(parse_database_url(pg_url))
    with engine.connect() as connection:
        upgrade(connection, "0004")
    with pytest.raises(SchemaTooOld, match=r"较旧（0004.*请管理员运行 db upgrade"):
        open_context(data_dir, database=pg_url)
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "--database", pg_url, "db", "upgrade")
    assert code == 0 and "0004 → " in out
    open_context(data_dir, database=pg_url).close()

    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseTooNew, match="更新版本"):
        open_context(data_dir, database=pg_url)
    code, _, err = run(capsys, "--data-dir", str(data_dir), "--database", pg_url, "db", "upgrade")
    assert code == 1 and "比本程序新" in err
    with engine.connect() as connection:
        assert (
            connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
        )
    engine.dispose()


def test_db_upgrade_creates_everything_once(data_dir, pg_url, capsys):
    args = ("--data-dir", str(data_dir), "--database", pg_url, "db", "upgrade", "--json")
    code, out, _ = run(capsys, *args)
    first = json.loads(out)
    assert code == 0
    assert first["from"] is None and first["to"] == head_revision_id()
    assert first["changed"] and first["union_created"] and first["catalogue_years"]
    before = table_rows(pg_url)
    code, out, _ = run(capsys, *args)
    assert code == 0 and json.loads(out)["changed"] is False
    assert table_rows(pg_url) == before


def test_connection_failures_get_a_plain_message_each(data_dir, pg_admin_url, capsys):
    server = parse_database_url(pg_admin_url).url
    base = f"postgresql://{server.username}@{server.host}:{server.port}"
    cases = {
        f"{base}/no_such_db": "上没有数据库 no_such_db",
        f"postgresql://{server.username}@127.0.0.1:1/x": "无法连接数据库服务器 127.0.0.1:1",
        f"{base}/postgres?sslmode=require": "不支持加密连接",
        f"postgresql://nobody_here@{server.host}:{server.port}/postgres": "没有登录名 nobody_here",
        "mysql://a@b/c": "只支持 PostgreSQL",
        "postgresql:///nohost": "缺少服务器或数据库名",
        f"{base}/postgres?sslmode=sometimes": "sslmode 的值不对",
    }
    for url, expected in cases.items():
        code, _, err = run(capsys, "--data-dir", str(data_dir), "--database", url, "check")
        assert code == 1, url
        assert expected in err and err.count("\n") == 1, (url, err)


def test_password_from_keyring_or_prompt_never_from_a_file(
    data_dir,
    pg_admin_url,
    memory_keyring,  # noqa: F811
    capsys,
):
    import pg_server

    server = parse_database_url(pg_admin_url).url
    url = f"postgresql://{pg_server.PW_USER}@{server.host}:{server.port}/postgres"
    target = parse_database_url(url)
    with pytest.raises(PasswordNeeded, match="要求输入用户 pw_user 的密码"):
        connect(target)
    asked: list[str] = []

    def prompt(_target, problem):
        asked.append(problem)
        return "wrong" if len(asked) == 1 else pg_server.PW_PASSWORD

    connect(target, prompt).dispose()
    assert "密码不对" in asked[1]
    memory_keyring.passwords[("unionapp-database", target.keyring_user)] = pg_server.PW_PASSWORD
    connect(target).dispose()
    # the command line finds it in the keyring too, and no log line holds it
    code, _, _ = run(capsys, "--data-dir", str(data_dir), "--database", url, "check", "--json")
    assert code == 1  # the postgres database has no tables of ours: reported, not a crash
    logs = "".join(p.read_text() for p in (data_dir / "logs").glob("*") if p.is_file())
    assert pg_server.PW_PASSWORD not in logs


# -- db copy, check, backup -------------------------------------------------------------------
def test_db_copy_to_a_server_and_back_keeps_every_row(tmp_path, pg_url, capsys):
    folder = tmp_path / "one-pc"
    context = open_context(folder)
    fill_union(context, tmp_path)
    context.close()
    source_rows = table_rows(f"sqlite:///{folder / 'unionapp.db'}")

    code, out, _ = run(capsys, "--data-dir", str(folder), "db", "copy", "--to", pg_url, "--json")
    assert code == 0
    report = json.loads(out)
    assert report["verified"] is True
    assert report["tables"] == {name: len(rows) for name, rows in source_rows.items()}
    assert report["tables"]["member"] == 300 and report["tables"]["timeline_entry"] >= 3
    server_url = pg_url
    assert table_rows(server_url) == source_rows

    offline = tmp_path / "offline.db"
    args = ("--data-dir", str(tmp_path / "d2"), "--database", pg_url, "db", "copy", "--to")
    code, out, _ = run(capsys, *args, str(offline))
    assert code == 0 and "各表行数已核对" in out
    assert [p.name for p in tmp_path.glob("offline*")] == ["offline.db"]  # one file, no log
    assert table_rows(f"sqlite:///{offline}") == source_rows
    with closing(sqlite3.connect(offline)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    # a second copy onto the same server stops before writing anything
    code, _, err = run(capsys, "--data-dir", str(folder), "db", "copy", "--to", pg_url)
    assert code == 1 and "已经有本工会的数据" in err
    assert table_rows(server_url) == source_rows
    # the copied ids continue: new rows on the server get fresh ones
    more = write_roster_csv(tmp_path / "more.csv", roster_rows(5, start=9000))
    context = open_context(tmp_path / "d3", database=pg_url)
    try:
        with context.session() as session:
            assert import_roster(session, more).added == 5
            create_application(session, {"programme": PROGRAMME_NAME})
            record_mail(session, "draft", ["a@example.cn"], "再一封", [])
        with context.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM member")).scalar() == 305
    finally:
        context.close()


def test_check_and_backup_on_a_server(data_dir, pg_ready_url, tmp_path, capsys):
    context = open_context(data_dir, database=pg_ready_url)
    fill_union(context, tmp_path, members=40)
    context.close()
    base = ("--data-dir", str(data_dir), "--database", pg_ready_url)
    code, out, _ = run(capsys, *base, "check", "--json")
    result = json.loads(out)
    assert code == 0
    assert result["integrity"] == result["foreign_keys"] == result["attachments"] == "ok"
    assert result["revision"]

    code, out, _ = run(capsys, *base, "backup", "--json")
    backup = Path(json.loads(out)["backup"])
    assert code == 0 and backup.parent == data_dir / "backups"
    with closing(sqlite3.connect(backup)) as conn:
        assert conn.execute("SELECT count(*) FROM member").fetchone()[0] == 40

    engine = connect(parse_database_url(pg_ready_url))
    with engine.begin() as connection:
        connection.execute(
            text("ALTER TABLE member_event DROP CONSTRAINT member_event_member_id_fkey")
        )
    engine.dispose()
    code, out, _ = run(capsys, *base, "check", "--json")
    assert code == 1 and json.loads(out)["foreign_keys"].startswith("缺少外键约束")


def test_restore_names_the_way_for_a_server(data_dir, pg_ready_url, tmp_path, capsys):
    code, _, err = run(
        capsys, "--data-dir", str(data_dir), "--database", pg_ready_url, "restore", "x.db"
    )
    assert code == 1 and "pg_dump" in err


def test_import_on_a_server_takes_ids_from_the_sequence(server_ctx, tmp_path):
    fill_union(server_ctx, tmp_path, members=50)
    with server_ctx.engine.begin() as connection:
        # another PC adds a member between two imports: its id must not be taken again
        connection.execute(
            text(
                "INSERT INTO member (name, gender, department, position, phone, status, notes, "
                "name_pinyin, name_initials, sort_key, created_at, updated_at) VALUES "
                "('别处', '', '', '', '', '在册', '', 'biechu', 'bc', 'biechu', now(), now())"
            )
        )
    from reliability.builders import roster_rows, write_roster_csv
    from unionapp.roster.importer import import_roster

    more = write_roster_csv(tmp_path / "more.csv", roster_rows(20, start=9000))
    with server_ctx.session() as session:
        assert import_roster(session, more).added == 20
    with server_ctx.engine.connect() as connection:
        count, distinct = connection.execute(
            select(func.count(), func.count(func.distinct(text("id")))).select_from(text("member"))
        ).one()
    assert count == distinct == 71


def test_bad_urls_are_user_errors():
    for url in ("http://x/y", "postgresql://u@h/db?foo=1", "::"):
        with pytest.raises(UserError):
            parse_database_url(url)
    target = parse_database_url("postgresql://u:secret@h:5433/db")
    assert target.display == "postgresql://u@h:5433/db" and target.sslmode == "prefer"
    assert "secret" not in repr(target.display)


def test_a_dropped_server_connection_is_a_plain_message_and_nothing_is_half_written(
    server_ctx, pg_admin_url
):
    import psycopg

    from unionapp.models import MailRecord

    with pytest.raises(UserError, match="连接中断"), server_ctx.session() as session:
        session.add(MailRecord(method="draft", recipients="a@example.cn", subject="一", files="[]"))
        session.flush()
        pid = session.execute(text("SELECT pg_backend_pid()")).scalar()
        with psycopg.connect(pg_admin_url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        session.execute(text("SELECT 1"))
    with server_ctx.session() as session:  # the next work reconnects; nothing was kept
        assert session.execute(select(func.count()).select_from(MailRecord)).scalar() == 0


def test_a_connection_the_server_dropped_while_idle_is_replaced_unseen(server_ctx, pg_admin_url):
    import psycopg

    with server_ctx.session() as session:
        pid = session.execute(text("SELECT pg_backend_pid()")).scalar()
        database = session.execute(text("SELECT current_database()")).scalar()
    with psycopg.connect(pg_admin_url, autocommit=True) as admin:  # e.g. a server restart
        admin.execute(
            "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE datname = %s "
            "AND pid <> pg_backend_pid()",
            (database,),
        )
    with server_ctx.session() as session:  # the pool connects afresh: no error for the user
        assert session.execute(text("SELECT pg_backend_pid()")).scalar() != pid


def test_a_pooled_connection_is_tested_only_when_it_may_be_dead(server_ctx, monkeypatch):
    from unionapp.storage import server

    pings: list[int] = []
    ping = server._ping
    monkeypatch.setattr(server, "_ping", lambda connection: (pings.append(1), ping(connection)))
    for _ in range(3):  # in use a moment ago, nothing heard from the server: no round trip
        with server_ctx.session() as session:
            session.execute(text("SELECT 1"))
    assert pings == []
    monkeypatch.setattr(server, "TRUST_IDLE_S", 0.0)  # as after a long pause
    with server_ctx.session() as session:
        assert session.execute(text("SELECT 1")).scalar() == 1
    assert pings == [1]


def test_search_sees_another_pcs_changes_on_a_server(server_ctx, tmp_path):
    fill_union(server_ctx, tmp_path, members=30)
    assert find_members(server_ctx.engine, "biechu") == []  # the index is built now
    other_pc = connect(server_ctx.server)
    try:
        with other_pc.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO member (name, gender, department, position, phone, status, "
                    "notes, name_pinyin, name_initials, sort_key, created_at, updated_at) VALUES "
                    "('别处', '', '', '', '', '在册', '', 'biechu', 'bc', 'biechu', "
                    "'2000-01-01', '2000-01-01')"  # an old stamp: only the version tells
                )
            )
        assert [row.name for row in find_members(server_ctx.engine, "biechu")] == ["别处"]
        with other_pc.begin() as connection:
            connection.execute(text("DELETE FROM member WHERE name = '别处'"))
        assert find_members(server_ctx.engine, "biechu") == []
    finally:
        other_pc.dispose()


def test_db_copy_verifies_attachments_kept_in_the_database(tmp_path, pg_url, capsys):
    if "stored_file" not in SQLModel.metadata.tables:
        pytest.skip("attachments are not kept in the database in this version")
    folder = tmp_path / "one-pc"
    context = open_context(folder)
    fill_union(context, tmp_path, members=10)
    context.close()
    with closing(sqlite3.connect(folder / "unionapp.db")) as conn:
        assert conn.execute("SELECT count(*) FROM stored_file").fetchone()[0] >= 1
        conn.execute("UPDATE stored_file SET content = X'00'")  # damaged in the source
        conn.commit()
    code, _, err = run(capsys, "--data-dir", str(folder), "db", "copy", "--to", pg_url)
    assert code == 1 and "附件内容与校验值不符" in err
    engine = connect(parse_database_url(pg_url))
    with engine.connect() as connection:  # nothing was written
        assert connection.execute(text("SELECT count(*) FROM member")).scalar() == 0
    engine.dispose()
