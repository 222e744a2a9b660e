"""Issue 8, items 1–2: a process killed with SIGKILL at a random moment leaves the old state or
the new one, never a mix, and a database that passes ``integrity_check``.

Each run copies a prepared data folder, starts the operation in a separate process, kills it
at a random delay within the operation's measured length (a few runs finish first), and checks
the files with plain sqlite3. Every test also asserts that its kills landed: at least a third of
the runs must have been cut short mid-operation, or a change that made the kills miss (a faster
operation, a slower start) would pass without testing anything.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from unionapp.storage.db import make_engine
from unionapp.storage.migrate import head_revision, upgrade

from .builders import (
    add_application,
    copy_folder,
    db_facts,
    new_data_folder,
    roster_rows,
    write_roster_xlsx,
)
from .conftest import runs
from .harness import Outcome, Worker

IMPORT_ROWS = 10_000
MIN_CUT_SHORT = 1 / 3  # of the runs
ATTACHMENT_COUNT, ATTACHMENT_BYTES = 6, 3 * 1024 * 1024


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
        if outcome.killed and outcome.result is None:  # killed before the operation ended
            cut_short += 1
        elif not (outcome.result and outcome.result["ok"]):
            problems.append(f"run {number}: {outcome.lines}")
            continue
        problems += [f"run {number}: {p}" for p in check(folder, outcome)]
    return problems, cut_short


def assert_cut_short(cut: int, count: int) -> None:
    """The kills landed mid-operation often enough for the test to mean something."""
    assert cut >= max(1, int(count * MIN_CUT_SHORT)), (
        f"only {cut} of {count} runs were cut short mid-operation: the kills missed"
    )


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
    assert_cut_short(cut, count)


def _backups(folder: Path) -> list[Path]:
    return sorted((folder / "backups").glob("unionapp-*.db"))


@pytest.fixture(scope="module")
def attachments_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with a roster, an application holding large attachments, and one backup."""
    from unionapp.applications.attachments import add_attachment
    from unionapp.storage.backup import make_backup
    from unionapp.storage.context import open_context

    base = tmp_path_factory.mktemp("template")
    folder = new_data_folder(base / "attachments", members=2_000)
    app_id = add_application(folder)
    rng = random.Random(12)
    ctx = open_context(folder)
    try:
        with ctx.session() as session:
            for number in range(ATTACHMENT_COUNT):
                scan = base / f"扫描件{number}.pdf"
                scan.write_bytes(rng.randbytes(ATTACHMENT_BYTES))
                add_attachment(session, app_id, scan, kind="scan")
        make_backup(ctx.paths)  # the backup that was there before: it must survive every kill
    finally:
        ctx.close()
    return folder


def _stored_files(db: Path) -> tuple[int, bool]:
    """(how many stored files, whether each one's bytes match its hash)."""
    with closing(sqlite3.connect(db)) as conn:
        rows = conn.execute("SELECT sha256, content FROM stored_file").fetchall()
    return len(rows), all(hashlib.sha256(content).hexdigest() == sha for sha, content in rows)


def test_kill_during_backup_holding_attachments(worker, attachments_folder, tmp_path, figure):
    count = runs(40)
    [old_backup] = _backups(attachments_folder)
    old_bytes = old_backup.read_bytes()
    db_before = (attachments_folder / "unionapp.db").read_bytes()

    def check(folder: Path, outcome: Outcome) -> list[str]:
        problems = []
        db = folder / "unionapp.db"
        facts = db_facts(db)
        if facts["integrity"] != "ok" or _stored_files(db) != (ATTACHMENT_COUNT, True):
            problems.append(f"database or its attachments changed: {facts['integrity']}")
        backups = _backups(folder)
        if (folder / "backups" / old_backup.name).read_bytes() != old_bytes:
            problems.append("the earlier backup was changed or removed")
        new = [b for b in backups if b.name != old_backup.name]
        if len(new) > 1 or (outcome.result is not None and len(new) != 1):
            problems.append(f"backups: {[b.name for b in backups]}")
        for backup in new:  # under its final name a backup is complete, attachments included
            copy = db_facts(backup)
            if copy["integrity"] != "ok" or _stored_files(backup) != (ATTACHMENT_COUNT, True):
                problems.append(f"incomplete backup {backup.name}: {copy['integrity']}")
        return problems

    problems, cut = kill_runs(
        worker,
        count,
        lambda n: copy_folder(attachments_folder, tmp_path / f"run{n}"),
        "backup",
        check,
    )
    assert (attachments_folder / "unionapp.db").read_bytes() == db_before
    figure(
        f"kill -9 during a backup holding {ATTACHMENT_COUNT} attachments "
        f"({ATTACHMENT_COUNT * ATTACHMENT_BYTES // 2**20} MB)",
        count,
        len(problems),
        f"{cut} killed mid-way",
    )
    assert not problems, problems[:5]
    assert_cut_short(cut, count)


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
    assert_cut_short(cut, count)


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
    assert_cut_short(cut, count)


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
        wanted = {"calendar_day", "mail_record", "ix_member_updated_at", "stored_file"}
        new_tables = wanted & facts["tables"]
        if facts["revision"] == "0001" and new_tables:
            return [f"old revision but new schema objects: {new_tables}"]
        if facts["revision"] == head and new_tables != wanted:
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
    assert_cut_short(cut, count)


def test_kill_during_restore_of_a_backup_holding_attachments(
    worker, attachments_folder, full_folder, tmp_path, figure
):
    count = runs(40)
    [source] = _backups(attachments_folder)  # 2,000 members and the attachments

    def check(folder: Path, outcome: Outcome) -> list[str]:
        db = folder / "unionapp.db"
        facts = db_facts(db)
        if facts["integrity"] != "ok":
            return [f"integrity_check: {facts['integrity']}"]
        state = (facts["members"], _stored_files(db) if "stored_file" in facts["tables"] else None)
        old, new = (IMPORT_ROWS, (0, True)), (2_000, (ATTACHMENT_COUNT, True))
        if state not in (old, new):
            return [f"mixed state: {state}"]
        if outcome.result is not None and state != new:
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
    figure(
        "kill -9 during a restore of a backup holding attachments",
        count,
        len(problems),
        f"{cut} killed mid-way",
    )
    assert not problems, problems[:5]
    assert_cut_short(cut, count)
