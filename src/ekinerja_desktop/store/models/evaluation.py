"""Periodic and annual evaluation, organisation predikat, objections and follow-up.

The supervisor (penilai) writes the evaluation; the employee writes the
self-assessment fields and the objection; the atasan penilai decides objections."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ekinerja_desktop.store.base import Base, SyncMixin


class Evaluation(SyncMixin, Base):
    """One revision of the evaluation of an employee for a period (e.g. 2026-Q1, 2026-AKHIR).
    A signed revision is immutable; a correction is revision N+1 with a reason."""

    __tablename__ = "evaluation"
    __table_args__ = (
        UniqueConstraint("employee_id", "period_code", "skp_part", "revision"),
        Index("ix_evaluation_year_penilai", "year", "penilai_id", "status"),
        # Central dashboard: every evaluation of a year, covering.
        Index(
            "ix_evaluation_year_employee",
            "year",
            "period_code",
            "employee_id",
            "revision",
            "status",
            "predikat",
            "deleted",
            "skp_part",  # migration 0015
        ),
    )

    employee_id: Mapped[str] = mapped_column(String(36), ForeignKey("employee.id"), nullable=False)
    skp_id: Mapped[str] = mapped_column(String(36), ForeignKey("skp.id"), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    period_code: Mapped[str] = mapped_column(String(16), nullable=False)
    # The SKP period (skp.part) this evaluation belongs to: after a mid-year mutasi the
    # same period code (e.g. 2026-Q3, 2026-AKHIR) is evaluated once per SKP. Schema 0012.
    skp_part: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    previous_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("evaluation.id"), nullable=True
    )
    correction_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="Draft")
    penilai_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("employee.id"), nullable=True
    )
    atasan_penilai_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("employee.id"), nullable=True
    )
    self_submitted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    rating_hasil: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    rating_perilaku: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    predikat: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    org_predikat: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    signed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # When the signed result first reached the employee (first opened by them on their
    # node, acknowledged or objected to): the 14 keberatan days start here. Schema 0008.
    received_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    pegawai_snapshot: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    penilai_snapshot: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    atasan_snapshot: Mapped[str] = mapped_column(Text, nullable=False, default="{}")


class EvaluationResult(SyncMixin, Base):
    """Realisasi and feedback for one indicator (and its RHK) in an evaluation."""

    __tablename__ = "evaluation_result"
    __table_args__ = (UniqueConstraint("evaluation_id", "indicator_id"),)

    evaluation_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("evaluation.id"), nullable=False
    )
    rhk_id: Mapped[str] = mapped_column(String(36), ForeignKey("skp_rhk.id"), nullable=False)
    indicator_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("skp_indicator.id"), nullable=False
    )
    self_realisasi: Mapped[str] = mapped_column(Text, nullable=False, default="")
    realisasi: Mapped[str] = mapped_column(Text, nullable=False, default="")
    feedback: Mapped[str] = mapped_column(Text, nullable=False, default="")


class EvaluationBehaviour(SyncMixin, Base):
    """Feedback for one BerAKHLAK value in an evaluation."""

    __tablename__ = "evaluation_behaviour"
    __table_args__ = (UniqueConstraint("evaluation_id", "value_code"),)

    evaluation_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("evaluation.id"), nullable=False
    )
    value_code: Mapped[str] = mapped_column(String(32), nullable=False)
    feedback: Mapped[str] = mapped_column(Text, nullable=False, default="")


class OrgPerformance(SyncMixin, Base):
    """Predikat Kinerja Organisasi of a unit for a period (set one level up or by admin)."""

    __tablename__ = "org_performance"
    __table_args__ = (UniqueConstraint("unit_id", "period_code"),)

    unit_id: Mapped[str] = mapped_column(String(36), ForeignKey("org_unit.id"), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    period_code: Mapped[str] = mapped_column(String(16), nullable=False)
    predikat: Mapped[str] = mapped_column(String(32), nullable=False)
    capaian: Mapped[str] = mapped_column(Text, nullable=False, default="")
    set_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")


class Objection(SyncMixin, Base):
    """Keberatan filed by the employee; decided (finally) by the atasan penilai."""

    __tablename__ = "objection"
    __table_args__ = (Index("ix_objection_evaluation", "evaluation_id"),)

    evaluation_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("evaluation.id"), nullable=False
    )
    employee_id: Mapped[str] = mapped_column(String(36), ForeignKey("employee.id"), nullable=False)
    filed_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="Diajukan")
    decided_by: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("employee.id"), nullable=True
    )
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    decision: Mapped[str] = mapped_column(String(16), nullable=False, default="")  # uphold|change
    new_rating_hasil: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    new_rating_perilaku: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    decision_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")


class FollowUp(SyncMixin, Base):
    """Follow-up of an annual result: recognition (reward) or a coaching plan (pembinaan)."""

    __tablename__ = "follow_up"
    __table_args__ = (
        Index("ix_follow_up_employee_year", "employee_id", "year"),
        # Central reward/coaching lists, covering.
        Index("ix_follow_up_year_kind", "year", "kind", "employee_id", "deleted"),
    )

    evaluation_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("evaluation.id"), nullable=False
    )
    employee_id: Mapped[str] = mapped_column(String(36), ForeignKey("employee.id"), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)  # reward | pembinaan
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    targets: Mapped[str] = mapped_column(Text, nullable=False, default="")
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="Rencana")
    # Schema 0009: the type of reward or coaching (domain.followup catalogues) and the
    # review date of a coaching plan (six months, PP 30/2019).
    subtype: Mapped[str] = mapped_column(String(32), nullable=False, default="", server_default="")
    review_date: Mapped[date | None] = mapped_column(Date, nullable=True)
