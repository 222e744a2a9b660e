"""Issue 8, items 1–2: a process killed with SIGKILL at a random moment leaves the old state or
the new one, never a mix, and a database that passes ``integrity_check``.

Each run copies a prepared data folder, starts the operation in a separate process, kills it
at a random delay within the operation's measured length (a few runs finish first), and checks
the files with plain sqlite3.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from unionapp.storage.db import make_engine
from unionapp.storage.migrate import head_revision, upgrade

from .builders import copy_folder, db_facts, new_data_folder, roster_rows, write_roster_xlsx
from .conftest import runs
from .harness import Outcome, Worker

IMPORT_ROWS = 10_000


def kill_runs(
    worker: Worker,
    count: int,
    make_folder: Callable[[int], Path],
    op: str,
    check: Callable[[Path, Outcome], list[str]],
    **args: str,
) -> tuple[list[str], int]:
    """Run ``op`` ``count`` times with a SIGKILL; return (problems, how many were cut short)."""
    calibration = worker.run(op, **_args(args, make_folder(-1)))
    assert calibration.result and calibration.result["ok"], calibration.lines
    length = calibration.result["seconds"]
    rng = random.Random(8)
    problems: list[str] = []
    cut_short = 0
    for number in range(count):
        folder = make_folder(number)
        outcome = worker.run(op, kill_after=rng.uniform(0, length * 1.2), **_args(args, folder))
        if outcome.killed:
            cut_short += 1
        elif not (outcome.result and outcome.result["ok"]):
            problems.append(f"run {number}: {outcome.lines}")
            continue
        problems += [f"run {number}: {p}" for p in check(folder, outcome)]
    return problems, cut_short


def _args(args: dict[str, str], folder: Path) -> dict[str, str]:
    return {"data_dir": str(folder), **args}


@pytest.fixture(scope="module")
def empty_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return new_data_folder(tmp_path_factory.mktemp("template") / "empty")


@pytest.fixture(scope="module")
def full_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return new_data_folder(tmp_path_factory.mktemp("template") / "full", members=IMPORT_ROWS)


def test_kill_during_import(worker, empty_folder, tmp_path, figure):
    source = write_roster_xlsx(tmp_path / "roster.xlsx", roster_rows(IMPORT_ROWS))
    count = runs(100)

    def check(folder: Path, outcome: Outcome) -> list[str]:
        facts = db_facts(folder / "unionapp.db")
        if facts["integrity"] != "ok":
            return [f"integrity_check: {facts['integrity']}"]
        if facts["members"] not in (0, IMPORT_ROWS):
            return [f"partial import: {facts['members']} members"]
        if not outcome.killed and facts["members"] != IMPORT_ROWS:
            return ["finished but the members are missing"]
        return []

    problems, cut = kill_runs(
        worker,
        count,
        lambda n: copy_folder(empty_folder, tmp_path / f"run{n}"),
        "import",
        check,
        file=str(source),
    )
    figure(
        f"kill -9 during a {IMPORT_ROWS:,}-row import",
        count,
        len(problems),
        f"{cut} killed mid-way, {count - cut} finished",
    )
    assert not problems, problems[:5]


def _backups(folder: Path) -> list[Path]:
    return sorted((folder / "backups").glob("unionapp-*.db"))


def test_kill_during_backup(worker, full_folder, tmp_path, figure):
    count = runs(50)

    def check(folder: Path, outcome: Outcome) -> list[str]:
        problems = []
        facts = db_facts(folder / "unionapp.db")
        if facts["integrity"] != "ok" or facts["members"] != IMPORT_ROWS:
            problems.append(f"database changed by a backup: {facts['integrity']}")
        backups = _backups(folder)
        if len(backups) > 1 or (not outcome.killed and len(backups) != 1):
            problems.append(f"backups: {backups}")
        for backup in backups:  # a backup under its final name is always complete
            copy = db_facts(backup)
            if copy["integrity"] != "ok" or copy["members"] != IMPORT_ROWS:
                problems.append(f"incomplete backup {backup.name}: {copy['integrity']}")
        return problems

    problems, cut = kill_runs(
        worker, count, lambda n: copy_folder(full_folder, tmp_path / f"run{n}"), "backup", check
    )
    figure("kill -9 during a backup", count, len(problems), f"{cut} killed mid-way")
    assert not problems, problems[:5]


def test_kill_during_restore(worker, full_folder, empty_folder, tmp_path, figure):
    count = runs(50)
    source = empty_folder / "unionapp.db"  # restoring the empty roster over the full one

    def check(folder: Path, outcome: Outcome) -> list[str]:
        facts = db_facts(folder / "unionapp.db")
        if facts["integrity"] != "ok":
            return [f"integrity_check: {facts['integrity']}"]
        if facts["members"] not in (0, IMPORT_ROWS):
            return [f"mixed state: {facts['members']} members"]
        if not outcome.killed and facts["members"] != 0:
            return ["restore finished but the old data is still there"]
        return []

    problems, cut = kill_runs(
        worker,
        count,
        lambda n: copy_folder(full_folder, tmp_path / f"run{n}"),
        "restore",
        check,
        source=str(source),
    )
    figure("kill -9 during a restore", count, len(problems), f"{cut} killed mid-way")
    assert not problems, problems[:5]


@pytest.fixture(scope="module")
def old_schema_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder whose database is at the first schema revision, with a union and members."""
    folder = tmp_path_factory.mktemp("template") / "old"
    folder.mkdir()
    engine = make_engine(folder / "unionapp.db")
    with engine.connect() as conn:
        upgrade(conn, "0001")
        conn.execute(
            text(
                "INSERT INTO union_profile (id, name, chairperson, contact, contact_title, "
                "phone, address, email, parent_federation, report_recipients) VALUES "
                "(1, '老版本工会', '', '', '', '', '', '', '', '')"
            )
        )
        for name, *_ in roster_rows(200):
            conn.execute(
                text(
                    "INSERT INTO member (name, gender, department, position, phone, status, "
                    "notes, name_pinyin, name_initials, sort_key, created_at, updated_at) VALUES "
                    "(:n, '', '', '', '', '在册', '', '', '', '', '2020-01-01', '2020-01-01')"
                ),
                {"n": name},
            )
        conn.commit()
    engine.dispose()
    return folder


