"""Issue 8, items 5–7: damaged databases, a second instance, a database from a newer program.

Each damaged or newer database must be detected on open and left byte-for-byte untouched: the
command line exits 1 with a message; the window offers the newest good backup and, when the
user agrees, keeps the damaged file aside as ``….damaged-<time>``.
"""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from unionapp.cli import main
from unionapp.errors import AlreadyRunning
from unionapp.storage.backup import make_backup
from unionapp.storage.context import open_context
from unionapp.storage.paths import resolve_paths

from .builders import copy_folder, db_facts, new_data_folder
from .harness import Worker

DAMAGES = ("truncated to half", "page 2 overwritten", "zero bytes", "an .xlsx renamed to .db")
CLI_COMMANDS = (["roster", "count"], ["application", "list"], ["backup"], ["union", "show"])


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = new_data_folder(tmp_path_factory.mktemp("template") / "data", members=300)
    make_backup(resolve_paths(folder))
    return folder


def damage(db: Path, how: str) -> None:
    content = db.read_bytes()
    page = 4096
    if how == "truncated to half":
        db.write_bytes(content[: len(content) // 2])
    elif how == "page 2 overwritten":
        db.write_bytes(content[:page] + bytes(range(256)) * (page // 256) + content[2 * page :])
    elif how == "zero bytes":
        db.write_bytes(b"")
    else:
        import openpyxl

        workbook = openpyxl.Workbook()
        workbook.active.append(["姓名", "身份证号"])  # type: ignore[union-attr]
        workbook.save(db)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_damaged_database_on_the_command_line(template, tmp_path, capsys, figure):
    problems = []
    count = 0
    for number, how in enumerate(DAMAGES):
        folder = copy_folder(template, tmp_path / f"d{number}")
        db = folder / "unionapp.db"
        damage(db, how)
        before = digest(db)
        for command in CLI_COMMANDS:
            count += 1
            code = main(["--data-dir", str(folder), *command])
            err = capsys.readouterr().err
            if code != 1 or "数据库" not in err or "Traceback" in err:
                problems.append(f"{how}, {command}: exit {code}: {err!r}")
            if digest(db) != before or list(folder.glob("unionapp.db.damaged-*")):
                problems.append(f"{how}, {command}: the damaged file was touched")
    figure("damaged database on the command line (4 kinds × 4 commands)", count, len(problems))
    assert not problems, problems


def test_damaged_database_in_the_window(qtbot, template, tmp_path, monkeypatch, figure):
    from unionapp.ui.opening import open_with_recovery

    questions: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, _title, text, *a, **k: (
            questions.append(text) or QMessageBox.StandardButton.Yes
        ),
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: questions.append("critical"))
    parent = QWidget()
    qtbot.addWidget(parent)
    problems = []
    for number, how in enumerate(DAMAGES):
        folder = copy_folder(template, tmp_path / f"w{number}")
        db = folder / "unionapp.db"
        damage(db, how)
        damaged_bytes = db.read_bytes()
        questions.clear()
        ctx = open_with_recovery(parent, resolve_paths(folder))
        if ctx is None:
            problems.append(f"{how}: not recovered ({questions})")
            continue
        ctx.close()
        kept = [
            p for p in folder.glob("unionapp.db.damaged-*") if not p.name.endswith(("-wal", "-shm"))
        ]
        if not (questions and "备份" in questions[0] and "损坏" in questions[0]):
            problems.append(f"{how}: the restore was not offered in plain words: {questions}")
        if len(kept) != 1 or kept[0].read_bytes() != damaged_bytes:
            problems.append(f"{how}: the damaged file was not kept aside unchanged")
        if db_facts(db)["members"] != 300:
            problems.append(f"{how}: the backup's members are not back")
    figure("damaged database in the window: restore offered", len(DAMAGES), len(problems))
    assert not problems, problems


def test_second_instance_and_crashed_first(worker: Worker, template, tmp_path, figure):
    problems: list[str] = []
    count = 20
    for number in range(count):
        folder = copy_folder(template, tmp_path / f"i{number}")
        db = folder / "unionapp.db"

        def second_start(folder: Path = folder, db: Path = db, number: int = number) -> None:
            before = digest(db)
            try:
                open_context(folder).close()
                problems.append(f"run {number}: a second instance opened the database")
            except AlreadyRunning:
                pass
            if main(["--data-dir", str(folder), "roster", "count"]) != 1:
                problems.append(f"run {number}: the command line did not refuse")
            if digest(db) != before:
                problems.append(f"run {number}: the second instance touched the database")

        outcome = worker.run("hold", while_running=second_start, kill_after=0, data_dir=str(folder))
        if not outcome.killed:
            problems.append(f"run {number}: the first instance was not running: {outcome.lines}")
        try:  # the first instance crashed: its lock must not block the next start
            ctx = open_context(folder)
            ctx.close()
        except AlreadyRunning:
            problems.append(f"run {number}: a crashed instance still blocks the folder")
    figure("second instance refused, crashed first instance does not block", count, len(problems))
    assert not problems, problems


def test_newer_schema_is_refused_untouched(template, tmp_path, capsys, figure):
    folder = copy_folder(template, tmp_path / "newer")
    db = folder / "unionapp.db"
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(db)
    problems = []
    for command in CLI_COMMANDS:
        code = main(["--data-dir", str(folder), *command])
        err = capsys.readouterr().err
        if code != 1 or "更新版本" not in err:
            problems.append(f"{command}: exit {code}: {err!r}")
    if digest(db) != before or list((folder / "backups").glob("pre-migration-*")):
        problems.append("the newer database was written to")
    figure("database from a newer schema refused untouched", len(CLI_COMMANDS), len(problems))
    assert not problems, problems
