"""skp and evaluation: the year indexes cover the SKP period again

``ix_skp_year_employee`` and ``ix_evaluation_year_employee`` cover the dashboard's
read of every SKP and evaluation of a year; 0012 added the SKP period (``skp.part``,
``evaluation.skp_part``) that this read needs, so since then every row was looked up
in the table (wide rows: 70-130 ms for a city's 11k SKP and 8k evaluations instead of
20-30 ms). The new column goes last: the leading columns, and the plans that use
them, are unchanged.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-08 12:00:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SKP = ["year", "employee_id", "revision", "status", "deleted"]
EVALUATION = ["year", "period_code", "employee_id", "revision", "status", "predikat", "deleted"]


def _replace(name: str, table: str, columns: list[str]) -> None:
    op.drop_index(name, table_name=table)
    op.create_index(name, table, columns)


def upgrade() -> None:
    _replace("ix_skp_year_employee", "skp", [*SKP, "part"])
    _replace("ix_evaluation_year_employee", "evaluation", [*EVALUATION, "skp_part"])


def downgrade() -> None:
    _replace("ix_skp_year_employee", "skp", SKP)
    _replace("ix_evaluation_year_employee", "evaluation", EVALUATION)
