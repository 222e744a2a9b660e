"""the roster on a PostgreSQL server: its sort columns compare text by code point (COLLATE "C"),
as SQLite does, so pinyin order comes from the program's sort keys, never from the server's
locale, and keyset paging compares keys the same way on both engines; and a roster version that
a trigger raises with every change, so that the search index learns of another PC's change
without counting the roster at each keystroke. On SQLite only the (unused) version table is added.

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ORDERED_COLUMNS = ("sort_key", "department", "status")
RAISE_VERSION = """
CREATE FUNCTION roster_version_raise() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO roster_version (id, version) VALUES (1, 1)
    ON CONFLICT (id) DO UPDATE SET version = roster_version.version + 1;
    RETURN NULL;
END $$
"""


def _on_server() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def _collate(collation: str | None) -> None:
    for column in ORDERED_COLUMNS:
        op.alter_column(
            "member",
            column,
            type_=sa.String(collation=collation),
            existing_nullable=False,
            postgresql_using=f'"{column}" COLLATE "{collation or "default"}"',
        )


def upgrade() -> None:
    op.create_table(
        "roster_version",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.execute("INSERT INTO roster_version (id, version) VALUES (1, 0)")
    if _on_server():
        _collate("C")
        op.execute(RAISE_VERSION)
        op.execute(
            "CREATE TRIGGER member_changed AFTER INSERT OR UPDATE OR DELETE ON member "
            "FOR EACH STATEMENT EXECUTE FUNCTION roster_version_raise()"
        )


def downgrade() -> None:
    if _on_server():
        op.execute("DROP TRIGGER member_changed ON member")
        op.execute("DROP FUNCTION roster_version_raise()")
        _collate(None)
    op.drop_table("roster_version")
