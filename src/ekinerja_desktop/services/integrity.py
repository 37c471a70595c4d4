"""Tamper evidence of a workspace: signed records against their content hash, the keyed
audit chain, and the chain's head anchored outside the database (key file, backup
manifests, bundle manifests).

- the key's life cycle while a workspace opens and closes is in ``workspace``
  (``_open_audit_key``: a workspace made before the chain was keyed gets a key, its
  verification start point pinned at the current last event, and an ``audit.keyed``
  event is the first keyed one); after a restore, ``repin_after_restore`` and
  ``key_for_restored_folder`` here.
- ``verify_audit``: the chain with its key, plus every anchor of this node found in
  the backup folders.
- ``signed_records_item``: every approved SKP and signed evaluation recomputed and
  compared with its stored hash and with the hash its (keyed) audit event recorded.
- ``backup_anchor`` / ``check_backup_anchor``: the head written into and checked
  against a backup manifest. ``bundle_anchor``: the head written into a sync bundle
  manifest (the receiving node compares it with what it saw before,
  ``sync.importer``).
"""

from __future__ import annotations

import contextlib
import hmac
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.i18n import N_, _
from ekinerja_desktop.services import audit_key as keyfile
from ekinerja_desktop.services.audit_key import GENESIS_HASH, AuditKey
from ekinerja_desktop.services.audit_trail import ChainReport, verify_chain
from ekinerja_desktop.store.database import connect_sqlite
from ekinerja_desktop.store.models import AuditEvent

if TYPE_CHECKING:
    from ekinerja_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class CheckItem:
    """One line of ``db check`` (``backup.CheckItem`` is this class)."""

    key: str  # integrity | foreign_keys | audit_chain | signed_records | evidence | ...
    ok: bool
    message: str
    details: tuple[str, ...] = ()


CHECKPOINTS = 16  # earlier bundle heads re-stated in every bundle


# --- the key ---------------------------------------------------------------------------
def _head(session: Session) -> tuple[int, str]:
    row = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    return (int(row[0]), str(row[1])) if row is not None else (0, GENESIS_HASH)


def repin_after_restore(ws: Workspace) -> dict[str, Any]:
    """After a restore replaced the database: keep the start point when the restored
    chain still contains it (a backup of this workspace), else pin it at the restored
    last event - checked by links only when its events were keyed elsewhere. Returns
    what changed, for the restore's audit event."""
    current = ws.audit_key
    if current is None:
        return {}
    base = replace(current, head_seq=0, head_hash="")
    with ws.read() as session:
        seq, hash_ = _head(session)
        report = verify_chain(session, audit_key=base)
    if report.ok:
        updated = replace(base, head_seq=seq, head_hash=hash_ if seq else "")
    else:
        opaque = seq if report.reason == "content" else 0
        updated = AuditKey(current.key, seq, hash_, opaque, seq, hash_ if seq else "")
    keyfile.save(ws.data_dir, updated)
    ws.use_audit_key(updated)
    return {"audit_pin_seq": updated.pin_seq, "audit_opaque_until": updated.opaque_until}


