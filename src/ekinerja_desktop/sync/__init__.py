"""Sync layer: node keys, strict JSON and the signed, encrypted bundle container."""

from ekinerja_desktop.sync.container import (
    CIPHER,
    FORMAT,
    FORMAT_VERSION,
    BundleWriter,
    Limits,
    MemberInfo,
    MemberWriter,
    OpenedBundle,
    check_member_name,
    open_bundle,
    peek_header,
)
from ekinerja_desktop.sync.errors import (
    BundleError,
    BundleWriteError,
    ContainerError,
    HeaderError,
    MemberError,
    NodeKeyError,
    PayloadError,
    RecipientError,
    SignerError,
    StrictJsonError,
)
from ekinerja_desktop.sync.keys import NodeKeys, PublicNodeKeys, check_node_id
from ekinerja_desktop.sync.strictjson import dumps_canonical, loads_strict

__all__ = [
    "CIPHER",
    "FORMAT",
    "FORMAT_VERSION",
    "BundleError",
    "BundleWriteError",
    "BundleWriter",
    "ContainerError",
    "HeaderError",
    "Limits",
    "MemberError",
    "MemberInfo",
    "MemberWriter",
    "NodeKeyError",
    "NodeKeys",
    "OpenedBundle",
    "PayloadError",
    "PublicNodeKeys",
    "RecipientError",
    "SignerError",
    "StrictJsonError",
    "check_member_name",
    "check_node_id",
    "dumps_canonical",
    "loads_strict",
    "open_bundle",
    "peek_header",
]
