"""Daily work log (aktivitas harian) with evidence files, recurring templates.

Owned by the employee; the supervisor writes only the review fields (status Disetujui /
Revisi, reviewer, note)."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from ekinerja_desktop.store.base import Base, SyncMixin


class DailyLog(SyncMixin, Base):
    """One activity of one working day."""

    __tablename__ = "daily_log"
    __table_args__ = (
        # Day view and month calendar of one employee; covering for the central
        # dashboard's log rollup (``deleted``, schema 0005) and the monthly recap
        # (``is_late``, ``quantity``, ``unit``, schema 0013).
        Index(
            "ix_daily_log_employee_day",
            "employee_id",
            "day",
            "status",
            "start_time",
            "end_time",
            "rhk_id",
            "deleted",
            "is_late",
            "quantity",
            "unit",
        ),
        # Supervisor review queue: submitted entries of a team, by day.
        Index("ix_daily_log_status_employee_day", "status", "employee_id", "day"),
    )

    employee_id: Mapped[str] = mapped_column(String(36), ForeignKey("employee.id"), nullable=False)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    start_time: Mapped[time] = mapped_column(Time, nullable=False)
    end_time: Mapped[time] = mapped_column(Time, nullable=False)
    activity: Mapped[str] = mapped_column(Text, nullable=False)
    rhk_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("skp_rhk.id"), nullable=True)
    quantity: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    unit: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    link_url: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="Draft")
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    is_late: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    reviewer_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("employee.id"), nullable=True
    )
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    review_note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Evidence(SyncMixin, Base):
    """A bukti dukung file, stored content-addressed (sha256) in the workspace."""

    __tablename__ = "evidence"
    __table_args__ = (Index("ix_evidence_sha256", "sha256"),)

    owner_employee_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("employee.id"), nullable=False
    )
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    name: Mapped[str] = mapped_column(String(255), nullable=False)
    mime: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    size: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class DailyLogEvidence(SyncMixin, Base):
    """Links an evidence file to a log entry."""

    __tablename__ = "daily_log_evidence"
    __table_args__ = (UniqueConstraint("log_id", "evidence_id"),)

    log_id: Mapped[str] = mapped_column(String(36), ForeignKey("daily_log.id"), nullable=False)
    evidence_id: Mapped[str] = mapped_column(String(36), ForeignKey("evidence.id"), nullable=False)


class RecurringLog(SyncMixin, Base):
    """A template that pre-fills entries on chosen weekdays (e.g. a weekly meeting)."""

    __tablename__ = "recurring_log"

    employee_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("employee.id"), nullable=False, index=True
    )
    weekdays: Mapped[str] = mapped_column(String(16), nullable=False, default="0")  # "0,2"
    start_time: Mapped[time] = mapped_column(Time, nullable=False)
    end_time: Mapped[time] = mapped_column(Time, nullable=False)
    activity: Mapped[str] = mapped_column(Text, nullable=False)
    rhk_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("skp_rhk.id"), nullable=True)
    quantity: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    unit: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
