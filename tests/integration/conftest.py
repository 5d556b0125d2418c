"""Integration fixtures: cheap Argon2 parameters so tests with many accounts stay fast.

The real parameters are checked in tests/unit/test_passwords.py; verification reads the
parameters from each hash, so nothing else changes.
"""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher


@pytest.fixture(autouse=True)
def _fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("custody_checklist.services.accounts.make_hasher",
                        lambda: PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
