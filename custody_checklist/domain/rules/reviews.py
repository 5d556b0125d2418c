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
from functools import lru_cache

from custody_checklist.domain.findings import Severity
from custody_checklist.domain.record import Event
from custody_checklist.domain.rules.context import (
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


def check(ctx: Context) -> None:
    authorised = ctx.first("detention_authorised")
    if authorised is None:
        return
    s = ctx.settings
    end = ctx.until
    reviews = [r for r in ctx.events("review") if authorised.at <= r.at <= end]
    postponements = ctx.events("review_postponed")
    due = authorised.at + s.first_review_after
    number = 1
    used: set[str] = set()
    for review in reviews:
        source = SOURCE_FIRST if number == 1 else SOURCE_LATER
        if postponements:
            slot = [p for p in postponements if p.id not in used and p.at <= review.at]
            used.update(p.id for p in slot)
            valid = _valid_postponements(ctx, slot, due)
        else:
            valid = []
        ctx.deadline("review", _label(number), due, source, review.at)
        if review.at > due:
            if valid:
                ctx.add(
                    "review_postponed",
                    Severity.INFO,
                    f"{_label(number)} was postponed and carried out at {local(review.at)}, "
                    f"{duration(review.at - due)} after it was due.",
                    SOURCE_POSTPONE,
                    due_at=due,
                    event=review,
                )
            else:
                ctx.add(
                    "review_late",
                    Severity.BREACH,
                    f"{_label(number)} was due by {local(due)} but carried out at "
                    f"{local(review.at)}, {duration(review.at - due)} late.",
                    source,
                    due_at=due,
                    event=review,
                )
        _reviewer(ctx, review)
        next_due = (due if valid and review.at > due else review.at) + s.review_interval
        due, number = next_due, number + 1

    source = SOURCE_FIRST if number == 1 else SOURCE_LATER
    slot = [p for p in postponements if p.id not in used]
    valid = _valid_postponements(ctx, slot, due)
    if ctx.in_custody:
        ctx.deadline("review", _label(number) + (" (postponed)" if valid else ""), due, source)
        if ctx.now > due:
            if valid:
                ctx.add(
                    "review_postponed",
                    Severity.DUE,
                    f"{_label(number)} (due {local(due)}) was postponed: carry it out as soon "
                    "as practicable.",
                    SOURCE_POSTPONE,
                    due_at=due,
                    event=valid[-1],
                )
            else:
                ctx.add(
                    "review_overdue",
                    Severity.BREACH,
                    f"{_label(number)} was due by {local(due)} and is "
                    f"{duration(ctx.now - due)} overdue. Review now.",
                    source,
                    due_at=due,
                    event_kind="review",
                )
        else:
            soon = ctx.soon(due)
            ctx.add(
                "review_due_soon" if soon else "review_due",
                Severity.WARNING if soon else Severity.DUE,
                f"{_label(number)} due by {local(due)} "
                f"(in {duration(due - ctx.now)}).",
                source,
                due_at=due,
                event_kind="review",
            )
    elif end > due:
        if valid:
            ctx.add(
                "review_postponed",
                Severity.INFO,
                f"{_label(number)} (due {local(due)}) was postponed and the child left custody "
                "before it was carried out.",
                SOURCE_POSTPONE,
                due_at=due,
                event=valid[-1],
            )
        else:
            ctx.deadline("review", _label(number), due, source)
            ctx.add(
                "review_overdue",
                Severity.BREACH,
                f"{_label(number)} was due by {local(due)} but no review is recorded before "
                f"the child left custody at {local(end)}.",
                source,
                due_at=due,
                event_kind="review",
            )


@lru_cache(maxsize=256)
def _label(number: int) -> str:
    return "First review" if number == 1 else f"Review {number}"


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


def _rank(details: dict, reviewer: object) -> tuple[int | None, bool]:
    """(seniority, recorded?) of the reviewer; police staff ranks below a constable."""
    raw = details.get("reviewer_rank") or person_rank(reviewer)
    index = rank_index(raw)
    if index is None and isinstance(raw, str) and raw.strip().lower() == "staff":
        return -1, True
    return index, index is not None


def _reviewer(ctx: Context, review: Event) -> None:
    charged = ctx.charged_at
    post_charge = charged is not None and review.at >= charged
    details = review.details if isinstance(review.details, dict) else {}
    reviewer = details.get("reviewer")
    rank, rank_known = _rank(details, reviewer)
    missing = []
    if not person_name(reviewer):
        missing.append("the reviewer's name")
    if not rank_known:
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
        involved = details.get("reviewer_involved")
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
        if details.get("after_charge") is True:
            missing.append("the charge (review marked after charge, but no earlier charge)")
    if details.get("decision") not in ("continue", "release", "charge"):
        missing.append("the decision")
    if not text(details.get("rationale")):
        missing.append("the rationale")
    if missing:
        ctx.add(
            "review_record_incomplete",
            Severity.WARNING,
            f"Review at {local(review.at)}: record {', '.join(missing)}.",
            SOURCE_POST_CHARGE if post_charge else SOURCE_PRE_CHARGE,
            event=review,
        )
