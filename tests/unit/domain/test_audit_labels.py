"""The audit viewer speaks words, not codes."""

from __future__ import annotations

import re
from pathlib import Path

from ekinerja_desktop.domain import i18n
from ekinerja_desktop.domain.audit_labels import ACTION_LABELS, action_label, detail_text

SRC = Path(__file__).resolve().parents[3] / "src" / "ekinerja_desktop"
# Audit calls name their action as the argument after the session/actor arguments; the
# codes are "<entity>.<verb>" string literals in services.
_CODE = re.compile(r"\"((?:[a-z_]+)\.(?:[a-z_]+))\"")
_NOT_ACTIONS = re.compile(r"\.(json|pem|ndjson|bin|sig|txt|csv|xlsx|pdf|ekb|ekbak)$")


def _action_codes_in_services() -> set[str]:
    codes: set[str] = set()
    for path in (SRC / "services").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for match in _CODE.finditer(text):
            code = match.group(1)
            if _NOT_ACTIONS.search(code):
                continue
            prefix = code.split(".")[0]
            if prefix in {p.split(".")[0] for p in ACTION_LABELS}:
                codes.add(code)
    return codes


def test_every_action_code_in_services_has_a_label():
    missing = sorted(_action_codes_in_services() - set(ACTION_LABELS))
    assert missing == []


def test_labels_in_both_languages():
    i18n.set_language("id")
    assert action_label("skp.approve") == "SKP disetujui"
    i18n.set_language("en")
    try:
        assert action_label("login.refused_locked") == "Login refused (account locked)"
    finally:
        i18n.set_language("id")
    assert action_label("something.new") == "something.new"


def test_detail_reads_as_changes_without_record_ids():
    text = detail_text(
        '{"employee_id": "5c1d", "status": ["Draft", "Diajukan"], "year": 2026, "note": ""}'
    )
    assert text == "Status: Draft → Diajukan; Tahun: 2026; Catatan: -"
    assert detail_text("{}") == ""
    assert detail_text("not json") == "not json"
