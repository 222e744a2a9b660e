"""Writing an attachment out of the database so that the computer's own program can open it.

Each attachment gets its own folder, ``open/<attachment id>/<original file name>``, so the viewer
shows the name the user knows and two files with the same name never overwrite each other. The
folder only holds copies: the database keeps the file.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from unionapp.errors import UserError
from unionapp.storage.atomic_files import write_bytes_atomically
from unionapp.storage.checks import describe_os_error
from unionapp.storage.paths import DataPaths

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def safe_file_name(name: str, fallback: str) -> str:
    """The original name without characters a file system refuses (or a fallback if none left)."""
    cleaned = _UNSAFE.sub("_", Path(name.replace("\\", "/")).name).strip(" .")
    return cleaned or fallback


def write_for_opening(paths: DataPaths, attachment_id: int, filename: str, content: bytes) -> Path:
    """Write ``content`` to ``open/<id>/<filename>`` (kept if already there) and return the path."""
    target = (
        paths.opened_files / str(attachment_id) / safe_file_name(filename, f"附件{attachment_id}")
    )
    try:
        if target.is_file() and target.stat().st_size == len(content) and _same(target, content):
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(target, content)
    except OSError as exc:
        raise UserError(f"无法写出附件 {target}：{describe_os_error(exc)}。") from exc
    return target


def _same(path: Path, content: bytes) -> bool:
    return hashlib.sha256(path.read_bytes()).digest() == hashlib.sha256(content).digest()
