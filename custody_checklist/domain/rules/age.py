"""Juvenile status and age (PACE Code C 1.5; CJCA 2015 s.42; CYPA 1933 s.50).

Age is taken from the date of birth on the Europe/London date of the arrest (or of
arrival at the suite when no arrest is recorded). Anyone who appears under 18 is a child
unless there is clear evidence they are older, so a disputed age never turns a child
into an adult here: only an undisputed date of birth showing 18 or over does.
"""

from __future__ import annotations

from datetime import date, datetime

from custody_checklist.domain.findings import Severity, new_finding
from custody_checklist.domain.rules.context import Context, answered, local
from custody_checklist.domain.timeutil import age_on

SOURCE_STATUS = "PACE Code C 1.5"
SOURCE_17 = "PACE Code C 1.5; CJCA 2015 s.42"
SOURCE_UNDER_10 = "Children and Young Persons Act 1933 s.50"


def check(ctx: Context) -> None:
    answers = ctx.answers
    child = ctx.record.child
    dob = getattr(child, "date_of_birth", None)
    if type(dob) is not date:  # exact type first: the usual case, and faster
        if isinstance(dob, datetime):  # a date and time from a bad import: its date
            dob = dob.date()
        elif not isinstance(dob, date):
            dob = None
    found = ctx.by_kind.get("arrest")
    if found:
        moment, when = found[0].at, "arrest"
    else:
        # ctx.custody_start is already the first of arrival, relevant time, authorisation.
        moment, when = ctx.custody_start, "arrival"
        if moment is None:
            moment, when = ctx.now, "now (no arrest or arrival recorded)"

    basis = answers.get("age_basis")
    # answered(), with its common case (text) inlined: this runs for every record.
    if not (basis.strip() if type(basis) is str else answered(basis)):
        ctx.findings.append(new_finding(
            "age_basis_missing",
            ctx.pending,
            "Record how the child's age was established (documents, police records, "
            "stated by the child or a parent, appearance).",
            SOURCE_STATUS,
            None, "age_basis", None, None,
        ))

    if dob is None:
        ctx.is_child = True
        if answers.get("appears_under_18") is True:
            ctx.add(
                "age_unknown_treated_as_child",
                Severity.INFO,
                "No date of birth: treated as a child because they appear to be under 18.",
                SOURCE_STATUS,
                question_id="appears_under_18",
            )
        else:
            msg = (
                "No date of birth and 'appears under 18' is not answered."
                if answers.get("appears_under_18") is not False
                else "No date of birth and recorded as not appearing under 18."
            )
            ctx.add(
                "age_not_established",
                Severity.WARNING,
                f"{msg} Still treated as a child until there is clear evidence they are 18 "
                "or over; record the date of birth or the age basis.",
                SOURCE_STATUS,
                question_id="appears_under_18",
            )
        return

    age = age_on(dob, moment)
    ctx.age_at_arrest = age
    if 10 <= age < 18:  # the usual case, and no finding: decided first
        ctx.is_child = True
        return
    if age < 0:
        ctx.is_child = True
        ctx.add(
            "age_dob_after_arrest",
            Severity.WARNING,
            f"The date of birth {dob:%d/%m/%Y} is after the {when.split(' ')[0]} "
            f"({local(moment)}). Check the date of birth.",
            SOURCE_STATUS,
            question_id="age_basis",
        )
        return
    if age >= 18:
        # Code C 1.5: treated as a child unless there is clear evidence of 18 or over.
        # An unverified date of birth is not clear evidence while nobody has recorded
        # that the person does not appear to be under 18.
        disputed = answers.get("age_disputed") is True
        appears_child = answers.get("appears_under_18") is True
        verified = getattr(child, "dob_status", None) == "verified"
        unconfirmed = not verified and answers.get("appears_under_18") is not False
        if disputed or appears_child or unconfirmed:
            ctx.is_child = True
            ctx.add(
                "age_disputed_treated_as_child",
                Severity.WARNING,
                f"The date of birth gives age {age} at {when}, but the age is disputed, "
                "they appear under 18, or the date of birth is not verified: treated as a "
                "child until there is clear evidence of age.",
                SOURCE_STATUS,
                question_id="age_disputed" if disputed else "appears_under_18",
            )
            return
        ctx.is_child = False
        ctx.add(
            "age_out_of_scope",
            Severity.WARNING,
            f"Age {age} at {when} ({local(moment)}): 18 or over, so not a child. This "
            "checklist is for children; check the date of birth. Child-only checks are "
            "not applied.",
            SOURCE_17,
            question_id="age_basis",
        )
        return
    ctx.is_child = True
    if age < 10:
        ctx.add(
            "age_below_criminal_responsibility",
            Severity.BREACH,
            f"Age {age} at {when}: below the age of criminal responsibility (10). A child "
            "under 10 cannot be arrested for an offence. Check the date of birth and "
            "contact children's social care now.",
            SOURCE_UNDER_10,
            question_id="age_basis",
        )
