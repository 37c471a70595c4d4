"""several SKP periods per employee and year (mutasi / promosi mid-year)

``skp.part``: the SKP period of the year (1, 2, ... in date order), each with its own
revision chain; unique (employee_id, year, part, revision) replaces (employee_id, year,
revision). ``skp.start_reason`` / ``skp.start_reference``: why a later part starts
(mutasi, promosi, lainnya) and the SK number. ``evaluation.skp_part``: the SKP period an
evaluation belongs to; unique (employee_id, period_code, skp_part, revision).

Data: every existing SKP and evaluation is part 1 (the server default fills them).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 14:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("skp", schema=None) as batch_op:
        batch_op.add_column(sa.Column("part", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(
            sa.Column("start_reason", sa.String(length=16), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("start_reference", sa.String(length=100), server_default="", nullable=False)
        )
        batch_op.drop_constraint("uq_skp_employee_id_year_revision", type_="unique")
        batch_op.create_unique_constraint(
            op.f("uq_skp_employee_id_year_part_revision"),
            ["employee_id", "year", "part", "revision"],
        )
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("skp_part", sa.Integer(), server_default="1", nullable=False))
        batch_op.drop_constraint("uq_evaluation_employee_id_period_code_revision", type_="unique")
        batch_op.create_unique_constraint(
            op.f("uq_evaluation_employee_id_period_code_skp_part_revision"),
            ["employee_id", "period_code", "skp_part", "revision"],
        )
    # Explicit data step (the server default already did it; kept for engines that add
    # the column before the default applies to existing rows).
    op.execute("UPDATE skp SET part = 1 WHERE part IS NULL")
    op.execute("UPDATE evaluation SET skp_part = 1 WHERE skp_part IS NULL")


def downgrade() -> None:
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.drop_constraint(
            "uq_evaluation_employee_id_period_code_skp_part_revision", type_="unique"
        )
        batch_op.create_unique_constraint(
            op.f("uq_evaluation_employee_id_period_code_revision"),
            ["employee_id", "period_code", "revision"],
        )
        batch_op.drop_column("skp_part")
    with op.batch_alter_table("skp", schema=None) as batch_op:
        batch_op.drop_constraint("uq_skp_employee_id_year_part_revision", type_="unique")
        batch_op.create_unique_constraint(
            op.f("uq_skp_employee_id_year_revision"), ["employee_id", "year", "revision"]
        )
        batch_op.drop_column("start_reference")
        batch_op.drop_column("start_reason")
        batch_op.drop_column("part")
