"""Periksa dokumen: does a printed PDF (or a typed verification code) match a document
issued in this workspace, from which revision, and is a later revision in force?

``check_file`` reads the code from the PDF (its metadata, else the printed footer of a
page), compares the SHA-256 of the file with the register (a different file is
*tampered*) and the record's state now (a later revision, or content changed since
printing, is *outdated*). ``check_code`` does the same for a typed or scanned code,
without a file to compare. Every check is audited (``document.verify``).

The register is kept where a document was printed (it does not travel in bundles). A
document printed at an office is still recognised at central, which holds the same
records: the QR and the metadata carry the content fingerprint, and an approved SKP or a
signed evaluation stores the same hash of its content, so a code this workspace never
issued is matched by that fingerprint (``issued_elsewhere``; the file's own bytes cannot
be compared then, so the printed content has to be compared with the record shown).

What the verdict tells depends on who asks: an actor who may read the record (the same
rules as opening it) learns whose document it is, its period and who issued it; anyone
else learns only whether it is valid, its kind and its revision status.
"""

from __future__ import annotations

import base64
import hashlib
import re
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.fmt import format_datetime_wita, month_name
from ekinerja_desktop.domain.i18n import N_, _, current_language
from ekinerja_desktop.domain.nip import printed_nip
from ekinerja_desktop.domain.verification import (
    EXIT_CODES,
    PAYLOAD_PATTERN,
    DocumentKind,
    ScannedPayload,
    Verdict,
    normalise_code,
    parse_payload,
)
from ekinerja_desktop.services import access, evaluation, organisation, skp
from ekinerja_desktop.services.audit_trail import record_action
from ekinerja_desktop.services.errors import ValidationError
from ekinerja_desktop.store.models import Evaluation, IssuedDocument, Skp

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace

MAX_PDF_BYTES = 200 * 1024 * 1024  # larger files are not documents this app printed
_MAX_STREAM = 16 * 1024 * 1024  # decompressed bytes read from one PDF stream
_STREAM = re.compile(rb"stream\r?\n")
_PRINTED = re.compile(rb"Kode verifikasi: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2})")

KIND_LABELS: dict[str, str] = {
    DocumentKind.SKP: N_("Dokumen SKP"),
    DocumentKind.EVALUATION: N_("Evaluasi Kinerja Pegawai"),
    DocumentKind.EVALUATION_COVER: N_("Dokumen Evaluasi Kinerja Pegawai (sampul)"),
    DocumentKind.RECAP: N_("Rekap log harian"),
    DocumentKind.PUBLIC_REPORT: N_("Laporan kinerja ASN untuk publik"),
}


