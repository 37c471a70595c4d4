"""Issuing official documents: every official PDF (Dokumen SKP, evaluation, its cover,
the monthly recap, the public report) is rendered with a verification stamp, registered
in ``issued_document`` and audited (``document.issue``).

The register keeps the SHA-256 of the final PDF bytes, which cannot be inside the PDF:
the document is rendered to memory with its code first (deterministically, see
``reports``), hashed, registered, then written. The file is published (renamed from
``.partial``) only after the register row committed, so every issued file is
registered. ``services.document_check`` answers whether a file or a code matches.

A base module: imports no feature service, so every feature service may issue.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ekinerja_desktop.domain.verification import DocumentKind, new_code
from ekinerja_desktop.services.audit_trail import record_action
from ekinerja_desktop.store.models import IssuedDocument

if TYPE_CHECKING:
    from ekinerja_desktop.reports import VerificationStamp
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace

#: Renders the document with ``stamp`` into the binary file object.
Builder = Callable[["VerificationStamp", BinaryIO], None]

_ATTEMPTS = 5  # fresh codes tried when one is taken (45 random bits: practically never)


@dataclass(frozen=True)
class RecordRef:
    """What a document is printed from: a revision of a record (``skp``/``evaluation``
    rows) or a report key (``recap``: ``<unit id>:<YYYY-MM>``; ``public_report``: the
    year), its status, whether it is final, and the SHA-256 of its content."""

    kind: DocumentKind
    table: str
    record_id: str
    revision: int
    status: str
    final: bool
    content_hash: str


@dataclass(frozen=True)
class IssuedPdf:
    path: Path
    code: str
    pdf_sha256: str


def content_digest(value: Any) -> str:
    """SHA-256 of ``value`` as canonical JSON (sorted keys; dates and decimals as text):
    the content hash of a report that is not a stored record."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def issue_pdf(ws: Workspace, actor: Actor, ref: RecordRef, out: Path, build: Builder) -> IssuedPdf:
    """Render ``build`` with a fresh verification code, register it and write ``out``."""
    from ekinerja_desktop.reports import VerificationStamp

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    for _attempt in range(_ATTEMPTS):
        code = new_code()
        with ws.read() as session:
            taken = session.execute(
                select(IssuedDocument.id).where(IssuedDocument.code == code)
            ).first()
        if taken is not None:
            continue
        buffer = BytesIO()
        build(VerificationStamp(code, ref.content_hash), buffer)
        data = buffer.getvalue()
        digest = hashlib.sha256(data).hexdigest()
        tmp = out.with_name(out.name + ".partial")
        tmp.write_bytes(data)
        try:
            _register(ws, actor, ref, code=code, digest=digest, size=len(data))
        except IntegrityError:  # the code was taken in the meantime: try another one
            tmp.unlink(missing_ok=True)
            continue
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        tmp.replace(out)
        return IssuedPdf(out, code, digest)
    raise RuntimeError("no free verification code")  # pragma: no cover - 45 random bits


def _register(
    ws: Workspace, actor: Actor, ref: RecordRef, *, code: str, digest: str, size: int
) -> None:
    with ws.write(actor=actor.username) as session:
        session.add(
            IssuedDocument(
                code=code,
                kind=ref.kind.value,
                record_table=ref.table,
                record_id=ref.record_id,
                revision=ref.revision,
                record_status=ref.status,
                final=ref.final,
                content_hash=ref.content_hash,
                pdf_sha256=digest,
                pdf_size=size,
                issued_by=actor.username,
                node_id=ws.node.id,
            )
        )
        session.flush()
        record_action(
            session,
            ws,
            actor,
            action="document.issue",
            entity=ref.table,
            entity_id=ref.record_id,
            detail={
                "code": code,
                "kind": ref.kind.value,
                "revision": ref.revision,
                "status": ref.status,
                "content_hash": ref.content_hash,
                "pdf_sha256": digest,
            },
        )
