"""hukuman disiplin records (PP 94/2021)

``discipline_record``: one row per hukuman disiplin imposed on an employee (level, kind,
SK number and date, TMT, derived end date, violation, the official who decided, status
and cancellation reason). Synchronised like the other performance records, owned by the
employee (docs/architecture.md, "Where each rule lives").

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-08 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "discipline_record",
        sa.Column("employee_id", sa.String(length=36), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("sk_number", sa.String(length=100), nullable=False),
        sa.Column("sk_date", sa.Date(), nullable=False),
        sa.Column("tmt", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("violation", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("cancel_reason", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("origin_node", sa.String(length=36), nullable=False),
        sa.Column("origin_seq", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employee.id"],
            name=op.f("fk_discipline_record_employee_id_employee"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_discipline_record")),
    )
    op.create_index("ix_discipline_record_employee", "discipline_record", ["employee_id", "tmt"])
    op.create_index(
        "ix_discipline_record_origin", "discipline_record", ["origin_node", "origin_seq"]
    )


def downgrade() -> None:
    op.drop_index("ix_discipline_record_origin", table_name="discipline_record")
    op.drop_index("ix_discipline_record_employee", table_name="discipline_record")
    op.drop_table("discipline_record")