@dataclass(frozen=True)
class CheckResult:
    """The verdict and what the asking actor may be told about the document."""

    verdict: Verdict
    code: str = ""  # the code read or typed ("" when none was found)
    kind: str = ""
    revision: int | None = None  # revision printed (None for reports without revisions)
    latest_revision: int | None = None  # a later revision in force, if any
    later_edition_at: datetime | None = None  # a report re-issued with other content
    content_changed: bool = False  # the record (same revision) changed since printing
    record_missing: bool = False  # the record was deleted since printing
    final: bool = True
    status: str = ""  # record status when printed
    file_checked: bool = False  # a file's hash was compared with the register
    authorised: bool = False  # the details below are filled only when True
    subject: str = ""
    issued_at: datetime | None = None
    issued_by: str = ""
    typed: str = ""  # what was typed when it is not a code
    issued_elsewhere: bool = False  # matched by content fingerprint, not by the register

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.verdict]

    @property
    def kind_label(self) -> str:
        return _(KIND_LABELS[self.kind]) if self.kind in KIND_LABELS else self.kind

    def headline(self) -> str:
        """The verdict in one sentence."""
        if self.verdict is Verdict.NO_CODE:
            if self.typed:
                return _('"{t}" bukan kode verifikasi yang sah.').format(t=self.typed)
            return _("Berkas ini tidak memuat kode verifikasi e-Kinerja.")
        if self.verdict is Verdict.UNKNOWN:
            return _("Kode {c} tidak terdaftar di ruang kerja ini.").format(c=self.code)
        if self.verdict is Verdict.TAMPERED:
            return _(
                "TIDAK COCOK: berkas ini bukan dokumen yang diterbitkan dengan kode {c}; "
                "isinya telah diubah."
            ).format(c=self.code)
        if self.verdict is Verdict.OUTDATED:
            return _("USANG: dokumen terdaftar, tetapi sudah tidak berlaku.")
        if self.verdict is Verdict.DRAFT:
            return _("DRAF: dokumen terdaftar, tetapi dicetak sebelum disetujui/ditandatangani.")
        if self.issued_elsewhere:
            return _(
                "COCOK: isi dokumen sama dengan rekaman yang berlaku di ruang kerja ini "
                "(dicetak di ruang kerja lain)."
            )
        if self.file_checked:
            return _("ASLI: berkas sama persis dengan dokumen yang diterbitkan, revisi terbaru.")
        return _("TERDAFTAR: kode ini milik dokumen yang berlaku (revisi terbaru).")

    def lines(self) -> list[str]:
        """The verdict in words: headline, then what the actor may know."""
        out = [self.headline()]
        if self.verdict is Verdict.NO_CODE:
            out.append(_("Tulis kode seperti pada kaki halaman dokumen: XXXX-XXXX-XX."))
            return out
        if self.verdict is Verdict.UNKNOWN:
            out.append(
                _(
                    "Dokumen itu mungkin diterbitkan di kantor lain: periksa di ruang kerja "
                    "yang mencetaknya, atau dokumen itu palsu."
                )
            )
            return out
        out.append(_("Kode verifikasi: {c}").format(c=self.code))
        out.append(_("Jenis dokumen: {k}").format(k=self.kind_label))
        out += self._revision_lines()
        if self.issued_elsewhere:
            out.append(
                _(
                    "Kode ini diterbitkan di ruang kerja lain; yang dicocokkan di sini adalah "
                    "sidik isinya dengan rekaman yang disinkronkan. Berkasnya sendiri tidak "
                    "dapat dibandingkan: cocokkan isi cetakan dengan dokumen di aplikasi."
                )
            )
        if self.verdict is Verdict.TAMPERED:
            out.append(_("Jangan gunakan berkas ini; minta cetakan baru dari penerbitnya."))
        elif self.verdict is Verdict.VALID and not self.file_checked:
            out.append(
                _(
                    "Tanpa berkasnya hanya kode yang diperiksa: bandingkan juga isi cetakan "
                    "dengan dokumen di aplikasi, atau buka PDF-nya."
                )
            )
        if self.authorised:
            if self.subject:
                out.append(_("Dokumen: {s}").format(s=self.subject))
            if self.issued_at is not None:
                out.append(
                    _("Diterbitkan: {t} oleh {u}").format(
                        t=format_datetime_wita(self.issued_at, current_language()),
                        u=self.issued_by,
                    )
                )
        elif self.verdict is not Verdict.TAMPERED:
            out.append(
                _(
                    "Rincian (nama, periode, penerbit) hanya ditampilkan kepada yang "
                    "berwenang melihat dokumen ini."
                )
            )
        return out

    def _revision_lines(self) -> list[str]:
        out: list[str] = []
        if self.revision is not None:
            if self.latest_revision is not None:
                out.append(
                    _("Revisi {r}; revisi {m} yang lebih baru ada.").format(
                        r=self.revision, m=self.latest_revision
                    )
                )
            else:
                out.append(_("Revisi {r} (revisi terbaru).").format(r=self.revision))
        if self.record_missing:
            out.append(_("Rekaman asalnya sudah dihapus dari ruang kerja ini."))
        if self.content_changed:
            out.append(_("Isi rekaman sudah berubah sejak dokumen ini dicetak."))
        if self.later_edition_at is not None:
            out.append(
                _("Edisi yang lebih baru dengan isi berbeda diterbitkan {t}.").format(
                    t=format_datetime_wita(self.later_edition_at, current_language())
                )
            )
        if not self.final and self.status:
            out.append(_("Status saat dicetak: {s}.").format(s=self.status))
        return out


# --- reading the code from a PDF ----------------------------------------------------
def read_payload(data: bytes) -> ScannedPayload | None:
    """The verification code (and content-hash prefix) a PDF carries: from its metadata
    (``/Keywords``), else from the printed footer of a page (decompressing streams)."""
    match = PAYLOAD_PATTERN.search(data)
    if match is not None:
        found = parse_payload(match.group(0).decode("ascii"))
        if found is not None:
            return found
    for start in _STREAM.finditer(data):
        end = data.find(b"endstream", start.end())
        if end < 0:
            break
        plain = decode_stream(data[start.end() : end])
        match = PAYLOAD_PATTERN.search(plain)
        if match is not None:
            found = parse_payload(match.group(0).decode("ascii"))
            if found is not None:
                return found
        printed = _PRINTED.search(plain)
        if printed is not None:
            code = normalise_code(printed.group(1).decode("ascii"))
            if code is not None:
                return ScannedPayload(code, "")
    return None


def decode_stream(chunk: bytes) -> bytes:
    """The bytes of a PDF stream as ReportLab writes them (ASCII85, then Flate); the
    chunk unchanged when it is neither. At most ``_MAX_STREAM`` bytes are inflated."""
    body = chunk.strip()
    if body.endswith(b"~>"):
        try:
            body = base64.a85decode(body[:-2])
        except ValueError:
            return chunk
    try:
        return zlib.decompressobj().decompress(body, _MAX_STREAM)
    except zlib.error:
        return body


