"""programme.hand_edited (the user changed it in the window: an import says so before
overwriting it) and programme.needs_review (待核实: carried forward from an earlier year and not
yet checked by the user)

Revision ID: 0007
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("hand_edited", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("needs_review", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    # A programme the user added in the window counts as edited by hand.
    programme = sa.table("programme", sa.column("source"), sa.column("hand_edited", sa.Boolean()))
    op.execute(programme.update().where(programme.c.source == "user").values(hand_edited=True))


def downgrade() -> None:
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.drop_column("needs_review")
        batch_op.drop_column("hand_edited")
