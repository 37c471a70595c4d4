"""Node keys: generation, key files, public records and fingerprints."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ekinerja_desktop.sync.errors import NodeKeyError
from ekinerja_desktop.sync.keys import NodeKeys, PublicNodeKeys
from tests.helpers.windows_rules import assert_owner_only

FINGERPRINT = re.compile(r"([0-9A-F]{4} ){7}[0-9A-F]{4}")


@pytest.mark.parametrize("passphrase", [None, b"kata sandi rahasia"])
def test_save_load_round_trip(tmp_path: Path, passphrase: bytes | None) -> None:
    keys = NodeKeys.generate("kantor-bkpsdm")
    keys.save(tmp_path / "keys", passphrase)
    loaded = NodeKeys.load(tmp_path / "keys", passphrase)
    assert loaded.node_id == "kantor-bkpsdm"
    assert loaded.public() == keys.public()
    assert loaded.signing_key.public_key().public_bytes_raw() == keys.public().sign_pub
    pem = (tmp_path / "keys" / "sign_key.pem").read_bytes()
    assert (b"ENCRYPTED" in pem) == (passphrase is not None)
    assert "PRIVATE" not in repr(loaded)


def test_key_files_are_private(tmp_path: Path) -> None:
    """Mode 0600/0700 on POSIX, an owner-only ACL on Windows (issue #15)."""
    NodeKeys.generate("n1").save(tmp_path / "k", None)
    assert_owner_only(tmp_path / "k", folder=True)
    for name in ("sign_key.pem", "enc_key.pem", "node.json"):
        assert_owner_only(tmp_path / "k" / name)
    assert sorted(p.name for p in (tmp_path / "k").iterdir()) == [
        "enc_key.pem",
        "node.json",
        "sign_key.pem",
    ]


def test_passphrase_errors(tmp_path: Path) -> None:
    NodeKeys.generate("n1").save(tmp_path, b"benar")
    with pytest.raises(NodeKeyError) as info:
        NodeKeys.load(tmp_path, b"salah")
    assert info.value.code == "key_passphrase_wrong"
    with pytest.raises(NodeKeyError) as info:
        NodeKeys.load(tmp_path, None)
    assert info.value.code == "key_passphrase_required"


def test_missing_and_mismatched_files(tmp_path: Path) -> None:
    with pytest.raises(NodeKeyError) as info:
        NodeKeys.load(tmp_path / "nothing", None)
    assert info.value.code == "key_missing"
    NodeKeys.generate("n1").save(tmp_path / "a", None)
    NodeKeys.generate("n1").save(tmp_path / "b", None)
    (tmp_path / "a" / "enc_key.pem").write_bytes((tmp_path / "b" / "enc_key.pem").read_bytes())
    with pytest.raises(NodeKeyError) as info:
        NodeKeys.load(tmp_path / "a", None)
    assert info.value.code == "key_invalid"
    (tmp_path / "b" / "sign_key.pem").write_bytes(b"-----BEGIN PRIVATE KEY-----\nxx\n")
    with pytest.raises(NodeKeyError) as info:
        NodeKeys.load(tmp_path / "b", None)
    assert info.value.code == "key_invalid"


def test_save_never_overwrites(tmp_path: Path) -> None:
    NodeKeys.generate("n1").save(tmp_path, None)
    with pytest.raises(NodeKeyError) as info:
        NodeKeys.generate("n2").save(tmp_path, None)
    assert info.value.code == "key_exists"
    assert NodeKeys.load(tmp_path, None).node_id == "n1"


@pytest.mark.parametrize("node_id", ["", "-x", "a b", "a/b", "..", "x" * 129, "kantor:1", "é"])
def test_invalid_node_ids(node_id: str) -> None:
    with pytest.raises(NodeKeyError) as info:
        NodeKeys.generate(node_id)
    assert info.value.code == "invalid_node_id"


def test_public_json_round_trip_and_fingerprint() -> None:
    keys = NodeKeys.generate("opd-dinkes.01")
    public = keys.public()
    assert PublicNodeKeys.from_json(public.to_json()) == public
    assert PublicNodeKeys.from_json(public.to_json().encode()) == public
    fingerprint = public.fingerprint()
    assert FINGERPRINT.fullmatch(fingerprint), fingerprint
    assert fingerprint == PublicNodeKeys.from_json(public.to_json()).fingerprint()
    other = NodeKeys.generate("opd-dinkes.01").public()
    assert other.fingerprint() != fingerprint
    # the node id is bound into the fingerprint too
    renamed = PublicNodeKeys("opd-dinkes.02", public.sign_pub, public.enc_pub)
    assert renamed.fingerprint() != fingerprint


def test_public_json_rejects_tampering() -> None:
    good = json.loads(NodeKeys.generate("n1").public().to_json())
    variants = [
        {**good, "sign_pub": good["sign_pub"][:-4]},
        {**good, "enc_pub": "!!" + good["enc_pub"][2:]},
        {**good, "extra": 1},
        {**good, "version": 2},
        {**good, "node_id": "a b"},
        {k: v for k, v in good.items() if k != "enc_pub"},
    ]
    for variant in variants:
        with pytest.raises(NodeKeyError):
            PublicNodeKeys.from_json(json.dumps(variant))
    duplicated = json.dumps(good)[:-1] + ', "node_id": "n2"}'
    with pytest.raises(Exception) as info:
        PublicNodeKeys.from_json(duplicated)
    assert getattr(info.value, "code", None) == "json_duplicate_key"
