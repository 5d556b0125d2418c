"""Reproducible random selection for dip samples (documented in docs/audit.md).

Algorithm ``sha256-rank-v1``: every eligible record id gets the rank
``SHA-256("<seed>:<record id>")`` (hex); the sample is the ``k`` ids with the smallest
ranks, in rank order. Anyone can repeat it with the stored seed and population in any
language; the order of the population list does not matter, and adding a record to a
population never reorders the others. Stratified by suite: the size is shared between
suites in proportion to their populations (largest-remainder / Hamilton method, ties to
the suite code that sorts first) and each suite's share is drawn with the same ranking.
"""

from __future__ import annotations

import hashlib
import math
import secrets
from collections.abc import Iterable, Mapping, Sequence

ALGORITHM = "sha256-rank-v1"


def new_seed() -> str:
    return secrets.token_hex(8)


def rank(seed: str, record_id: str) -> str:
    return hashlib.sha256(f"{seed}:{record_id}".encode()).hexdigest()


def sample_size(population: int, *, count: int | None = None, percent: float | None = None,
                minimum: int = 0) -> int:
    """Requested size: ``count`` or ``ceil(percent% of population)``, at least ``minimum``,
    never more than the population."""
    if (count is None) == (percent is None):
        raise ValueError("give either a count or a percentage")
    if count is not None and count < 1:
        raise ValueError("the sample size must be at least 1")
    if percent is not None and not 0 < percent <= 100:
        raise ValueError("the percentage must be more than 0 and at most 100")
    if minimum < 0:
        raise ValueError("the minimum cannot be negative")
    wanted = count if count is not None else math.ceil(population * percent / 100 - 1e-9)
    return min(population, max(minimum, wanted))


def allocate(strata: Mapping[str, int], size: int) -> dict[str, int]:
    """Proportional allocation with the largest remainder; ties go to the first code."""
    total = sum(strata.values())
    if size > total:
        raise ValueError("sample larger than the population")
    if total == 0:
        return {code: 0 for code in strata}
    quotas = {code: size * n / total for code, n in strata.items()}
    shares = {code: math.floor(q) for code, q in quotas.items()}
    left = size - sum(shares.values())
    order = sorted(strata, key=lambda code: (-(quotas[code] - shares[code]), code))
    for code in order[:left]:
        shares[code] += 1
    return dict(sorted(shares.items()))


def draw(seed: str, population: Iterable[str], size: int) -> list[str]:
    ids = sorted(set(population), key=lambda rid: (rank(seed, rid), rid))
    return ids[:size]


def draw_stratified(seed: str, strata: Mapping[str, Sequence[str]], size: int) -> tuple[list[str], dict[str, int]]:
    """Sample ids (suite by suite in code order, rank order within) and the allocation."""
    allocation = allocate({code: len(set(ids)) for code, ids in strata.items()}, size)
    chosen: list[str] = []
    for code in sorted(strata):
        chosen.extend(draw(seed, strata[code], allocation[code]))
    return chosen, allocation
