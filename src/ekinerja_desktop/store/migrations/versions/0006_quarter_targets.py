"""periodic targets per indicator (target triwulan / rencana aksi)

``skp_indicator.quarter_targets``: the four quarterly targets of an IKI as "3;3;3;3";
empty means "derived from the annual target" (domain.targets), which is what every
existing row gets.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 10:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("skp_indicator", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("quarter_targets", sa.String(length=100), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("skp_indicator", schema=None) as batch_op:
        batch_op.drop_column("quarter_targets")
