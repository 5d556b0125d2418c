"""Passwords are Argon2id with the library's defaults; the account policy's limits."""

from __future__ import annotations

import pytest
from argon2 import Type

from custody_checklist.services.accounts import AccountPolicy, make_hasher


def test_passwords_are_hashed_with_argon2id():
    hasher = make_hasher()
    assert hasher.type is Type.ID
    digest = hasher.hash("correct horse battery")
    assert digest.startswith("$argon2id$")
    assert hasher.verify(digest, "correct horse battery")


def test_the_policy_defaults_and_refuses_a_shorter_minimum():
    assert AccountPolicy() == AccountPolicy(min_password_length=12, max_failed_logins=5, lockout_minutes=15)
    assert AccountPolicy.from_mapping({"lockout_minutes": 30}).lockout_minutes == 30
    with pytest.raises(ValueError, match="min_password_length"):
        AccountPolicy.from_mapping({"min_password_length": 8})
    with pytest.raises(ValueError, match="unknown"):
        AccountPolicy.from_mapping({"max_failures": 3})
