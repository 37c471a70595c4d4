"""Competency development: the JP catalogue, training records and development plans."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ekinerja_desktop.store.base import Base, SyncMixin


class TrainingKind(SyncMixin, Base):
    """Catalogue entry and its JP crediting rule (central-owned, editable)."""

    __tablename__ = "training_kind"

    code: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    label: Mapped[str] = mapped_column(String(200), nullable=False)
    route: Mapped[str] = mapped_column(String(32), nullable=False)
    mode: Mapped[str] = mapped_column(String(16), nullable=False, default="per_hour")
    minutes_per_jp: Mapped[int] = mapped_column(Integer, nullable=False, default=45)
    fixed_jp: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    max_jp: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Training(SyncMixin, Base):
    """One development activity of one employee (Diajukan -> Diverifikasi / Ditolak)."""

    __tablename__ = "training"
    __table_args__ = (
        Index("ix_training_employee_start", "employee_id", "start_date", "status"),
        # Central JP attainment: verified JP of a year, covering.
        Index(
            "ix_training_status_start",
            "status",
            "start_date",
            "deleted",
            "employee_id",
            "jp_credited",
        ),
    )

    employee_id: Mapped[str] = mapped_column(String(36), ForeignKey("employee.id"), nullable=False)
    route: Mapped[str] = mapped_column(String(32), nullable=False)
    kind_code: Mapped[str] = mapped_column(String(32), nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    organiser: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    start_date: Mapped[date] = mapped_column(Date, nullable=False)
    end_date: Mapped[date] = mapped_column(Date, nullable=False)
    hours: Mapped[str] = mapped_column(String(16), nullable=False, default="0")
    jp_credited: Mapped[str] = mapped_column(String(16), nullable=False, default="0")
    jp_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    certificate_no: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    evidence_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("evidence.id"), nullable=True
    )
    event_id: Mapped[str] = mapped_column(String(36), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="Diajukan")
    verified_by: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("employee.id"), nullable=True
    )
    verified_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class DevPlanItem(SyncMixin, Base):
    """A planned development activity for a year (manual or from a coaching plan)."""

    __tablename__ = "dev_plan_item"
    __table_args__ = (Index("ix_dev_plan_item_employee_year", "employee_id", "year"),)

    employee_id: Mapped[str] = mapped_column(String(36), ForeignKey("employee.id"), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    kind_code: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    planned_month: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    planned_jp: Mapped[str] = mapped_column(String(16), nullable=False, default="0")
    source: Mapped[str] = mapped_column(String(16), nullable=False, default="manual")
    follow_up_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("follow_up.id"), nullable=True
    )
    training_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("training.id"), nullable=True
    )
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
