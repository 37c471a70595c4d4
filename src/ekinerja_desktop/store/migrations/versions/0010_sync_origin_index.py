"""origin index on every synchronised table

An incremental export selects the rows one origin saved after a sequence number
(``origin_node = ? AND origin_seq > ?``); without an index that scanned all of
``daily_log`` (10-15 s at city scale for an empty export).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 10:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The synchronised tables of schema 0009 (models carry the same index through
# store.base.add_origin_indexes).
SYNC_TABLES = (
    "calendar_day",
    "daily_log",
    "daily_log_evidence",
    "dev_plan_item",
    "employee",
    "evaluation",
    "evaluation_behaviour",
    "evaluation_result",
    "evidence",
    "follow_up",
    "objection",
    "org_performance",
    "org_unit",
    "recurring_log",
    "skp",
    "skp_behaviour",
    "skp_indicator",
    "skp_lampiran_item",
    "skp_rhk",
    "supervisor_assignment",
    "training",
    "training_kind",
)


def upgrade() -> None:
    for table in SYNC_TABLES:
        op.create_index(f"ix_{table}_origin", table, ["origin_node", "origin_seq"])


def downgrade() -> None:
    for table in SYNC_TABLES:
        op.drop_index(f"ix_{table}_origin", table_name=table)
