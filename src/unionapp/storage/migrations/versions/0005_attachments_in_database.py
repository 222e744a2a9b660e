"""attachments move into the database: a stored_file table (content-addressed by sha256) that
holds every file of the attachments/ folder, so that one database file (and one backup file)
holds the union's data and its files

The files are copied in and checked against their hash; the old files stay where they are. A file
whose bytes no longer match its recorded hash is stored under its real hash and the attachment
row points there; a missing file leaves its attachment row as it is (nothing to copy).

Revision ID: 0005
Revises: 0004
"""

import hashlib
import logging
from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger(__name__)


def upgrade() -> None:
    op.create_table(
        "stored_file",
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    connection = op.get_bind()
    folder = _attachments_folder(connection)
    if folder is None or not folder.is_dir():
        return
    rows = connection.execute(sa.text("SELECT id, filename, sha256 FROM attachment")).fetchall()
    stored: set[str] = set()
    for attachment_id, filename, digest in rows:
        path = folder / (digest + Path(filename).suffix.lower())
        if not path.is_file():
            log.warning("attachment %s: file %s is missing", attachment_id, path.name)
            continue
        content = path.read_bytes()
        actual = hashlib.sha256(content).hexdigest()
        if actual != digest:
            log.warning("attachment %s: %s does not match its hash", attachment_id, path.name)
            connection.execute(
                sa.text("UPDATE attachment SET sha256 = :s, size = :n WHERE id = :i"),
                {"s": actual, "n": len(content), "i": attachment_id},
            )
        if actual not in stored:
            connection.execute(
                sa.text("INSERT INTO stored_file (sha256, size, content) VALUES (:s, :n, :c)"),
                {"s": actual, "n": len(content), "c": content},
            )
            stored.add(actual)


def _attachments_folder(connection: sa.Connection) -> Path | None:
    """The attachments/ folder beside the database file (None for an in-memory database)."""
    if connection.dialect.name != "sqlite":
        return None
    for _seq, name, file in connection.exec_driver_sql("PRAGMA database_list"):
        if name == "main" and file:
            return Path(file).parent / "attachments"
    return None


def downgrade() -> None:
    op.drop_table("stored_file")
