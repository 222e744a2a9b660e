"""drop ix_member_status and ix_member_department: the (status, sort_key) and (department,
sort_key) indexes of 0003 start with the same column and serve the same lookups, and every
extra index slows a large import

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index("ix_member_status")
        batch_op.drop_index("ix_member_department")


def downgrade() -> None:
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.create_index("ix_member_department", ["department"], unique=False)
        batch_op.create_index("ix_member_status", ["status"], unique=False)
