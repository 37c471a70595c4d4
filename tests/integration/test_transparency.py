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
from ekinerja_desktop.services.transparency import HIDDEN
from tests.helpers.central import ROSTER, YEAR, city_node
from tests.helpers.cli_login import cli_login
from tests.helpers.master import actor_for

pytestmark = pytest.mark.db


@pytest.fixture
def city(data_dir, database_url):
    with city_node(data_dir, database_url) as made:
        yield made


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def _is_safe_count(cell: str) -> bool:
    return cell in (HIDDEN, "") or int(cell) == 0 or int(cell) >= 5


def test_public_report_has_no_person_and_no_small_group(city, tmp_path):
    ws, admin, c = city
    transparency.save_narrative(
        ws,
        admin,
        YEAR,
        transparency.Narrative(
            "Kepatuhan SKP naik.", "Log harian di kecamatan.", "Pendampingan OPD kecil."
        ),
    )
    files = transparency.write_report(
        ws, admin, YEAR, tmp_path / "pub", formats=transparency.FORMATS
    )
    base = f"laporan-kinerja-ASN-{YEAR}"
    assert files.pdf == tmp_path / "pub" / f"{base}.pdf"
    assert files.xlsx == tmp_path / "pub" / f"{base}.xlsx"
    assert files.html == tmp_path / "pub" / f"{base}.html"
    keys = (
        "ringkasan",
        "predikat",
        "opd_skp",
        "opd_predikat",
        "opd_jp",
        "organisasi",
        "tren_bulanan",
        "tindak_lanjut",
        "narasi",
        "metode",
    )
    assert {p.name for p in files.csv} == {f"{base}-{k}.csv" for k in keys}
    csv_by_key = {p.stem[len(base) + 1 :]: p for p in files.csv}
    pdf_text = "\n".join(page.extract_text() for page in PdfReader(files.pdf).pages)
    csv_text = "\n".join(p.read_text(encoding="utf-8-sig") for p in files.csv)
    html_text = files.html.read_text(encoding="utf-8")
    assert "Laporan Kinerja ASN Pemerintah Kota Palu" in pdf_text
    for text in (pdf_text, csv_text, html_text):
        assert "Dinas Kesehatan" in text
        assert "Pendampingan OPD kecil." in text  # the narrative is printed with the figures
    for (_key, _unit, status, *_rest), name, digits in zip(ROSTER, c.names, c.nips, strict=True):
        for text in (pdf_text, csv_text, html_text):
            assert name not in text
            assert name.split()[0] not in text
            assert digits not in text
            assert format_nip(digits, status) not in text

    report = files.report
    # Kecamatan Tatanga (3) and Badan Arsip (1) are merged; Dinas Pendidikan (8) is not.
    assert report.merged_opds == ("Badan Arsip", "Kecamatan Tatanga")
    note = next(n for n in report.method if "Lainnya" in n and "Kecamatan Tatanga" in n)
    assert "2 OPD" in note
    assert "4 pegawai" in note
    assert "Dinas Pendidikan" not in note
    assert "Kecamatan Tatanga" in pdf_text  # the report states which OPDs were merged
    assert any("masih kurang dari 5" in n for n in report.method)

    opd = _csv(csv_by_key["opd_predikat"])
    header, rows = opd[0], opd[1:]
    assert header[:2] == ["OPD", "Pegawai"]
    assert [r[0] for r in rows] == [
        "Dinas Kesehatan",
        "Dinas Pendidikan",
        "Lainnya (gabungan OPD kecil)",
        "Jumlah kota",
    ]
    assert sum(int(r[1]) for r in rows[:-1]) == int(rows[-1][1]) == len(ROSTER) == 24
    lainnya = rows[2]
    assert set(lainnya[2:]) == {HIDDEN}  # 4 people: nothing but the head count
    for r in rows:
        assert all(_is_safe_count(cell) for cell in r[2:9]), r
    hidden = sum(
        cell == HIDDEN
        for key in ("opd_skp", "opd_predikat", "opd_jp")
        for r in _csv(csv_by_key[key])[1:]
        for cell, col in zip(r, _csv(csv_by_key[key])[0], strict=True)
        if "(%)" not in col and col != "Dinilai"
    )
    hidden += sum(
        r[i] == HIDDEN for r in _csv(csv_by_key["tren_bulanan"])[1:] for i in (2, 4)
    ) + sum(r[1] == HIDDEN for r in _csv(csv_by_key["tindak_lanjut"])[1:])
    assert hidden == report.suppressed_cells > report.primary_cells > 0
    skp = {r[0]: r for r in _csv(csv_by_key["opd_skp"])[1:]}
    # 10 of 12 approved: the 2 without are hidden, so are the pair and the rate
    assert skp["Dinas Kesehatan"][2:5] == [HIDDEN, HIDDEN, HIDDEN]
    jp = {r[0]: r for r in _csv(csv_by_key["opd_jp"])[1:]}
    assert jp["Dinas Pendidikan"][2] == "8"  # PNS >= 20 JP
    assert jp["Dinas Pendidikan"][6] == "100.0"  # machine-readable decimal point

    predikat = _csv(csv_by_key["predikat"])[1:]
    assert [r[0] for r in predikat] == [
        "Sangat Baik",
        "Baik",
        "Butuh Perbaikan",
        "Kurang",
        "Sangat Kurang",
        "Jumlah dinilai",
    ]  # never merged
    counts = {r[0]: r[1] for r in predikat}
    assert counts["Baik"] == "14"
    assert counts["Sangat Baik"] == HIDDEN  # 3 people

    summary = {r[0]: r[1] for r in _csv(csv_by_key["ringkasan"])[1:]}
    assert summary["Pegawai ASN aktif"] == "24"
    assert summary["Kelompok OPD dalam laporan"] == "3"
    org = {r[0]: r[1] for r in _csv(csv_by_key["organisasi"])[1:]}
    assert org["Dinas Kesehatan"] == "Butuh Perbaikan"
    follow = {r[0]: r[1] for r in _csv(csv_by_key["tindak_lanjut"])[1:]}
    assert follow == {"Penghargaan tercatat": HIDDEN, "Rencana pembinaan tercatat": HIDDEN}
    months = _csv(csv_by_key["tren_bulanan"])[1:]
    assert [m[0] for m in months][:2] == [f"Jan {YEAR}", f"Feb {YEAR}"]
    assert len(months) == 12


