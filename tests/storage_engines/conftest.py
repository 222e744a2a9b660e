"""The ``server`` fixture: two unions with their data on one server, a login of each role."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from unionapp.storage.context import open_context

from .union_data import fill_union
from .union_server import Server, raw, run


@pytest.fixture
def server(tmp_path: Path, pg_ready_url: str, capsys) -> Iterator[Server]:
    """Union 1 (40 members) copied whole, union 2 (30 members) added and copied with --union,
    and four logins: a chair and a staff member of union 1, a chair of union 2, a federation."""
    app_ids = {}
    for union, members in ((1, 40), (2, 30)):
        folder = tmp_path / f"union{union}"
        context = open_context(folder)
        app_ids[union] = fill_union(context, tmp_path, members=members)
        context.close()
        if union == 1:
            argv = ["db", "copy", "--to", pg_ready_url]
        else:
            code, out, _ = run(capsys, "--database", pg_ready_url, "db", "add-union", "--name",
                               "第二工会", "--json")  # fmt: skip
            assert code == 0 and json.loads(out) == {"union_id": 2}
            argv = ["db", "copy", "--to", pg_ready_url, "--union", "2"]
        code, _, err = run(capsys, "--data-dir", str(folder), *argv)
        assert code == 0, err
    suffix = uuid.uuid4().hex[:6]
    logins = {who: f"{who}_{suffix}" for who in ("chair1", "staff1", "chair2", "fed")}
    roles = {"chair1": ("chair", "1"), "staff1": ("staff", "1"), "chair2": ("chair", "2")}
    for who, login in logins.items():
        role, union = roles.get(who, ("federation", None))
        extra = ["--union", union] if union else []
        argv = ["--database", pg_ready_url, "db", "add-user", login, "--role", role, *extra]
        code, out, err = run(capsys, *argv, "--json")
        assert code == 0, err
    with raw(pg_ready_url) as conn:
        ids = dict(conn.execute("SELECT union_id, id FROM application").fetchall())
    yield Server(pg_ready_url, logins, ids)
    with raw(pg_ready_url) as conn:
        for login in logins.values():
            conn.execute(f'DROP OWNED BY "{login}"')
            conn.execute(f'DROP ROLE "{login}"')
