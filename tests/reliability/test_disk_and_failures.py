"""Issue 8, items 3–4 and the read-only folder: a failure part-way through leaves the database
as it was, with a plain message and no half-written file."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from unionapp.roster.importer import import_roster
from unionapp.storage.context import open_context

from .builders import (
    add_application,
    copy_folder,
    db_facts,
    new_data_folder,
    roster_rows,
    write_roster_xlsx,
)
from .harness import Worker

ROWS = 10_000
EXPECTED_FILES = {
    "unionapp.db",
    "unionapp.db-wal",
    "unionapp.db-shm",
    "unionapp.lock",
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = new_data_folder(tmp_path_factory.mktemp("template") / "data", members=100)
    add_application(folder, notes="为职工提供文化服务")
    return folder


@pytest.fixture(scope="module")
def big_roster(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_roster_xlsx(tmp_path_factory.mktemp("files") / "roster.xlsx", roster_rows(ROWS))


def leftovers(folder: Path) -> set[str]:
    """Files in a data folder's top level that the program did not mean to keep."""
    return {p.name for p in folder.iterdir() if p.is_file()} - EXPECTED_FILES


def test_exception_at_row_5000_changes_nothing(template, big_roster, tmp_path, figure):
    folder = copy_folder(template, tmp_path / "data")
    before = db_facts(folder / "unionapp.db")
    written: list[int] = []

    def progress(done: int, total: int) -> bool:
        written.append(done - total // 2)  # rows written so far (reading counts as the first half)
        if written[-1] >= 5_000:  # after the third batch of 2,000 rows went into the database
            raise RuntimeError("injected at row 5,000")
        return True

    ctx = open_context(folder)
    try:
        with pytest.raises(RuntimeError, match="row 5,000"), ctx.session() as session:
            import_roster(session, big_roster, progress=progress)
    finally:
        ctx.close()
    after = db_facts(folder / "unionapp.db")
    failures = int(after["members"] != before["members"]) + int(after["integrity"] != "ok")
    figure("exception injected at row 5,000 of a 10,000-row import", 1, failures)
    assert 5_000 <= written[-1] < ROWS
    assert after["integrity"] == "ok"
    assert after["members"] == before["members"] == 100


def test_disk_full_during_import(worker: Worker, template, big_roster, tmp_path, figure):
    base = (template / "unionapp.db").stat().st_size
    limits = [base + int(1.6**step * 128 * 1024) for step in range(10)]  # the WAL needs ~5 MB
    problems, refused = [], 0
    for number, limit in enumerate(limits):
        folder = copy_folder(template, tmp_path / f"run{number}")
        outcome = worker.run(
            "import", fsize_limit=limit, data_dir=str(folder), file=str(big_roster)
        )
        facts = db_facts(folder / "unionapp.db")
        result = outcome.result or {}
        if result.get("ok"):
            expected = 100 + ROWS  # the commit fitted: everything is there
        else:
            refused += 1
            expected = 100
            if "磁盘" not in result.get("user_error", ""):
                problems.append(f"limit {limit}: no clear message: {outcome.lines}")
        if facts["integrity"] != "ok" or facts["members"] != expected:
            problems.append(f"limit {limit}: {facts['integrity']}, {facts['members']} members")
        if leftovers(folder):
            problems.append(f"limit {limit}: files left behind: {leftovers(folder)}")
    figure(
        "disk full during a 10,000-row import",
        len(limits),
        len(problems),
        f"{refused} refused with a message, {len(limits) - refused} fitted",
    )
    assert refused >= 5
    assert not problems, problems


def test_disk_full_during_pdf_export(worker: Worker, template, tmp_path, figure):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    problems = []
    limits = (8 * 1024, 20 * 1024, 40 * 1024)  # the form PDF is larger; the log fits
    for number, limit in enumerate(limits):
        folder = copy_folder(template, tmp_path / f"run{number}")
        before = db_facts(folder / "unionapp.db")
        outcome = worker.run(
            "pdf", fsize_limit=limit, data_dir=str(folder), out=str(out_dir / "form.pdf"), ids=[1]
        )
        result = outcome.result or {}
        if "磁盘" not in result.get("user_error", ""):
            problems.append(f"limit {limit}: no clear message: {outcome.lines}")
        if list(out_dir.iterdir()):
            problems.append(f"limit {limit}: files left: {[p.name for p in out_dir.iterdir()]}")
        if db_facts(folder / "unionapp.db") != before:
            problems.append(f"limit {limit}: database changed")
        for leftover in out_dir.iterdir():
            leftover.unlink()
    figure("disk full during a form PDF export", len(limits), len(problems))
    assert not problems, problems


def test_disk_full_during_roster_export(worker: Worker, template, tmp_path, figure):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    problems = []
    suffixes = (".xlsx", ".csv")
    for suffix in suffixes:
        folder = copy_folder(template, tmp_path / f"run{suffix}")
        outcome = worker.run(
            "export", fsize_limit=2048, data_dir=str(folder), out=str(out_dir / f"名册{suffix}")
        )
        result = outcome.result or {}
        if "磁盘" not in result.get("user_error", ""):
            problems.append(f"{suffix}: no clear message: {outcome.lines}")
        if list(out_dir.iterdir()):
            problems.append(f"{suffix}: files left: {[p.name for p in out_dir.iterdir()]}")
    figure("disk full during a roster export", len(suffixes), len(problems))
    assert not problems, problems


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder an unprivileged process can reach (pytest's own tmp folders are root-only)."""
    folder = Path(tempfile.mkdtemp(prefix="unionapp-ro-"))
    folder.chmod(0o755)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir():
            path.chmod(0o755)
    shutil.rmtree(folder)


def _read_only(folder: Path) -> None:
    for path in sorted([folder, *folder.rglob("*")], key=lambda p: len(p.parts), reverse=True):
        if os.geteuid() == 0:
            os.chown(path, 65534, 65534)
        path.chmod(0o555 if path.is_dir() else 0o444)


def _writable_by_worker(folder: Path) -> None:
    for path in [folder, *folder.rglob("*")]:
        if os.geteuid() == 0:
            os.chown(path, 65534, 65534)
        path.chmod(path.stat().st_mode | stat.S_IWUSR)


def test_read_only_data_folder(worker: Worker, template, shared_tmp, big_roster, figure):
    problems = []
    operations = {
        "open": {},
        "import": {"file": str(shutil.copy(big_roster, shared_tmp / "roster.xlsx"))},
        "backup": {},
    }
    os.chmod(shared_tmp / "roster.xlsx", 0o644)
    for op, args in operations.items():
        folder = copy_folder(template, shared_tmp / f"data-{op}")
        before = (folder / "unionapp.db").read_bytes()
        _read_only(folder)
        outcome = worker.run(op, unprivileged=True, data_dir=str(folder), **args)
        message = (outcome.result or {}).get("user_error", "")
        if "不能写入" not in message:
            problems.append(f"{op}: no clear message: {outcome.lines}")
        if (folder / "unionapp.db").read_bytes() != before:
            problems.append(f"{op}: database changed")
    figure("read-only data folder (open, import, backup)", len(operations), len(problems))
    assert not problems, problems


def test_export_into_read_only_folder(worker: Worker, template, shared_tmp, figure):
    folder = copy_folder(template, shared_tmp / "data")
    _writable_by_worker(folder)
    out_dir = shared_tmp / "out"
    out_dir.mkdir()
    _read_only(out_dir)
    problems = []
    for name in ("名册.xlsx", "名册.csv"):
        outcome = worker.run(
            "export", unprivileged=True, data_dir=str(folder), out=str(out_dir / name)
        )
        message = (outcome.result or {}).get("user_error", "")
        if "没有写入权限" not in message:
            problems.append(f"{name}: no clear message: {outcome.lines}")
    if list(out_dir.iterdir()):
        problems.append(f"files left: {list(out_dir.iterdir())}")
    figure("export into a read-only folder", 2, len(problems))
    assert not problems, problems
