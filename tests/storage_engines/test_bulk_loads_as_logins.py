"""Bulk work done by the logins a real server has, not by its superuser: a chair importing the
roster and the database's own administrator (the guide's ``unionapp_admin``, no superuser)
copying a PC's data in. PostgreSQL refuses ``COPY FROM`` on a table under row-level security,
so these must load row by row where it applies."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import make_url

from reliability.builders import roster_rows, write_roster_csv
from unionapp.storage.context import open_context

from .union_data import fill_union
from .union_server import raw, run

pytestmark = pytest.mark.no_engine_pass


def test_a_chair_imports_the_roster_into_their_own_union(server, tmp_path, capsys):
    source = write_roster_csv(tmp_path / "new.csv", roster_rows(25, start=500))
    for who in ("chair1", "chair2"):
        argv = ["--data-dir", str(tmp_path / who), "--database", server.url(who)]
        code, out, err = run(capsys, *argv, "roster", "import", str(source), "--json")
        assert code == 0, err
        assert json.loads(out)["added"] == 25
    with raw(server.admin) as conn:
        per_union = dict(conn.execute("SELECT union_id, count(*) FROM member GROUP BY 1"))
    assert per_union == {1: 40 + 25, 2: 30 + 25}


@pytest.fixture
def owned_database(pg_admin_url: str) -> Iterator[str]:
    """A database owned by an administrator login that is not a superuser (the guide's step 2),
    as that login's URL."""
    import psycopg

    suffix = uuid.uuid4().hex[:8]
    login, name = f"unionapp_admin_{suffix}", f"unionapp_owned_{suffix}"
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{login}" LOGIN CREATEROLE')
        conn.execute(f'CREATE DATABASE "{name}" OWNER "{login}"')
    yield make_url(pg_admin_url).set(username=login, database=name).render_as_string(False)
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'DROP ROLE IF EXISTS "{login}"')


def test_the_databases_administrator_copies_a_pc_in(owned_database, tmp_path, capsys):
    folder = tmp_path / "one-pc"
    context = open_context(folder)
    fill_union(context, tmp_path, members=60)
    context.close()
    code, _, err = run(capsys, "--database", owned_database, "db", "upgrade")
    assert code == 0, err
    code, out, err = run(capsys, "--data-dir", str(folder), "db", "copy", "--to", owned_database,
                         "--json")  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["tables"]["member"] == 60
    with raw(owned_database) as conn:
        assert conn.execute("SELECT count(*) FROM member WHERE union_id = 1").fetchone()[0] == 60


def test_the_databases_administrator_copies_a_second_union_in(
    owned_database, pg_admin_url, tmp_path, capsys
):
    code, _, err = run(capsys, "--database", owned_database, "db", "upgrade")
    assert code == 0, err
    code, out, err = run(capsys, "--database", owned_database, "db", "add-union", "--name", "第二工会",
                         "--json")  # fmt: skip
    assert code == 0 and json.loads(out) == {"union_id": 2}, err
    folder = tmp_path / "second-pc"
    context = open_context(folder)
    fill_union(context, tmp_path, members=20)
    context.close()
    argv = ["--data-dir", str(folder), "db", "copy", "--to", owned_database, "--union", "2"]
    code, _, err = run(capsys, *argv)
    assert code == 0, err
    code, _, err = run(capsys, *argv)  # twice: refused, nothing written
    assert code == 1 and "已经有数据" in err
    with raw(owned_database) as conn:  # the administrator acts for union 1 (row security)
        assert conn.execute("SELECT count(*) FROM member").fetchone()[0] == 0
    superuser = make_url(pg_admin_url).set(database=make_url(owned_database).database)
    with raw(superuser.render_as_string(hide_password=False)) as conn:
        per_union = dict(conn.execute("SELECT union_id, count(*) FROM member GROUP BY 1"))
    assert per_union == {2: 20}
