"""The real type of an evidence file comes from its content (issue 20, item 5)."""

from __future__ import annotations

import io

from openpyxl import Workbook

from ekinerja_desktop.domain import filetypes

HTA = b'<html><head><hta:application id="x"/><script>new ActiveXObject("WScript.Shell")'


def _xlsx() -> bytes:
    out = io.BytesIO()
    Workbook().save(out)
    return out.getvalue()


def test_allow_listed_documents_and_images_are_viewable():
    for data, code in (
        (b"%PDF-1.7\n...", "pdf"),
        (b"\x89PNG\r\n\x1a\n....", "png"),
        (b"\xff\xd8\xff\xe0....JFIF", "jpeg"),
        (_xlsx(), "xlsx"),
        (b"Laporan kegiatan: rapat koordinasi.\n", "text"),
    ):
        kind = filetypes.detect(data)
        assert kind.code == code
        assert kind.viewable


def test_programs_scripts_and_web_pages_are_not_viewable_whatever_their_name():
    for data, code in (
        (HTA, "html"),
        (b"MZ\x90\x00\x03\x00\x00\x00", "exe"),
        (b"#!/bin/sh\nrm -rf ~\n", "script"),
        (b"@echo off\r\npowershell -enc AAAA\r\n", "script"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "ole"),
        (bytes(range(256)) * 4, "unknown"),
    ):
        kind = filetypes.detect(data)
        assert kind.code == code
        assert not kind.viewable


def test_the_viewed_copy_carries_the_real_type_not_the_senders_extension():
    assert filetypes.view_name("Laporan Q1.pdf.hta", filetypes.HTML) == "Laporan Q1.bin"
    assert filetypes.view_name("Laporan Q1.pdf.hta", filetypes.PDF) == "Laporan Q1.pdf"
    assert filetypes.view_name("foto.jpeg", filetypes.JPEG) == "foto.jpg"
    assert filetypes.view_name("nota.doc", filetypes.OLE) == "nota.doc"
