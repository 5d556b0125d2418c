"""Audit criteria as versioned data (``resources/audit/dip-sample-v<N>.json``).

Like the checklist definition, the criteria are data so a force can change what its
auditors score without a code change; every sample records the criteria id and version
it was scored against, so an old sample is always read with the criteria it used.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Conditions a criterion may name in ``applies_when`` (see ``assess.applicability``).
CONDITIONS = frozenset({
    "always", "child", "aa_arrived", "aa_delayed", "interviewed", "strip_searched",
    "reviewed", "reviewed_pre_charge", "review_due", "charged", "bail_refused", "female",
    "safeguarding_flags", "held_overnight",
})


class CriteriaError(ValueError):
    """The criteria file cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class AuditCriterion:
    id: str
    label: str
    group: str
    source: str
    not_met_codes: tuple[str, ...]
    applies_when: str = "always"
    help: str = ""
    critical: bool = False


@dataclass(frozen=True)
class AuditCriteria:
    id: str
    version: int
    title: str
    criteria: tuple[AuditCriterion, ...]
    groups: tuple[str, ...]

    def get(self, criterion_id: str) -> AuditCriterion:
        for criterion in self.criteria:
            if criterion.id == criterion_id:
                return criterion
        raise KeyError(criterion_id)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.criteria)


def _default_path() -> Path:
    from custody_checklist.paths import resource

    return resource("audit", "dip-sample-v1.json")


def load_criteria(path: str | Path | None = None) -> AuditCriteria:
    path = Path(path) if path is not None else _default_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise CriteriaError(f"{path}: cannot read audit criteria ({exc})") from exc
    return criteria_from_dict(data, str(path))


def criteria_from_dict(data: Any, where: str = "criteria") -> AuditCriteria:
    def fail(message: str) -> CriteriaError:
        return CriteriaError(f"{where}: {message}")

    if not isinstance(data, dict):
        raise fail("expected an object")
    for key in ("id", "version", "criteria", "groups"):
        if key not in data:
            raise fail(f"missing '{key}'")
    if not isinstance(data["version"], int) or data["version"] < 1:
        raise fail("version must be a positive integer")
    groups = tuple(data["groups"])
    seen: set[str] = set()
    criteria = []
    for index, raw in enumerate(data["criteria"]):
        at = f"criteria[{index}]"
        if not isinstance(raw, dict):
            raise fail(f"{at}: expected an object")
        for key in ("id", "label", "group", "source", "not_met_codes"):
            if key not in raw:
                raise fail(f"{at}: missing '{key}'")
        if raw["id"] in seen:
            raise fail(f"{at}: duplicate id '{raw['id']}'")
        seen.add(raw["id"])
        if raw["group"] not in groups:
            raise fail(f"{at}: group '{raw['group']}' is not in groups")
        condition = raw.get("applies_when", "always")
        if condition not in CONDITIONS:
            raise fail(f"{at}: unknown applies_when '{condition}'")
        codes = raw["not_met_codes"]
        if not isinstance(codes, list) or not codes or not all(isinstance(c, str) for c in codes):
            raise fail(f"{at}: not_met_codes must be a non-empty list of finding codes")
        criteria.append(AuditCriterion(
            id=raw["id"], label=raw["label"], group=raw["group"], source=raw["source"],
            not_met_codes=tuple(codes), applies_when=condition, help=raw.get("help", ""),
            critical=bool(raw.get("critical", False)),
        ))
    return AuditCriteria(
        id=data["id"], version=data["version"], title=data.get("title", data["id"]),
        criteria=tuple(criteria), groups=groups,
    )
