"""Demo evaluations: signed appraisals for the ended periods of the demo year.

Every employee with an approved SKP and a penilai is evaluated for each ended periodic
period (at city scale only the latest one). Realisasi follows the service's rule
(domain.targets): a Kuantitas indicator gets the approved demo logs of the period in its
unit, compared with the period's target; the appraiser's Rating Hasil Kerja follows
that capaian (DEMO_HASIL_BANDS); quality and time indicators get the appraiser's value
in line with that rating. Where a person has no approved log in the period (the demo
logs only the last weeks at larger scales) the rating is drawn so the predikat spread is
realistic (mostly Baik, some Sangat Baik, a few Butuh Perbaikan/Kurang) and every
realisasi is the appraiser's. The organisation predikat per OPD, heads of an OPD rated by the
organisation's result, snapshots and content hash as at signing, and a few objections
(decided and open). Rows are inserted in bulk with the sync columns filled here.
"""

from __future__ import annotations

import json
import random
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select, update

from ekinerja_desktop.domain import targets
from ekinerja_desktop.domain.berakhlak import BERAKHLAK
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.periods import Period
from ekinerja_desktop.domain.ratings import OrgPredikat, Predikat, Rating
from ekinerja_desktop.domain.ratings import predikat as matrix_predikat
from ekinerja_desktop.domain.skp import EvaluationStatus, LogStatus, SkpStatus
from ekinerja_desktop.domain.timeutil import now_utc, today_wita
from ekinerja_desktop.services import audit, organisation
from ekinerja_desktop.services.evaluation import ORG_HEAD_RATING, evaluation_hash
from ekinerja_desktop.services.period_scheme import periods
from ekinerja_desktop.services.skp import person_snapshot
from ekinerja_desktop.store.models import (
    DailyLog,
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

    from ekinerja_desktop.services.demo.result import DemoResult
    from ekinerja_desktop.services.workspace import Workspace

Progress = Callable[[int, int, str], None]
CHUNK = 5000
CITY_THRESHOLD = 3000  # evaluated employees above which only the latest period is made

HASIL_MIX = ((Rating.DI_ATAS, 20), (Rating.SESUAI, 68), (Rating.DI_BAWAH, 12))
PERILAKU_MIX = ((Rating.DI_ATAS, 22), (Rating.SESUAI, 72), (Rating.DI_BAWAH, 6))
ORG_MIX = ((OrgPredikat.ISTIMEWA, 25), (OrgPredikat.BAIK, 60), (OrgPredikat.BUTUH_PERBAIKAN, 15))
# Demo appraiser: mean capaian (%) of the Kuantitas indicators -> Rating Hasil Kerja.
DEMO_HASIL_BANDS = ((Decimal(112), Rating.DI_ATAS), (Decimal(85), Rating.SESUAI))
# The organisation's IKU capaian printed with its predikat, in line with it.
ORG_CAPAIAN = {
    OrgPredikat.ISTIMEWA: (106, 118),
    OrgPredikat.BAIK: (90, 105),
    OrgPredikat.BUTUH_PERBAIKAN: (70, 89),
}
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
        # Appraised by an employee, or by an external penilai (the Sekda by the Wali
        # Kota; the admin records that evaluation).
        on = min(today, date(year, 12, 31))
        external = {
            e
            for e in skps
            if e not in supervisors and organisation.signatories(session, e, on)[0].is_external
        }
        people = [e for e in sorted(skps) if e in supervisors or e in external]
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

        def outside(emp_id: str, period: Period, which: int = 1) -> str:
            """An external penilai (0) or atasan penilai (1): the Wali Kota."""
            person = organisation.signatories(session, emp_id, period.end)[which]
            if person.external is None:
                return "{}"
            return json.dumps(organisation.external_snapshot(person.external), sort_keys=True)

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
                        "capaian": f"Capaian IKU {rng.randint(*ORG_CAPAIAN[org])}%",
                        "set_by": "demo",
                    }
                )
            signed_day = period.end + timedelta(days=rng.randint(3, 9))
            for emp in people:
                skp_id = skps[emp][0]
                penilai = supervisors.get(emp)
                atasan = supervisors.get(penilai) if penilai else None
                top_unit = top_of.get(emp_unit.get(emp) or "")
                org = org_of.get(top_unit) if top_unit else None
                judged, realised = _results(
                    rng,
                    emp,
                    skp=skps[emp],
                    inds=indicators.get(skp_id, []),
                    period=period,
                    stats=stats,
                    drawn=_pick(rng, HASIL_MIX),
                )
                hasil = judged
                if emp in heads and org is not None:  # the organisation's result
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
                    "penilai_snapshot": snap(penilai) if penilai else outside(emp, period, 0),
                    "atasan_snapshot": snap(atasan) if atasan else outside(emp, period),
                }
                results = []
                for rhk_id, ind_id, realisasi in realised:
                    item = (ind_id, realisasi, FEEDBACK[judged], realisasi)
                    results.append(item)
                    rows["result"].append(
                        {
                            "id": new_id(),
                            "evaluation_id": ev["id"],
                            "rhk_id": rhk_id,
                            "indicator_id": ind_id,
                            "self_realisasi": realisasi,
                            "realisasi": realisasi,
                            "feedback": FEEDBACK[judged],
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
def _approved_skps(session: Session, year: int) -> dict[str, tuple[str, int, date, date]]:
    """Employee -> (skp id, revision, period start, period end) of the latest approved."""
    out: dict[str, tuple[str, int, date, date]] = {}
    for skp_id, emp, rev, start, end in session.execute(
        select(Skp.id, Skp.employee_id, Skp.revision, Skp.period_start, Skp.period_end).where(
            Skp.year == year, Skp.status == SkpStatus.DISETUJUI.value, Skp.deleted.is_(False)
        )
    ):
        if emp not in out or out[emp][1] < rev:
            out[emp] = (skp_id, rev, start, end)
    return out


def _supervisors(session: Session, year: int) -> dict[str, str]:
    return organisation.penilai_map(session, year)


_Ind = tuple[str, str, str, str, str, str]  # rhk, indicator, aspect, value, unit, quarters


def _indicators(session: Session, skp_ids: list[str]) -> dict[str, list[_Ind]]:
    out: dict[str, list[_Ind]] = defaultdict(list)
    for start in range(0, len(skp_ids), 900):
        part = skp_ids[start : start + 900]
        rows = session.execute(
            select(
                SkpRhk.skp_id,
                SkpRhk.id,
                SkpIndicator.id,
                SkpIndicator.aspect,
                SkpIndicator.target_value,
                SkpIndicator.target_unit,
                SkpIndicator.quarter_targets,
            )
            .join(SkpIndicator, SkpIndicator.rhk_id == SkpRhk.id)
            .where(
                SkpRhk.skp_id.in_(part),
                SkpRhk.deleted.is_(False),
                SkpIndicator.deleted.is_(False),
            )
            .order_by(SkpRhk.skp_id, SkpRhk.position, SkpIndicator.position)
        )
        for skp_id, rhk_id, ind_id, aspect, target, unit, quarters in rows:
            out[skp_id].append((rhk_id, ind_id, aspect, target, unit, quarters))
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


_Stats = tuple[dict[tuple[str, str, str, str], Decimal], set[tuple[str, str]]]


def _log_stats(session: Session, year: int) -> _Stats:
    """((employee, rhk, period code, unit) -> summed output quantity; {(employee, period
    code)} with any approved log), keyed by every scheme's code so any configured scheme
    finds its period. Units are compared as the service does (targets.normalise_unit)."""
    from ekinerja_desktop.domain.periods import PeriodScheme, period_containing

    codes: dict[date, tuple[str, ...]] = {}  # the period codes of a day, per scheme
    out: dict[tuple[str, str, str, str], Decimal] = {}
    logged: set[tuple[str, str]] = set()
    rows = session.execute(
        select(
            DailyLog.employee_id, DailyLog.rhk_id, DailyLog.day, DailyLog.quantity, DailyLog.unit
        )
        .where(
            DailyLog.status == LogStatus.DISETUJUI.value,
            DailyLog.day >= date(year, 1, 1),
            DailyLog.day <= date(year, 12, 31),
            DailyLog.deleted.is_(False),
            DailyLog.rhk_id.is_not(None),
        )
        .execution_options(yield_per=20000)
    )
    for emp, rhk, day, qty, unit in rows:
        day_codes = codes.get(day)
        if day_codes is None:
            day_codes = codes[day] = tuple(period_containing(day, s).code for s in PeriodScheme)
        value = targets.parse_number(qty or "")
        unit_key = targets.normalise_unit(unit or "")
        for code in day_codes:
            logged.add((str(emp), code))
            if value is not None and unit_key:
                key = (str(emp), str(rhk), code, unit_key)
                out[key] = out.get(key, Decimal(0)) + value
    return out, logged


def _results(
    rng: random.Random,
    emp: str,
    *,
    skp: tuple[str, int, date, date],
    inds: list[_Ind],
    period: Period,
    stats: _Stats,
    drawn: Rating,
) -> tuple[Rating, list[tuple[str, str, str]]]:
    """(Rating Hasil Kerja, [(rhk, indicator, realisasi)]) of one demo evaluation."""
    sums, logged = stats
    _skp_id, _rev, start, end = skp
    from_logs = (emp, period.code) in logged
    kuantitas = [i for i in inds if i[2] == "Kuantitas"]
    counted: dict[str, str] = {}
    capaian: list[Decimal] = []
    for rhk_id, ind_id, aspect, value, unit, quarters in kuantitas if from_logs else []:
        same = [i for i in kuantitas if i[0] == rhk_id and targets.units_match(i[4], unit)]
        spec = targets.TargetSpec(
            aspect,
            value,
            unit,
            start,
            end,
            targets.parse_quarter_targets(quarters) if quarters else (),
        )
        target = targets.period_target(spec, period)
        if len(same) != 1 or target is None or not unit.strip():
            continue
        got = sums.get((emp, rhk_id, period.code, targets.normalise_unit(unit)), Decimal(0))
        counted[ind_id] = f"{targets.format_quantity(got)} {unit}".strip()
        percent = targets.capaian_percent(got, target)
        if percent is not None:
            capaian.append(percent)
    hasil = drawn
    if capaian:
        mean = sum(capaian, Decimal(0)) / len(capaian)
        hasil = next((r for floor, r in DEMO_HASIL_BANDS if mean >= floor), Rating.DI_BAWAH)
    out = []
    for rhk_id, ind_id, aspect, value, unit, quarters in inds:
        if ind_id in counted:
            out.append((rhk_id, ind_id, counted[ind_id]))
            continue
        spec = targets.TargetSpec(
            aspect,
            value,
            unit,
            start,
            end,
            targets.parse_quarter_targets(quarters) if quarters else (),
        )
        out.append(
            (
                rhk_id,
                ind_id,
                _appraised(rng, aspect, unit, targets.period_target(spec, period), hasil),
            )
        )
    return hasil, out


def _quarters(text: str) -> tuple[str, ...]:
    return targets.parse_quarter_targets(text) if text else ()


def _appraised(
    rng: random.Random, aspect: str, unit: str, target: Decimal | None, hasil: Rating
) -> str:
    """The appraiser's realisasi of an indicator not counted from logs, in line with the
    rating: about the period target, above it for Di Atas, clearly below for Di Bawah."""
    if target is None:
        return {
            Rating.DI_ATAS: "Melampaui target",
            Rating.SESUAI: "Sesuai target",
            Rating.DI_BAWAH: "Belum sesuai target",
        }[hasil]
    if aspect == "Waktu":  # on time, or late by a share of the target
        factor = Decimal("1") if hasil is not Rating.DI_BAWAH else Decimal("1.25")
    else:
        factor = {
            Rating.DI_ATAS: Decimal("1.1"),
            Rating.SESUAI: Decimal(str(rng.choice((0.95, 1.0, 1.0)))),
            Rating.DI_BAWAH: Decimal("0.75"),
        }[hasil]
    value = target * factor
    if targets.normalise_unit(unit) in {"%", "persen"}:
        value = min(value, Decimal(100))
    if target == target.to_integral_value():
        value = value.to_integral_value()
    return f"{targets.format_quantity(value)} {unit}".strip()


def _reserve(session: Session, node_id: str, count: int) -> int:
    session.execute(
        update(LocalNode).where(LocalNode.id == node_id).values(next_seq=LocalNode.next_seq + count)
    )
    after = session.execute(select(LocalNode.next_seq).where(LocalNode.id == node_id)).scalar_one()
    return int(after) - count
