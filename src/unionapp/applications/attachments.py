"""Files kept with an application: stored inside the database by content hash, named by the user.

An attachment row carries the user's original file name and what the file is (``kind``); its
bytes are the ``StoredFile`` with the same SHA-256, stored once however often the file is
attached. Because the bytes live in the database, one backup file holds every attachment.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlmodel import Session, col

from unionapp.errors import NotFound, UserError
from unionapp.models import Application, Attachment, StoredFile
from unionapp.storage.opened_files import write_for_opening
from unionapp.storage.paths import DataPaths

ATTACHMENT_KINDS: dict[str, str] = {
    "scan": "盖章申请表扫描件",
    "reply": "承办单位回复",
    "photo": "活动照片",
    "other": "其他",
}
"""What a file is, as the user names it (stored value → label)."""

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


def usual_kind(status: str) -> str:
    """The kind preselected when a file is added while recording ``status``."""
    if status in ("submitted", "printed", "draft", ""):
        return "scan"
    if status == "done":
        return "photo"
    return "reply"


def _check_kind(kind: str) -> str:
    if kind not in ATTACHMENT_KINDS:
        raise UserError(f"附件类型“{kind}”无效，应为 {'、'.join(ATTACHMENT_KINDS)} 之一")
    return kind


def store_content(session: Session, content: bytes) -> str:
    """Keep ``content`` once in the database; return its SHA-256."""
    digest = hashlib.sha256(content).hexdigest()
    if session.get(StoredFile, digest) is None:
        session.add(StoredFile(sha256=digest, size=len(content), content=content))
        session.flush()
    return digest


def add_attachment(
    session: Session,
    app_id: int,
    source: Path,
    *,
    kind: str = "other",
    timeline_entry_id: int | None = None,
) -> Attachment:
    """Read a file into the database and record it as an attachment of the application."""
    _check_kind(kind)
    if session.get(Application, app_id) is None:
        raise NotFound(f"没有编号为 {app_id} 的申请。")
    source = Path(source)
    if not source.is_file():
        raise UserError(f"找不到要附加的文件：{source}")
    try:
        size = source.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise UserError(
                f"文件 {source.name} 有 {size / 1024 / 1024:.0f} MB，超过附件上限 "
                f"{MAX_ATTACHMENT_BYTES // 1024 // 1024} MB；请压缩或拆分后再附加。"
            )
        content = source.read_bytes()
    except OSError as exc:
        raise UserError(f"无法读取要附加的文件 {source}：{exc.strerror or exc}") from None
    attachment = Attachment(
        application_id=app_id,
        timeline_entry_id=timeline_entry_id,
        kind=kind,
        filename=source.name,
        sha256=store_content(session, content),
        size=len(content),
    )
    session.add(attachment)
    session.flush()
    return attachment


def get_attachment(session: Session, attachment_id: int) -> Attachment:
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise NotFound(f"没有编号为 {attachment_id} 的附件。")
    return attachment


def set_attachment_kind(session: Session, attachment_id: int, kind: str) -> Attachment:
    """Change what the user says a file is."""
    attachment = get_attachment(session, attachment_id)
    attachment.kind = _check_kind(kind)
    session.add(attachment)
    session.flush()
    return attachment


def attachment_content(session: Session, attachment: Attachment) -> bytes:
    """The file's bytes; UserError when they were never stored (lost before this version)."""
    content = session.execute(
        select(StoredFile.content).where(col(StoredFile.sha256) == attachment.sha256)
    ).scalar_one_or_none()
    if content is None:
        raise UserError(
            f"附件“{attachment.filename}”的文件内容不在数据库中（可能在升级前已丢失）。"
        )
    return content


def file_to_open(session: Session, paths: DataPaths, attachment: Attachment) -> Path:
    """Write the attachment out under its original name inside the data folder; its path."""
    assert attachment.id is not None
    content = attachment_content(session, attachment)
    return write_for_opening(paths, attachment.id, attachment.filename, content)


def attachment_json(attachment: Attachment) -> dict[str, object]:
    return {
        "id": attachment.id,
        "filename": attachment.filename,
        "kind": attachment.kind,
        "kind_label": ATTACHMENT_KINDS.get(attachment.kind, attachment.kind),
        "sha256": attachment.sha256,
        "size": attachment.size,
        "timeline_entry_id": attachment.timeline_entry_id,
    }


def list_attachments(session: Session, app_id: int) -> list[Attachment]:
    return list(
        session.execute(
            select(Attachment)
            .where(col(Attachment.application_id) == app_id)
            .order_by(col(Attachment.id))
        ).scalars()
    )


def count_stored_files(session: Session) -> int:
    """How many attachments have their file inside the database."""
    joined = select(func.count(col(Attachment.id))).join(
        StoredFile, col(StoredFile.sha256) == col(Attachment.sha256)
    )
    return int(session.execute(joined).scalar_one())


def remove_unused_files(session: Session) -> None:
    """Delete stored files no attachment points to any more (after a draft was deleted)."""
    used = select(Attachment.sha256)
    session.execute(delete(StoredFile).where(col(StoredFile.sha256).not_in(used)))
