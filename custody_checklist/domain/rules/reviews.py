"""Reviews of detention (PACE s.40): due times, lateness, postponement, reviewer.

Schedule, on absolute (UTC) time:

* the first review is due ``first_review_after`` (6 h) after detention was **first**
  authorised (s.40(3)(a));
* each later review is due ``review_interval`` (9 h) after the **actual time** of the
  previous review (s.40(3)(b) "not later than nine hours after the first", (c) "at
  intervals of not more than nine hours"): an early review brings the next one forward,
  a late one does not excuse the next;
* a review postponed with reasons (s.40(4), reasons recorded s.40(7)) may be carried out
  after its due time without a breach, and does **not** move the later due times
  (s.40(6); DOMAIN.md marks this unverified): the next review stays due 9 h after the
  postponed review's original due time;
* a review exactly at its due time is on time; a child released (or transferred) at or
  before a due time needs no review for it.

Reviewer: before charge an inspector or above not directly involved in the
investigation (s.40(1)(b)); after charge the custody officer (s.40(1)(a)), a sergeant,
or a constable acting as custody officer under s.36(4), never police staff.
"""

from __future__ import annotations

from datetime import datetime

from custody_checklist.domain.findings import Severity, new_deadline
from custody_checklist.domain.record import Event
from custody_checklist.domain.rules.context import (
    RANKS,
    UNVERIFIED,
    Context,
    detail,
    duration,
    local,
    person_name,
    person_rank,
    rank_index,
    text,
)

SOURCE_FIRST = "PACE s.40(3)(a)"
SOURCE_LATER = "PACE s.40(3)(b)"
SOURCE_POSTPONE = "PACE s.40(4)-(7)" + UNVERIFIED
SOURCE_PRE_CHARGE = "PACE s.40(1)(b)"
SOURCE_POST_CHARGE = "PACE s.40(1)(a); s.36"
INSPECTOR = rank_index("inspector") or 2
SERGEANT = rank_index("sergeant") or 1


#: Rank text as stored -> seniority: looked up here first so the usual, already
#: normalised rank costs one dict lookup; anything else goes through ``rank_index``.
_RANK_INDEX = {rank: index for index, rank in enumerate(RANKS)}
#: Recorded review decisions. A tuple, not a set: a mistyped (unhashable) answer must
#: compare unequal, not raise.
_DECISIONS = ("continue", "release", "charge")
_NO_EVENTS: tuple[Event, ...] = ()
_NO_IDS: frozenset[str] = frozenset()  # stands in for ``used`` when nothing is postponed
#: Review labels by number, so the usual handful costs a tuple index, not a call.
_LABELLED = 32
_LABELS = ("", "First review", *(f"Review {number}" for number in range(2, _LABELLED)))


def check(ctx: Context) -> None:
    by_kind = ctx.by_kind
    authorised = by_kind.get("detention_authorised")
    if not authorised:
        return
    authorised_at = authorised[0].at
    settings = ctx.settings
    review_interval = settings.review_interval
    end = ctx.until
    charged_at = ctx.charged_at
    add_deadline = ctx.deadlines.append
    postponements = by_kind.get("review_postponed") or _NO_EVENTS
    # Which postponements earlier reviews have already taken (only needed if any exist).
    used: set[str] | frozenset[str] = set() if postponements else _NO_IDS
    valid: list[Event] | tuple[Event, ...] = _NO_EVENTS
    due = authorised_at + settings.first_review_after
    number = 1
    for review in by_kind.get("review") or _NO_EVENTS:
        at = review.at
        if not authorised_at <= at <= end:
            continue
        source = SOURCE_FIRST if number == 1 else SOURCE_LATER
        label = _LABELS[number] if number < _LABELLED else _label(number)
        if postponements:
            slot = [p for p in postponements if p.id not in used and p.at <= at]
            used.update(p.id for p in slot)
            valid = _valid_postponements(ctx, slot, due)
        add_deadline(new_deadline("review", label, due, source, at))
        if at > due:
            if valid:
                ctx.add(
                    "review_postponed",
                    Severity.INFO,
                    f"{label} was postponed and carried out at {local(at)}, "
                    f"{duration(at - due)} after it was due.",
                    SOURCE_POSTPONE,
                    due_at=due,
                    event=review,
                )
            else:
                ctx.add(
                    "review_late",
                    Severity.BREACH,
                    f"{label} was due by {local(due)} but carried out at "
                    f"{local(at)}, {duration(at - due)} late.",
                    source,
                    due_at=due,
                    event=review,
                )
        _reviewer(ctx, review, at, charged_at is not None and at >= charged_at)
        # A valid postponement leaves the next review due from this one's due time.
        due = (due if valid and at > due else at) + review_interval
        number += 1

    source = SOURCE_FIRST if number == 1 else SOURCE_LATER
    label = _label(number)
    if postponements:
        slot = [p for p in postponements if p.id not in used]
        valid = _valid_postponements(ctx, slot, due)
    else:
        valid = _NO_EVENTS
    if ctx.in_custody:
        now = ctx.now
        add_deadline(
            new_deadline("review", label + " (postponed)" if valid else label, due, source, None)
        )
        if now > due:
            if valid:
                ctx.add(
                    "review_postponed",
                    Severity.DUE,
                    f"{label} (due {local(due)}) was postponed: carry it out as soon "
                    "as practicable.",
                    SOURCE_POSTPONE,
                    due_at=due,
                    event=valid[-1],
                )
            else:
                ctx.add(
                    "review_overdue",
                    Severity.BREACH,
                    f"{label} was due by {local(due)} and is "
                    f"{duration(now - due)} overdue. Review now.",
                    source,
                    due_at=due,
                    event_kind="review",
                )
        else:
            soon = due - now <= settings.due_soon_lead  # ctx.soon(due), written out
            ctx.add(
                "review_due_soon" if soon else "review_due",
                Severity.WARNING if soon else Severity.DUE,
                f"{label} due by {local(due)} (in {duration(due - now)}).",
                source,
                due_at=due,
                event_kind="review",
            )
    elif end > due:
        if valid:
            ctx.add(
                "review_postponed",
                Severity.INFO,
                f"{label} (due {local(due)}) was postponed and the child left custody "
                "before it was carried out.",
                SOURCE_POSTPONE,
                due_at=due,
                event=valid[-1],
            )
        else:
            add_deadline(new_deadline("review", label, due, source, None))
            ctx.add(
                "review_overdue",
                Severity.BREACH,
                f"{label} was due by {local(due)} but no review is recorded before "
                f"the child left custody at {local(end)}.",
                source,
                due_at=due,
                event_kind="review",
            )