def key_for_restored_folder(data_dir: Path, db_file: Path, key: bytes | None) -> None:
    """A backup restored into a new folder: its events were keyed with a key that is
    not here. A new key, pinned at the restored last event (earlier events: links
    only)."""
    con = connect_sqlite(db_file, key=key, readonly=True)
    try:
        row = con.execute("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    finally:
        con.close()
    seq, hash_ = (int(row[0]), str(row[1])) if row else (0, GENESIS_HASH)
    fresh = keyfile.create(data_dir, seq, hash_, opaque_until=seq)
    if (fresh.pin_seq, fresh.pin_hash) != (seq, hash_):
        keyfile.save(data_dir, AuditKey(fresh.key, seq, hash_, seq, seq, hash_ if seq else ""))


# --- verifying the chain ---------------------------------------------------------------
_REASONS = {
    "prev_hash": N_("mata rantai terputus: peristiwa sebelumnya dihapus atau diubah"),
    "content": N_("isi peristiwa diubah (tanda HMAC tidak cocok)"),
    "pin_missing": N_("peristiwa titik awal pemeriksaan hilang (peristiwa terakhir dihapus)"),
    "pin_mismatch": N_("peristiwa titik awal pemeriksaan diubah"),
    "head_missing": N_("peristiwa terakhir yang tercatat di berkas kunci hilang (dihapus)"),
    "head_mismatch": N_("peristiwa terakhir yang tercatat di berkas kunci diubah"),
    "anchor_missing": N_("peristiwa yang tercatat di cadangan {f} hilang (jejak dipotong)"),
    "anchor_mismatch": N_("peristiwa yang tercatat di cadangan {f} diubah"),
    "anchor_epoch": N_("cadangan {f} berasal dari epoch yang tidak pernah dipulihkan"),
}


def reason_text(reason: str, **fields: str) -> str:
    """The Indonesian explanation of a ``ChainReport.reason``."""
    text = _REASONS.get(reason)
    return _(text).format(**fields) if text else reason


@dataclass(frozen=True)
class AuditVerdict:
    chain: ChainReport
    anchors_checked: int = 0
    anchor_problems: tuple[str, ...] = ()
    signed_checked: int = 0  # approved SKPs and signed evaluations re-hashed
    signed_problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.chain.ok and not self.anchor_problems and not self.signed_problems

    @property
    def checked(self) -> int:
        return self.chain.checked

    @property
    def broken_at(self) -> int | None:
        return self.chain.broken_at

    @property
    def reason(self) -> str:
        return self.chain.reason

    def text(self) -> str:
        """Indonesian, for people."""
        lines = []
        if self.chain.ok:
            lines.append(
                _("Jejak audit utuh: {n} peristiwa diperiksa.").format(n=self.chain.checked)
            )
        else:
            lines.append(
                _(
                    "Jejak audit RUSAK pada peristiwa #{seq} ({reason}); "
                    "{n} peristiwa sebelumnya utuh."
                ).format(
                    seq=self.chain.broken_at,
                    reason=reason_text(self.chain.reason),
                    n=self.chain.checked,
                )
            )
        if self.chain.opaque:
            lines.append(
                _(
                    "{n} peristiwa lama (dari cadangan yang dipulihkan ke folder baru) hanya "
                    "diperiksa urutannya."
                ).format(n=self.chain.opaque)
            )
        lines.extend(self.anchor_problems)
        if self.signed_problems:
            lines.append(
                _("{n} dari {t} SKP/evaluasi yang sudah disetujui/ditandatangani DIUBAH.").format(
                    n=len(self.signed_problems), t=self.signed_checked
                )
            )
            lines.extend(f"    - {p}" for p in self.signed_problems[:50])
        return "\n".join(lines)


def backup_folders(ws: Workspace) -> list[Path]:
    """``<data>/backups`` and the configured backup folder (setting ``backup_dir``)."""
    from ekinerja_desktop.services import settings

    folders = [ws.backup_dir]
    with contextlib.suppress(Exception):  # an unreadable setting must not stop a check
        configured = settings.get(ws, "backup_dir").strip()
        if configured and Path(configured).expanduser() not in folders:
            folders.append(Path(configured).expanduser())
    return [f for f in folders if f.is_dir()]


def _anchor_mac(audit_key: AuditKey, anchor: dict[str, Any]) -> str:
    body = json.dumps(
        ["backup-anchor", anchor.get("node"), anchor.get("epoch"), anchor["seq"], anchor["hash"]],
        separators=(",", ":"),
    )
    return audit_key.mac(body.encode())


def backup_anchor(ws: Workspace, db_snapshot: Path) -> dict[str, Any]:
    """The audit head of a backup's database copy, for its manifest (with an HMAC under
    the audit key, so an anchor cannot be forged for this workspace)."""
    con = connect_sqlite(db_snapshot, key=ws.key, readonly=True)
    try:
        row = con.execute("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    finally:
        con.close()
    seq, hash_ = (int(row[0]), str(row[1])) if row else (0, GENESIS_HASH)
    anchor: dict[str, Any] = {"node": ws.node.id, "epoch": ws.node.epoch, "seq": seq, "hash": hash_}
    if ws.audit_key is not None:
        anchor["mac"] = _anchor_mac(ws.audit_key, anchor)
    return anchor


def _valid_anchor(anchor: Any) -> bool:
    return (
        isinstance(anchor, dict)
        and type(anchor.get("seq")) is int
        and anchor["seq"] >= 0
        and isinstance(anchor.get("hash"), str)
        and len(anchor["hash"]) == 64
    )


def check_backup_anchor(manifest: dict[str, Any], db_file: Path, key: bytes | None) -> str:
    """Empty when the extracted database ends exactly at the manifest's audit head (or
    the backup has none: made before anchors existed); else an Indonesian reason."""
    anchor = manifest.get("audit_head")
    if anchor is None:
        return ""
    if not _valid_anchor(anchor):
        return _("jangkar jejak audit di manifest tidak sah")
    con = connect_sqlite(db_file, key=key, readonly=True)
    try:
        row = con.execute("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    finally:
        con.close()
    seq, hash_ = (int(row[0]), str(row[1])) if row else (0, GENESIS_HASH)
    if seq < anchor["seq"]:
        return _("peristiwa audit terakhir (#{s}) hilang dari basis data cadangan").format(
            s=anchor["seq"]
        )
    if seq != anchor["seq"] or not hmac.compare_digest(hash_, anchor["hash"]):
        return _("jejak audit di basis data cadangan tidak cocok dengan manifest")
    return ""


def _read_anchor(path: Path) -> dict[str, Any] | None:
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = json.loads(zf.read("manifest.json"))
    except (OSError, zipfile.BadZipFile, KeyError, ValueError):
        return None
    anchor = manifest.get("audit_head") if isinstance(manifest, dict) else None
    return anchor if _valid_anchor(anchor) else None


def _restored_epochs(session: Session) -> set[str]:
    """Epochs this workspace left through an audited restore."""
    out: set[str] = set()
    for detail in session.execute(
        select(AuditEvent.detail).where(AuditEvent.action == "db.restore")
    ).scalars():
        with contextlib.suppress(ValueError, AttributeError):
            value = json.loads(detail).get("old_epoch")
            if isinstance(value, str):
                out.add(value)
    return out


def _anchor_problems(ws: Workspace, session: Session) -> tuple[int, list[str]]:
    audit_key = ws.audit_key
    if audit_key is None:
        return 0, []
    problems: list[str] = []
    checked = 0
    restored: set[str] | None = None
    last_seq = _head(session)[0]
    for folder in backup_folders(ws):
        for path in sorted(folder.glob("*.ekbak")):
            anchor = _read_anchor(path)
            if anchor is None or anchor.get("node") != ws.node.id:
                continue
            mac = anchor.get("mac")
            if not isinstance(mac, str) or not hmac.compare_digest(
                mac, _anchor_mac(audit_key, anchor)
            ):
                continue  # not made under this key (another folder, before a re-key)
            checked += 1
            if anchor.get("epoch") != ws.node.epoch:
                if restored is None:
                    restored = _restored_epochs(session)
                if anchor.get("epoch") not in restored:
                    problems.append(reason_text("anchor_epoch", f=path.name))
                continue
            stored = session.execute(
                select(AuditEvent.hash).where(AuditEvent.seq == anchor["seq"])
            ).scalar_one_or_none()
            if anchor["seq"] == 0:
                continue
            if stored is None or anchor["seq"] > last_seq:
                problems.append(reason_text("anchor_missing", f=path.name))
            elif not hmac.compare_digest(stored, anchor["hash"]):
                problems.append(reason_text("anchor_mismatch", f=path.name))
    return checked, [_("Jejak audit RUSAK: {r}.").format(r=p) for p in problems]


def verify_audit(ws: Workspace, *, signed: bool = True) -> AuditVerdict:
    """The keyed chain, the head in the key file, every backup anchor of this node and
    (``signed``) every approved SKP and signed evaluation against its content hash."""
    with ws.read() as session:
        chain = verify_chain(session, audit_key=ws.audit_key)
        checked, problems = _anchor_problems(ws, session)
    signed_checked, signed_problems = 0, list[str]()
    if signed:
        with ws.read() as session:
            signed_checked, signed_problems = signed_records_problems(session)
    return AuditVerdict(chain, checked, tuple(problems), signed_checked, tuple(signed_problems))


# --- bundles -----------------------------------------------------------------------------
def bundle_anchor(ws: Workspace, session: Session) -> dict[str, Any]:
    """The audit head for an outgoing bundle manifest, with the current hashes at the
    heads of this node's earlier bundles (``checkpoints``: [epoch, seq, hash]) so the
    receiver can tell a rewritten history from a longer one."""
    seq, hash_ = _head(session)
    checkpoints: list[list[Any]] = []
    seen: set[tuple[str, int]] = set()
    details = session.execute(
        select(AuditEvent.detail)
        .where(AuditEvent.action == "sync.export")
        .order_by(AuditEvent.seq.desc())
        .limit(CHECKPOINTS * 4)
    ).scalars()
    for detail in details:
        try:
            data = json.loads(detail)
            point = (str(data["audit_epoch"]), int(data["audit_seq"]))
        except (ValueError, KeyError, TypeError):
            continue
        if point in seen or point[1] <= 0 or point[1] > seq:
            continue
        seen.add(point)
        stored = session.execute(
            select(AuditEvent.hash).where(AuditEvent.seq == point[1])
        ).scalar_one_or_none()
        if stored is not None:
            checkpoints.append([point[0], point[1], stored])
        if len(checkpoints) >= CHECKPOINTS:
            break
    return {"seq": seq, "hash": hash_, "checkpoints": checkpoints}


# --- signed records ------------------------------------------------------------------
def _audited_hashes(session: Session, actions: tuple[str, ...]) -> dict[str, str]:
    """entity id -> content hash recorded by its newest (keyed) audit event."""
    out: dict[str, str] = {}
    rows = session.execute(
        select(AuditEvent.entity_id, AuditEvent.detail)
        .where(AuditEvent.action.in_(actions))
        .order_by(AuditEvent.seq)
    ).all()
    for entity_id, detail in rows:
        with contextlib.suppress(ValueError, AttributeError):
            value = json.loads(detail).get("content_hash")
            if isinstance(value, str) and value:
                out[entity_id] = value
    return out


def signed_records_problems(session: Session, newest: int | None = None) -> tuple[int, list[str]]:
    """(records checked, Indonesian problem lines) for every approved SKP and signed
    evaluation (``newest``: only the most recently saved that many of each kind - about
    12 ms a record, minutes for a city): its content recomputed against the stored hash,
    and the stored hash against the one its approval/signature event recorded in the
    keyed audit trail."""
    from ekinerja_desktop.domain.skp import EvaluationStatus, SkpStatus
    from ekinerja_desktop.services import evaluation as evaluation_service
    from ekinerja_desktop.services import skp as skp_service
    from ekinerja_desktop.store.models import Employee, Evaluation, Skp

    names = dict(session.execute(select(Employee.id, Employee.name)).all())
    skp_query = select(Skp).where(Skp.status == SkpStatus.DISETUJUI.value, Skp.deleted.is_(False))
    skp_checked, skp_problems = _signed_problems(
        session,
        _newest(skp_query, Skp, newest),
        "skp.approve",
        skp_service.content_hash,
        lambda skp: {
            "x": _("SKP {y} {n} (revisi {r}, id {i})").format(
                y=skp.year, n=names.get(skp.employee_id, skp.employee_id), r=skp.revision, i=skp.id
            )
        },
        tampered=_("{x}: isinya diubah setelah disetujui (sidik isi tidak cocok)."),
        rewritten=_(
            "{x}: sidik isi berbeda dari yang tercatat di jejak audit saat disetujui "
            "(isi dan sidiknya diubah bersama)."
        ),
    )
    signed = (EvaluationStatus.DITANDATANGANI.value, EvaluationStatus.DIAKUI.value)
    eval_query = select(Evaluation).where(
        Evaluation.status.in_(signed), Evaluation.deleted.is_(False)
    )
    eval_checked, eval_problems = _signed_problems(
        session,
        _newest(eval_query, Evaluation, newest),
        "evaluation.sign",
        evaluation_service.signed_content_hash,
        lambda ev: {
            "x": _("Evaluasi {p} {n} (revisi {r}, id {i})").format(
                p=ev.period_code,
                n=names.get(ev.employee_id, ev.employee_id),
                r=ev.revision,
                i=ev.id,
            ),
            "k": ev.predikat or "-",
        },
        tampered=_(
            "{x}: isinya diubah setelah ditandatangani (predikat tercatat: {k}; "
            "sidik isi tidak cocok)."
        ),
        rewritten=_(
            "{x}: sidik isi berbeda dari yang tercatat di jejak audit saat "
            "ditandatangani (isi dan sidiknya diubah bersama)."
        ),
    )
    checked, problems = skp_checked + eval_checked, skp_problems + eval_problems
    session.expunge_all()
    return checked, problems


def _signed_problems(
    session: Session,
    query: Select[Any],
    action: str,
    rehash: Callable[[Session, Any], str],
    describe: Callable[[Any], dict[str, str]],
    *,
    tampered: str,
    rewritten: str,
) -> tuple[int, list[str]]:
    """(rows checked, problem lines) for the signed rows of ``query``: each one's content
    hash recomputed (``rehash``) against the stored one and the one its ``action`` audit
    event recorded; a problem line is ``tampered`` or ``rewritten`` filled in with the
    row's ``describe`` fields."""
    audited = _audited_hashes(session, (action,))
    checked = 0
    problems: list[str] = []
    for row in session.execute(query).scalars():
        checked += 1
        problem = _hash_problem(
            row.id,
            row.content_hash,
            rehash(session, row),
            audited,
            tampered=tampered,
            rewritten=rewritten,
        )
        if problem:
            problems.append(problem.format(**describe(row)))
    return checked, problems


def _newest(query: Select[Any], model: Any, newest: int | None) -> Select[Any]:
    """``query`` limited to the ``newest`` most recently saved rows (None: all of them)."""
    if newest is None:
        return query
    return query.order_by(model.updated_at.desc(), model.id).limit(newest)


def _hash_problem(
    record_id: str,
    stored: str | None,
    actual: str,
    audited: dict[str, str],
    *,
    tampered: str,
    rewritten: str,
) -> str | None:
    """Which of the two messages applies to a signed record, if any: its content no
    longer matches the stored hash (``tampered``), or the stored hash is not the one its
    approval/signature event recorded (``rewritten``: content and hash changed together)."""
    if not hmac.compare_digest(actual, stored or ""):
        return tampered
    if record_id in audited and audited[record_id] != stored:
        return rewritten
    return None


def _signed_total(session: Session) -> int:
    from sqlalchemy import func

    from ekinerja_desktop.domain.skp import EvaluationStatus, SkpStatus
    from ekinerja_desktop.store.models import Evaluation, Skp

    signed = (EvaluationStatus.DITANDATANGANI.value, EvaluationStatus.DIAKUI.value)
    skps = session.execute(
        select(func.count())
        .select_from(Skp)
        .where(Skp.status == SkpStatus.DISETUJUI.value, Skp.deleted.is_(False))
    ).scalar_one()
    evaluations = session.execute(
        select(func.count())
        .select_from(Evaluation)
        .where(Evaluation.status.in_(signed), Evaluation.deleted.is_(False))
    ).scalar_one()
    return int(skps) + int(evaluations)


def signed_records_item(ws: Workspace, newest: int | None = None) -> CheckItem:
    """``newest``: the quick check's sample (see :func:`signed_records_problems`)."""
    try:
        with ws.read() as session:
            checked, problems = signed_records_problems(session, newest)
            total = _signed_total(session) if newest is not None else checked
    except Exception as exc:  # a damaged database must still give a report
        return CheckItem(
            "signed_records",
            False,
            _("SKP/evaluasi yang ditandatangani tidak dapat diperiksa: {e}.").format(e=exc),
        )
    if problems:
        return CheckItem(
            "signed_records",
            False,
            _("{n} dari {t} SKP/evaluasi yang sudah disetujui/ditandatangani DIUBAH.").format(
                n=len(problems), t=checked
            ),
            tuple(problems[:50]),
        )
    if checked < total:
        return CheckItem(
            "signed_records",
            True,
            _(
                "{n} SKP/evaluasi terbaru dari {t} yang disetujui/ditandatangani cocok dengan "
                "sidik isinya (pemeriksaan cepat; semuanya dengan --full)."
            ).format(n=checked, t=total),
        )
    return CheckItem(
        "signed_records",
        True,
        _("{n} SKP/evaluasi yang disetujui/ditandatangani cocok dengan sidik isinya.").format(
            n=checked
        ),
    )


def audit_item(ws: Workspace) -> CheckItem:
    try:
        verdict = verify_audit(ws, signed=False)  # signed records: their own line
    except Exception as exc:  # a damaged table must still give a report
        return CheckItem(
            "audit_chain", False, _("Jejak audit tidak dapat dibaca: {e}.").format(e=exc)
        )
    lines = verdict.text().split("\n")
    return CheckItem("audit_chain", verdict.ok, lines[0], tuple(lines[1:]))
