"""daily_log: the employee-day index also covers the monthly recap

``ix_daily_log_employee_day`` gains ``is_late``, ``quantity`` and ``unit``: the monthly
recap's per-day counts (late entries) and approved outputs (quantity, unit per RHK) are
then read from the index alone instead of one table row per entry (330k rows, about a
second, for the largest OPD of a city). The rollup and the day view keep using it as
before (the leading columns are unchanged).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 14:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BEFORE = ["employee_id", "day", "status", "start_time", "end_time", "rhk_id", "deleted"]
AFTER = [*BEFORE, "is_late", "quantity", "unit"]


def upgrade() -> None:
    op.drop_index("ix_daily_log_employee_day", table_name="daily_log")
    op.create_index("ix_daily_log_employee_day", "daily_log", AFTER)


def downgrade() -> None:
    op.drop_index("ix_daily_log_employee_day", table_name="daily_log")
    op.create_index("ix_daily_log_employee_day", "daily_log", BEFORE)
