"""SKP (annual performance targets): header with identity snapshots, RHK rows with
indicators, BerAKHLAK expectations and the Lampiran. Owned by the employee; approval
fields by the supervisor (see architecture.md, ownership table)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ekinerja_desktop.store.base import Base, SyncMixin


class Skp(SyncMixin, Base):
    """One revision of one SKP period (``part``) of an employee's year. An approved
    revision is frozen; a change after approval is a new row with ``revision`` + 1
    pointing at the previous. A mutasi or promotion mid-year starts part + 1 for the rest
    of the year: the earlier part then ends the day before the next part's
    ``period_start`` (derived, the approved row is not rewritten; schema 0012)."""

    __tablename__ = "skp"
    __table_args__ = (
        UniqueConstraint("employee_id", "year", "part", "revision"),
        Index("ix_skp_year_penilai_status", "year", "penilai_id", "status"),
        # Central dashboard: every SKP of a year, covering (migration 0015: + part).
        Index(
            "ix_skp_year_employee", "year", "employee_id", "revision", "status", "deleted", "part"
        ),
    )

    employee_id: Mapped[str] = mapped_column(String(36), ForeignKey("employee.id"), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    # SKP period of the year: 1, 2, ... in date order; each has its own revision chain.
    part: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    previous_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("skp.id"), nullable=True)
    # Why this part starts mid-year (domain.skp.PeriodReason: mutasi | promosi | lainnya;
    # "" for part 1) and the SK number when known.
    start_reason: Mapped[str] = mapped_column(
        String(16), nullable=False, default="", server_default=""
    )
    start_reference: Mapped[str] = mapped_column(
        String(100), nullable=False, default="", server_default=""
    )
    period_start: Mapped[date] = mapped_column(Date, nullable=False)
    period_end: Mapped[date] = mapped_column(Date, nullable=False)
    approach: Mapped[str] = mapped_column(String(16), nullable=False, default="Kuantitatif")
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="Draft")
    penilai_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("employee.id"), nullable=True
    )
    atasan_penilai_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("employee.id"), nullable=True
    )
    # Identity snapshots (JSON: nama, nip, pangkat, jabatan, unit) taken at submission and
    # again at approval, so documents reprint identically after transfers.
    pegawai_snapshot: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    penilai_snapshot: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    atasan_snapshot: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    decision_note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False, default="")


class SkpRhk(SyncMixin, Base):
    """A Rencana Hasil Kerja row (Utama or Tambahan), cascaded from a supervisor's RHK."""

    __tablename__ = "skp_rhk"
    __table_args__ = (Index("ix_skp_rhk_skp", "skp_id", "position"),)

    skp_id: Mapped[str] = mapped_column(String(36), ForeignKey("skp.id"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    kind: Mapped[str] = mapped_column(String(16), nullable=False, default="Utama")
    text: Mapped[str] = mapped_column(Text, nullable=False)
    parent_rhk_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("skp_rhk.id"), nullable=True, index=True
    )
    perspektif: Mapped[str] = mapped_column(String(32), nullable=False, default="")


class SkpIndicator(SyncMixin, Base):
    """Indikator Kinerja Individu under an RHK: aspect and target (value + unit or text)."""

    __tablename__ = "skp_indicator"
    __table_args__ = (Index("ix_skp_indicator_rhk", "rhk_id", "position"),)

    rhk_id: Mapped[str] = mapped_column(String(36), ForeignKey("skp_rhk.id"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    aspect: Mapped[str] = mapped_column(String(16), nullable=False, default="Kuantitas")
    text: Mapped[str] = mapped_column(Text, nullable=False)
    target_value: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    target_unit: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    target_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Target triwulan I-IV (rencana aksi), "3;3;3;3"; "" = derived from the annual target
    # (domain.targets). Schema 0006.
    quarter_targets: Mapped[str] = mapped_column(
        String(100), nullable=False, default="", server_default=""
    )


class SkpBehaviour(SyncMixin, Base):
    """Ekspektasi Khusus Pimpinan for one BerAKHLAK value (written by the supervisor)."""

    __tablename__ = "skp_behaviour"
    __table_args__ = (UniqueConstraint("skp_id", "value_code"),)

    skp_id: Mapped[str] = mapped_column(String(36), ForeignKey("skp.id"), nullable=False)
    value_code: Mapped[str] = mapped_column(String(32), nullable=False)
    expectation: Mapped[str] = mapped_column(Text, nullable=False, default="")


class SkpLampiranItem(SyncMixin, Base):
    """One line of the Lampiran: dukungan_sumber_daya, skema_pertanggungjawaban or
    konsekuensi."""

    __tablename__ = "skp_lampiran_item"
    __table_args__ = (Index("ix_skp_lampiran_item_skp", "skp_id", "section", "position"),)

    skp_id: Mapped[str] = mapped_column(String(36), ForeignKey("skp.id"), nullable=False)
    section: Mapped[str] = mapped_column(String(32), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    text: Mapped[str] = mapped_column(Text, nullable=False)
