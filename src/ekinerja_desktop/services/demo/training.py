"""Demo trainings and development plans (about a third of PNS below 20 JP), bulk-inserted."""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.jp import PNS_MIN_JP_PER_YEAR, PPPK_MAX_JP_PER_YEAR
from ekinerja_desktop.domain.nip import AsnStatus
from ekinerja_desktop.domain.timeutil import now_utc, today_wita
from ekinerja_desktop.services import organisation, training
from ekinerja_desktop.services.demo.bulk import Batch, insert_batches, record_demo
from ekinerja_desktop.store.models import (
    DevPlanItem,
    Employee,
    OrgUnit,
    Training,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ekinerja_desktop.services.demo.result import DemoResult
    from ekinerja_desktop.services.workspace import Workspace

BELOW_TARGET_SHARE = 0.35
CHUNK = 5000
PENDING_SHARE = 0.15
REJECTED_SHARE = 0.08
PLAN_SHARE = 0.45

# (kind code, route, titles, typical hours)
ACTIVITIES: tuple[tuple[str, str, tuple[str, ...], tuple[int, ...]], ...] = (
    (
        "bimtek",
        "pelatihan_klasikal",
        (
            "Bimtek Penyusunan SKP dan Evaluasi Kinerja ASN",
            "Bimtek Aplikasi SRIKANDI (Arsip Dinamis)",
            "Bimtek Penyusunan Laporan Kinerja Instansi Pemerintah",
            "Bimtek Pengelolaan Barang Milik Daerah",
        ),
        (6, 9, 12, 15),
    ),
    (
        "diklat_teknis",
        "pelatihan_klasikal",
        (
            "Pelatihan Pengadaan Barang/Jasa Pemerintah Tingkat Dasar",
            "Pelatihan Pengelolaan Keuangan Daerah",
            "Pelatihan Pelayanan Prima",
            "Pelatihan Analisis Jabatan dan Beban Kerja",
        ),
        (18, 24, 30),
    ),
    (
        "diklat_kepemimpinan",
        "pelatihan_klasikal",
        ("Pelatihan Kepemimpinan Pengawas", "Pelatihan Kepemimpinan Administrator"),
        (45, 60),
    ),
    (
        "seminar",
        "pelatihan_klasikal",
        (
            "Seminar Reformasi Birokrasi dan Zona Integritas",
            "Seminar Mitigasi Bencana Kota Palu",
            "Sarasehan Inovasi Pelayanan Publik",
        ),
        (3, 4, 6),
    ),
    (
        "workshop",
        "pelatihan_klasikal",
        (
            "Workshop Penyusunan Standar Pelayanan",
            "Workshop Manajemen Risiko Pemerintah Daerah",
        ),
        (6, 12),
    ),
    (
        "e_learning",
        "pelatihan_nonklasikal",
        (
            "E-learning ASN Unggul: Literasi Digital",
            "E-learning Wawasan Kebangsaan dan Nilai Bela Negara",
            "E-learning Core Values BerAKHLAK",
            "E-learning Keamanan Informasi bagi ASN",
        ),
        (2, 3, 4, 6),
    ),
    (
        "coaching",
        "pelatihan_nonklasikal",
        ("Coaching Kinerja oleh Atasan Langsung", "Coaching Penyusunan Rencana Aksi"),
        (2, 3),
    ),
    (
        "mentoring",
        "pelatihan_nonklasikal",
        ("Mentoring Penulisan Naskah Dinas", "Mentoring Penyusunan Telaahan Staf"),
        (3, 4),
    ),
    (
        "komunitas_belajar",
        "pelatihan_nonklasikal",
        ("Komunitas Belajar Data dan Statistik Sektoral", "Forum Berbagi Praktik Baik Pelayanan"),
        (2, 3),
    ),
)
ORGANISERS = (
    "BKPSDM Kota Palu",
    "BPSDM Provinsi Sulawesi Tengah",
    "Lembaga Administrasi Negara",
    "BKN Kantor Regional IV Makassar",
    "Kementerian Dalam Negeri",
    "LKPP",
)
EVENT_TITLE = "Bimtek Aplikasi e-Kinerja Desktop"
EVENT_HOURS = 6
REJECT_NOTES = (
    "Sertifikat belum dilampirkan; lampirkan lalu ajukan lagi.",
    "JP tidak sesuai sertifikat; periksa kembali jumlah jam.",
)
PLAN_TITLES = (
    ("diklat_teknis", "Pelatihan teknis sesuai jabatan"),
    ("e_learning", "E-learning ASN Unggul untuk melengkapi 20 JP"),
    ("bimtek", "Bimtek penyusunan SKP"),
    ("mentoring", "Mentoring oleh pejabat fungsional senior"),
)


class _Gen:
    def __init__(self, session: Session, seed: int, year: int) -> None:
        self.session = session
        self.rng = random.Random(seed * 7919 + year)
        self.year = year
        today = today_wita()
        self.last = (
            max(date(year, 1, 1), today - timedelta(days=1))
            if year == today.year
            else date(year, 12, 31)
        )
        self.kinds = {k.code: k for k in training.list_kinds_in(session)}
        self.trainings: list[dict[str, Any]] = []
        self.plans: list[dict[str, Any]] = []
        self.now = now_utc()

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def day(self) -> date:
        span = (self.last - date(self.year, 1, 1)).days
        return date(self.year, 1, 1) + timedelta(days=self.rng.randint(0, span))

    def _jp(self, kind: str, hours: int) -> Decimal:
        return self.kinds[kind].suggest(hours)

    def add(
        self,
        emp_id: str,
        supervisor: str | None,
        activity: tuple[str, str, str, int],  # kind, route, title, hours
        status: str,
        *,
        start: date | None = None,
        event_id: str = "",
    ) -> dict[str, Any]:
        kind, route, title, hours = activity
        start = start or self.day()
        end = min(self.last, start + timedelta(days=max(0, hours // 8 - 1)))
        verified = status != training.DIAJUKAN
        row = {
            "id": self.new_id(),
            "employee_id": emp_id,
            "route": route,
            "kind_code": kind,
            "title": title,
            "organiser": self.rng.choice(ORGANISERS),
            "start_date": start,
            "end_date": max(start, end),
            "hours": str(hours),
            "jp_credited": training.decimal_text(self._jp(kind, hours)),
            "jp_reason": "",
            "certificate_no": f"{self.rng.randint(100, 999)}/SERT/{self.year}"
            if route == "pelatihan_klasikal"
            else "",
            "evidence_id": None,
            "event_id": event_id,
            "status": status,
            "verified_by": supervisor if verified else None,
            "verified_at": datetime.combine(end, time(2, 0)) if verified else None,
            "note": self.rng.choice(REJECT_NOTES) if status == training.DITOLAK else "",
        }
        self.trainings.append(row)
        return row

    def person(
        self,
        emp_id: str,
        status: str,
        supervisor: str | None,
        event: tuple[str, date] | None,
        below: bool,
    ) -> tuple[Decimal, list[dict[str, Any]]]:
        """Activities of one employee; returns the verified JP and the rows."""
        rows: list[dict[str, Any]] = []
        used: set[str] = set()
        verified = Decimal(0)
        if event is not None:
            rows.append(
                self.add(
                    emp_id,
                    supervisor,
                    ("bimtek", "pelatihan_klasikal", EVENT_TITLE, EVENT_HOURS),
                    training.DIVERIFIKASI,
                    start=event[1],
                    event_id=event[0],
                )
            )
            used.add(EVENT_TITLE)
            verified += self._jp("bimtek", EVENT_HOURS)
        pppk = status == AsnStatus.PPPK.value
        goal = Decimal(
            self.rng.randint(8, PPPK_MAX_JP_PER_YEAR)
            if pppk
            else (
                self.rng.randint(0, PNS_MIN_JP_PER_YEAR - 2)
                if below
                else self.rng.randint(PNS_MIN_JP_PER_YEAR, 40)
            )
        )
        for _attempt in range(8):
            if verified >= goal:
                break
            kind, route, titles, hours_options = self.rng.choice(ACTIVITIES)
            title = self.rng.choice(titles)
            if title in used:
                continue
            hours = self.rng.choice(hours_options)
            jp = self._jp(kind, hours)
            if (below or pppk) and verified + jp > goal:
                continue
            used.add(title)
            rows.append(
                self.add(emp_id, supervisor, (kind, route, title, hours), training.DIVERIFIKASI)
            )
            verified += jp
        # Some activities wait for verification or came back; they do not count yet.
        roll = self.rng.random()
        if roll < PENDING_SHARE + REJECTED_SHARE:
            status_ = training.DIAJUKAN if roll < PENDING_SHARE else training.DITOLAK
            for _try in range(4):
                kind, route, titles, hours_options = self.rng.choice(ACTIVITIES)
                title = self.rng.choice(titles)
                if title in used:
                    continue
                hours = self.rng.choice(hours_options)
                rows.append(self.add(emp_id, supervisor, (kind, route, title, hours), status_))
                break
        return verified, rows

    def plan(self, emp_id: str, rows: list[dict[str, Any]], below: bool) -> None:
        if self.rng.random() >= PLAN_SHARE and not below:
            return
        done = [r for r in rows if r["status"] == training.DIVERIFIKASI and not r["event_id"]]
        if done and self.rng.random() < 0.6:
            r = self.rng.choice(done)
            self._plan(emp_id, r["kind_code"], r["title"], r["start_date"].month, r)
        kind, title = self.rng.choice(PLAN_TITLES)
        self._plan(emp_id, kind, title, self.rng.randint(1, 12), None)

    def _plan(
        self, emp_id: str, kind: str, title: str, month: int, realised: dict[str, Any] | None
    ) -> None:
        self.plans.append(
            {
                "id": self.new_id(),
                "employee_id": emp_id,
                "year": self.year,
                "kind_code": kind,
                "title": title,
                "planned_month": month,
                "planned_jp": realised["jp_credited"] if realised else "8",
                "source": "manual",
                "follow_up_id": None,
                "training_id": realised["id"] if realised else None,
                "note": "",
            }
        )

    def run(self) -> dict[str, int]:
        s = self.session
        emps = s.execute(
            select(Employee.id, Employee.status, Employee.unit_id)
            .where(Employee.deleted.is_(False), Employee.active.is_(True))
            .order_by(Employee.nip)
        ).all()
        supervisors = organisation.penilai_map(s, self.year)
        parents = {
            str(u): (str(p) if p else None)
            for u, p in s.execute(select(OrgUnit.id, OrgUnit.parent_id)).all()
        }

        def top(unit_id: str | None) -> str | None:
            seen: set[str] = set()
            while unit_id and parents.get(unit_id) and unit_id not in seen:
                seen.add(unit_id)
                unit_id = parents[unit_id]
            return unit_id

        # A fixed share of PNS stays below the yearly minimum (drawn, not rolled per person).
        pns_ids = [str(e) for e, status, _u in emps if status != AsnStatus.PPPK.value]
        lagging = set(self.rng.sample(pns_ids, round(len(pns_ids) * BELOW_TARGET_SHARE)))
        events: dict[str, tuple[str, date]] = {}
        below = 0
        pns = 0
        for emp_id, status, unit_id in emps:
            opd = top(unit_id)
            event = None
            if opd is not None and self.rng.random() < 0.25:
                if opd not in events:
                    events[opd] = (self.new_id(), self.day())
                event = events[opd]
            verified, rows = self.person(
                emp_id, status, supervisors.get(emp_id), event, emp_id in lagging
            )
            is_below = status != AsnStatus.PPPK.value and verified < PNS_MIN_JP_PER_YEAR
            if status != AsnStatus.PPPK.value:
                pns += 1
                below += is_below
            self.plan(emp_id, rows, is_below)
        return {"pns": pns, "below": below, "events": len(events)}


def populate_trainings(ws: Workspace, result: DemoResult, *, seed: int, year: int) -> None:
    """Add demo trainings and development plans of ``year`` to a demo workspace."""
    training.ensure_catalogue(ws)
    with ws.write(actor="demo") as session:
        gen = _Gen(session, seed, year)
        stats = gen.run()
        batches: list[Batch] = [
            (Training, gen.trainings, "training"),
            (DevPlanItem, gen.plans, "dev_plan"),
        ]
        insert_batches(session, ws.node.id, batches, chunk=CHUNK, made_at=gen.now)
        counts = {
            _("Kegiatan pengembangan kompetensi {year}").format(year=year): len(gen.trainings),
            _("PNS di bawah {n} JP {year}").format(n=PNS_MIN_JP_PER_YEAR, year=year): stats[
                "below"
            ],
        }
        result.counts.update(counts)
        record_demo(
            session,
            ws,
            "demo.training",
            {
                "year": year,
                "seed": seed,
                "trainings": len(gen.trainings),
                "plans": len(gen.plans),
                **stats,
            },
        )
