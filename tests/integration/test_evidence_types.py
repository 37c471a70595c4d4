"""Evidence opens by its real type (issue 20, item 5): ``Laporan Q1.pdf.hta`` holding a
web page (HTA) is refused with a message that names that type, opens only when
confirmed - and then as ``.bin``, never as a script - and its data stays intact."""

from __future__ import annotations

import pytest

from ekinerja_desktop.services import evidence
from tests.helpers.dailylog import staf_entry

pytestmark = [pytest.mark.db, pytest.mark.prepared(build=staf_entry)]

HTA = b'<html><head><hta:application id="x"/><script>new ActiveXObject("WScript.Shell")'


@pytest.fixture
def env(prepared):
    return prepared


def test_a_disguised_hta_needs_confirmation_and_never_opens_as_a_script(ws, env, tmp_path):
    chain, saved = env
    src = tmp_path / "Laporan Q1.pdf.hta"
    src.write_bytes(HTA)
    item = evidence.attach_file(ws, chain.a_staf, saved.id, src)
    assert item.mime == "text/html"  # from the content
    with pytest.raises(evidence.UnsafeEvidenceError) as err:
        evidence.evidence_path(ws, chain.a_kabid, item.id)
    assert "halaman web/HTA" in err.value.message
    assert "Laporan Q1.pdf.hta" in err.value.message
    opened = evidence.evidence_path(ws, chain.a_kabid, item.id, confirmed=True)
    assert opened.name == "Laporan Q1.bin"
    assert opened.read_bytes() == HTA  # nothing lost


def test_a_real_pdf_with_a_strange_name_opens_as_a_pdf(ws, env, tmp_path):
    chain, saved = env
    src = tmp_path / "Laporan Q1.pdf.hta"
    src.write_bytes(b"%PDF-1.4 laporan")
    item = evidence.attach_file(ws, chain.a_staf, saved.id, src)
    assert item.mime == "application/pdf"
    assert evidence.evidence_path(ws, chain.a_staf, item.id).name == "Laporan Q1.pdf"
