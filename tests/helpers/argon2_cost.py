"""Cheap argon2 for the test suite.

Production hashes every password (and derives every key slot) with argon2id's RFC 9106
"low memory" profile: 64 MiB and three passes, about a second per hash on a busy CI
machine. The suite makes thousands of them, so tests swap in the smallest legal
parameters; the algorithm, salts, encodings and every code path stay the same.
``test_production_argon2_parameters`` (tests/integration/test_auth_audit.py) runs with the
real parameters and checks that production really uses them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from argon2 import PasswordHasher


@dataclass(frozen=True)
class Argon2Cost:
    time: int
    memory_kib: int
    parallelism: int


# The minimum argon2 accepts: one pass over 8 KiB, one lane.
CHEAP = Argon2Cost(time=1, memory_kib=8, parallelism=1)


def _current() -> tuple[PasswordHasher, Argon2Cost]:
    from ekinerja_desktop.services import auth, keyslots

    return auth._hasher, Argon2Cost(
        keyslots.ARGON2_TIME, keyslots.ARGON2_MEMORY_KIB, keyslots.ARGON2_PARALLELISM
    )


def _apply(hasher: PasswordHasher, cost: Argon2Cost) -> None:
    from ekinerja_desktop.services import auth, keyslots

    auth._hasher = hasher
    keyslots.ARGON2_TIME = cost.time
    keyslots.ARGON2_MEMORY_KIB = cost.memory_kib
    keyslots.ARGON2_PARALLELISM = cost.parallelism


# What production code set up, captured before the suite changes anything.
PRODUCTION_HASHER, PRODUCTION_COST = _current()


def use_cheap_argon2() -> None:
    _apply(
        PasswordHasher(
            time_cost=CHEAP.time, memory_cost=CHEAP.memory_kib, parallelism=CHEAP.parallelism
        ),
        CHEAP,
    )


@contextmanager
def production_argon2() -> Iterator[None]:
    """The parameters production uses, for the duration of the block."""
    saved = _current()
    _apply(PRODUCTION_HASHER, PRODUCTION_COST)
    try:
        yield
    finally:
        _apply(*saved)