def _label(number: int) -> str:
    return _LABELS[number] if number < _LABELLED else f"Review {number}"


def _valid_postponements(ctx: Context, slot: list[Event], due: datetime) -> list[Event]:
    valid = []
    for event in slot:
        if not text(detail(event, "reason")):
            ctx.add(
                "review_postponement_reason_missing",
                Severity.WARNING,
                "A review postponement needs its reason recorded; without one it does not "
                "excuse a late review.",
                SOURCE_POSTPONE,
                event=event,
            )
        elif event.at > due:
            ctx.add(
                "review_postponement_after_due",
                Severity.WARNING,
                f"The postponement was recorded at {local(event.at)}, after the review fell "
                f"due ({local(due)}); it does not excuse the late review.",
                SOURCE_POSTPONE,
                event=event,
            )
        else:
            valid.append(event)
    return valid


def _rank(raw: object) -> int | None:
    """Seniority of the reviewer's rank, None if not recorded; police staff rank -1."""
    # Fast path: a rank stored as plain, normalised text (what the form saves).
    index = _RANK_INDEX.get(raw) if type(raw) is str else None
    if index is None:
        index = rank_index(raw)
        if index is None and isinstance(raw, str) and raw.strip().lower() == "staff":
            return -1
    return index


def _reviewer(ctx: Context, review: Event, at: datetime, post_charge: bool) -> None:
    """Findings about who reviewed and what they recorded (``at`` is ``review.at``)."""
    details = review.details
    if type(details) is not dict and not isinstance(details, dict):
        details = {}
    get = details.get
    reviewer = get("reviewer")
    rank = _rank(get("reviewer_rank") or person_rank(reviewer))
    missing = []
    # person_name(reviewer), with a fast path for {"name": "..."} as the form saves it.
    name = reviewer.get("name") if type(reviewer) is dict else reviewer
    if not (name.strip() if type(name) is str else person_name(reviewer)):
        missing.append("the reviewer's name")
    if rank is None:
        missing.append("the reviewer's rank")
    if post_charge:
        if rank is not None and rank < 0:
            ctx.add(
                "review_post_charge_not_custody_officer",
                Severity.BREACH,
                "After charge the review is by the custody officer; police staff cannot "
                "review detention.",
                SOURCE_POST_CHARGE,
                event=review,
            )
        elif rank is not None and rank < SERGEANT:
            ctx.add(
                "review_post_charge_not_custody_officer",
                Severity.WARNING,
                "After charge the review is by the custody officer (a sergeant; a constable "
                "only if no sergeant is readily available, s.36(4)).",
                SOURCE_POST_CHARGE,
                event=review,
            )
    else:
        if rank is not None and rank < INSPECTOR:
            ctx.add(
                "review_rank_too_low",
                Severity.BREACH,
                "Before charge a review must be carried out by an inspector or above.",
                SOURCE_PRE_CHARGE,
                event=review,
            )
        involved = get("reviewer_involved")
        if involved is True:
            ctx.add(
                "review_officer_involved",
                Severity.BREACH,
                "Before charge the review officer must not be directly involved in the "
                "investigation.",
                SOURCE_PRE_CHARGE,
                event=review,
            )
        elif involved is not False:
            missing.append("whether the reviewer is involved in the investigation")
        if get("after_charge") is True:
            missing.append("the charge (review marked after charge, but no earlier charge)")
    if get("decision") not in _DECISIONS:
        missing.append("the decision")
    rationale = get("rationale")
    if not (rationale.strip() if type(rationale) is str else text(rationale)):
        missing.append("the rationale")
    if missing:
        ctx.add(
            "review_record_incomplete",
            Severity.WARNING,
            f"Review at {local(at)}: record {', '.join(missing)}.",
            SOURCE_POST_CHARGE if post_charge else SOURCE_PRE_CHARGE,
            event=review,
        )
