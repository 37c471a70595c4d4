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
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ekinerja_desktop.domain import targets
from ekinerja_desktop.domain.berakhlak import BERAKHLAK
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.periods import Period
from ekinerja_desktop.domain.ratings import OrgPredikat, Predikat, Rating, check_distribution
from ekinerja_desktop.domain.ratings import predikat as matrix_predikat
from ekinerja_desktop.domain.skp import EvaluationStatus, LogStatus, SkpStatus
from ekinerja_desktop.domain.timeutil import now_utc, today_wita
from ekinerja_desktop.services import organisation
from ekinerja_desktop.services.demo.bulk import Batch, insert_batches, record_demo
from ekinerja_desktop.services.demo.dailylog import countable_unit
from ekinerja_desktop.services.evaluation import ORG_HEAD_RATING, evaluation_hash
from ekinerja_desktop.services.period_scheme import periods
from ekinerja_desktop.services.skp import person_snapshot
from ekinerja_desktop.store.models import (
    DailyLog,
    Employee,
    Evaluation,
    EvaluationBehaviour,
    EvaluationResult,
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
    from ekinerja_desktop.services.progress import Progress
    from ekinerja_desktop.services.workspace import Workspace

CHUNK = 5000
CITY_THRESHOLD = 3000  # evaluated employees above which only the latest period is made

HASIL_MIX = ((Rating.DI_ATAS, 24), (Rating.SESUAI, 60), (Rating.DI_BAWAH, 16))
# Preference between the two "good" organisation predikat of a period (weights).
GOOD_ORG_MIX = ((OrgPredikat.BAIK, 65), (OrgPredikat.ISTIMEWA, 35))
# Demo appraiser: mean capaian (%) of the Kuantitas indicators -> Rating Hasil Kerja.
DEMO_HASIL_BANDS = ((Decimal(112), Rating.DI_ATAS), (Decimal(85), Rating.SESUAI))
# The organisation's IKU capaian printed with its predikat, in line with it.
ORG_CAPAIAN = {
    OrgPredikat.ISTIMEWA: (106, 118),
    OrgPredikat.BAIK: (90, 105),
    OrgPredikat.BUTUH_PERBAIKAN: (70, 89),
}
# A unit whose staff are mostly below target (this share of Di Bawah results) is
# rated Butuh Perbaikan first.
POOR_UNIT_SHARE = 0.6
OBJECTION_SHARE = 0.25  # of Butuh Perbaikan / Kurang / Sangat Kurang results
MAX_OBJECTIONS = 12
# Umpan balik per RHK: what the indicator's own numbers say (capaian against the period
# target), then the overall Rating Hasil Kerja in words - never contradicting either.
INDICATOR_FEEDBACK = {
    "above": "Realisasi melampaui target periode.",
    "met": "Realisasi memenuhi target periode.",
    "below": "Realisasi belum memenuhi target periode.",
}
FEEDBACK = {
    Rating.DI_ATAS: "Hasil kerja di atas ekspektasi; pertahankan dan bagikan praktik baiknya.",
    Rating.SESUAI: "Hasil kerja sesuai ekspektasi; jaga konsistensi pada periode berikutnya.",
    Rating.DI_BAWAH: ("Hasil kerja di bawah ekspektasi; susun rencana percepatan bersama atasan."),
}
# The head of an organisation: the rating follows the organisation's predikat.
HEAD_FEEDBACK = "Rating hasil kerja mengikuti Predikat Kinerja Organisasi {org}: {rating}."
RATING_WORDS = {
    Rating.DI_ATAS: "di atas ekspektasi",
    Rating.SESUAI: "sesuai ekspektasi",
    Rating.DI_BAWAH: "di bawah ekspektasi",
}
# Feedback per BerAKHLAK value: (behaviour as expected or better, below expectation).
BEHAVIOUR_FEEDBACK = {
    "berorientasi_pelayanan": (
        "Responsif terhadap kebutuhan pengguna layanan.",
        "Masih ada keluhan pengguna layanan yang terlambat ditindaklanjuti.",
    ),
    "akuntabel": (
        "Laporan disampaikan tepat waktu dan dapat dipertanggungjawabkan.",
        "Beberapa laporan terlambat; perbaiki disiplin penyampaian.",
    ),
    "kompeten": (
        "Aktif meningkatkan kompetensi melalui pelatihan.",
        "Perlu mengikuti pengembangan kompetensi yang direncanakan.",
    ),
    "harmonis": (
        "Menjaga suasana kerja yang saling menghargai.",
        "Perlu menjaga komunikasi yang santun dengan rekan kerja.",
    ),
    "loyal": (
        "Menjaga nama baik instansi.",
        "Perlu lebih menjaga kerahasiaan dokumen dinas.",
    ),
    "adaptif": (
        "Cepat menyesuaikan diri dengan perubahan aplikasi kerja.",
        "Masih lambat menyesuaikan diri dengan perubahan cara kerja.",
    ),
    "kolaboratif": (
        "Terbuka bekerja sama lintas bidang.",
        "Perlu lebih terbuka bekerja sama dalam tim.",
    ),
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


def result_feedback(hasil: Rating, capaian: Decimal | None, org: OrgPredikat | None) -> str:
    """Umpan balik of one indicator: its capaian in words (when numeric) and the overall
    rating (for the head of an organisation: the organisation's predikat)."""
    parts = []
    if capaian is not None:
        band = "above" if capaian >= 112 else "met" if capaian >= 100 else "below"
        parts.append(INDICATOR_FEEDBACK[band])
    if org is not None:
        parts.append(HEAD_FEEDBACK.format(org=org.value, rating=RATING_WORDS[hasil]))
    else:
        parts.append(FEEDBACK[hasil])
    return " ".join(parts)


def behaviour_feedback(code: str, perilaku: Rating) -> str:
    good, poor = BEHAVIOUR_FEEDBACK.get(code, ("", ""))
    return poor if perilaku is Rating.DI_BAWAH else good


@dataclass
class _Member:
    """One evaluation being built: who, and the rating drawn or computed so far."""

    emp: str
    skp: tuple[str, int, date, date, int]  # skp id, revision, start, end, part
    penilai: str | None
    head: bool
    judged: Rating  # from the logs or drawn (heads: replaced by the organisation's)
    realised: list[_Realised]
    u: float  # the appraiser's behaviour draw
    perilaku: Rating = Rating.SESUAI


def _perilaku(org: OrgPredikat, hasil: Rating, u: float, head: bool) -> Rating:
    """The behaviour rating in line with the results and the unit's predikat: high
    achievers mostly behave above expectation, a few results below expectation come with
    poor behaviour; Butuh Perbaikan units keep Sangat Baik rare."""
    if org is OrgPredikat.BUTUH_PERBAIKAN:
        return Rating.SESUAI if hasil is not Rating.DI_BAWAH or u < 0.9 or head else Rating.DI_BAWAH
    if hasil is Rating.DI_ATAS:
        return Rating.DI_ATAS if u < 0.75 else Rating.SESUAI
    if hasil is Rating.SESUAI:
        return Rating.DI_ATAS if u < 0.2 else Rating.SESUAI
    return Rating.DI_BAWAH if u > 0.9 and not head else Rating.SESUAI


def _fit(org: OrgPredikat, members: list[_Member]) -> tuple[dict[str, Rating], list[str]]:
    """Behaviour ratings of a unit's members under ``org`` and the distribution warnings
    that leaves (heads rated by the organisation's result)."""
    out: dict[str, Rating] = {}
    counts: Counter[Predikat] = Counter()
    for m in members:
        hasil = ORG_HEAD_RATING[org] if m.head else m.judged
        out[m.emp] = _perilaku(org, hasil, m.u, m.head)
        counts[matrix_predikat(hasil, out[m.emp])] += 1
    if org is OrgPredikat.ISTIMEWA:  # Sangat Baik at most 70%: the rest "only" Baik
        for m in members:
            if counts[Predikat.SANGAT_BAIK] * 10 <= 7 * len(members):
                break
            hasil = ORG_HEAD_RATING[org] if m.head else m.judged
            if matrix_predikat(hasil, out[m.emp]) is Predikat.SANGAT_BAIK:
                out[m.emp] = Rating.SESUAI
                counts[Predikat.SANGAT_BAIK] -= 1
                counts[Predikat.BAIK] += 1
    return out, check_distribution(org, counts)


def _choose_org(
    rng: random.Random, members: list[_Member]
) -> tuple[OrgPredikat, dict[str, Rating], list[str]]:
    """The organisation predikat of a unit for a period, chosen so the distribution of
    its staff predikat meets the guidance (domain.ratings.check_distribution): a unit
    mostly below target is Butuh Perbaikan, others Baik or Istimewa. The first predikat
    whose guidance the unit meets wins; if none does, the first (with its warnings)."""
    staff = [m for m in members if not m.head]
    below = sum(1 for m in staff if m.judged is Rating.DI_BAWAH)
    good = _pick(rng, GOOD_ORG_MIX)
    other = OrgPredikat.ISTIMEWA if good is OrgPredikat.BAIK else OrgPredikat.BAIK
    order = [good, other, OrgPredikat.BUTUH_PERBAIKAN]
    if staff and below >= POOR_UNIT_SHARE * len(staff):
        order = [OrgPredikat.BUTUH_PERBAIKAN, good, other]
    first: tuple[OrgPredikat, dict[str, Rating], list[str]] | None = None
    for org in order:
        perilaku, warnings = _fit(org, members)
        if not warnings:
            return org, perilaku, warnings
        first = first or (org, perilaku, warnings)
    assert first is not None
    return first


def populate_evaluations(
    ws: Workspace,
    result: DemoResult,
    *,
    seed: int,
    year: int,
    progress: Progress,
    final: bool = False,
    poor: frozenset[str] = frozenset(),
) -> int:
    """Add demo evaluations of ``year``; returns how many were made. ``final``: a past
    year, every period including the annual (Akhir) evaluation; ``poor``: employees whose
    results that year are below expectation (the repeated-poor example)."""
    rng = random.Random(seed * 3571 + 17 + (year if final else 0))
    id_rng = random.Random(seed * 7727 + 3 + (year if final else 0))

    def new_id() -> str:
        return str(uuid.UUID(int=id_rng.getrandbits(128), version=4))

    today = today_wita()
    ended = [p for p in periods(ws, year) if (final or not p.is_final) and p.end < today]
    if not ended:
        return 0
    progress(0, 1, _("Menyusun evaluasi contoh"))
    with ws.write(actor="demo") as session:
        skps = _approved_skps(session, year)
        people_all = sorted(skps)
        if len(people_all) > CITY_THRESHOLD and not final:
            ended = ended[-1:]
        # The results a person achieves this year, when the logs do not say (drawn once
        # per person, so a past year's periods and its Akhir evaluation agree).
        tier_rng = random.Random(seed * 4243 + year)
        tier = {e: _pick(tier_rng, HASIL_MIX) for e in people_all}
        for e in poor:
            tier[e] = Rating.DI_BAWAH
        indicators = _indicators(session, [part[0] for e in people_all for part in skps[e]])
        top_of, heads = _units(session)
        emp_unit = dict(
            session.execute(
                select(Employee.id, Employee.unit_id).where(Employee.deleted.is_(False))
            ).all()
        )
        stats = _log_stats(session, year)
        # Every unit and employee held by the session: the snapshots and signatories below
        # look them up by id (session.get) for each person and period, and a row the
        # session no longer holds is a query each time (26,000 at city scale).
        held = [
            *session.execute(select(OrgUnit)).scalars(),
            *session.execute(select(Employee)).scalars(),
        ]
        snaps: dict[str, str] = {}

        def snap(emp_id: str | None) -> str:
            if not emp_id:
                return "{}"
            if emp_id not in snaps:
                snaps[emp_id] = json.dumps(person_snapshot(session, emp_id), sort_keys=True)
            return snaps[emp_id]

        def pegawai_snap(m: _Member) -> str:
            """The employee as evaluated: an SKP period before a transfer keeps the unit
            and jabatan of that SKP (its approval snapshot)."""
            text = snap(m.emp)
            if m.skp[4] < skps[m.emp][-1][4]:
                earlier = session.get(Skp, m.skp[0])
                before = json.loads(earlier.pegawai_snapshot or "{}") if earlier else {}
                merged = json.loads(text)
                merged.update({k: before[k] for k in ("unit", "jabatan") if before.get(k)})
                text = json.dumps(merged, sort_keys=True)
            return text

        def outside(emp_id: str, on: date, which: int = 1) -> str:
            """An external penilai (0) or atasan penilai (1): the Wali Kota."""
            person = organisation.signatories(session, emp_id, on)[which]
            if person.external is None:
                return "{}"
            return json.dumps(organisation.external_snapshot(person.external), sort_keys=True)

        rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        counts: Counter[str] = Counter()
        warned: list[str] = []
        objections = 0
        for period in ended:
            on = min(period.end, date(year, 12, 31))
            # The Pejabat Penilai of the period (a mid-year transfer changes it).
            supervisors = organisation.penilai_map(session, year, on=on)
            external = {
                e
                for e in people_all
                if e not in supervisors and organisation.signatories(session, e, on)[0].is_external
            }
            by_unit: dict[str | None, list[_Member]] = defaultdict(list)
            for emp in people_all:
                if emp not in supervisors and emp not in external:
                    continue
                skp = _part_for(skps[emp], period)
                if skp is None:
                    continue
                drawn = tier[emp]
                if not period.is_final and rng.random() < 0.2:
                    drawn = _pick(rng, HASIL_MIX)
                judged, realised = _results(
                    emp,
                    skp=skp,
                    inds=indicators.get(skp[0], []),
                    period=period,
                    stats=stats,
                    drawn=drawn,
                )
                top_unit = top_of.get(emp_unit.get(emp) or "")
                by_unit[top_unit].append(
                    _Member(
                        emp,
                        skp,
                        supervisors.get(emp),
                        emp in heads and top_unit is not None,
                        judged,
                        realised,
                        rng.random(),
                    )
                )
            signed_day = period.end + timedelta(days=rng.randint(3, 9))
            for top_unit in sorted(by_unit, key=lambda u: u or ""):
                members = by_unit[top_unit]
                org: OrgPredikat | None = None
                if top_unit is not None:
                    org, perilaku_of, warnings = _choose_org(rng, members)
                    warned.extend(warnings)
                    rows["org"].append(
                        {
                            "id": new_id(),
                            "unit_id": top_unit,
                            "year": year,
                            "period_code": period.code,
                            "predikat": org.value,
                            "capaian": f"Capaian IKU {rng.randint(*ORG_CAPAIAN[org])}%",
                            "set_by": "demo",
                        }
                    )
                else:
                    perilaku_of = {
                        m.emp: _perilaku(OrgPredikat.BAIK, m.judged, m.u, False) for m in members
                    }
                for m in members:
                    objections += _evaluation_rows(
                        rows,
                        counts,
                        rng,
                        new_id,
                        m,
                        org=org,
                        perilaku=perilaku_of[m.emp],
                        period=period,
                        year=year,
                        signed_day=signed_day,
                        today=today,
                        atasan=supervisors.get(m.penilai) if m.penilai else None,
                        snap=snap,
                        pegawai_snapshot=pegawai_snap(m),
                        outside=outside,
                        objection_room=objections < MAX_OBJECTIONS,
                        last_period=period is ended[-1],
                        open_objection=objections % 2 == 1,
                    )
        batches: list[Batch] = [
            (OrgPerformance, rows["org"], _("Predikat kinerja organisasi")),
            (Evaluation, rows["evaluation"], _("Evaluasi kinerja")),
            (EvaluationResult, rows["result"], _("Realisasi evaluasi")),
            (EvaluationBehaviour, rows["behaviour"], _("Umpan balik perilaku")),
            (Objection, rows["objection"], _("Keberatan")),
        ]
        insert_batches(
            session, ws.node.id, batches, chunk=CHUNK, made_at=now_utc(), progress=progress
        )
        del held  # the lookups are done
        made = len(rows["evaluation"])
        result.counts[_("Evaluasi {year} ditandatangani").format(year=year)] = made
        key = _("Keberatan evaluasi")
        result.counts[key] = result.counts.get(key, 0) + len(rows["objection"])
        record_demo(
            session,
            ws,
            "demo.evaluation",
            {
                "year": year,
                "seed": seed,
                "periods": [p.code for p in ended],
                "evaluations": made,
                "objections": len(rows["objection"]),
                "distribution_warnings": warned,
                **dict(counts),
            },
        )
    progress(1, 1, _("Selesai"))
    return made


def _evaluation_rows(
    rows: dict[str, list[dict[str, Any]]],
    counts: Counter[str],
    rng: random.Random,
    new_id: Callable[[], str],
    m: _Member,
    *,
    org: OrgPredikat | None,
    perilaku: Rating,
    period: Period,
    year: int,
    signed_day: date,
    today: date,
    atasan: str | None,
    snap: Callable[[str | None], str],
    pegawai_snapshot: str,
    outside: Callable[[str, date, int], str],
    objection_room: bool,
    last_period: bool,
    open_objection: bool,
) -> int:
    """The rows of one signed evaluation (and maybe an objection); returns objections made."""
    emp, penilai = m.emp, m.penilai
    head_org = org if m.head and org is not None else None
    hasil = ORG_HEAD_RATING[org] if head_org is not None and org is not None else m.judged
    pred = matrix_predikat(hasil, perilaku)
    counts[pred.value] += 1
    signed = min(signed_day + timedelta(days=rng.randint(0, 3)), today)
    signed_at = datetime.combine(signed, time(1 + rng.randint(0, 6), 0))
    acknowledged = rng.random() < 0.7 and signed < today
    on = min(period.end, date(year, 12, 31))
    skp_id, _rev, _start, _end, part = m.skp
    ev: dict[str, Any] = {
        "id": new_id(),
        "employee_id": emp,
        "skp_id": skp_id,
        "skp_part": part,
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
        "pegawai_snapshot": pegawai_snapshot,
        "penilai_snapshot": snap(penilai) if penilai else outside(emp, on, 0),
        "atasan_snapshot": snap(atasan) if atasan else outside(emp, on, 1),
    }
    results = []
    for rhk_id, ind_id, counted, spec in m.realised:
        target = targets.period_target(spec, period)
        realisasi = counted
        if realisasi is None:
            realisasi = _appraised(rng, spec.aspect, spec.unit, target, hasil)
        capaian = None
        if spec.aspect in ("Kuantitas", "Kualitas"):
            capaian = targets.capaian_percent(
                targets.realisasi_number(realisasi, spec.unit), target
            )
        feedback = result_feedback(hasil, capaian, head_org)
        results.append((ind_id, realisasi, feedback, realisasi))
        rows["result"].append(
            {
                "id": new_id(),
                "evaluation_id": ev["id"],
                "rhk_id": rhk_id,
                "indicator_id": ind_id,
                "self_realisasi": realisasi,
                "realisasi": realisasi,
                "feedback": feedback,
            }
        )
    behaviours = [
        (v.code, behaviour_feedback(v.code, perilaku)) for v in rng.sample(list(BERAKHLAK), 2)
    ]
    for code, text in behaviours:
        rows["behaviour"].append(
            {"id": new_id(), "evaluation_id": ev["id"], "value_code": code, "feedback": text}
        )
    ev["content_hash"] = evaluation_hash(SimpleNamespace(**ev), results, behaviours)
    rows["evaluation"].append(ev)
    low = pred not in (Predikat.SANGAT_BAIK, Predikat.BAIK)
    if not (low and atasan and objection_room and rng.random() < OBJECTION_SHARE):
        return 0
    filed = signed_at + timedelta(days=rng.randint(1, 10))
    is_open = last_period and open_objection and not period.is_final
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
    return 1


# --- implementation --------------------------------------------------------------------
def _approved_skps(
    session: Session, year: int
) -> dict[str, list[tuple[str, int, date, date, int]]]:
    """Employee -> [(skp id, revision, period start, period end, part)]: the latest
    approved revision of each SKP period of the year, in part order."""
    best: dict[tuple[str, int], tuple[str, int, date, date, int]] = {}
    for skp_id, emp, rev, start, end, part in session.execute(
        select(
            Skp.id, Skp.employee_id, Skp.revision, Skp.period_start, Skp.period_end, Skp.part
        ).where(Skp.year == year, Skp.status == SkpStatus.DISETUJUI.value, Skp.deleted.is_(False))
    ):
        key = (str(emp), int(part))
        if key not in best or best[key][1] < rev:
            best[key] = (str(skp_id), int(rev), start, end, int(part))
    out: dict[str, list[tuple[str, int, date, date, int]]] = defaultdict(list)
    for (emp, _part), row in sorted(best.items()):
        out[emp].append(row)
    return out


def _part_for(
    parts: list[tuple[str, int, date, date, int]], period: Period
) -> tuple[str, int, date, date, int] | None:
    """The SKP period evaluated in ``period``: the last one started by the period's end
    (a transfer on the first day of a quarter evaluates that quarter on the new SKP)."""
    started = [p for p in parts if p[2] <= period.end]
    return started[-1] if started else None


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


_Realised = tuple[str, str, str | None, targets.TargetSpec]


def _results(
    emp: str,
    *,
    skp: tuple[str, int, date, date, int],
    inds: list[_Ind],
    period: Period,
    stats: _Stats,
    drawn: Rating,
) -> tuple[Rating, list[_Realised]]:
    """(Rating Hasil Kerja, [(rhk, indicator, realisasi counted from the logs or None,
    target spec)]) of one demo evaluation. A Kuantitas indicator in a countable unit
    (not a percentage or an index: dailylog.countable_unit) gets the approved output of
    the period; the rating follows the mean capaian of those (DEMO_HASIL_BANDS), else it
    is ``drawn``."""
    sums, logged = stats
    _skp_id, _rev, start, end, _part = skp
    from_logs = (emp, period.code) in logged
    kuantitas = [i for i in inds if i[2] == "Kuantitas"]
    counted: dict[str, str] = {}
    capaian: list[Decimal] = []
    for rhk_id, ind_id, aspect, value, unit, quarters in kuantitas if from_logs else []:
        same = [i for i in kuantitas if i[0] == rhk_id and targets.units_match(i[4], unit)]
        spec = targets.TargetSpec(aspect, value, unit, start, end, _quarters(quarters))
        target = targets.period_target(spec, period)
        if len(same) != 1 or target is None or not countable_unit(unit):
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
    out: list[_Realised] = []
    for rhk_id, ind_id, aspect, value, unit, quarters in inds:
        spec = targets.TargetSpec(aspect, value, unit, start, end, _quarters(quarters))
        out.append((rhk_id, ind_id, counted.get(ind_id), spec))
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
