"""Competency development reports (PDF, .xlsx) and `ekinerja report training`."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ekinerja_desktop import cli
from ekinerja_desktop.services import master, training_report
from ekinerja_desktop.services import training as svc
from ekinerja_desktop.services.errors import PermissionDeniedError, ValidationError
from tests.helpers.cli_login import cli_login
from tests.helpers.master import actor_for
from tests.helpers.skp import YEAR as THIS_YEAR
from tests.helpers.skp import make_chain
from tests.helpers.training import bimtek

# Trainings are recorded after they happen: a past year has every date these tests use
# (this year's March is still in the future in January).
YEAR = THIS_YEAR - 1

pytestmark = [pytest.mark.db, pytest.mark.prepared(build="_recorded")]


def _text(path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.fixture
def recorded(prepared):
    return prepared


def _recorded(ws, admin):
    chain = make_chain(ws, admin, years=(YEAR, THIS_YEAR))
    event = bimtek(
        date(YEAR, 5, 6),
        date(YEAR, 5, 8),
        kind_code="workshop",
        title="Workshop Pelayanan Publik",
        organiser="",
        hours="18",  # 24 JP
    )
    svc.bulk_record(ws, admin, event, [chain.staf.id])
    a_staf2 = actor_for(ws, admin, "staf2", ["pegawai"], chain.staf2.id)
    mine = svc.record_training(
        ws,
        a_staf2,
        bimtek(
            date(YEAR, 2, 1),
            date(YEAR, 2, 3),
            route="pelatihan_nonklasikal",
            kind_code="e_learning",
            title="E-learning Literasi Digital",
            organiser="",
            hours="3",
        ),
    )
    svc.verify(ws, chain.a_kabid, mine.id)
    svc.add_plan_item(ws, a_staf2, YEAR, svc.PlanInput("Bimtek Arsip", "bimtek", 9, "8"))
    return chain, a_staf2


def test_unit_report_pdf_and_xlsx(ws, admin, recorded, tmp_path):
    chain, _a_staf2 = recorded
    unit = master.get_employee(ws, admin, chain.staf.id).data.unit_id
    pdf = training_report.unit_report(ws, admin, YEAR, tmp_path / "unit.pdf", unit_id=unit)
    assert (pdf.employees, pdf.below_target) == (2, 1)
    text = _text(pdf.path)
    assert "Rekap Pengembangan Kompetensi" in text
    assert "Ikhsan Bakri" in text
    assert "Kurang 16 JP" in " ".join(text.split())

    xlsx = training_report.unit_report(ws, admin, YEAR, tmp_path / "unit.xlsx", unit_id=unit)
    book = load_workbook(xlsx.path, read_only=True)
    assert book.sheetnames == ["Rekap JP", "Di bawah target", "Per bulan", "Kegiatan"]
    below = list(book["Di bawah target"].iter_rows(values_only=True))
    assert len(below) == 2
    assert below[1][1] == "Ikhsan Bakri"
    activities = list(book["Kegiatan"].iter_rows(values_only=True))
    assert {r[4] for r in activities[1:]} == {
        "Workshop Pelayanan Publik",
        "E-learning Literasi Digital",
    }
    months = list(book["Per bulan"].iter_rows(values_only=True))
    assert months[0][2:5] == ("Jan", "Feb", "Mar")

    with pytest.raises(ValidationError, match="tidak didukung"):
        training_report.unit_report(ws, admin, YEAR, tmp_path / "unit.docx")
    with pytest.raises(PermissionDeniedError):
        training_report.unit_report(ws, chain.a_kabid, YEAR, tmp_path / "x.pdf", unit_id=unit)


def test_employee_report(ws, recorded, tmp_path):
    chain, a_staf2 = recorded
    out = training_report.employee_report(ws, a_staf2, YEAR, tmp_path / "saya.pdf").path
    text = " ".join(_text(out).split())
    assert "E-learning Literasi Digital" in text
    assert "Bimtek Arsip" in text
    xlsx = training_report.employee_report(
        ws, chain.a_kabid, YEAR, tmp_path / "staf2.xlsx", employee_id=chain.staf2.id
    ).path
    assert load_workbook(xlsx, read_only=True).sheetnames == ["Kegiatan", "Rencana", "Per bulan"]
    with pytest.raises(PermissionDeniedError):
        training_report.employee_report(
            ws, chain.a_guru, YEAR, tmp_path / "x.pdf", employee_id=chain.staf2.id
        )


def test_cli_report_training(ws, recorded, tmp_path, capsys, monkeypatch):
    cli_login(monkeypatch)  # CLI commands name their user (plain workspace too)
    args = ["report", "training", "--data-dir", str(ws.data_dir), "--database-url", ws.url]
    out = tmp_path / "cli" / "dinkes.xlsx"
    code = cli.main([*args, "--unit", "DINKES", "--year", str(YEAR), "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    assert "di bawah target" in capsys.readouterr().out
    names = {
        r[1] for r in load_workbook(out, read_only=True)["Rekap JP"].iter_rows(values_only=True)
    }
    assert "Ikhsan Bakri" in names
    pdf = tmp_path / "staf.pdf"
    code = cli.main(
        [*args, "--nip", recorded[0].staf.data.nip, "--year", str(YEAR), "--out", str(pdf)]
    )
    assert code == 0, capsys.readouterr().err
    assert "Workshop Pelayanan Publik" in _text(pdf)
    code = cli.main([*args, "--unit", "TIDAK-ADA", "--year", str(YEAR), "--out", str(out)])
    assert code == 1
    assert "tidak ditemukan" in capsys.readouterr().err
