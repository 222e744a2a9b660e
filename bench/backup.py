"""Backups that hold the attachments: a union with 2,000 members and 100 MB of attachments
(50 scans of 2 MB) backed up into one verified file, and that file restored into an empty
data folder (a new PC). Aim: a few seconds each, so the backup on closing the window stays short.

Run: python -m bench.backup [--runs N]   (or python bench/backup.py)
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
from pathlib import Path

if not __package__:  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.measure import RUNS, Row, repeat, wall
from unionapp.applications.attachments import add_attachment
from unionapp.applications.service import create_application
from unionapp.models import Member
from unionapp.storage.backup import make_backup, restore_backup
from unionapp.storage.context import open_context
from unionapp.storage.paths import resolve_paths

ATTACHMENTS, ATTACHMENT_BYTES, MEMBERS = 50, 2 * 1024 * 1024, 2_000


def populate(data_dir: Path, scans: Path) -> None:
    rng = random.Random(12)
    scans.mkdir(parents=True, exist_ok=True)
    ctx = open_context(data_dir)
    try:
        with ctx.session() as session:
            session.add_all(
                Member(name=f"职工{i:04d}", phone=f"139{i:08d}") for i in range(MEMBERS)
            )
            application = create_application(session, {"provider": "北京职工体育服务中心"})
            assert application.id is not None
            for number in range(ATTACHMENTS):
                scan = scans / f"扫描件{number}.pdf"
                scan.write_bytes(rng.randbytes(ATTACHMENT_BYTES))
                add_attachment(session, application.id, scan, kind="scan")
    finally:
        ctx.close()


def run(folder: Path, runs: int = RUNS) -> dict[str, Row]:
    data_dir = folder / "data-backup"
    populate(data_dir, folder / "scans")
    paths = resolve_paths(data_dir)
    exported = folder / "move.db"
    new_pc = folder / "new-pc"

    def backup() -> None:
        make_backup(paths, exported)

    def restore() -> None:
        shutil.rmtree(new_pc, ignore_errors=True)
        target = resolve_paths(new_pc)
        target.ensure()
        restore_backup(target, exported)
        open_context(target).close()

    backup()
    return {
        "backup_attachments_100mb": repeat("backup_attachments_100mb", wall(backup), runs),
        "restore_attachments_100mb": repeat("restore_attachments_100mb", wall(restore), runs),
    }


def main() -> None:
    import argparse

    from bench.table import print_rows

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=RUNS)
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-backup-") as folder:
        print_rows(run(Path(folder), opts.runs))


if __name__ == "__main__":
    main()
