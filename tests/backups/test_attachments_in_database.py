"""Attachments kept in the database: what the user calls them, writing them out to open under
their original names, and their bytes going when the last attachment holding them goes."""

from __future__ import annotations

from pathlib import Path

import pytest

from unionapp.applications.attachments import (
    add_attachment,
    file_to_open,
    set_attachment_kind,
    usual_kind,
)
from unionapp.applications.service import create_application, delete_draft
from unionapp.errors import UserError
from unionapp.storage.opened_files import safe_file_name


def _stored_count(session) -> int:
    return session.connection().exec_driver_sql("SELECT count(*) FROM stored_file").scalar_one()


def test_kind_is_chosen_and_changed_later(ctx, tmp_path):
    photo = tmp_path / "合影.jpg"
    photo.write_bytes(b"\xff\xd8\xff photo")
    with ctx.session() as session:
        app_id = create_application(session).id
        attachment = add_attachment(session, app_id, photo, kind="reply")
        set_attachment_kind(session, attachment.id, "photo")
        assert attachment.kind == "photo"
        with pytest.raises(UserError, match="附件类型"):
            set_attachment_kind(session, attachment.id, "selfie")
        with pytest.raises(UserError, match="附件类型"):
            add_attachment(session, app_id, photo, kind="")
    assert [usual_kind(s) for s in ("submitted", "accepted", "scheduled", "done", "declined")] == [
        "scan",
        "reply",
        "reply",
        "photo",
        "reply",
    ]


def test_same_names_open_from_their_own_folders(ctx, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / "回复.pdf", tmp_path / "b" / "回复.pdf"
    first.write_bytes(b"first reply")
    second.write_bytes(b"second reply")
    with ctx.session() as session:
        app_id = create_application(session).id
        one = add_attachment(session, app_id, first)
        two = add_attachment(session, app_id, second)
        path_one = file_to_open(session, ctx.paths, one)
        path_two = file_to_open(session, ctx.paths, two)
        path_one.write_bytes(b"edited by a viewer")  # the copy is rewritten from the database
        again = file_to_open(session, ctx.paths, one)
    assert path_one.name == path_two.name == "回复.pdf" and path_one != path_two
    assert again.read_bytes() == b"first reply" and path_two.read_bytes() == b"second reply"
    assert safe_file_name("a:b/c?.pdf", "x") == "c_.pdf"
    assert safe_file_name("..", "附件1") == "附件1"


def test_deleting_a_draft_removes_files_no_one_else_holds(ctx, tmp_path):
    shared, own = tmp_path / "shared.pdf", tmp_path / "own.pdf"
    shared.write_bytes(b"shared scan")
    own.write_bytes(b"only this draft")
    with ctx.session() as session:
        keep = create_application(session).id
        gone = create_application(session).id
        add_attachment(session, keep, shared)
        add_attachment(session, gone, shared)
        add_attachment(session, gone, own)
        assert _stored_count(session) == 2
        delete_draft(session, gone)
        assert _stored_count(session) == 1  # the shared file stays for the other application


def test_missing_source_file_is_a_plain_message(ctx, tmp_path: Path):
    with ctx.session() as session:
        app_id = create_application(session).id
        with pytest.raises(UserError, match="找不到要附加的文件"):
            add_attachment(session, app_id, tmp_path / "nowhere.pdf")
