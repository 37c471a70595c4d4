"""Guessable passwords are refused; ordinary passphrases pass."""

from __future__ import annotations

import pytest

from ekinerja_desktop.domain.passwords import guessable_reason
from ekinerja_desktop.services.auth import check_password_strength
from ekinerja_desktop.services.errors import ValidationError


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("password", "common"),
        ("P@ssw0rd1!", "common"),
        ("Bismillah123", "common"),
        ("qwerty2026", "common"),
        ("Palu2026", "agency"),
        ("bkpsdm123", "agency"),
        ("ekinerja!", "agency"),
        ("KotaPalu#1", "agency"),
        ("dinkes2026", "agency"),  # from the agency name given
    ],
)
def test_guessable(password, reason):
    assert guessable_reason(password, agency="Dinas Kesehatan (Dinkes) Kota Palu") == reason


def test_user_name_forwards_or_backwards():
    assert guessable_reason("andi.saputra1", username="andi.saputra") == "username"
    assert guessable_reason("artupas-idna", username="andi.saputra") == "username"
    assert guessable_reason("andi-kopi-hujan", username="andi.saputra") is None


@pytest.mark.parametrize(
    "password", ["kopi-hujan-meja-7", "rahasia-admin-1", "demo12345", "Teluk Palu berkabut"]
)
def test_passphrases_pass(password):
    assert guessable_reason(password, username="admin", agency="Pemerintah Kota Palu") is None
    check_password_strength(password, username="admin", agency="Pemerintah Kota Palu")


def test_refusal_says_why_in_words():
    with pytest.raises(ValidationError) as err:
        check_password_strength("Palu2026", agency="Pemerintah Kota Palu")
    assert "nama instansi" in err.value.message
    assert "kopi-hujan-meja-7" in err.value.hint
