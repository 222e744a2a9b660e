"""roster search indexes: browse by status or department in pinyin order; notice roster changes

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_member_status_sort_key", "member", ["status", "sort_key"])
    op.create_index("ix_member_department_sort_key", "member", ["department", "sort_key"])
    op.create_index("ix_member_updated_at", "member", ["updated_at"])


def downgrade() -> None:
    op.drop_index("ix_member_updated_at", table_name="member")
    op.drop_index("ix_member_department_sort_key", table_name="member")
    op.drop_index("ix_member_status_sort_key", table_name="member")