def check_file(ws: Workspace, actor: Actor, path: Path) -> CheckResult:
    """Check a PDF file against the register of issued documents."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_PDF_BYTES:
            raise ValidationError(
                _("Berkas {p} terlalu besar untuk dokumen e-Kinerja.").format(p=path.name),
                hint=_("Pilih berkas PDF yang dicetak dari e-Kinerja Desktop."),
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            _("Berkas {p} tidak dapat dibaca: {e}").format(p=path, e=exc.strerror or exc),
            hint=_("Periksa nama dan letak berkasnya."),
        ) from exc
    found = read_payload(data)
    if found is None:
        result = CheckResult(Verdict.NO_CODE)
    else:
        digest = hashlib.sha256(data).hexdigest()
        result = _check(ws, actor, found, digest)
    _audit(ws, actor, result, file=path.name)
    return result


def check_code(ws: Workspace, actor: Actor, text: str) -> CheckResult:
    """Check a typed code (``XXXX-XXXX-XX``) or the text of a scanned QR code."""
    found = parse_payload(text)
    if found is None:
        result = CheckResult(Verdict.NO_CODE, typed=text.strip()[:40])
    else:
        result = _check(ws, actor, found, None)
    _audit(ws, actor, result)
    return result


def _check(ws: Workspace, actor: Actor, found: ScannedPayload, digest: str | None) -> CheckResult:
    with ws.read() as session:
        row = session.execute(
            select(IssuedDocument).where(IssuedDocument.code == found.code)
        ).scalar_one_or_none()
        if row is None:
            matched = _match_fingerprint(session, ws, actor, found)
            return matched or CheckResult(Verdict.UNKNOWN, code=found.code)
        return _verdict(row, _record_state(session, ws, actor, row), found, digest)


FINGERPRINT_LENGTH = 12  # hex digits of the content hash printed and put in the QR


def _match_fingerprint(
    session: Session, ws: Workspace, actor: Actor, found: ScannedPayload
) -> CheckResult | None:
    """A code issued elsewhere: the approved SKP or signed evaluation (synced here) whose
    stored content hash starts with the printed fingerprint; None when there is no
    fingerprint, no such record, or more than one."""
    prefix = found.hash_prefix.lower()
    if len(prefix) < FINGERPRINT_LENGTH:
        return None
    pattern = prefix + "%"
    skps = (
        session.execute(select(Skp).where(Skp.content_hash.like(pattern), Skp.deleted.is_(False)))
        .scalars()
        .all()
    )
    evaluations = (
        session.execute(
            select(Evaluation).where(
                Evaluation.content_hash.like(pattern), Evaluation.deleted.is_(False)
            )
        )
        .scalars()
        .all()
    )
    if len(skps) + len(evaluations) != 1:
        return None
    if skps:
        record: Skp | Evaluation = skps[0]
        kind = DocumentKind.SKP
        state = _skp_state(session, ws, actor, skps[0], skps[0].content_hash)
    else:
        record = evaluations[0]
        kind = DocumentKind.EVALUATION
        state = _evaluation_state(session, ws, actor, evaluations[0], evaluations[0].content_hash)
    outdated = state.latest_revision is not None or state.content_changed
    verdict = Verdict.OUTDATED if outdated else Verdict.VALID
    return CheckResult(
        verdict,
        code=found.code,
        kind=kind,
        revision=record.revision,
        latest_revision=state.latest_revision,
        content_changed=state.content_changed,
        status=record.status,
        authorised=state.authorised,
        subject=state.subject if state.authorised else "",
        issued_elsewhere=True,
    )


def _verdict(
    row: IssuedDocument, state: _State, found: ScannedPayload, digest: str | None
) -> CheckResult:
    tampered = (digest is not None and digest != row.pdf_sha256) or (
        bool(found.hash_prefix) and not row.content_hash.upper().startswith(found.hash_prefix)
    )
    outdated = (
        state.latest_revision is not None
        or state.content_changed
        or state.record_missing
        or state.later_edition_at is not None
    )
    if tampered:
        verdict = Verdict.TAMPERED
    elif outdated:
        verdict = Verdict.OUTDATED
    elif not row.final:
        verdict = Verdict.DRAFT
    else:
        verdict = Verdict.VALID
    shown = state.authorised
    return CheckResult(
        verdict,
        code=row.code,
        kind=row.kind,
        revision=row.revision if row.record_table in ("skp", "evaluation") else None,
        latest_revision=state.latest_revision,
        later_edition_at=state.later_edition_at,
        content_changed=state.content_changed,
        record_missing=state.record_missing,
        final=row.final,
        status=row.record_status,
        file_checked=digest is not None,
        authorised=shown,
        subject=state.subject if shown else "",
        issued_at=row.issued_at if shown else None,
        issued_by=row.issued_by if shown else "",
    )


@dataclass(frozen=True)
class _State:
    authorised: bool = False
    subject: str = ""
    latest_revision: int | None = None
    content_changed: bool = False
    record_missing: bool = False
    later_edition_at: datetime | None = None


def _record_state(session: Session, ws: Workspace, actor: Actor, row: IssuedDocument) -> _State:
    if row.record_table == "skp":
        record = session.get(Skp, row.record_id)
        if record is None or record.deleted:
            return _State(record_missing=True)
        return _skp_state(session, ws, actor, record, row.content_hash)
    if row.record_table == "evaluation":
        ev = session.get(Evaluation, row.record_id)
        if ev is None or ev.deleted:
            return _State(record_missing=True)
        return _evaluation_state(session, ws, actor, ev, row.content_hash)
    later = session.execute(
        select(IssuedDocument.issued_at)
        .where(
            IssuedDocument.kind == row.kind,
            IssuedDocument.record_id == row.record_id,
            IssuedDocument.issued_at > row.issued_at,
            IssuedDocument.content_hash != row.content_hash,
        )
        .order_by(IssuedDocument.issued_at.desc())
        .limit(1)
    ).scalar_one_or_none()
    if row.record_table == "public_report":
        subject = _("Laporan kinerja ASN tahun {y}").format(y=row.record_id)
        return _State(authorised=True, subject=subject, later_edition_at=later)
    return _State(
        authorised=_may_see_recap(session, ws, actor, row),
        subject=_recap_subject(session, row.record_id),
        later_edition_at=later,
    )


def _skp_state(session: Session, ws: Workspace, actor: Actor, record: Skp, printed: str) -> _State:
    return _State(
        authorised=skp.can_read(session, ws, actor, record),
        subject=_person_subject(session, record.employee_id, f"SKP {record.year}"),
        latest_revision=skp.superseding_revision(session, record),
        content_changed=skp.document_hash(session, record) != printed,
    )


def _evaluation_state(
    session: Session, ws: Workspace, actor: Actor, ev: Evaluation, printed: str
) -> _State:
    return _State(
        authorised=evaluation.can_read(session, ws, actor, ev),
        subject=_person_subject(
            session, ev.employee_id, _("Evaluasi {p}").format(p=ev.period_code)
        ),
        latest_revision=evaluation.superseding_revision(session, ev),
        content_changed=evaluation.signed_content_hash(session, ev) != printed,
    )


def _person_subject(session: Session, employee_id: str, what: str) -> str:
    emp = organisation.employee(session, employee_id)
    if emp is None:
        return what
    return _("{w} - {n} (NIP {nip})").format(
        w=what, n=organisation.display_name(emp), nip=printed_nip(emp.nip)
    )


def _split_recap_key(key: str) -> tuple[str, str, str]:
    """``scope:id:YYYY-MM`` -> (scope, id, YYYY-MM)."""
    scope, _sep, rest = key.partition(":")
    ident, _sep, month = rest.rpartition(":")
    return scope, ident, month


def _may_see_recap(session: Session, ws: Workspace, actor: Actor, row: IssuedDocument) -> bool:
    scope, ident, _month = _split_recap_key(row.record_id)
    if actor.username == row.issued_by:
        return True
    if scope == "unit":
        return access.admin_covers(ws, actor, ident, session)
    if scope in ("team", "employee"):
        return actor.employee_id == ident
    return False


def _recap_subject(session: Session, key: str) -> str:
    scope, ident, month = _split_recap_key(key)
    year_text, _sep, month_text = month.partition("-")
    when = month
    if year_text.isdigit() and month_text.isdigit() and 1 <= int(month_text) <= 12:
        when = f"{month_name(int(month_text), current_language())} {year_text}"
    if scope == "unit":
        tree = organisation.load_tree(session)
        name = tree.path(ident) if ident in tree.by_id else ident
    else:
        emp = organisation.employee(session, ident)
        name = organisation.display_name(emp) if emp is not None else ident
        if scope == "team":
            name = _("Tim {n}").format(n=name)
    return _("Rekap log harian {u}, {m}").format(u=name, m=when)


def _audit(ws: Workspace, actor: Actor, result: CheckResult, *, file: str = "") -> None:
    detail: dict[str, object] = {"code": result.code, "verdict": result.verdict.value}
    if file:
        detail["file"] = file
    with ws.write(actor=actor.username) as session:
        record_action(
            session,
            ws,
            actor,
            action="document.verify",
            entity="issued_document",
            entity_id=result.code,
            detail=detail,
        )
