"""Tests for SKP vocabulary and workflow transitions."""

from __future__ import annotations

from datetime import date

import pytest

from ekinerja_desktop.domain import (
    EVALUATION_TRANSITIONS,
    LOG_TRANSITIONS,
    SKP_TRANSITIONS,
    Aspect,
    EvaluationAction,
    EvaluationStatus,
    LogAction,
    LogStatus,
    Perspektif,
    RhkType,
    SkpAction,
    SkpApproach,
    SkpStatus,
    WorkCalendar,
    allowed_log_actions,
    allowed_skp_actions,
    evaluation_transition,
    keberatan_deadline,
    log_submission_deadline,
    log_transition,
    skp_transition,
)


def test_enum_values_are_indonesian() -> None:
    assert [str(v) for v in SkpApproach] == ["Kuantitatif", "Kualitatif"]
    assert [str(v) for v in RhkType] == ["Utama", "Tambahan"]
    assert [str(v) for v in Aspect] == ["Kuantitas", "Kualitas", "Waktu", "Biaya"]
    assert [str(v) for v in Perspektif] == [
        "Penerima Layanan",
        "Proses Bisnis",
        "Penguatan Internal",
        "Anggaran",
    ]
    assert [str(v) for v in SkpStatus] == ["Draft", "Diajukan", "Disetujui", "Ditolak"]
    assert [str(v) for v in LogStatus] == ["Draft", "Diajukan", "Disetujui", "Revisi"]
    assert [str(v) for v in EvaluationStatus] == [
        "Draft",
        "Dinilai",
        "Ditandatangani",
        "Diakui",
    ]


def test_vocabulary_parse() -> None:
    assert SkpApproach.parse("kuantitatif") is SkpApproach.KUANTITATIF
    assert RhkType.parse(" TAMBAHAN ") is RhkType.TAMBAHAN
    assert Aspect.parse("waktu") is Aspect.WAKTU
    assert Perspektif.parse("proses bisnis") is Perspektif.PROSES_BISNIS
    with pytest.raises(ValueError, match="Aspek IKI tidak dikenal") as info:
        Aspect.parse("Mutu")
    assert "Kuantitas, Kualitas, Waktu, Biaya" in str(info.value)


# Expected SKP workflow: every (status, action) pair is either here or illegal.
SKP_EXPECTED = {
    ("Draft", "submit"): "Diajukan",
    ("Diajukan", "approve"): "Disetujui",
    ("Diajukan", "reject"): "Ditolak",
    ("Diajukan", "withdraw"): "Draft",
    ("Ditolak", "revise"): "Draft",
    ("Ditolak", "submit"): "Diajukan",
    ("Disetujui", "revise"): "Draft",
}


@pytest.mark.parametrize("status", list(SkpStatus))
@pytest.mark.parametrize("action", list(SkpAction))
def test_skp_transition_table(status: SkpStatus, action: SkpAction) -> None:
    expected = SKP_EXPECTED.get((status.value, action.value))
    if expected is None:
        with pytest.raises(ValueError, match="tidak dapat dilakukan pada SKP") as info:
            skp_transition(status, action)
        assert f"berstatus {status.value}" in str(info.value)
        assert action.label in str(info.value)
    else:
        assert skp_transition(status, action) == expected
        assert skp_transition(status.value.upper(), action.value) == expected


def test_skp_table_is_data() -> None:
    assert {(s.value, a.value): t.value for (s, a), t in SKP_TRANSITIONS.items()} == SKP_EXPECTED


def test_approved_skp_cannot_be_approved_or_rejected_again() -> None:
    with pytest.raises(ValueError, match=r"'setujui'.*Disetujui") as info:
        skp_transition(SkpStatus.DISETUJUI, "approve")
    assert "Tindakan yang diizinkan: revisi" in str(info.value)


def test_allowed_skp_actions() -> None:
    assert allowed_skp_actions("Diajukan") == [
        SkpAction.APPROVE,
        SkpAction.REJECT,
        SkpAction.WITHDRAW,
    ]
    assert allowed_skp_actions(SkpStatus.DRAFT) == [SkpAction.SUBMIT]


