"""Issue 21 item 4: every official PDF carries a registered verification code; a tampered
file, an outdated revision, an unknown and a mistyped code are reported as such, and an
actor who may not read the record learns nothing personal."""

from __future__ import annotations

import base64
import re
import zlib

import pytest
from pypdf import PdfReader

from ekinerja_desktop import cli
from ekinerja_desktop.domain.verification import (
    EXIT_CODES,
    Verdict,
    new_code,
    normalise_code,
    parse_payload,
)
from ekinerja_desktop.reports import build_skp_pdf
from ekinerja_desktop.services import audit, document_check, issuance
from ekinerja_desktop.services import skp as svc
from ekinerja_desktop.store.models import IssuedDocument
from tests.helpers.central import YEAR as CITY_YEAR
from tests.helpers.central import build_city, central_node
from tests.helpers.cli_login import cli_login
from tests.helpers.skp import (
    KADIS_RHK,
    YEAR,
    approved,
    diklat_row,
    make_chain,
    save_kuantitatif,
)

pytestmark = [pytest.mark.db, pytest.mark.prepared(build="_kabid_skp")]


def _kabid_skp(ws, admin):
    """The chain and the kabid's approved SKP (one RHK under the kadis' first)."""
    chain = make_chain(ws, admin)
    head = approved(ws, chain.a_kadis, chain.a_sekda, KADIS_RHK)
    return chain, approved(ws, chain.a_kabid, chain.a_kadis, (diklat_row(head.rhk[0].id),))


@pytest.fixture
def printed(ws, prepared, tmp_path):
    chain, detail = prepared
    out = svc.export_pdf(ws, chain.a_kabid, detail.summary.id, tmp_path / "skp.pdf")
    return chain, detail, out


def _code_of(path) -> str:
    keywords = PdfReader(str(path)).metadata["/Keywords"]
    found = parse_payload(keywords)
    assert found is not None
    return found.code


def test_code_format_and_check_symbol():
    for _ in range(200):
        code = new_code()
        assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}", code)
        assert normalise_code(code.lower().replace("-", " ")) == code
    code = new_code()
    # Every single mistyped symbol is caught by the check symbol.
    for i, ch in enumerate(code):
        if ch == "-":
            continue
        for other in "0123456789ABCDEFGHJKMNPQRSTVWXYZ":
            if other != ch:
                assert normalise_code(code[:i] + other + code[i + 1 :]) is None
    assert normalise_code("O" + code[1:]) == (code if code[0] == "0" else None)


def test_printed_pdf_is_registered_stamped_and_verifies(ws, admin, printed):
    chain, detail, out = printed
    text = " ".join(page.extract_text() or "" for page in PdfReader(str(out)).pages)
    code = _code_of(out)
    assert f"Kode verifikasi: {code}" in text
    assert text.count(f"Kode verifikasi: {code}") == len(PdfReader(str(out)).pages)
    keywords = PdfReader(str(out)).metadata["/Keywords"]
    # The QR payload (also the metadata) names no person: code and hash prefix only.
    assert re.fullmatch(r"EKINERJA-VERIFY:[0-9A-Z-]{12}:[0-9A-F]{12}", keywords)
    with ws.read() as session:
        reg = session.query(IssuedDocument).filter_by(code=code).one()
        assert reg.record_table == "skp"
        assert reg.record_id == detail.summary.id
        assert reg.revision == 1
        assert reg.final
        assert reg.content_hash == session.get(type(reg), reg.id).content_hash
    result = document_check.check_file(ws, chain.a_kabid, out)
    assert result.verdict is Verdict.VALID
    assert result.exit_code == 0
    assert result.file_checked
    assert "Moh. Rizal Tombolotutu" in "\n".join(result.lines())
    actions = [e.action for e in audit.recent(ws, admin, limit=5)]
    assert "document.verify" in actions
    assert "document.issue" in actions


