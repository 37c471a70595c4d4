"""external signatories on the supervisor mapping

A Pejabat Penilai or Atasan Pejabat Penilai outside the employee data (the Wali Kota for
the Sekda or a Kepala OPD): ``supervisor_assignment.supervisor_id`` may be NULL when
``external_penilai`` names the penilai; ``external_atasan`` names an atasan penilai that
replaces the derived one. Both are JSON {"nama", "jabatan", "nip"} or "".

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 11:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("supervisor_assignment", schema=None) as batch_op:
        batch_op.alter_column("supervisor_id", existing_type=sa.String(length=36), nullable=True)
        batch_op.add_column(
            sa.Column("external_penilai", sa.Text(), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("external_atasan", sa.Text(), server_default="", nullable=False)
        )


def downgrade() -> None:
    op.execute("DELETE FROM supervisor_assignment WHERE supervisor_id IS NULL")
    with op.batch_alter_table("supervisor_assignment", schema=None) as batch_op:
        batch_op.drop_column("external_atasan")
        batch_op.drop_column("external_penilai")
        batch_op.alter_column("supervisor_id", existing_type=sa.String(length=36), nullable=False)
