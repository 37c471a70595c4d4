"""Sync bookkeeping: known nodes, imported bundles, acknowledgements, conflicts, held rows."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ekinerja_desktop.domain.timeutil import now_utc
from ekinerja_desktop.store.base import Base, new_uuid


class KnownNode(Base):
    """Another node this one exchanges bundles with (on central: every enrolled node).

    ``unit_scope`` is a JSON list of unit ids whose subtrees the node may write (empty
    for central, which may write everything). ``certificate`` is the canonical JSON
    signed by central (``certificate_sig``, base64) binding id, role, scope and keys.
    """

    __tablename__ = "sync_known_node"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    agency: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    unit_scope: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    sign_pub: Mapped[str] = mapped_column(String(64), nullable=False)
    enc_pub: Mapped[str] = mapped_column(String(64), nullable=False)
    fingerprint: Mapped[str] = mapped_column(String(64), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="enrolled")
    valid_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    certificate: Mapped[str] = mapped_column(Text, nullable=False, default="")
    certificate_sig: Mapped[str] = mapped_column(String(128), nullable=False, default="")
    # Sequence of the last bundle this node sent to that peer (0: none yet).
    last_out_seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    enrolled_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now_utc)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class ImportedBundle(Base):
    """A bundle applied here (or refused after verification); the replay guard."""

    __tablename__ = "sync_imported_bundle"
    __table_args__ = (
        Index("ix_sync_imported_bundle_sender", "sender", "sender_epoch", "sequence"),
    )

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    header_sha256: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    sender: Mapped[str] = mapped_column(String(128), nullable=False)
    sender_epoch: Mapped[str] = mapped_column(String(128), nullable=False)
    sequence: Mapped[int] = mapped_column(Integer, nullable=False)
    # Sequence of the bundle the sender addressed to us before this one (0: first).
    prev_sequence: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    kind: Mapped[str] = mapped_column(String(32), nullable=False, default="data")
    imported_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now_utc)
    imported_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    report: Mapped[str] = mapped_column(Text, nullable=False, default="{}")


class SyncAck(Base):
    """What ``holder`` has stored of the changes made at ``origin`` (in ``origin_epoch``).

    ``holder`` = this node: what we received (``seq`` = highest contiguous origin
    sequence, ``ranges`` = JSON list of [from, to] intervals received beyond a gap).
    ``holder`` = a peer: what that peer acknowledged to us in its last bundle.
    """

    __tablename__ = "sync_ack"

    holder: Mapped[str] = mapped_column(String(128), primary_key=True)
    origin: Mapped[str] = mapped_column(String(128), primary_key=True)
    origin_epoch: Mapped[str] = mapped_column(String(128), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    ranges: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now_utc)


class Conflict(Base):
    """A losing version of a concurrently edited row, kept for a person to resolve."""

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_row", "table_name", "row_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False)
    winner_version: Mapped[int] = mapped_column(Integer, nullable=False)
    winner_node: Mapped[str] = mapped_column(String(128), nullable=False)
    loser: Mapped[str] = mapped_column(Text, nullable=False)  # canonical JSON of the row
    bundle_id: Mapped[str] = mapped_column(String(36), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="open", index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now_utc)
    resolved_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class HeldRecord(Base):
    """An incoming row waiting for a row it refers to (e.g. an RHK whose SKP is missing)."""

    __tablename__ = "sync_held_record"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    sender: Mapped[str] = mapped_column(String(128), nullable=False)
    bundle_id: Mapped[str] = mapped_column(String(36), nullable=False)
    row: Mapped[str] = mapped_column(Text, nullable=False)  # canonical JSON
    waiting_for: Mapped[str] = mapped_column(Text, nullable=False, default="")
    held_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now_utc)
