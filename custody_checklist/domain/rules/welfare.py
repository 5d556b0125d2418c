"""Person responsible for the child's welfare informed (PACE Code C 3.13)."""

from __future__ import annotations

from custody_checklist.domain.findings import Severity
from custody_checklist.domain.rules.context import (
    Context,
    as_list,
    detail,
    person_name,
    text,
)

SOURCE = "PACE Code C 3.13"
TOLD = {"arrest": "the arrest", "reason": "the reason", "where_held": "where the child is held"}
_TOLD_KEYS = frozenset(TOLD)


def check(ctx: Context) -> None:
    answers = ctx.answers
    found = ctx.by_kind.get("welfare_informed")
    event = found[0] if found else None
    informed = answers.get("welfare_informed")
    if informed is True or (event is not None and informed is not False):
        person = answers.get("welfare_person")
        if type(person) is dict:  # person_name() for the usual {"name": ...}, inlined
            name = person.get("name")
            named = isinstance(name, str) and bool(name.strip())
        else:
            named = bool(person_name(person))
        if not named and event is not None:
            named = bool(person_name(detail(event, "person")))
        if not named:
            ctx.add(
                "welfare_person_missing",
                ctx.pending,
                "Welfare person informed: record who was told.",
                SOURCE,
                question_id="welfare_person",
            )
        told = answers.get("welfare_told")
        if told is not None:
            told_keys = as_list(told)
            # Usually all three were told: one subset test instead of listing what is missing.
            if not _TOLD_KEYS.issubset(told_keys):
                missing = [label for key, label in TOLD.items() if key not in told_keys]
                ctx.add(
                    "welfare_told_incomplete",
                    Severity.WARNING,
                    "The welfare person must be told of the arrest, the reason and where "
                    f"the child is held; not recorded as told: {', '.join(missing)}.",
                    SOURCE,
                    question_id="welfare_told",
                )
        return
    if informed is False:
        if not text(answers.get("welfare_not_practicable_reason")):
            ctx.add(
                "welfare_not_informed_no_reason",
                Severity.BREACH if not ctx.in_custody else Severity.WARNING,
                "The person responsible for the child's welfare has not been informed and "
                "no reason is recorded why it is not practicable.",
                SOURCE,
                question_id="welfare_not_practicable_reason",
            )
        return
    ctx.add(
        "welfare_informed_missing",
        ctx.pending,
        "Inform the person responsible for the child's welfare (arrest, reason, where "
        "held) as soon as practicable, and record it.",
        SOURCE,
        question_id="welfare_informed",
    )
