"""peek_header: the unverified header of a bundle, or None for anything unreadable."""

from __future__ import annotations

from ekinerja_desktop.sync import peek_header
from tests.helpers.bundles import write_bundle


def test_peek_header_reads_the_unverified_header(tmp_path, nodes):
    path = write_bundle(
        tmp_path / "b.ekb",
        nodes.central,
        [nodes.office1],
        {"manifest.json": b"{}"},
        kind="enrollment",
        meta={"central": {"node_id": "central"}},
    )
    header = peek_header(path)
    assert header is not None
    assert header["kind"] == "enrollment"
    assert header["sender"] == "central"
    assert header["meta"] == {"central": {"node_id": "central"}}


def test_peek_header_returns_none_for_damaged_or_missing_files(tmp_path, nodes):
    path = write_bundle(tmp_path / "b.ekb", nodes.central, [nodes.office1], {"a.json": b"{}"})
    data = path.read_bytes()
    for cut in (0, 10, len(data) // 2, len(data) - 1):
        broken = tmp_path / f"cut{cut}.ekb"
        broken.write_bytes(data[:cut])
        assert peek_header(broken) is None
    assert peek_header(tmp_path / "missing.ekb") is None
    assert peek_header(tmp_path) is None  # a folder
