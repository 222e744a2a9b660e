"""Writing an output file so that it is either complete or not there at all.

The content goes to a temporary file in the same folder, is flushed to disk, checked, and only
then renamed over the target (``os.replace`` is atomic on one volume). On any failure the
temporary file is removed and an existing target is left as it was.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from unionapp.errors import UserError
from unionapp.storage.checks import describe_os_error


def fsync_file(path: Path) -> None:
    """Flush a closed file's content to the disk."""
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (POSIX; Windows has no folder handles for this)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def verify_nonempty(path: Path) -> None:
    if path.stat().st_size == 0:
        raise UserError(f"写出的文件是空的，已放弃：{path.name}")


def verify_zip(path: Path) -> None:
    """An .xlsx (or other zip container) must open and every member's checksum must match."""
    try:
        with zipfile.ZipFile(path) as archive:
            if archive.testzip() is not None or "[Content_Types].xml" not in archive.namelist():
                raise zipfile.BadZipFile("incomplete")
    except zipfile.BadZipFile:
        raise UserError(f"写出的文件校验未通过，已放弃：{path.name}") from None


def write_atomically(
    path: Path | str,
    write: Callable[[Path], None],
    *,
    verify: Callable[[Path], None] = verify_nonempty,
) -> Path:
    """Let ``write(temporary_path)`` produce the file, then flush, verify and rename it to ``path``.

    Disk full, read-only folders and missing permissions raise UserError in plain Chinese; no
    partial file is left behind in any case.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise UserError(f"输出文件夹不存在：{path.parent}")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise UserError(f"无法写入 {path}：{describe_os_error(exc)}。") from exc
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        fsync_file(temporary)
        verify(temporary)
        os.replace(temporary, path)
        fsync_folder(path.parent)
    except OSError as exc:
        raise UserError(f"无法写入 {path}：{describe_os_error(exc)}。原有文件未改动。") from exc
    finally:
        temporary.unlink(missing_ok=True)
    return path


def write_bytes_atomically(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a verified temporary file."""

    def verify(temporary: Path) -> None:
        if temporary.stat().st_size != len(data):
            raise UserError(f"写出的文件不完整，已放弃：{Path(path).name}")

    return write_atomically(path, lambda temporary: temporary.write_bytes(data), verify=verify)
