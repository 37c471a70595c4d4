"""reward and coaching types on follow-up, coaching review date

``follow_up.subtype`` (domain.followup catalogues; "" for rows made before) and
``follow_up.review_date`` (a coaching plan is reviewed after six months, PP 30/2019).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 11:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("subtype", sa.String(length=32), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("review_date", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_column("review_date")
        batch_op.drop_column("subtype")