def test_kill_during_migration(worker, old_schema_folder, tmp_path, figure):
    from unionapp.storage.context import open_context

    count = runs(50)
    head = head_revision()

    def check(folder: Path, outcome: Outcome) -> list[str]:
        facts = db_facts(folder / "unionapp.db")
        if facts["integrity"] != "ok":
            return [f"integrity_check: {facts['integrity']}"]
        new_tables = {"calendar_day", "mail_record", "ix_member_updated_at"} & facts["tables"]
        if facts["revision"] == "0001" and new_tables:
            return [f"old revision but new schema objects: {new_tables}"]
        if facts["revision"] == head and len(new_tables) != 3:
            return [f"new revision but schema objects missing: {new_tables}"]
        if facts["revision"] not in ("0001", head):
            return [f"stopped between revisions: {facts['revision']}"]
        if facts["members"] != 200:
            return [f"members lost: {facts['members']}"]
        ctx = open_context(folder)  # the next start finishes the job
        ctx.close()
        after = db_facts(folder / "unionapp.db")
        if after["revision"] != head or after["members"] != 200:
            return [f"reopening did not finish the migration: {after['revision']}"]
        return []

    problems, cut = kill_runs(
        worker,
        count,
        lambda n: copy_folder(old_schema_folder, tmp_path / f"run{n}"),
        "open",
        check,
    )
    figure("kill -9 during a schema migration", count, len(problems), f"{cut} killed mid-way")
    assert not problems, problems[:5]
