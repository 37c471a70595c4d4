"""The register of issued documents: every official PDF this node printed, under its
verification code. Node-local and append-only: never synchronised, never updated or
deleted by the application (``services.issuance`` inserts, ``services.verify`` reads).

A row says what was printed (kind), from which record and revision (``record_table`` and
``record_id``: ``skp``/``evaluation`` rows, or a report key such as ``recap`` with
``<unit id>:<YYYY-MM>``), the SHA-256 of the record's content at that revision, and the
SHA-256 and size of the exact PDF bytes issued. Nothing personal: names and NIPs are
looked up through the record, with the reader's permissions.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ekinerja_desktop.domain.timeutil import now_utc
from ekinerja_desktop.store.base import Base, new_uuid


class IssuedDocument(Base):
    """One issued PDF (one print or export)."""

    __tablename__ = "issued_document"
    __table_args__ = (Index("ix_issued_document_record", "record_table", "record_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    code: Mapped[str] = mapped_column(String(16), nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    record_table: Mapped[str] = mapped_column(String(32), nullable=False)
    record_id: Mapped[str] = mapped_column(String(128), nullable=False)
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # Status of the record when printed; ``final``: approved/signed (no draft mark).
    record_status: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    final: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    pdf_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    pdf_size: Mapped[int] = mapped_column(Integer, nullable=False)
    issued_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now_utc)
    issued_by: Mapped[str] = mapped_column(String(64), nullable=False)
    node_id: Mapped[str] = mapped_column(String(36), nullable=False)
