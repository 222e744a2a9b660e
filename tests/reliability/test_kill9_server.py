"""Issue 15: a process killed with SIGKILL during a roster import on a PostgreSQL server leaves
no partial import: the server sees the connection drop and rolls the transaction back."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from unionapp.storage.engine import parse_database_url
from unionapp.storage.server import connect

from .builders import roster_rows, write_roster_xlsx
from .conftest import runs
from .harness import Outcome
from .test_kill9 import IMPORT_ROWS, assert_cut_short, kill_runs

pytestmark = pytest.mark.no_engine_pass  # chooses its server itself


def test_kill_during_import_on_a_server(worker, pg_ready_url, tmp_path, figure):
    source = write_roster_xlsx(tmp_path / "roster.xlsx", roster_rows(IMPORT_ROWS))
    engine = connect(parse_database_url(pg_ready_url))
    count = runs(15)

    def empty_roster(number: int) -> Path:
        """Each run (and the timing run) imports into an empty roster."""
        with engine.begin() as connection:
            connection.execute(text("DELETE FROM member_event"))
            connection.execute(text("DELETE FROM member"))
        return tmp_path / f"run{number}"

    def check(_folder: Path, outcome: Outcome) -> list[str]:
        with engine.connect() as connection:
            members = connection.execute(text("SELECT count(*) FROM member")).scalar()
            events = connection.execute(text("SELECT count(*) FROM member_event")).scalar()
        if (members, events) not in ((0, 0), (IMPORT_ROWS, IMPORT_ROWS)):
            return [f"partial import: {members} members, {events} history lines"]
        if not outcome.killed and members != IMPORT_ROWS:
            return ["finished but the members are missing"]
        return []

    try:
        problems, cut = kill_runs(
            worker,
            count,
            empty_roster,
            "import",
            check,
            file=str(source),
            database=pg_ready_url,
        )
    finally:
        engine.dispose()
    figure(
        f"kill -9 during a {IMPORT_ROWS:,}-row import on PostgreSQL",
        count,
        len(problems),
        f"{cut} killed mid-way, {count - cut} finished",
    )
    assert not problems, problems[:5]
    assert_cut_short(cut, count)
