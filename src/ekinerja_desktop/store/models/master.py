"""Master data owned by the central office: units, employees, supervisor mapping, calendar."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ekinerja_desktop.store.base import Base, SyncMixin


class OrgUnit(SyncMixin, Base):
    """A node of the organisation tree: OPD -> bidang/bagian -> seksi/subbagian."""

    __tablename__ = "org_unit"

    parent_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("org_unit.id"), nullable=True, index=True
    )
    code: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False, default="opd")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    saturday_workday: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class Employee(SyncMixin, Base):
    """An ASN (PNS or PPPK)."""

    __tablename__ = "employee"
    __table_args__ = (
        # A unit's list in name order; who is live in a set of units from the index
        # alone (Rekap Bulanan's count, migration 0016).
        Index("ix_employee_unit_name", "unit_id", "name", "active", "deleted"),
        Index("ix_employee_name", "name"),
        # Central dashboard: every employee's unit, status and active period, covering.
        # Led by id, which no list filters on: a leading unit/active/status column would
        # tempt the planner away from the name-ordered indexes of the employee list.
        Index(
            "ix_employee_active_unit",
            "id",
            "unit_id",
            "status",
            "active",
            "deleted",
            "active_from",
            "active_to",
        ),
    )

    nip: Mapped[str] = mapped_column(String(18), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    front_title: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    back_title: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    sex: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(8), nullable=False, default="PNS")
    pangkat_code: Mapped[str] = mapped_column(String(8), nullable=False, default="")
    jabatan_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    jabatan_kind: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    jabatan_level: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    unit_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("org_unit.id"), nullable=True
    )
    kelas_jabatan: Mapped[int | None] = mapped_column(Integer, nullable=True)
    is_unit_head: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    active_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    active_to: Mapped[date | None] = mapped_column(Date, nullable=True)


class SupervisorAssignment(SyncMixin, Base):
    """Who appraises whom (Pejabat Penilai Kinerja) in a year, for a span of that year.

    A mid-year change closes the earlier row (``valid_to``) and opens a new one, so the
    months the earlier supervisor was responsible for stay on record.
    """

    __tablename__ = "supervisor_assignment"
    __table_args__ = (
        Index("ix_supervisor_assignment_year_employee", "year", "employee_id"),
        Index("ix_supervisor_assignment_year_supervisor", "year", "supervisor_id"),
        # The penilai rule reads an employee's rows of every year, a team every row
        # naming its penilai (migration 0017).
        Index("ix_supervisor_assignment_employee", "employee_id", "valid_from"),
        Index("ix_supervisor_assignment_supervisor", "supervisor_id", "employee_id"),
    )

    employee_id: Mapped[str] = mapped_column(String(36), ForeignKey("employee.id"), nullable=False)
    # NULL when the Pejabat Penilai is outside the employee data (``external_penilai``,
    # e.g. the Wali Kota for the Sekda); schema 0007.
    supervisor_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("employee.id"), nullable=True
    )
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    valid_from: Mapped[date] = mapped_column(Date, nullable=False)
    valid_to: Mapped[date] = mapped_column(Date, nullable=False)
    # Set when an office fixed the mapping locally; central confirms and clears it.
    needs_confirmation: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # External signatories (JSON {"nama", "jabatan", "nip"}; "" = none), schema 0007:
    # the penilai when ``supervisor_id`` is NULL, and an Atasan Pejabat Penilai that
    # replaces the derived one (the penilai's own penilai), e.g. the Wali Kota for a
    # Kepala OPD appraised by the Sekda.
    external_penilai: Mapped[str] = mapped_column(
        Text, nullable=False, default="", server_default=""
    )
    external_atasan: Mapped[str] = mapped_column(
        Text, nullable=False, default="", server_default=""
    )


class CalendarDay(SyncMixin, Base):
    """An editable calendar exception: cuti bersama, a local holiday or an extra workday."""

    __tablename__ = "calendar_day"

    day: Mapped[date] = mapped_column(Date, nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)  # cuti_bersama|libur|kerja
    name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
