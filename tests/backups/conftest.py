"""Data folders holding a union, an application and its attachments, for the backup tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from unionapp.applications.attachments import add_attachment
from unionapp.applications.service import create_application
from unionapp.storage.context import open_context
from unionapp.union import update_union

# distinct bytes, one file larger than a page and one with every byte value
ATTACHMENT_FILES = {
    "盖章申请表.pdf": b"%PDF-1.4\n" + bytes(range(256)) * 300,
    "回复 截图.png": b"\x89PNG\r\n\x1a\n" + b"reply" * 5000,
    "活动照片.jpg": b"\xff\xd8\xff" + bytes(reversed(range(256))) * 40,
}


def fill_folder(folder: Path, source_dir: Path) -> dict[int, tuple[str, bytes]]:
    """A union, one application and its three attachments; attachment id → (name, bytes)."""
    source_dir.mkdir(parents=True, exist_ok=True)
    ctx = open_context(folder)
    try:
        with ctx.session() as session:
            update_union(session, name="北京市某公司工会", contact="李明", phone="13800138000")
            application = create_application(session, {"provider": "北京职工体育服务中心"})
            assert application.id is not None
            stored = {}
            for (name, content), kind in zip(
                ATTACHMENT_FILES.items(), ("scan", "reply", "photo"), strict=True
            ):
                path = source_dir / name
                path.write_bytes(content)
                attachment = add_attachment(session, application.id, path, kind=kind)
                assert attachment.id is not None
                stored[attachment.id] = (name, content)
    finally:
        ctx.close()
    return stored


@pytest.fixture
def filled_folder(tmp_path: Path) -> tuple[Path, dict[int, tuple[str, bytes]]]:
    folder = tmp_path / "office-pc"
    return folder, fill_folder(folder, tmp_path / "scans")
