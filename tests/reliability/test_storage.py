"""Network drives, owner-only files, secure_delete and atomic exports."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from unionapp.cli import main
from unionapp.errors import UserError
from unionapp.storage import checks as storage_checks
from unionapp.storage.backup import make_backup
from unionapp.storage.checks import mount_filesystem, network_drive_warning
from unionapp.storage.context import open_context
from unionapp.tabular import write_table

MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
server:/export /mnt/nfs nfs4 rw,relatime 0 0
//nas/share /mnt/smb cifs rw,relatime 0 0
//nas/other /mnt/smb3 smb3 rw 0 0
user@host:/home /mnt/ssh fuse.sshfs rw 0 0
/dev/vdb /mnt/nfs/local ext4 rw 0 0
/dev/vdc /mnt/with\\040space ext4 rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""
CASES = {
    "/home/user/unionapp": None,
    "/mnt/nfs/unionapp": "nfs4",
    "/mnt/nfs": "nfs4",
    "/mnt/nfsx/unionapp": None,  # a name that only starts like a mount point
    "/mnt/smb/工会/数据": "cifs",
    "/mnt/smb3/d": "smb3",
    "/mnt/ssh/d": "fuse.sshfs",
    "/mnt/nfs/local/d": None,  # a local disk mounted inside the NFS mount
    "/mnt/with space/d": None,
    "\\\\server\\share\\unionapp": "网络共享路径",
    "//server/share/unionapp": "网络共享路径",
}


def test_network_drive_detection(figure):
    problems = []
    for path, expected in CASES.items():
        warning = network_drive_warning(Path(path), mounts_text=MOUNTS)
        if (warning is None) != (expected is None) or (expected and expected not in warning):
            problems.append(f"{path}: {warning}")
    assert mount_filesystem(Path("/mnt/with space/d"), MOUNTS) == "ext4"
    figure("network drive detection (UNC, NFS, SMB/CIFS, sshfs, local)", len(CASES), len(problems))
    assert not problems, problems


def test_network_data_folder_uses_rollback_journal_and_warns(data_dir, monkeypatch, capsys):
    fake = f"/dev/vda / ext4 rw 0 0\nserver:/x {data_dir} nfs rw 0 0\n"
    monkeypatch.setattr(storage_checks, "_mounts_text", lambda: fake)
    ctx = open_context(data_dir)
    try:
        assert ctx.storage_warning and "网络驱动器" in ctx.storage_warning
        with ctx.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "delete"
        with ctx.session() as session:
            session.execute(text("UPDATE union_profile SET name = '网络盘工会' WHERE id = 1"))
        assert not Path(str(ctx.paths.db) + "-wal").exists()
        assert "网络驱动器" in ctx.log_file.read_text(encoding="utf-8")  # type: ignore[union-attr]
    finally:
        ctx.close()
    assert main(["--data-dir", str(data_dir), "union", "show"]) == 0
    assert "网络驱动器" in capsys.readouterr().err
    monkeypatch.setattr(storage_checks, "_mounts_text", lambda: "/dev/vda / ext4 rw 0 0\n")
    ctx = open_context(data_dir)  # back on a local disk: WAL again
    try:
        assert ctx.storage_warning is None
        with ctx.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    finally:
        ctx.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_database_backups_and_exports_are_owner_only(ctx, tmp_path):
    backup = make_backup(ctx.paths)
    export = write_table(tmp_path / "x.csv", ["姓名"], [["张三"]])
    for path in (ctx.paths.db, backup, export):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    with ctx.engine.connect() as conn:
        assert conn.execute(text("PRAGMA secure_delete")).scalar() == 1


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_failed_export_keeps_the_previous_file(tmp_path, suffix):
    target = write_table(tmp_path / f"名册{suffix}", ["姓名"], [["旧的"]])
    before = target.read_bytes()

    def rows():
        yield ["新的"]
        raise OSError(28, "No space left on device")

    with pytest.raises(UserError, match="磁盘空间已满"):
        write_table(target, ["姓名"], rows())
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]
