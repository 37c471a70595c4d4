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


def _sqlite_rebuild(table: str, old_unique: str, new_unique: str) -> None:
    """Swap a unique constraint of an SQLite table that other tables point at.

    SQLite changes a constraint only by rebuilding the table. Alembic's batch mode
    copies the rows into a new table, drops the old one and renames: with foreign keys on
    (the workspace always has them on, and the upgrade runs in one transaction where the
    pragma cannot change) dropping the old table orphans every referencing row, and the
    rows copied *before* the drop never count as their parents again. So: keep the rows
    aside, defer the foreign-key check, drop, create the table with the new constraint,
    put the rows back (each re-inserted parent row resolves its children), then restore
    the indexes. The check at commit then passes for intact data."""
    conn = op.get_bind()
    op.execute("PRAGMA defer_foreign_keys = ON")
    create = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).scalar_one()
    indexes = [
        str(r[0])
        for r in conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL",
            (table,),
        ).all()
    ]
    if old_unique not in create:
        raise RuntimeError(f"{table}: constraint not found for the upgrade: {old_unique}")
    names = [str(r[1]) for r in conn.exec_driver_sql(f"PRAGMA table_info({table})").all()]
    cols = ", ".join(f'"{n}"' for n in names)
    keep = f"_keep_{table}"
    op.execute(f'CREATE TABLE "{keep}" AS SELECT {cols} FROM "{table}"')
    op.execute(f'DROP TABLE "{table}"')
    op.execute(create.replace(old_unique, new_unique))
    op.execute(f'INSERT INTO "{table}" ({cols}) SELECT {cols} FROM "{keep}"')
    op.execute(f'DROP TABLE "{keep}"')
    for sql in indexes:
        op.execute(sql)


def _is_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    with op.batch_alter_table("skp", schema=None) as batch_op:
        batch_op.add_column(sa.Column("part", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(
            sa.Column("start_reason", sa.String(length=16), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("start_reference", sa.String(length=100), server_default="", nullable=False)
        )
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("skp_part", sa.Integer(), server_default="1", nullable=False))
    # Explicit data step (the server default already did it).
    op.execute("UPDATE skp SET part = 1 WHERE part IS NULL")
    op.execute("UPDATE evaluation SET skp_part = 1 WHERE skp_part IS NULL")
    if _is_sqlite():
        _sqlite_rebuild(
            "skp",
            "CONSTRAINT uq_skp_employee_id_year_revision UNIQUE (employee_id, year, revision)",
            "CONSTRAINT uq_skp_employee_id_year_part_revision "
            "UNIQUE (employee_id, year, part, revision)",
        )
        _sqlite_rebuild(
            "evaluation",
            "CONSTRAINT uq_evaluation_employee_id_period_code_revision "
            "UNIQUE (employee_id, period_code, revision)",
            "CONSTRAINT uq_evaluation_employee_id_period_code_skp_part_revision "
            "UNIQUE (employee_id, period_code, skp_part, revision)",
        )
        return
    op.drop_constraint("uq_skp_employee_id_year_revision", "skp", type_="unique")
    op.create_unique_constraint(
        "uq_skp_employee_id_year_part_revision", "skp", ["employee_id", "year", "part", "revision"]
    )
    op.drop_constraint(
        "uq_evaluation_employee_id_period_code_revision", "evaluation", type_="unique"
    )
    op.create_unique_constraint(
        "uq_evaluation_employee_id_period_code_skp_part_revision",
        "evaluation",
        ["employee_id", "period_code", "skp_part", "revision"],
    )


def downgrade() -> None:
    if _is_sqlite():
        _sqlite_rebuild(
            "evaluation",
            "CONSTRAINT uq_evaluation_employee_id_period_code_skp_part_revision "
            "UNIQUE (employee_id, period_code, skp_part, revision)",
            "CONSTRAINT uq_evaluation_employee_id_period_code_revision "
            "UNIQUE (employee_id, period_code, revision)",
        )
        _sqlite_rebuild(
            "skp",
            "CONSTRAINT uq_skp_employee_id_year_part_revision "
            "UNIQUE (employee_id, year, part, revision)",
            "CONSTRAINT uq_skp_employee_id_year_revision UNIQUE (employee_id, year, revision)",
        )
    else:
        op.drop_constraint(
            "uq_evaluation_employee_id_period_code_skp_part_revision", "evaluation", type_="unique"
        )
        op.create_unique_constraint(
            "uq_evaluation_employee_id_period_code_revision",
            "evaluation",
            ["employee_id", "period_code", "revision"],
        )
        op.drop_constraint("uq_skp_employee_id_year_part_revision", "skp", type_="unique")
        op.create_unique_constraint(
            "uq_skp_employee_id_year_revision", "skp", ["employee_id", "year", "revision"]
        )
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.drop_column("skp_part")
    with op.batch_alter_table("skp", schema=None) as batch_op:
        batch_op.drop_column("start_reference")
        batch_op.drop_column("start_reason")
        batch_op.drop_column("part")
