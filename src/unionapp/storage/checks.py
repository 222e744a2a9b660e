"""Where the data lives and what the disk says: network drives, full disks, read-only folders.

SQLite's file locking and its WAL (shared memory) are unreliable on network file systems, so a
data folder there is opened with the rollback journal and the user is warned. Low-level write
failures (disk full, file too large, read-only, no permission) become one plain Chinese sentence.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from pathlib import Path

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.glusterfs",
        "fuse.cephfs",
    }
)
_DRIVE_REMOTE = 4  # GetDriveTypeW


def network_drive_warning(path: Path, *, mounts_text: str | None = None) -> str | None:
    """A warning in Chinese when ``path`` is on a network drive, else None.

    Windows: a UNC path (``\\\\server\\share``) or a drive letter of type DRIVE_REMOTE. Linux: the
    file system of the folder's mount point in /proc/mounts (``mounts_text`` replaces it in tests).
    """
    kind = _network_kind(Path(path), mounts_text)
    if kind is None:
        return None
    return (
        f"数据文件夹 {path} 位于网络驱动器（{kind}）上。网络驱动器上的数据库容易在断网或多人同时"
        "打开时损坏；程序已改用较稳妥的日志方式，但仍建议把数据文件夹放在本机硬盘上，"
        "并经常备份。"
    )


def _network_kind(path: Path, mounts_text: str | None) -> str | None:
    text = str(path)
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return "网络共享路径"
    if os.name == "nt":
        return _windows_drive_kind(path)
    if mounts_text is None:
        mounts_text = _mounts_text()
    fstype = mount_filesystem(path, mounts_text)
    if fstype is not None and (fstype in NETWORK_FILESYSTEMS or fstype.startswith("nfs")):
        return fstype
    return None


def _mounts_text() -> str:
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _windows_drive_kind(path: Path) -> str | None:  # pragma: no cover - Windows only
    import ctypes

    drive = Path(os.path.abspath(path)).drive
    if not drive:
        return None
    if drive.startswith("\\\\"):
        return "网络共享路径"
    drive_type = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")  # type: ignore[attr-defined]
    return "映射的网络驱动器" if drive_type == _DRIVE_REMOTE else None


def mount_filesystem(path: Path, mounts_text: str) -> str | None:
    """The file-system type of the mount point holding ``path`` (longest matching mount point)."""
    target = os.path.abspath(path)
    best, best_type = "", None
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = _unescape_mount(parts[1])
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, parts[2]
    return best_type


def _unescape_mount(field: str) -> str:
    """/proc/mounts writes spaces and tabs in paths as octal escapes (``\\040``)."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


_OS_ERRORS = {
    errno.ENOSPC: "磁盘空间已满",
    errno.EFBIG: "文件超过了允许的大小（磁盘或配额已满）",
    errno.EDQUOT: "磁盘配额已用完",
    errno.EROFS: "所在的磁盘是只读的",
    errno.EACCES: "没有写入权限（文件夹只读或文件被其他程序占用）",
    errno.EPERM: "没有写入权限（文件夹只读或文件被其他程序占用）",
}
_SQLITE_ERRORS = (
    ("database or disk is full", "磁盘空间已满"),
    ("readonly database", "数据文件夹是只读的或没有写入权限"),
    ("unable to open database file", "无法打开数据库文件（文件夹只读或没有权限）"),
    ("disk i/o error", "读写磁盘出错（磁盘已满、被拔出或损坏）"),
)


def storage_problem(exc: BaseException) -> str | None:
    """What a write failure means for the user (Chinese), or None when it is not a disk problem."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in _OS_ERRORS:
            return _OS_ERRORS[current.errno]
        if isinstance(current, sqlite3.Error):
            message = str(current).lower()
            for needle, meaning in _SQLITE_ERRORS:
                if needle in message:
                    return meaning
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return None


def describe_os_error(exc: OSError) -> str:
    """An OSError in Chinese where its kind is known, else its own text."""
    return storage_problem(exc) or exc.strerror or str(exc)


def check_folder_writable(folder: Path) -> None:
    """Raise UserError when nothing can be written in ``folder`` (read-only disk, no permission)."""
    from unionapp.errors import UserError

    probe = folder / f".unionapp-write-test-{os.getpid()}"
    try:
        with open(probe, "wb") as handle:
            handle.write(b"ok")
    except OSError as exc:
        raise UserError(
            f"数据文件夹 {folder} 不能写入：{describe_os_error(exc)}。"
            "请把数据文件夹放在可以写入的本机磁盘上，或检查文件夹权限。数据未做任何改动。"
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            probe.unlink(missing_ok=True)
