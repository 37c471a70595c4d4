"""`ekinerja report keberatan | angka-kredit | predikat-organisasi | tindak-lanjut` print
the same documents as the Penilaian page, from the records (issue 18: the new PDFs had
no command)."""

from __future__ import annotations

import pytest

from ekinerja_desktop import cli
from ekinerja_desktop.services import evaluation as svc
from ekinerja_desktop.store.models import OrgUnit
from tests.helpers.cli_login import cli_login
from tests.helpers.evaluation import PAST, build, make_fungsional, rate_opd
from tests.helpers.report_samples import pdf_text

pytestmark = [pytest.mark.db, pytest.mark.prepared(build="_signed")]

AKHIR = f"{PAST}-AKHIR"


@pytest.fixture
def signed(prepared):
    return prepared


def _signed(ws, admin):
    """Two annual results in one bidang: Butuh Perbaikan (staf, with an objection) and
    Sangat Baik (staf2, a fungsional with a reward); the OPD's organisation predikat is set."""
    setup = build(ws, admin)
    chain = setup.chain
    make_fungsional(ws, chain.staf2.id)
    opd_id = rate_opd(ws, admin, chain, AKHIR, capaian="Capaian IKU dinas 96%")
    with ws.read() as session:
        opd = session.get(OrgUnit, opd_id)
        opd_code = opd.code or opd.name
    out = {}
    for name, hasil, perilaku in (("staf", "Di Bawah", "Sesuai"), ("staf2", "Di Atas", "Di Atas")):
        ev = svc.open_evaluation(ws, chain.a_kabid, getattr(chain, name).id, AKHIR)
        svc.save_rating(ws, chain.a_kabid, ev.id, rating_hasil=hasil, rating_perilaku=perilaku)
        out[name] = svc.sign(ws, chain.a_kabid, ev.id)
    svc.add_follow_up(
        ws, chain.a_kabid, out["staf2"].id, "reward", "Pegawai teladan", subtype="piagam"
    )
    objection = svc.file_objection(
        ws, chain.a_staf, out["staf"].id, "Laporan bulan Maret belum dihitung"
    )
    return setup, opd_id, opd_code, out, objection


def _run(monkeypatch, ws, *args: str) -> int:
    cli_login(monkeypatch)
    base = ["report", args[0], "--data-dir", str(ws.data_dir), "--database-url", ws.url]
    return cli.main([*base, *args[1:]])


def test_objection_form_from_the_command_line(ws, admin, signed, tmp_path, monkeypatch, capsys):
    setup, _opd, _code, _out, objection = signed
    nip = setup.chain.staf.data.nip
    pdf = tmp_path / "keberatan.pdf"
    args = ("keberatan", "--nip", nip, "--year", str(PAST), "--period", "AKHIR")
    assert _run(monkeypatch, ws, *args, "--out", str(pdf)) == 0
    assert "ditulis ke" in capsys.readouterr().out
    expected = svc.export_objection_pdf(ws, admin, objection.id, tmp_path / "service.pdf")
    text = pdf_text(pdf)
    assert text == pdf_text(expected)
    for needle in ("Laporan bulan Maret belum dihitung", "BUTUH PERBAIKAN", "BELUM DIPUTUSKAN"):
        assert needle in text, needle
    # Somebody without an objection: a clear message and no file.
    other = setup.chain.staf2.data.nip
    missing = tmp_path / "none.pdf"
    code = _run(
        monkeypatch,
        ws,
        "keberatan",
        "--nip",
        other,
        "--year",
        str(PAST),
        "--period",
        "AKHIR",
        "--out",
        str(missing),
    )
    assert code != 0
    assert "tidak mengajukan keberatan" in capsys.readouterr().err
    assert not missing.exists()


def test_credit_conversion_from_the_command_line(ws, admin, signed, tmp_path, monkeypatch):
    setup, *_rest = signed
    staf = setup.chain.staf2
    pdf = tmp_path / "ak.pdf"
    code = _run(
        monkeypatch,
        ws,
        "angka-kredit",
        "--nip",
        staf.data.nip,
        "--year",
        str(PAST),
        "--out",
        str(pdf),
    )
    assert code == 0
    rows = svc.credit_conversion(ws, admin, staf.id, [PAST])
    assert [(r.predikat, r.percentage, r.coefficient, r.angka_kredit) for r in rows] == [
        ("Sangat Baik", "150", "12.5", "18.750")
    ]
    text = pdf_text(pdf)
    assert "Konversi Predikat Kinerja ke Angka Kredit" in text
    assert "18,750" in text  # 150% x 12,5 x 12/12, as the records say


def test_org_predikat_and_follow_up_list_from_the_command_line(
    ws, admin, signed, tmp_path, monkeypatch
):
    setup, opd_id, opd_code, _out, _objection = signed
    org = tmp_path / "org.pdf"
    code = _run(
        monkeypatch,
        ws,
        "predikat-organisasi",
        "--unit",
        opd_code,
        "--year",
        str(PAST),
        "--period",
        "AKHIR",
        "--out",
        str(org),
    )
    assert code == 0
    expected = svc.export_org_predikat(ws, admin, [opd_id], AKHIR, tmp_path / "svc.pdf")
    assert pdf_text(org) == pdf_text(expected)
    counts = dict(svc.unit_calibration(ws, admin, opd_id, AKHIR).counts)
    assert (counts["Sangat Baik"], counts["Butuh Perbaikan"]) == (1, 1)

    follow = tmp_path / "tl.pdf"
    code = _run(monkeypatch, ws, "tindak-lanjut", "--year", str(PAST), "--out", str(follow))
    assert code == 0
    text = pdf_text(follow)
    assert text == pdf_text(svc.export_follow_up_list(ws, admin, PAST, tmp_path / "svc-tl.pdf"))
    assert "Pegawai teladan" in text
    assert setup.chain.staf2.data.name in text
