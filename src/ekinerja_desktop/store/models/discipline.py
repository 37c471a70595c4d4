"""Hukuman disiplin records (PP 94/2021), kept with the performance records."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ekinerja_desktop.store.base import Base, SyncMixin


class DisciplineRecord(SyncMixin, Base):
    """One hukuman disiplin imposed on an employee by SK (schema 0014).

    ``kind`` is a key of ``domain.discipline.KINDS`` and ``level`` its level, stored so
    lists can filter without the catalogue; ``end_date`` is derived from the kind's
    duration at recording. A record is never deleted: an SK annulled on appeal (upaya
    administratif) keeps its row with ``status`` "Dibatalkan" and the reason."""

    __tablename__ = "discipline_record"
    __table_args__ = (Index("ix_discipline_record_employee", "employee_id", "tmt"),)

    employee_id: Mapped[str] = mapped_column(String(36), ForeignKey("employee.id"), nullable=False)
    level: Mapped[str] = mapped_column(String(16), nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    sk_number: Mapped[str] = mapped_column(String(100), nullable=False)
    sk_date: Mapped[date] = mapped_column(Date, nullable=False)
    tmt: Mapped[date] = mapped_column(Date, nullable=False)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    violation: Mapped[str] = mapped_column(Text, nullable=False, default="")
    decided_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="Berlaku")
    cancel_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
