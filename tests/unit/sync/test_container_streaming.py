"""Large payloads stream through writer and reader with bounded Python memory."""

from __future__ import annotations

import hashlib
import random
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from ekinerja_desktop.sync.container import Limits, open_bundle
from ekinerja_desktop.sync.errors import BundleError
from tests.helpers.bundles import Nodes, central_writer, lookup
from tests.helpers.effort import effort

# 64 MB in the test command, 200 MB under EKINERJA_TEST_EFFORT=deep: either way far
# above the memory bound (a quarter of it), so a buffered writer or reader fails.
TARGET_BYTES = effort(ci=64, deep=200) * 1024 * 1024
PEAK_LIMIT = TARGET_BYTES // 4  # 16 MiB in the test command


def _chunks() -> list[bytes]:
    """About 5 MB of NDJSON chunks (256 lines each) that compress like real data (not a
    trivial ratio). Made before memory tracing starts; ``_records`` cycles through them,
    so producing the payload costs no Python work per line inside the measurement (the
    same text comes round only every 5 MB, far beyond deflate's 32 KiB window)."""
    rng = random.Random(20250101)
    words = [rng.randbytes(6).hex() for _ in range(5000)]
    chunks = []
    for block in range(64):
        lines = [
            b'{"uuid":"%032x","seq":%d,"aktivitas":"%s"}\n'
            % (rng.getrandbits(128), block * 256 + i, " ".join(rng.choices(words, k=40)).encode())
            for i in range(256)
        ]
        chunks.append(b"".join(lines))
    return chunks


def _records(chunks: list[bytes], digest: hashlib._Hash) -> Iterator[bytes]:
    """``TARGET_BYTES`` of the NDJSON ``chunks``, in turn; ``digest`` sees what is yielded."""
    produced = 0
    index = 0
    while produced < TARGET_BYTES:
        chunk = chunks[index % len(chunks)]
        digest.update(chunk)
        yield chunk
        produced += len(chunk)
        index += 1


@pytest.mark.slow
def test_large_payload_streams_with_bounded_memory(tmp_path: Path, nodes: Nodes) -> None:
    written = hashlib.sha256()
    chunks = _chunks()
    tracemalloc.start()
    try:
        with central_writer(
            tmp_path, nodes, to=(nodes.office1, nodes.office2), sender_epoch="e1", compresslevel=1
        ) as writer:
            info = writer.add_member("daily_logs.ndjson", _records(chunks, written))
        _, write_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()

        read = hashlib.sha256()
        count = 0
        with open_bundle(
            writer.path, me=nodes.office2, lookup_signer=lookup(nodes.central)
        ) as bundle:
            for line in bundle.iter_lines("daily_logs.ndjson"):
                read.update(line + b"\n")
                count += 1
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert info.size >= TARGET_BYTES
    assert writer.path.stat().st_size > TARGET_BYTES * 0.15  # really a big bundle on disk
    assert read.hexdigest() == written.hexdigest() == info.sha256
    assert count > TARGET_BYTES // 2000
    assert write_peak < PEAK_LIMIT, f"writer peak {write_peak / 2**20:.1f} MiB"
    assert read_peak < PEAK_LIMIT, f"reader peak {read_peak / 2**20:.1f} MiB"
    print(f"peaks: write {write_peak / 2**20:.1f} MiB, read {read_peak / 2**20:.1f} MiB")


@pytest.mark.slow
def test_more_than_65535_members_uses_zip64_directory(tmp_path: Path, nodes: Nodes) -> None:
    count = 70_000  # beyond the 16-bit entry count: the inner archive needs ZIP64 records
    with central_writer(tmp_path, nodes, sender_epoch="e1", sequence=2) as writer:
        for i in range(count):
            writer.add_member(f"t{i}.json", b'{"i":%d}' % i)
    with open_bundle(writer.path, me=nodes.office1, lookup_signer=lookup(nodes.central)) as b:
        assert len(b.member_names()) == count
        assert b.read_json("t69999.json") == {"i": 69999}
    with pytest.raises(BundleError) as info:
        open_bundle(
            writer.path,
            me=nodes.office1,
            lookup_signer=lookup(nodes.central),
            limits=Limits(max_members=count - 1),
        )
    assert info.value.code == "too_many_members"