def test_html_is_self_contained(city, tmp_path):
    ws, admin, _c = city
    files = transparency.write_report(ws, admin, YEAR, tmp_path / "web", formats=("html",))
    assert files.files == (files.html,)
    html = files.html.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "<svg" in html
    assert "<style>" in html
    lowered = html.lower()
    for forbidden in ("<script", "src=", "href=", "@import", "url(", "javascript:"):
        assert forbidden not in lowered, forbidden
    assert "default-src 'none'" in html


def test_narrative_is_stored_per_year_and_audited(city):
    ws, admin, c = city
    assert transparency.narrative(ws, YEAR).empty
    saved = transparency.save_narrative(
        ws, admin, YEAR, transparency.Narrative("  Capaian baik. ", "", "Langkah.")
    )
    assert saved.achievements == "Capaian baik."
    assert transparency.narrative(ws, YEAR) == saved
    assert transparency.narrative(ws, YEAR + 1).empty
    assert [h for h, _t in saved.parts()] == ["Capaian", "Langkah selanjutnya"]
    with pytest.raises(ValidationError):
        transparency.save_narrative(
            ws, admin, YEAR, transparency.Narrative("x" * (transparency.NARRATIVE_MAX + 1))
        )
    opd_admin = actor_for(ws, admin, "adminkes2", ["admin_opd"], c.people["a4"])
    with pytest.raises(PermissionDeniedError):
        transparency.save_narrative(ws, opd_admin, YEAR, transparency.Narrative("x"))


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
    html = tmp_path / "cli-html"
    args = ["report", "public", "--year", str(YEAR), "--out", str(html), *common]
    assert main([*args, "--format", "html", "--format", "xlsx"]) == 0
    printed = capsys.readouterr().out
    assert sorted(p.name for p in html.iterdir()) == [
        f"laporan-kinerja-ASN-{YEAR}.html",
        f"laporan-kinerja-ASN-{YEAR}.xlsx",
    ]
    assert f"laporan-kinerja-ASN-{YEAR}.html" in printed
    transparency.save_narrative(
        ws, _admin, YEAR, transparency.Narrative("Capaian kota.", "", "Langkah kota.")
    )
    show = ["report", "public", "--year", str(YEAR), "--show-narrative", *common]
    assert main(show) == 0
    printed = capsys.readouterr().out
    assert "## Capaian\nCapaian kota." in printed
    assert "## Langkah selanjutnya\nLangkah kota." in printed
    assert "Tantangan" not in printed
    code = main(["report", "public", "--year", "2001", "--out", str(tmp_path / "x"), *common])
    assert code == 1
    assert "Belum ada data kinerja untuk tahun 2001" in capsys.readouterr().err


def test_suppression_protects_rows_and_columns():
    from ekinerja_desktop.domain.suppression import feasible_intervals, grid_lines, suppress

    rows, cols = ["A", "B", "C"], ["p", "q", "r"]
    grid = {"A": (10, 3, 7), "B": (8, 9, 6), "C": (20, 6, 6)}
    values = {(r, c): grid[r][i] for r in rows for i, c in enumerate(cols)}
    for r in rows:
        values[(r, "T")] = sum(grid[r])
    for c in [*cols, "T"]:
        values[("S", c)] = sum(values[(r, c)] for r in rows)
    lines = grid_lines(rows, cols, "S", "T")
    hidden = suppress(values, [("A", "q")], lines, locked=[(r, "T") for r in [*rows, "S"]])
    # a rectangle: a second cell in A's row, and in q's column, and the corner
    assert len(hidden) == 4
    assert {k[0] for k in hidden} == {"A", "B"} or {k[0] for k in hidden} == {"A", "C"}
    assert all(lo < hi for lo, hi in feasible_intervals(values, hidden, lines).values())
    # the old rule (one more cell in the row only) is recovered from the column
    weak = {("A", "q"), ("A", "r")}
    assert feasible_intervals(values, weak, lines)[("A", "q")] == (3, 3)
