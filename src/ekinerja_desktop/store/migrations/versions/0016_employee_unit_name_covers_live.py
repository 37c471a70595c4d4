"""employee: the unit-and-name index also covers who is live

Rekap Bulanan of a large OPD counts its active employees and lists their units before
it shows the first screen; both read every employee of the OPD's units through
``ix_employee_unit_name`` and then the table for ``active`` and ``deleted`` (5,004 row
lookups, 4-6 ms each for the city's largest OPD). With ``active`` and ``deleted`` after
the name they are answered from the index (1.0-1.3 ms). A separate ``(unit_id, active,
deleted)`` index would do the same but tempts the planner away from this one for the
employee list of one unit, which then sorts instead of reading in name order.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-08 20:00:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _replace(columns: list[str]) -> None:
    op.drop_index("ix_employee_unit_name", table_name="employee")
    op.create_index("ix_employee_unit_name", "employee", columns)


def upgrade() -> None:
    _replace(["unit_id", "name", "active", "deleted"])


def downgrade() -> None:
    _replace(["unit_id", "name"])
