"""Demo evaluations: signed appraisals for the ended periods of the demo year.

Every employee with an approved SKP and a penilai is evaluated for each ended periodic
period (at city scale only the latest one): realisasi from their approved demo logs,
ratings drawn so the predikat spread is realistic (mostly Baik, some Sangat Baik, a few
Butuh Perbaikan/Kurang), the organisation predikat per OPD, heads of an OPD rated by the
organisation's result, snapshots and content hash as at signing, and a few objections
(decided and open). Rows are inserted in bulk with the sync columns filled here.
"""

from __future__ import annotations

import json
import random
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select, update

from ekinerja_desktop.domain.berakhlak import BERAKHLAK
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.periods import Period
from ekinerja_desktop.domain.ratings import OrgPredikat, Predikat, Rating
from ekinerja_desktop.domain.ratings import predikat as matrix_predikat
from ekinerja_desktop.domain.skp import EvaluationStatus, LogStatus, SkpStatus
from ekinerja_desktop.domain.timeutil import now_utc, today_wita
from ekinerja_desktop.services import audit, organisation
from ekinerja_desktop.services.evaluation import (
    ORG_HEAD_RATING,
    evaluation_hash,
    periods,
)
from ekinerja_desktop.services.skp import person_snapshot
from ekinerja_desktop.store.models import (
    DailyLog,
    DailyLogEvidence,
    Employee,
    Evaluation,
    EvaluationBehaviour,
    EvaluationResult,
    LocalNode,
    Objection,
    OrgPerformance,
    OrgUnit,
    Skp,
    SkpIndicator,
    SkpRhk,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ekinerja_desktop.services.demo_result import DemoResult
    from ekinerja_desktop.services.workspace import Workspace

Progress = Callable[[int, int, str], None]
CHUNK = 5000
CITY_THRESHOLD = 3000  # evaluated employees above which only the latest period is made

HASIL_MIX = ((Rating.DI_ATAS, 20), (Rating.SESUAI, 68), (Rating.DI_BAWAH, 12))
PERILAKU_MIX = ((Rating.DI_ATAS, 22), (Rating.SESUAI, 72), (Rating.DI_BAWAH, 6))
ORG_MIX = ((OrgPredikat.ISTIMEWA, 25), (OrgPredikat.BAIK, 60), (OrgPredikat.BUTUH_PERBAIKAN, 15))
OBJECTION_SHARE = 0.25  # of Butuh Perbaikan / Kurang / Sangat Kurang results
MAX_OBJECTIONS = 12
FEEDBACK = {
    Rating.DI_ATAS: "Capaian melampaui target; pertahankan dan bagikan praktik baiknya.",
    Rating.SESUAI: "Capaian sesuai target periode ini.",
    Rating.DI_BAWAH: "Capaian di bawah target; susun rencana percepatan bersama atasan.",
}
BEHAVIOUR_FEEDBACK = {
    "berorientasi_pelayanan": "Responsif terhadap kebutuhan pengguna layanan.",
    "akuntabel": "Laporan disampaikan tepat waktu dan dapat dipertanggungjawabkan.",
    "kompeten": "Aktif meningkatkan kompetensi melalui pelatihan.",
    "harmonis": "Menjaga suasana kerja yang saling menghargai.",
    "loyal": "Menjaga nama baik instansi.",
    "adaptif": "Cepat menyesuaikan diri dengan perubahan aplikasi kerja.",
    "kolaboratif": "Terbuka bekerja sama lintas bidang.",
}
NOTES = {
    Predikat.SANGAT_BAIK: "Layak diusulkan mendapat penghargaan.",
    Predikat.BAIK: "Pertahankan kinerja.",
    Predikat.BUTUH_PERBAIKAN: "Perlu pendampingan atasan dan pelatihan teknis.",
    Predikat.KURANG: "Perlu pembinaan perilaku kerja.",
    Predikat.SANGAT_KURANG: "Perlu pembinaan intensif.",
}


def _pick(rng: random.Random, mix: tuple[tuple[Any, int], ...]) -> Any:
    return rng.choices([v for v, _w in mix], weights=[w for _v, w in mix])[0]


def populate_evaluations(
    ws: Workspace, result: DemoResult, *, seed: int, year: int, progress: Progress
) -> int:
    """Add demo evaluations of ``year``; returns how many were made."""
    rng = random.Random(seed * 3571 + 17)
    id_rng = random.Random(seed * 7727 + 3)

    def new_id() -> str:
        return str(uuid.UUID(int=id_rng.getrandbits(128), version=4))

    today = today_wita()
    ended = [p for p in periods(ws, year) if not p.is_final and p.end < today]
    if not ended:
        return 0
    progress(0, 1, _("Menyusun evaluasi contoh"))
    with ws.write(actor="demo") as session:
        skps = _approved_skps(session, year)
        supervisors = _supervisors(session, year)
        people = [e for e in sorted(skps) if e in supervisors]
        if len(people) > CITY_THRESHOLD:
            ended = ended[-1:]
        indicators = _indicators(session, [skps[e][0] for e in people])
        top_of, heads = _units(session)
        emp_unit = dict(
            session.execute(
                select(Employee.id, Employee.unit_id).where(Employee.deleted.is_(False))
            ).all()
        )
        stats = _log_stats(session, year)
        snaps: dict[str, str] = {}

        def snap(emp_id: str | None) -> str:
            if not emp_id:
                return "{}"
            if emp_id not in snaps:
                snaps[emp_id] = json.dumps(person_snapshot(session, emp_id), sort_keys=True)
            return snaps[emp_id]

        rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        counts: Counter[str] = Counter()
        objections = 0
        for period in ended:
            org_of: dict[str, OrgPredikat] = {}
            for top in sorted({t for t in top_of.values() if t}):
                org = _pick(rng, ORG_MIX)
                org_of[top] = org
                rows["org"].append(
                    {
                        "id": new_id(),
                        "unit_id": top,
                        "year": year,
                        "period_code": period.code,
                        "predikat": org.value,
                        "capaian": f"Capaian IKU {rng.randint(78, 104)}%",
                        "set_by": "demo",
                    }
                )
            signed_day = period.end + timedelta(days=rng.randint(3, 9))
            for emp in people:
                skp_id, _rev = skps[emp]
                penilai = supervisors[emp]
                atasan = supervisors.get(penilai)
                top_unit = top_of.get(emp_unit.get(emp) or "")
                org = org_of.get(top_unit) if top_unit else None
                hasil = _pick(rng, HASIL_MIX)
                if emp in heads and org is not None:
                    hasil = ORG_HEAD_RATING[org]
                perilaku = _pick(rng, PERILAKU_MIX)
                pred = matrix_predikat(hasil, perilaku)
                counts[pred.value] += 1
                signed = min(signed_day + timedelta(days=rng.randint(0, 3)), today)
                signed_at = datetime.combine(signed, time(1 + rng.randint(0, 6), 0))
                acknowledged = rng.random() < 0.7 and signed < today
                ev: dict[str, Any] = {
                    "id": new_id(),
                    "employee_id": emp,
                    "skp_id": skp_id,
                    "year": year,
                    "period_code": period.code,
                    "revision": 1,
                    "previous_id": None,
                    "correction_reason": "",
                    "status": (
                        EvaluationStatus.DIAKUI if acknowledged else EvaluationStatus.DITANDATANGANI
                    ).value,
                    "penilai_id": penilai,
                    "atasan_penilai_id": atasan,
                    "self_submitted_at": signed_at - timedelta(days=5),
                    "rating_hasil": hasil.value,
                    "rating_perilaku": perilaku.value,
                    "predikat": pred.value,
                    "org_predikat": org.value if org else "",
                    "notes": NOTES[pred],
                    "signed_at": signed_at,
                    "acknowledged_at": signed_at + timedelta(days=2) if acknowledged else None,
                    "pegawai_snapshot": snap(emp),
                    "penilai_snapshot": snap(penilai),
                    "atasan_snapshot": snap(atasan),
                }
                results = []
                for rhk_id, ind_id, target, unit in indicators.get(skp_id, []):
                    realisasi = _realisasi(stats.get((emp, rhk_id, period.code)), target, unit)
                    realisasi = realisasi or _synthetic(rng, target, unit, period, hasil)
                    item = (ind_id, realisasi, FEEDBACK[hasil], realisasi)
                    results.append(item)
                    rows["result"].append(
                        {
                            "id": new_id(),
                            "evaluation_id": ev["id"],
                            "rhk_id": rhk_id,
                            "indicator_id": ind_id,
                            "self_realisasi": realisasi,
                            "realisasi": realisasi,
                            "feedback": FEEDBACK[hasil],
                        }
                    )
                behaviours = [
                    (v.code, BEHAVIOUR_FEEDBACK.get(v.code, ""))
                    for v in rng.sample(list(BERAKHLAK), 2)
                ]
                for code, text in behaviours:
                    rows["behaviour"].append(
                        {
                            "id": new_id(),
                            "evaluation_id": ev["id"],
                            "value_code": code,
                            "feedback": text,
                        }
                    )
                ev["content_hash"] = evaluation_hash(SimpleNamespace(**ev), results, behaviours)
                rows["evaluation"].append(ev)
                low = pred not in (Predikat.SANGAT_BAIK, Predikat.BAIK)
                if (
                    low
                    and atasan
                    and objections < MAX_OBJECTIONS
                    and rng.random() < (OBJECTION_SHARE)
                ):
                    objections += 1
                    filed = signed_at + timedelta(days=rng.randint(1, 10))
                    is_open = period is ended[-1] and objections % 2 == 0
                    rows["objection"].append(
                        {
                            "id": new_id(),
                            "evaluation_id": ev["id"],
                            "employee_id": emp,
                            "filed_at": filed,
                            "reason": "Realisasi belum memperhitungkan seluruh bukti dukung.",
                            "status": "Diajukan" if is_open else "Diputuskan",
                            "decided_by": None if is_open else atasan,
                            "decided_at": None if is_open else filed + timedelta(days=4),
                            "decision": "" if is_open else "uphold",
                            "new_rating_hasil": "",
                            "new_rating_perilaku": "",
                            "decision_reason": (
                                "" if is_open else "Bukti dukung sudah diperhitungkan; hasil tetap."
                            ),
                        }
                    )
        batches: list[tuple[type[Any], list[dict[str, Any]], str]] = [
            (OrgPerformance, rows["org"], _("Predikat kinerja organisasi")),
            (Evaluation, rows["evaluation"], _("Evaluasi kinerja")),
            (EvaluationResult, rows["result"], _("Realisasi evaluasi")),
            (EvaluationBehaviour, rows["behaviour"], _("Umpan balik perilaku")),
            (Objection, rows["objection"], _("Keberatan")),
        ]
        total = sum(len(r) for _m, r, _l in batches)
        seq = _reserve(session, ws.node.id, total)
        now = now_utc()
        done = 0
        for model, batch, label in batches:
            for row in batch:
                row.update(
                    version=1,
                    origin_node=ws.node.id,
                    origin_seq=seq,
                    updated_at=now,
                    updated_by="demo",
                    deleted=False,
                )
                seq += 1
            for start in range(0, len(batch), CHUNK):
                chunk = batch[start : start + CHUNK]
                session.execute(insert(model), chunk)
                done += len(chunk)
                progress(done, total, label)
        made = len(rows["evaluation"])
        result.counts[_("Evaluasi {year} ditandatangani").format(year=year)] = made
        result.counts[_("Keberatan evaluasi")] = len(rows["objection"])
        audit.record(
            session,
            node_id=ws.node.id,
            actor="demo",
            action="demo.evaluation",
            entity="local_node",
            entity_id=ws.node.id,
            detail={
                "year": year,
                "seed": seed,
                "periods": [p.code for p in ended],
                "evaluations": made,
                "objections": len(rows["objection"]),
                **dict(counts),
            },
        )
    progress(1, 1, _("Selesai"))
    return made


# --- implementation --------------------------------------------------------------------
def _approved_skps(session: Session, year: int) -> dict[str, tuple[str, int]]:
    out: dict[str, tuple[str, int]] = {}
    for skp_id, emp, rev in session.execute(
        select(Skp.id, Skp.employee_id, Skp.revision).where(
            Skp.year == year, Skp.status == SkpStatus.DISETUJUI.value, Skp.deleted.is_(False)
        )
    ):
        if emp not in out or out[emp][1] < rev:
            out[emp] = (skp_id, rev)
    return out


def _supervisors(session: Session, year: int) -> dict[str, str]:
    return organisation.penilai_map(session, year)


def _indicators(session: Session, skp_ids: list[str]) -> dict[str, list[tuple[str, str, str, str]]]:
    out: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for start in range(0, len(skp_ids), 900):
        part = skp_ids[start : start + 900]
        rows = session.execute(
            select(
                SkpRhk.skp_id,
                SkpRhk.id,
                SkpIndicator.id,
                SkpIndicator.target_value,
                SkpIndicator.target_unit,
            )
            .join(SkpIndicator, SkpIndicator.rhk_id == SkpRhk.id)
            .where(
                SkpRhk.skp_id.in_(part),
                SkpRhk.deleted.is_(False),
                SkpIndicator.deleted.is_(False),
            )
            .order_by(SkpRhk.skp_id, SkpRhk.position, SkpIndicator.position)
        )
        for skp_id, rhk_id, ind_id, target, unit in rows:
            out[skp_id].append((rhk_id, ind_id, target, unit))
    return out


def _units(session: Session) -> tuple[dict[str, str | None], set[str]]:
    """Top-level unit of every unit, and the heads of top-level units."""
    parents = dict(
        session.execute(
            select(OrgUnit.id, OrgUnit.parent_id).where(OrgUnit.deleted.is_(False))
        ).all()
    )

    def top(unit: str) -> str | None:
        seen: set[str] = set()
        current: str | None = unit
        while current is not None and current not in seen:
            seen.add(current)
            parent = parents.get(current)
            if parent is None:
                return current if current in parents else None
            current = parent
        return None

    top_of = {u: top(u) for u in parents}
    heads = {
        str(e)
        for e, unit in session.execute(
            select(Employee.id, Employee.unit_id).where(
                Employee.is_unit_head.is_(True), Employee.deleted.is_(False)
            )
        )
        if unit is not None and parents.get(unit, "x") is None
    }
    return top_of, heads


def _log_stats(session: Session, year: int) -> dict[tuple[str, str, str], tuple[int, Decimal, int]]:
    """(employee, rhk, quarter/month/semester code) -> (count, quantity, evidence); keyed
    by every scheme's code so any configured scheme finds its period."""
    from datetime import date

    from ekinerja_desktop.domain.periods import PeriodScheme, period_containing

    # Evidence links are few next to the log rows: count them all rather than join the
    # (multi-million row) log table; only approved logs of the year look them up below.
    evidence = dict(
        session.execute(
            select(DailyLogEvidence.log_id, func.count())
            .where(DailyLogEvidence.deleted.is_(False))
            .group_by(DailyLogEvidence.log_id)
        ).all()
    )
    codes: dict[date, tuple[str, ...]] = {}  # the period codes of a day, per scheme
    out: dict[tuple[str, str, str], tuple[int, Decimal, int]] = {}
    rows = session.execute(
        select(DailyLog.id, DailyLog.employee_id, DailyLog.rhk_id, DailyLog.day, DailyLog.quantity)
        .where(
            DailyLog.status == LogStatus.DISETUJUI.value,
            DailyLog.day >= date(year, 1, 1),
            DailyLog.day <= date(year, 12, 31),
            DailyLog.deleted.is_(False),
            DailyLog.rhk_id.is_not(None),
        )
        .execution_options(yield_per=20000)
    )
    for log_id, emp, rhk, day, qty in rows:
        try:
            value = Decimal((qty or "0").replace(",", "."))
        except InvalidOperation:
            value = Decimal(0)
        day_codes = codes.get(day)
        if day_codes is None:
            day_codes = codes[day] = tuple(period_containing(day, s).code for s in PeriodScheme)
        count = int(evidence.get(log_id, 0))
        for code in day_codes:
            key = (str(emp), str(rhk), code)
            n, q, e = out.get(key, (0, Decimal(0), 0))
            out[key] = (n + 1, q + value, e + count)
    return out


def _realisasi(stat: tuple[int, Decimal, int] | None, target: str, unit: str) -> str:
    if stat is None:
        return ""
    n, q, e = stat
    quantity = format(q.normalize(), "f").replace(".", ",")
    return f"{quantity} {unit} ({n} aktivitas harian disetujui, {e} bukti dukung)".strip()


def _synthetic(rng: random.Random, target: str, unit: str, period: Period, hasil: Rating) -> str:
    try:
        value = Decimal(target.replace(",", "."))
    except InvalidOperation:
        return {
            Rating.DI_ATAS: "Melampaui target",
            Rating.SESUAI: "Sesuai target",
            Rating.DI_BAWAH: "Belum sesuai target",
        }[hasil]
    months = (period.end.month - period.start.month) + 1
    factor = {Rating.DI_ATAS: 1.15, Rating.SESUAI: 1.0, Rating.DI_BAWAH: 0.7}[hasil]
    share = value if unit.strip() in {"%", "Persen"} else value * months / 12
    got = (share * Decimal(str(factor)) * Decimal(str(rng.uniform(0.95, 1.05)))).quantize(
        Decimal(1)
    )
    return f"{got} {unit}".strip()


def _reserve(session: Session, node_id: str, count: int) -> int:
    session.execute(
        update(LocalNode).where(LocalNode.id == node_id).values(next_seq=LocalNode.next_seq + count)
    )
    after = session.execute(select(LocalNode.next_seq).where(LocalNode.id == node_id)).scalar_one()
    return int(after) - count
