"""Central-office tables: the log of every bundle that arrived (kept reports) and the
daily-log rollup that keeps the city dashboard fast. Node-local: never synchronised.

The rollup is a cache. Database triggers on ``daily_log`` mark the (employee, month)
pairs whose entries changed in ``log_rollup_dirty``, whoever wrote them (services, the
sync importer's bulk path, demo data); ``services.central`` recomputes only those pairs.
The triggers are created on first use by ``store.rollup.ensure_triggers`` (which marks
everything dirty when it had to create them), so a migration that rebuilds
``daily_log`` and loses them costs one full recomputation, never a stale dashboard.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, DateTime, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from ekinerja_desktop.domain.timeutil import now_utc
from ekinerja_desktop.store.base import Base, new_uuid


class CentralImport(Base):
    """One bundle file offered to this node: applied, partly rejected, or refused (with
    the reason). The full import report is kept as JSON."""

    __tablename__ = "central_import"
    __table_args__ = (
        Index("ix_central_import_sender_at", "sender", "imported_at", "status"),
        Index("ix_central_import_sha256", "file_sha256"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    file_name: Mapped[str] = mapped_column(String(255), nullable=False)
    file_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    # The sender named in the bundle header (also for refused bundles, when readable).
    sender: Mapped[str] = mapped_column(String(128), nullable=False, default="")
    bundle_id: Mapped[str] = mapped_column(String(36), nullable=False, default="")
    sequence: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    status: Mapped[str] = mapped_column(String(24), nullable=False)
    error_code: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    error: Mapped[str] = mapped_column(Text, nullable=False, default="")
    rows_applied: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    rows_rejected: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    imported_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now_utc)
    imported_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    report: Mapped[str] = mapped_column(Text, nullable=False, default="{}")


MONTH_KEYS = tuple(f"{m:02d}" for m in range(1, 13))

# One row per employee and year (the dashboard reads ~11,000 rows, not 130,000): for each
# month a bitmask of the days with entries (logged_MM) and with approved entries
# (approved_MM), bit d-1 for day d. Rows exist only for years with entries.
LOG_YEAR_ROLLUP = Table(
    "log_year_rollup",
    Base.metadata,
    Column("employee_id", String(36), primary_key=True),
    Column("year", Integer, primary_key=True),
    *(Column(f"approved_{m}", Integer, nullable=False, server_default="0") for m in MONTH_KEYS),
    *(Column(f"logged_{m}", Integer, nullable=False, server_default="0") for m in MONTH_KEYS),
)


class LogRollupDirty(Base):
    """(employee, month) pairs whose daily-log rows changed since the last refresh.
    ``gen`` grows with every marking, so a refresh deletes only what it has seen."""

    __tablename__ = "log_rollup_dirty"

    employee_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # "2026-03"
    gen: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
