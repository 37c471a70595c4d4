"""Dokumen SKP export: the rendered PDF carries every heading, row, value and signer."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from ekinerja_desktop import cli
from ekinerja_desktop.domain import BERAKHLAK
from ekinerja_desktop.services import skp as svc
from ekinerja_desktop.services.errors import PermissionDeniedError
from tests.helpers.cli_login import cli_login
from tests.helpers.report_samples import SKP_HEADINGS, assert_all_in
from tests.helpers.skp import (
    KADIS_RHK,
    LAMPIRAN,
    YEAR,
    approved,
    diklat_row,
    ind,
    make_chain,
    row,
)

pytestmark = [pytest.mark.db, pytest.mark.prepared(build="_exported")]


def _text(path) -> str:
    reader = PdfReader(str(path))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture
def exported(prepared):
    return prepared


def _exported(ws, admin):
    chain = make_chain(ws, admin)
    head = approved(ws, chain.a_kadis, chain.a_sekda, KADIS_RHK)
    rhk = (
        diklat_row(
            head.rhk[0].id,
            ind("Persentase pegawai yang dipetakan kebutuhan diklatnya", "100", "%", "Kualitas"),
        ),
        row(
            "Tersusunnya laporan pelayanan kesehatan rujukan",
            ind("Waktu penyampaian laporan", "12", "Bulan", "Waktu"),
            parent=head.rhk[1].id,
            kind="Tambahan",
        ),
    )
    detail = approved(ws, chain.a_kabid, chain.a_kadis, rhk)
    return chain, head, detail, rhk


def test_pdf_has_headings_rows_values_and_signers(ws, tmp_path, exported):
    chain, head, detail, rhk = exported
    out = svc.export_pdf(ws, chain.a_kabid, detail.summary.id, tmp_path / "skp.pdf")
    text = _text(out)
    assert_all_in(text, *SKP_HEADINGS, f"1 Januari s.d. 31 Desember {YEAR}")
    for item in rhk:
        assert _norm(item.text) in text
        for indicator in item.indicators:
            assert _norm(indicator.text) in text
    for parent in head.rhk:  # "RHK pimpinan yang diintervensi"
        assert _norm(parent.text) in text
    assert "4 Dokumen" in text
    assert "100 %" in text
    for value in BERAKHLAK:
        assert value.name in text
    assert "Menyelesaikan laporan tepat waktu tanpa catatan" in text
    for line in LAMPIRAN.dukungan_sumber_daya + LAMPIRAN.konsekuensi:
        assert _norm(line) in text
    # Signature and identity blocks come from the approval snapshots.
    assert "Moh. Rizal Tombolotutu, S.K.M., M.Kes." in text
    assert "dr. Andi Sulastri, M.Kes." in text
    assert "19850101 201001 1 003" in text
    assert "Pembina (IV/a)" in text
    assert "Palu, " in text
    assert "DRAF" not in text


def test_draft_pdf_is_marked_and_outsiders_refused(ws, tmp_path, exported):
    chain, _head, _detail, _rhk = exported
    draft = svc.create_skp(ws, chain.a_staf, YEAR)
    out = svc.export_pdf(ws, chain.a_kabid, draft.summary.id, tmp_path / "draft.pdf")
    text = _text(out)
    assert "DRAF" in text
    assert "Nurhayati Lamarauna, S.E." in text
    with pytest.raises(PermissionDeniedError):
        svc.export_pdf(ws, chain.a_guru, draft.summary.id, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_cli_report_skp(ws, tmp_path, exported, capsys, monkeypatch):
    cli_login(monkeypatch)  # CLI commands name their user (plain workspace too)
    chain, _head, _detail, _rhk = exported
    out = tmp_path / "cli" / "skp.pdf"
    args = ["report", "skp", "--data-dir", str(ws.data_dir), "--database-url", ws.url]
    code = cli.main([*args, "--nip", chain.kabid.data.nip, "--year", str(YEAR), "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    assert "Moh. Rizal Tombolotutu" in capsys.readouterr().out
    assert "Terlaksananya analisis kebutuhan diklat pegawai" in _text(out)
    code = cli.main([*args, "--nip", chain.guru.data.nip, "--year", str(YEAR), "--out", str(out)])
    assert code == 1
    assert "belum memiliki SKP" in capsys.readouterr().err
