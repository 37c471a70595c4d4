"""Public annual report: aggregates only (no name, no NIP), no group under 5 people,
totals that add up, a clear refusal for a year without data, and the CLI."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pypdf import PdfReader

from ekinerja_desktop.cli import main
from ekinerja_desktop.domain.nip import format_nip
from ekinerja_desktop.services import transparency
from ekinerja_desktop.services.errors import PermissionDeniedError, ValidationError
from ekinerja_desktop.services.transparency import (
    HIDDEN,
    SMALL,
    merge_categories,
    suppress_counts,
)
from tests.helpers.central import ROSTER, YEAR, build_city, central_node
from tests.helpers.cli_login import cli_login
from tests.helpers.master import actor_for

pytestmark = pytest.mark.db


@pytest.fixture
def city(data_dir, database_url):
    ws, admin = central_node(data_dir, database_url)
    built = build_city(ws)
    yield ws, admin, built
    ws.close()


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def _is_safe_count(cell: str) -> bool:
    return cell in (SMALL, HIDDEN, "") or int(cell) == 0 or int(cell) >= 5


def test_public_report_has_no_person_and_no_small_group(city, tmp_path):
    ws, admin, c = city
    files = transparency.write_report(ws, admin, YEAR, tmp_path / "pub")
    base = f"laporan-kinerja-ASN-{YEAR}"
    assert files.pdf == tmp_path / "pub" / f"{base}.pdf"
    assert {p.name for p in files.csv} == {
        f"{base}-ringkasan.csv",
        f"{base}-predikat.csv",
        f"{base}-opd.csv",
        f"{base}-log_bulanan.csv",
    }
    pdf_text = "\n".join(page.extract_text() for page in PdfReader(files.pdf).pages)
    csv_text = "\n".join(p.read_text(encoding="utf-8-sig") for p in files.csv)
    assert "Laporan Kinerja ASN Pemerintah Kota Palu" in pdf_text
    assert "Dinas Kesehatan" in pdf_text
    assert "Dinas Kesehatan" in csv_text
    for (_key, _unit, status, *_rest), name, digits in zip(ROSTER, c.names, c.nips, strict=True):
        for text in (pdf_text, csv_text):
            assert name not in text
            assert name.split()[0] not in text
            assert digits not in text
            assert format_nip(digits, status) not in text

    report = files.report
    # Kecamatan Tatanga (3) and Badan Arsip (1) are too small even together, so the
    # smallest remaining OPD (Dinas Pendidikan, 8) joins them.
    assert report.merged_opds == ("Badan Arsip", "Dinas Pendidikan", "Kecamatan Tatanga")
    assert any("Kecamatan Tatanga" in note and "Lainnya" in note for note in report.method)
    assert "Kecamatan Tatanga" in pdf_text  # the report states which OPDs were merged

    opd = _csv(files.csv[2])
    header, rows = opd[0], opd[1:]
    assert header[:2] == ["OPD", "Pegawai"]
    assert [r[0] for r in rows] == ["Dinas Kesehatan", "Lainnya (gabungan OPD kecil)"]
    assert all(int(r[1]) >= 5 for r in rows)
    assert sum(int(r[1]) for r in rows) == len(ROSTER) == report.people
    evaluated_col = 6
    hidden = 0
    for r in rows:
        counts = r[evaluated_col + 1 :]
        assert all(_is_safe_count(cell) for cell in [r[evaluated_col], *counts]), r
        shown = [int(cell) for cell in counts if cell not in (SMALL, HIDDEN)]
        if len(shown) == len(counts):
            assert sum(shown) == int(r[evaluated_col])
        else:
            # never a single hidden cell: it could be computed from the total
            assert len(counts) - len(shown) >= 2
            assert sum(shown) < int(r[evaluated_col])
        hidden += len(counts) - len(shown)
    assert hidden == report.suppressed_cells > 0
    kes = rows[0]
    assert kes[2] == "83.3"  # SKP disetujui (%), machine-readable decimal point
    assert kes[5] == "62.5"  # PNS >= 20 JP (%)

    predikat = _csv(files.csv[1])[1:]
    total = predikat[-1]
    assert total[0] == "Jumlah"
    assert int(total[1]) == 20
    assert sum(int(r[1]) for r in predikat[:-1]) == 20
    assert all(int(r[1]) >= 5 for r in predikat[:-1])

    summary = {r[0]: r[1] for r in _csv(files.csv[0])[1:]}
    assert summary["Pegawai ASN aktif"] == "24"
    assert summary["Kelompok OPD dalam laporan"] == "2"


def test_year_without_data_is_refused(city, tmp_path):
    ws, admin, _c = city
    with pytest.raises(ValidationError) as err:
        transparency.write_report(ws, admin, YEAR - 5, tmp_path / "none")
    assert str(YEAR - 5) in err.value.message
    assert not (tmp_path / "none").exists()


def test_only_admin_pusat_publishes(city, tmp_path):
    ws, admin, c = city
    opd_admin = actor_for(ws, admin, "adminkes", ["admin_opd"], c.people["a3"])
    with pytest.raises(PermissionDeniedError):
        transparency.build_report(ws, opd_admin, YEAR)


def test_cli_writes_pdf_and_csv_and_fails_clearly_without_data(
    city, tmp_path, capsys, database_url, monkeypatch
):
    cli_login(monkeypatch)  # CLI commands name their user (plain workspace too)
    ws, _admin, _c = city
    common = ["--data-dir", str(ws.data_dir)]
    if database_url:
        common += ["--database-url", database_url]
    out = tmp_path / "cli"
    assert main(["report", "public", "--year", str(YEAR), "--out", str(out), *common]) == 0
    printed = capsys.readouterr().out
    assert f"laporan-kinerja-ASN-{YEAR}.pdf" in printed
    assert (out / f"laporan-kinerja-ASN-{YEAR}.pdf").stat().st_size > 2000
    code = main(["report", "public", "--year", "2001", "--out", str(tmp_path / "x"), *common])
    assert code == 1
    assert "Belum ada data kinerja untuk tahun 2001" in capsys.readouterr().err


def test_suppression_and_merging_rules():
    assert suppress_counts([10, 3, 7, 0, 0]) == ([10, SMALL, HIDDEN, 0, 0], 2)
    assert suppress_counts([10, 3, 2, 0, 0]) == ([10, SMALL, SMALL, 0, 0], 2)
    assert suppress_counts([10, 6, 7, 0, 0]) == ([10, 6, 7, 0, 0], 0)
    # C (2) joins its smaller neighbour D (1); still 3, so B joins too
    assert merge_categories(["A", "B", "C", "D"], [40, 30, 2, 1]) == (["A", "B/C/D"], [40, 33])
    # a non-empty neighbour is preferred; totals never change
    assert merge_categories(["A", "B", "C"], [40, 3, 0]) == (["A/B", "C"], [43, 0])
    assert merge_categories(["A", "B"], [9, 6]) == (["A", "B"], [9, 6])
