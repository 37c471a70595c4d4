"""Demo past years: approved SKPs, the periodic and annual (Akhir) evaluations, and the
follow-up of last year's annual result (reward, coaching plan), so the annual result,
the angka kredit conversion, the tindak lanjut list and the repeated-poor flag have
something true to show.

Office scale only (two past years of ~60 people are cheap; at city scale they would
double the build). One pelaksana is below expectation in both past years: the
PP 30/2019 path ("kinerja rendah dua tahun berturut-turut") and its coaching plans.
"""

from __future__ import annotations

import random
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.jabatan import JabatanKind
from ekinerja_desktop.domain.ratings import Predikat
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.services import evaluation as evaluation_service
from ekinerja_desktop.services.auth import Actor
from ekinerja_desktop.services.evaluation import PEMBINAAN, PEMBINAAN_PREDIKAT, REWARD
from ekinerja_desktop.store.models import Employee, Evaluation, User

if TYPE_CHECKING:
    from ekinerja_desktop.services.demo.result import DemoResult
    from ekinerja_desktop.services.progress import Progress
    from ekinerja_desktop.services.workspace import Workspace

PAST_YEARS = 2  # last year and the year before
MAX_REWARDS = 3
MAX_COACHING = 3
REWARD_TEXTS = (
    ("piagam", "Piagam penghargaan Kepala BKPSDM atas kinerja Sangat Baik tahun {y}."),
    ("prioritas_pengembangan", "Diprioritaskan mengikuti pelatihan teknis tahun {n}."),
    ("pertimbangan_promosi", "Dipertimbangkan dalam pengisian jabatan tahun {n}."),
)
COACHING = (
    (
        "coaching",
        "Coaching bulanan oleh atasan langsung untuk menuntaskan target RHK utama.",
        "Target triwulan tercapai minimal 90% pada Triwulan II {n}.",
        ("Pelatihan Pelayanan Prima",),
    ),
    (
        "pelatihan",
        "Mengikuti pelatihan teknis sesuai kesenjangan hasil kerja.",
        "Laporan bulanan disampaikan tepat waktu selama enam bulan.",
        ("Bimtek Penyusunan SKP dan Evaluasi Kinerja ASN",),
    ),
)


def repeated_poor_candidate(ws: Workspace, year: int) -> str | None:
    """The demo's repeated-poor example: the first pelaksana (by NIP) who is not a unit
    head, has no demo account and was appointed before the earliest past year."""
    first_year = year - PAST_YEARS
    with ws.read() as session:
        accounts = {
            str(e)
            for e in session.execute(
                select(User.employee_id).where(User.employee_id.is_not(None))
            ).scalars()
        }
        for emp_id, nip in session.execute(
            select(Employee.id, Employee.nip)
            .where(
                Employee.jabatan_kind == JabatanKind.ADMINISTRASI.value,
                Employee.jabatan_level == "Pelaksana",
                Employee.is_unit_head.is_(False),
                Employee.deleted.is_(False),
            )
            .order_by(Employee.nip)
        ).all():
            if str(emp_id) not in accounts and nip[8:12].isdigit() and int(nip[8:12]) < first_year:
                return str(emp_id)
    return None


def populate_past_years(
    ws: Workspace, result: DemoResult, *, seed: int, year: int, progress: Progress
) -> None:
    """SKPs and signed evaluations (periodic and Akhir) of the past years, then the
    follow-up of each past year's annual results."""
    from ekinerja_desktop.services.demo import evaluation as demo_evaluation
    from ekinerja_desktop.services.demo import skp as demo_skp

    poor = repeated_poor_candidate(ws, year)
    for past in range(year - PAST_YEARS, year):
        progress(0, 1, _("Menyusun hasil kinerja tahun {y}").format(y=past))
        demo_skp.populate_skps(ws, result, seed=seed, year=past, progress=_quiet, past=True)
        demo_evaluation.populate_evaluations(
            ws,
            result,
            seed=seed,
            year=past,
            progress=_quiet,
            final=True,
            poor=frozenset({poor} if poor else ()),
        )
        add_follow_ups(ws, result, seed=seed, year=past, first=poor)


def _quiet(_done: int, _total: int, _label: str) -> None:
    return None


def add_follow_ups(
    ws: Workspace, result: DemoResult, *, seed: int, year: int, first: str | None
) -> int:
    """Rewards for a few Sangat Baik and coaching plans for a few poor annual results of
    ``year`` (``first`` always gets its plan), entered by their penilai through the
    service; returns how many."""
    rng = random.Random(seed * 5113 + year)
    with ws.read() as session:
        finals = session.execute(
            select(
                Evaluation.id, Evaluation.employee_id, Evaluation.penilai_id, Evaluation.predikat
            )
            .where(
                Evaluation.year == year,
                Evaluation.period_code == f"{year}-AKHIR",
                Evaluation.deleted.is_(False),
                Evaluation.penilai_id.is_not(None),
            )
            .order_by(Evaluation.employee_id)
        ).all()
        names = dict(session.execute(select(Employee.id, Employee.name)).all())
    rewards = [f for f in finals if f[3] == Predikat.SANGAT_BAIK.value]
    poor = [f for f in finals if Predikat.parse(f[3]) in PEMBINAAN_PREDIKAT]
    poor.sort(key=lambda f: f[1] != first)  # the repeated-poor example first
    made = 0
    for n, (ev_id, _emp, penilai, _pred) in enumerate(
        rng.sample(rewards, min(MAX_REWARDS, len(rewards)))
    ):
        subtype, text = REWARD_TEXTS[n % len(REWARD_TEXTS)]
        evaluation_service.add_follow_up(
            ws,
            _penilai(penilai, names),
            ev_id,
            REWARD,
            text.format(y=year, n=year + 1),
            start_date=date(year + 1, 2, 1),
            end_date=date(year + 1, 12, 31),
            subtype=subtype,
        )
        made += 1
    for n, (ev_id, _emp, penilai, _pred) in enumerate(poor[:MAX_COACHING]):
        subtype, text, goal, training = COACHING[n % len(COACHING)]
        evaluation_service.add_follow_up(
            ws,
            _penilai(penilai, names),
            ev_id,
            PEMBINAAN,
            text,
            targets=goal.format(n=year + 1),
            start_date=date(year + 1, 2, 1),
            end_date=date(year + 1, 7, 31),
            suggested_training=training,
            subtype=subtype,
        )
        made += 1
    key = _("Tindak lanjut hasil kinerja {year}").format(year=year)
    result.counts[key] = made
    return made


def _penilai(employee_id: str | None, names: dict[str, str]) -> Actor:
    """The penilai as the service sees a logged-in supervisor (the demo enters it)."""
    name = names.get(employee_id or "", "")
    return Actor("", "demo", name, frozenset({Role.ATASAN}), employee_id)
