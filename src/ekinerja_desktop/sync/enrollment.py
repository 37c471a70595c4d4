"""Enrollment requests (self-signed by a node) and certificates (signed by central)."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature

from ekinerja_desktop.domain.timeutil import now_utc
from ekinerja_desktop.sync.errors import BundleError, NodeKeyError
from ekinerja_desktop.sync.keys import NodeKeys, PublicNodeKeys
from ekinerja_desktop.sync.strictjson import dumps_canonical, loads_strict
from ekinerja_desktop.sync.sync_errors import SyncError

REQUEST_FORMAT = "ekinerja-enroll-request"
CERT_FORMAT = "ekinerja-node-certificate"
MAX_REQUEST_BYTES = 64 * 1024
ROLES = frozenset({"office", "laptop", "central"})


class EnrollmentError(SyncError):
    """An enrollment request or certificate is malformed or its signature is wrong."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise EnrollmentError("enroll_invalid", "signature is not a string")
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise EnrollmentError("enroll_invalid", "signature is not base64") from exc
    if len(raw) != 64:
        raise EnrollmentError("enroll_invalid", "signature is not 64 bytes")
    return raw


@dataclass(frozen=True)
class EnrollRequest:
    keys: PublicNodeKeys
    role: str
    agency: str
    created_at: str

    @property
    def node_id(self) -> str:
        return self.keys.node_id

    @property
    def fingerprint(self) -> str:
        return self.keys.fingerprint()


def make_request(keys: NodeKeys, *, role: str, agency: str) -> bytes:
    """The file a node hands to central: its public keys, role and agency, self-signed."""
    body = {
        "format": REQUEST_FORMAT,
        "version": 1,
        "node": keys.public().to_dict(),
        "role": role,
        "agency": agency,
        "created_at": now_utc().isoformat(timespec="seconds") + "Z",
    }
    signed = dumps_canonical(body)
    return dumps_canonical({"request": body, "signature": _b64(keys.sign(signed))}) + b"\n"


def parse_request(data: bytes) -> EnrollRequest:
    """Parse and verify a request (the self-signature proves possession of the key)."""
    try:
        outer = loads_strict(data.strip(), max_bytes=MAX_REQUEST_BYTES, max_depth=4)
    except BundleError as exc:
        raise EnrollmentError("enroll_invalid", f"not strict JSON: {exc.code}") from exc
    if not isinstance(outer, dict) or set(outer) != {"request", "signature"}:
        raise EnrollmentError("enroll_invalid", "expected keys request, signature")
    body = outer["request"]
    if not isinstance(body, dict) or body.get("format") != REQUEST_FORMAT:
        raise EnrollmentError("enroll_invalid", "not an enrollment request")
    if body.get("version") != 1:
        raise EnrollmentError("format_too_new", "enrollment request version")
    try:
        keys = PublicNodeKeys.from_dict(body.get("node"))
    except NodeKeyError as exc:
        raise EnrollmentError("enroll_invalid", exc.detail) from exc
    role, agency, created = body.get("role"), body.get("agency"), body.get("created_at")
    if role not in ROLES or not isinstance(agency, str) or not isinstance(created, str):
        raise EnrollmentError("enroll_invalid", "role/agency/created_at")
    try:
        keys.verify_key().verify(_unb64(outer["signature"]), dumps_canonical(body))
    except InvalidSignature as exc:
        raise EnrollmentError("bad_signature", "request self-signature") from exc
    return EnrollRequest(keys, str(role), agency, created)


@dataclass(frozen=True)
class Certificate:
    """What central vouches for: node id, role, unit scope, keys and validity."""

    node_id: str
    role: str
    units: tuple[str, ...]
    keys: PublicNodeKeys
    issuer: str
    issued_at: str
    valid_until: str
    body: bytes  # canonical JSON that was signed
    signature: str  # base64

    @property
    def valid_until_dt(self) -> datetime:
        return datetime.fromisoformat(self.valid_until)


def issue_certificate(
    central: NodeKeys,
    request: EnrollRequest,
    *,
    role: str,
    units: list[str],
    valid_until: datetime,
) -> Certificate:
    """Central vouches for the request's keys with ``role`` and ``units`` chosen by its
    admin (the role in the request is a wish, never copied)."""
    if role not in ROLES:
        raise EnrollmentError("enroll_invalid", f"role {role!r}")
    body = {
        "format": CERT_FORMAT,
        "version": 1,
        "node": request.keys.to_dict(),
        "role": role,
        "units": sorted(units),
        "issuer": central.node_id,
        "issued_at": now_utc().isoformat(timespec="seconds"),
        "valid_until": valid_until.isoformat(timespec="seconds"),
    }
    raw = dumps_canonical(body)
    return _certificate(body, raw, _b64(central.sign(raw)))


def _certificate(body: dict[str, Any], raw: bytes, signature: str) -> Certificate:
    units = body.get("units")
    if not isinstance(units, list) or not all(isinstance(u, str) for u in units):
        raise EnrollmentError("enroll_invalid", "certificate units")
    fields = [body.get(k) for k in ("role", "issuer", "issued_at", "valid_until")]
    if not all(isinstance(f, str) for f in fields) or body.get("role") not in ROLES:
        raise EnrollmentError("enroll_invalid", "certificate fields")
    try:
        keys = PublicNodeKeys.from_dict(body.get("node"))
        datetime.fromisoformat(str(body["valid_until"]))
    except (NodeKeyError, ValueError) as exc:
        raise EnrollmentError("enroll_invalid", "certificate keys/validity") from exc
    return Certificate(
        node_id=keys.node_id,
        role=str(body["role"]),
        units=tuple(units),
        keys=keys,
        issuer=str(body["issuer"]),
        issued_at=str(body["issued_at"]),
        valid_until=str(body["valid_until"]),
        body=raw,
        signature=signature,
    )


def verify_certificate(issuer: PublicNodeKeys, body: bytes, signature: str) -> Certificate:
    """Check central's signature over a certificate and parse it."""
    try:
        issuer.verify_key().verify(_unb64(signature), body)
    except InvalidSignature as exc:
        raise EnrollmentError("bad_signature", "certificate signature") from exc
    try:
        data = loads_strict(body, max_bytes=MAX_REQUEST_BYTES, max_depth=4)
    except BundleError as exc:
        raise EnrollmentError("enroll_invalid", "certificate JSON") from exc
    if not isinstance(data, dict) or data.get("format") != CERT_FORMAT:
        raise EnrollmentError("enroll_invalid", "not a certificate")
    if dumps_canonical(data) != body:
        raise EnrollmentError("enroll_invalid", "certificate not canonical")
    cert = _certificate(data, body, signature)
    if cert.issuer != issuer.node_id:
        raise EnrollmentError("bad_signature", "certificate issuer")
    return cert
