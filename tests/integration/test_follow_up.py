"""Follow-up types, the six-month coaching review, repeated poor years and the printable
list for Baperjakat (issue 18 item 9)."""

from __future__ import annotations

from datetime import date

import pytest

from ekinerja_desktop.domain.fmt import format_date
from ekinerja_desktop.domain.followup import review_date
from ekinerja_desktop.services import evaluation as svc
from ekinerja_desktop.services.errors import ValidationError
from ekinerja_desktop.store.models import Evaluation
from tests.helpers.evaluation import PAST, build, make_fungsional
from tests.helpers.report_samples import pdf_text
from tests.helpers.rows import evaluation_row

pytestmark = pytest.mark.db

AKHIR = f"{PAST}-AKHIR"


def _signed(ws, setup, employee, hasil, perilaku):
    chain = setup.chain
    ev = svc.open_evaluation(ws, chain.a_kabid, getattr(chain, employee).id, AKHIR)
    svc.save_rating(ws, chain.a_kabid, ev.id, rating_hasil=hasil, rating_perilaku=perilaku)
    return svc.sign(ws, chain.a_kabid, ev.id)


def _last_year_poor(ws, ev_id: str) -> None:
    """The same person's annual result of the year before was Butuh Perbaikan too."""
    with ws.write() as session:
        ev = session.get(Evaluation, ev_id)
        session.add(
            evaluation_row(
                ev.employee_id,
                ev.skp_id,
                f"{PAST - 1}-AKHIR",
                revision=1,
                status="Ditandatangani",
                penilai_id=ev.penilai_id,
                atasan_penilai_id=ev.atasan_penilai_id,
                rating_hasil="Di Bawah Ekspektasi",
                rating_perilaku="Sesuai Ekspektasi",
                predikat="Butuh Perbaikan",
                signed_at=ev.signed_at,
            )
        )


def test_review_date_is_six_calendar_months_later():
    assert review_date(date(2026, 1, 6)) == date(2026, 7, 6)
    assert review_date(date(2026, 8, 31)) == date(2027, 2, 28)


def test_types_review_repeated_poor_and_the_list(ws, admin, tmp_path):
    setup = build(ws, admin)
    chain = setup.chain
    top = _signed(ws, setup, "staf", "Di Atas", "Di Atas")
    low = _signed(ws, setup, "staf2", "Di Bawah", "Sesuai")
    assert not svc.annual_result(ws, chain.a_kabid, chain.staf2.id, PAST).repeated_poor
    _last_year_poor(ws, low.id)
    result = svc.annual_result(ws, chain.a_kabid, chain.staf2.id, PAST)
    assert (result.predikat, result.follow_up_kind, result.repeated_poor) == (
        "Butuh Perbaikan",
        "pembinaan",
        True,
    )
    with pytest.raises(ValidationError):
        svc.add_follow_up(ws, chain.a_kabid, top.id, "reward", "Hadiah", subtype="mobil")
    reward = svc.add_follow_up(
        ws, chain.a_kabid, top.id, "reward", "Pegawai teladan triwulan", subtype="piagam"
    )
    assert (reward.subtype, reward.subtype_label, reward.review_date) == (
        "piagam",
        "Piagam/sertifikat penghargaan",
        None,
    )
    plan = svc.add_follow_up(
        ws,
        chain.a_kabid,
        low.id,
        "pembinaan",
        "Pendampingan penyusunan laporan",
        start_date=date(PAST + 1, 1, 6),
        end_date=date(PAST + 1, 6, 30),
        subtype="coaching",
    )
    assert plan.review_date == date(PAST + 1, 7, 6)
    rows = svc.follow_up_list(ws, chain.a_kabid, PAST)
    assert [(r.kind, r.employee_name, r.repeated_poor) for r in rows] == [
        ("reward", "Nurhayati Lamarauna, S.E.", False),
        ("pembinaan", "Ikhsan Bakri", True),
    ]
    assert svc.follow_up_list(ws, chain.a_guru, PAST) == []
    text = pdf_text(svc.export_follow_up_list(ws, chain.a_kabid, PAST, tmp_path / "list.pdf"))
    for expected in (
        f"Daftar Tindak Lanjut Hasil Evaluasi Kinerja Tahun {PAST}",
        "Nurhayati Lamarauna",
        "Piagam/sertifikat penghargaan",
        "Pegawai teladan triwulan",
        "Ikhsan Bakri",
        "Coaching dan mentoring oleh atasan",
        "dua tahun berturut-turut",
        format_date(date(PAST + 1, 7, 6)),
        "Sangat Baik",
        "Butuh Perbaikan",
    ):
        assert expected in text, expected


def test_credit_conversion_and_accumulation(ws, admin, tmp_path):
    """Konversi predikat kinerja ke angka kredit (PerBKN 3/2023) over two years."""
    import json

    setup = build(ws, admin)
    chain = setup.chain
    make_fungsional(ws, chain.staf.id)
    top = _signed(ws, setup, "staf", "Di Atas", "Di Atas")  # Sangat Baik
    _last_year_poor(ws, top.id)  # the year before: Butuh Perbaikan, 75%
    with ws.write() as session:
        from sqlalchemy import select

        old = session.execute(
            select(Evaluation).where(Evaluation.period_code == f"{PAST - 1}-AKHIR")
        ).scalar_one()
        snap = json.loads(session.get(Evaluation, top.id).pegawai_snapshot)
        old.pegawai_snapshot = json.dumps(snap)
    rows = svc.credit_conversion(ws, chain.a_staf, chain.staf.id, [PAST - 1, PAST])
    assert [(r.year, r.predikat, r.percentage, r.coefficient, r.months, r.angka_kredit)
            for r in rows] == [
        (PAST - 1, "Butuh Perbaikan", "75", "12.5", 12, "9.375"),
        (PAST, "Sangat Baik", "150", "12.5", 12, "18.750"),
    ]  # fmt: skip
    assert svc.credit_conversion(ws, chain.a_staf, chain.staf2.id, [PAST]) == []
    text = pdf_text(
        svc.export_credit_conversion(
            ws, chain.a_staf, chain.staf.id, [PAST - 1, PAST], tmp_path / "ak.pdf"
        )
    )
    for expected in (
        "Konversi Predikat Kinerja ke Angka Kredit",
        "Nurhayati Lamarauna",
        "Ahli Pertama",
        "75%",
        "150%",
        "12,5",
        "9,375",
        "18,750",
        "28,125",  # the accumulation
    ):
        assert expected in text, expected
