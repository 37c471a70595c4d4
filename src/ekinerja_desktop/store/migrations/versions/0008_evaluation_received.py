"""when the employee received the signed evaluation

``evaluation.received_at``: the keberatan period (14 days) starts when the signed result
reaches the employee - first opened on their node, acknowledged or objected to - not at
signing (a laptop may bring it days later). NULL until then; the acknowledgement date
counts too.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 11:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("received_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.drop_column("received_at")
