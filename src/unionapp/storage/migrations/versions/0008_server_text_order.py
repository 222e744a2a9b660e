"""on a PostgreSQL server, the roster's sort columns compare text by code point (COLLATE "C"), as
SQLite does: pinyin order comes from the program's sort keys, never from the server's locale, and
keyset paging compares keys the same way on both engines. Nothing changes on SQLite.

Revision ID: 0008
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ORDERED_COLUMNS = ("sort_key", "department", "status")


def _collate(collation: str | None) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for column in ORDERED_COLUMNS:
        op.alter_column(
            "member",
            column,
            type_=sa.String(collation=collation),
            existing_nullable=False,
            postgresql_using=f'"{column}" COLLATE "{collation or "default"}"',
        )


def upgrade() -> None:
    _collate("C")


def downgrade() -> None:
    _collate(None)