def test_unknown_action_or_status() -> None:
    with pytest.raises(ValueError, match="Tindakan SKP tidak dikenal"):
        skp_transition(SkpStatus.DRAFT, "publish")
    with pytest.raises(ValueError, match="Status SKP tidak dikenal"):
        skp_transition("Arsip", "submit")


LOG_EXPECTED = {
    ("Draft", "submit"): "Diajukan",
    ("Revisi", "submit"): "Diajukan",
    ("Diajukan", "approve"): "Disetujui",
    ("Diajukan", "return"): "Revisi",
    ("Diajukan", "withdraw"): "Draft",
}


@pytest.mark.parametrize("status", list(LogStatus))
@pytest.mark.parametrize("action", list(LogAction))
def test_log_transition_table(status: LogStatus, action: LogAction) -> None:
    expected = LOG_EXPECTED.get((status.value, action.value))
    if expected is None:
        with pytest.raises(ValueError, match="tidak dapat dilakukan pada aktivitas harian"):
            log_transition(status, action)
    else:
        assert log_transition(status, action) == expected


def test_log_table_is_data() -> None:
    assert {(s.value, a.value): t.value for (s, a), t in LOG_TRANSITIONS.items()} == LOG_EXPECTED


def test_approved_log_is_locked() -> None:
    assert allowed_log_actions(LogStatus.DISETUJUI) == []
    with pytest.raises(ValueError, match="berstatus Disetujui") as info:
        log_transition(LogStatus.DISETUJUI, "return")
    assert "Tindakan yang diizinkan" not in str(info.value)


def test_log_accepts_skp_vocabulary_for_return() -> None:
    assert log_transition("Diajukan", "reject") is LogStatus.REVISI
    assert log_transition("Diajukan", "revise") is LogStatus.REVISI


EVALUATION_EXPECTED = {
    ("Draft", "rate"): "Dinilai",
    ("Dinilai", "reopen"): "Draft",
    ("Dinilai", "sign"): "Ditandatangani",
    ("Ditandatangani", "acknowledge"): "Diakui",
}


@pytest.mark.parametrize("status", list(EvaluationStatus))
@pytest.mark.parametrize("action", list(EvaluationAction))
def test_evaluation_transition_table(status: EvaluationStatus, action: EvaluationAction) -> None:
    expected = EVALUATION_EXPECTED.get((status.value, action.value))
    if expected is None:
        with pytest.raises(ValueError, match="tidak dapat dilakukan pada evaluasi"):
            evaluation_transition(status, action)
    else:
        assert evaluation_transition(status, action) == expected
    assert len(EVALUATION_TRANSITIONS) == len(EVALUATION_EXPECTED)


def test_signed_evaluation_cannot_be_reopened() -> None:
    with pytest.raises(ValueError, match=r"'buka kembali'.*Ditandatangani"):
        evaluation_transition("Ditandatangani", "reopen")


def test_log_submission_deadline_is_next_working_day() -> None:
    cal = WorkCalendar()
    # Friday 15 Aug 2025 -> Tuesday 19 Aug (weekend, 17 Aug holiday, 18 Aug cuti bersama).
    assert log_submission_deadline(date(2025, 8, 15), cal) == date(2025, 8, 19)
    assert log_submission_deadline(date(2025, 8, 19), cal, grace_working_days=0) == date(
        2025, 8, 19
    )
    assert log_submission_deadline(date(2025, 8, 19), cal, grace_working_days=3) == date(
        2025, 8, 22
    )
    with pytest.raises(ValueError, match="tidak boleh negatif"):
        log_submission_deadline(date(2025, 8, 19), cal, grace_working_days=-1)


def test_keberatan_deadline() -> None:
    assert keberatan_deadline(date(2026, 1, 20)) == date(2026, 2, 3)
    assert keberatan_deadline(date(2026, 1, 20), days=7) == date(2026, 1, 27)
    with pytest.raises(ValueError, match="tidak boleh negatif"):
        keberatan_deadline(date(2026, 1, 20), days=-1)
