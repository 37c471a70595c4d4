"""supervisor_assignment: indexes by employee and by supervisor across years

The one Pejabat Penilai rule reads an employee's mapping rows of every year
(``organisation.mappings``: a mapping valid from 1 July also answers for March), and a
penilai's team is every row naming them (``supervisor_id = ?``). Both indexes led with
``year``, so each of these reads scanned the whole table: 21,770 rows at city scale,
7 ms for the team and 11 ms for the mapping rows of one review-queue page. With an index
on ``(employee_id, valid_from)`` and one on ``(supervisor_id, employee_id)`` both are
index lookups.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-08 00:15:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_supervisor_assignment_employee",
        "supervisor_assignment",
        ["employee_id", "valid_from"],
    )
    op.create_index(
        "ix_supervisor_assignment_supervisor",
        "supervisor_assignment",
        ["supervisor_id", "employee_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_supervisor_assignment_supervisor", table_name="supervisor_assignment")
    op.drop_index("ix_supervisor_assignment_employee", table_name="supervisor_assignment")