def test_tampered_pdf_is_reported(ws, printed, tmp_path):
    chain, _detail, out = printed
    data = bytearray(out.read_bytes())
    # Change one number inside a page's content stream (decode, edit, encode again as
    # ReportLab does): the code and the metadata stay, the file is not the one issued.
    for match in re.finditer(rb"stream\r?\n", bytes(data)):
        end = data.index(b"endstream", match.end())
        plain = document_check.decode_stream(bytes(data[match.end() : end]))
        if b"4 Dokumen" in plain:
            break
    else:
        pytest.fail("no content stream with the target")
    encoded = base64.a85encode(zlib.compress(plain.replace(b"4 Dokumen", b"9 Dokumen")))
    edited = bytes(data[: match.end()]) + encoded + b"~>\n" + bytes(data[end:])
    fake = tmp_path / "forged.pdf"
    fake.write_bytes(edited)
    assert document_check.read_payload(edited) is not None
    result = document_check.check_file(ws, chain.a_kabid, fake)
    assert result.verdict is Verdict.TAMPERED
    assert result.exit_code == EXIT_CODES[Verdict.TAMPERED]
    assert "TIDAK COCOK" in result.headline()
    # One flipped byte anywhere is enough too.
    data[len(data) // 2] ^= 0x01
    fake.write_bytes(bytes(data))
    assert document_check.check_file(ws, chain.a_kabid, fake).verdict is Verdict.TAMPERED


def test_forged_copy_with_a_genuine_code_is_tampered(ws, printed, tmp_path):
    """A file rendered anew with another content but the real code is not the issued one."""
    chain, detail, out = printed
    code = _code_of(out)
    doc = svc.skp_document(ws, chain.a_kabid, detail.summary.id)
    import dataclasses

    from ekinerja_desktop.reports import VerificationStamp

    with ws.read() as session:
        reg = session.query(IssuedDocument).filter_by(code=code).one()
        content_hash = reg.content_hash
    forged = dataclasses.replace(doc, tempat="Jakarta")
    fake = tmp_path / "copy.pdf"
    build_skp_pdf(forged, fake, stamp=VerificationStamp(code, content_hash))
    assert document_check.check_file(ws, chain.a_kabid, fake).verdict is Verdict.TAMPERED
    # The genuine document re-rendered from the same input gives the same bytes.
    same = tmp_path / "same.pdf"
    build_skp_pdf(doc, same, stamp=VerificationStamp(code, content_hash))
    assert same.read_bytes() == out.read_bytes()


def test_outdated_revision_is_reported(ws, printed, tmp_path):
    chain, detail, out = printed
    revised = svc.start_revision(ws, chain.a_kabid, detail.summary.id, "Perubahan target")
    assert revised.summary.revision == 2
    result = document_check.check_file(ws, chain.a_kabid, out)
    assert result.verdict is Verdict.OUTDATED
    assert result.exit_code == EXIT_CODES[Verdict.OUTDATED]
    assert "revisi 1; revisi 2 yang lebih baru ada" in "\n".join(result.lines()).lower()
    # The new revision printed as a draft: registered, but a draft.
    draft = svc.export_pdf(ws, chain.a_kabid, revised.summary.id, tmp_path / "rev2.pdf")
    assert document_check.check_file(ws, chain.a_kabid, draft).verdict is Verdict.DRAFT


def test_draft_edited_after_printing_is_outdated(ws, admin, tmp_path):
    chain = make_chain(ws, admin)
    # The head of the OPD (no penilai's RHK to cascade from) keeps a draft.
    draft = svc.create_skp(ws, chain.a_kadis, YEAR)
    sid = draft.summary.id
    save_kuantitatif(ws, chain.a_kadis, sid, KADIS_RHK)
    out = svc.export_pdf(ws, chain.a_kadis, sid, tmp_path / "d.pdf")
    assert document_check.check_file(ws, chain.a_kadis, out).verdict is Verdict.DRAFT
    save_kuantitatif(ws, chain.a_kadis, sid, KADIS_RHK[:1])
    result = document_check.check_file(ws, chain.a_kadis, out)
    assert result.verdict is Verdict.OUTDATED
    assert result.content_changed
    assert "Isi rekaman sudah berubah" in "\n".join(result.lines())


def test_unknown_and_typed_codes(ws, printed, tmp_path):
    chain, _detail, out = printed
    code = _code_of(out)
    typed = document_check.check_code(ws, chain.a_kabid, code.lower().replace("-", ""))
    assert typed.verdict is Verdict.VALID
    assert not typed.file_checked
    other = new_code()
    unknown = document_check.check_code(ws, chain.a_kabid, other)
    assert unknown.verdict is Verdict.UNKNOWN
    assert "tidak terdaftar di ruang kerja ini" in unknown.headline()
    typo = code[:-1] + ("0" if code[-1] != "0" else "1")
    assert document_check.check_code(ws, chain.a_kabid, typo).verdict is Verdict.NO_CODE
    # A scanned QR text works as well; a QR whose hash prefix is not the record's fails.
    scanned = PdfReader(str(out)).metadata["/Keywords"]
    assert document_check.check_code(ws, chain.a_kabid, scanned).verdict is Verdict.VALID
    wrong = scanned[:-4] + ("0000" if not scanned.endswith("0000") else "1111")
    assert document_check.check_code(ws, chain.a_kabid, wrong).verdict is Verdict.TAMPERED
    plain = tmp_path / "plain.pdf"
    from ekinerja_desktop.reports import Column, build_table_pdf

    build_table_pdf("Tanpa kode", [], [Column("A")], [["x"]], plain)
    assert document_check.check_file(ws, chain.a_kabid, plain).verdict is Verdict.NO_CODE


def test_unauthorised_actor_sees_no_names(ws, printed):
    chain, _detail, out = printed
    result = document_check.check_file(ws, chain.a_guru, out)
    assert result.verdict is Verdict.VALID
    assert not result.authorised
    words = "\n".join(result.lines())
    for secret in ("Tombolotutu", chain.kabid.data.nip[:8], "kabid", "Diterbitkan"):
        assert secret not in words
    assert "Dokumen SKP" in words
    assert "Revisi 1 (revisi terbaru)" in words


def test_code_found_in_page_footer_without_metadata(printed):
    _chain, _detail, out = printed
    data = out.read_bytes()
    code = document_check.read_payload(data)
    assert code is not None
    stripped = re.sub(rb"EKINERJA-VERIFY:[0-9A-Z:-]+", b"", data)
    found = document_check.read_payload(stripped)
    assert found is not None
    assert found.code == code.code


def test_cli_verify_exit_codes(ws, printed, tmp_path, capsys, monkeypatch):
    cli_login(monkeypatch)
    chain, detail, out = printed
    base = ["verify", "--data-dir", str(ws.data_dir), "--database-url", ws.url]
    assert cli.main([*base, str(out)]) == 0
    assert "ASLI" in capsys.readouterr().out
    code = _code_of(out)
    assert cli.main([*base, "--code", code]) == 0
    capsys.readouterr()
    svc.start_revision(ws, chain.a_kabid, detail.summary.id, "Perubahan target")
    assert cli.main([*base, str(out)]) == EXIT_CODES[Verdict.OUTDATED]
    assert "revisi 2 yang lebih baru ada" in capsys.readouterr().out
    data = bytearray(out.read_bytes())
    data[-200] ^= 0x20
    fake = tmp_path / "x.pdf"
    fake.write_bytes(bytes(data))
    assert cli.main([*base, str(fake)]) == EXIT_CODES[Verdict.TAMPERED]
    assert cli.main([*base, "--code", new_code()]) == EXIT_CODES[Verdict.UNKNOWN]
    assert cli.main([*base, "--code", "ABCD"]) == EXIT_CODES[Verdict.NO_CODE]
    assert cli.main([*base, str(tmp_path / "missing.pdf")]) == 1


def test_recap_is_registered_and_a_changed_reissue_outdates_it(ws, admin, tmp_path):
    """A report without revisions: a re-issue with other content outdates earlier prints."""
    from ekinerja_desktop.services import recap

    chain = make_chain(ws, admin)
    unit_id = chain.staf.data.unit_id
    first = recap.unit_recap(ws, admin, unit_id, YEAR, 3)
    pdf = recap.export_recap(first, tmp_path / "r1.pdf", ws=ws, actor=admin)
    result = document_check.check_file(ws, admin, pdf)
    assert result.verdict is Verdict.VALID
    assert "Rekap log harian" in "\n".join(result.lines())
    # Issued again with the same content: the first stays valid.
    again = recap.export_recap(first, tmp_path / "r2.pdf", ws=ws, actor=admin)
    assert document_check.check_file(ws, admin, pdf).verdict is Verdict.VALID
    assert document_check.check_file(ws, admin, again).verdict is Verdict.VALID
    # Other content for the same unit and month: the earlier prints are outdated.
    import dataclasses

    changed = dataclasses.replace(first, unit_name=first.unit_name + " (koreksi)")
    recap.export_recap(changed, tmp_path / "r3.pdf", ws=ws, actor=admin)
    assert document_check.check_file(ws, admin, pdf).verdict is Verdict.OUTDATED
    # Someone who may not see the unit's recap learns the kind only.
    hidden = document_check.check_file(ws, chain.a_guru, pdf)
    assert not hidden.authorised
    assert "Rekap log harian" in hidden.kind_label
    assert hidden.subject == ""


def test_public_report_is_registered(data_dir, database_url, tmp_path):
    from ekinerja_desktop.services import transparency

    central, admin = central_node(data_dir, database_url)
    try:
        build_city(central)
        files = transparency.write_report(central, admin, CITY_YEAR, tmp_path / "pub")
        result = document_check.check_file(central, admin, files.pdf)
        assert result.verdict is Verdict.VALID
        with central.read() as session:
            assert [r.kind for r in session.query(IssuedDocument)] == ["public_report"]
    finally:
        central.close()


def test_issue_publishes_only_registered_files(ws, admin, tmp_path, monkeypatch):
    """A failure while registering leaves no PDF behind (every issued file is registered)."""
    chain = make_chain(ws, admin)
    draft = svc.create_skp(ws, chain.a_staf, YEAR)

    def boom(*_a, **_k):
        raise OSError("disk gone")

    monkeypatch.setattr(issuance, "_register", boom)
    with pytest.raises(OSError):
        svc.export_pdf(ws, chain.a_staf, draft.summary.id, tmp_path / "x.pdf")
    assert not list(tmp_path.glob("x.pdf*"))


def test_central_recognises_a_document_printed_at_an_office(ws, admin, tmp_path):
    """The register stays where a document was printed, but central holds the same
    records: an SKP approved at central, synced to the Dinas Kesehatan PC and printed
    there is recognised at central by its content fingerprint - and reported outdated
    once a revision is approved."""
    from ekinerja_desktop.domain.roles import NodeRole
    from tests.helpers.sync import enroll, make_node, ship

    central, c_admin = make_node(tmp_path / "central", NodeRole.CENTRAL)
    try:
        chain, detail = _kabid_skp(central, c_admin)
        enroll(central, c_admin, ws, admin, tmp_path, ["DINKES"])
        ship(central, c_admin, ws, admin, ws.node.id, tmp_path / "c2o")
        printed = svc.export_pdf(ws, admin, detail.summary.id, tmp_path / "kantor.pdf")

        result = document_check.check_file(central, c_admin, printed)
        assert result.verdict is Verdict.VALID
        assert result.issued_elsewhere
        assert not result.file_checked  # the bytes cannot be compared without the register
        assert (result.kind, result.revision) == ("skp", detail.summary.revision)
        assert result.authorised  # central's admin may read the SKP
        assert "Moh. Rizal Tombolotutu" in result.subject
        assert result.headline().startswith("COCOK")
        # Somebody with no right to the record learns the verdict only.
        hidden = document_check.check_file(central, chain.a_guru, printed)
        assert (hidden.verdict, hidden.issued_elsewhere, hidden.subject) == (
            Verdict.VALID,
            True,
            "",
        )
        assert not any("Tombolotutu" in line for line in hidden.lines())

        # A revision approved at central outdates what the office printed.
        revised = svc.start_revision(central, chain.a_kabid, detail.summary.id, "Mutasi tugas")
        svc.submit(central, chain.a_kabid, revised.summary.id)
        svc.approve(central, chain.a_kadis, revised.summary.id)
        later = document_check.check_file(central, c_admin, printed)
        assert later.verdict is Verdict.OUTDATED
        assert later.latest_revision == detail.summary.revision + 1
        # A code that is neither registered nor carries a known fingerprint stays unknown.
        assert document_check.check_code(central, c_admin, new_code()).verdict is Verdict.UNKNOWN
    finally:
        central.close()
