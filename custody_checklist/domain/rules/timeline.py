"""Timeline sanity: events without a usable time, after "now", or in an impossible order.

These are not legal breaches but they make other rules unreliable, so the sergeant is
told which entry to check rather than the engine guessing.
"""

from __future__ import annotations

from custody_checklist.domain.events import event_label
from custody_checklist.domain.findings import Severity
from custody_checklist.domain.record import Event
from custody_checklist.domain.rules.context import Context, local

SOURCE = "record integrity"

# (earlier kind, later kind): the first of the later kind should not precede the first
# of the earlier kind.
ORDER = (
    ("arrest", "arrival"),
    ("arrival", "detention_authorised"),
    ("aa_requested", "aa_arrived"),
    ("detention_authorised", "review"),
    ("charged", "bail_decision"),
    ("bail_decision", "la_transfer_requested"),
    ("la_transfer_requested", "la_response"),
    ("interview_started", "interview_ended"),
    ("rest_started", "rest_ended"),
    ("charged", "certificate_issued"),
    ("arrival", "released"),
    ("arrival", "transferred"),
)
AFTER_RELEASE_OK = {"note", "released", "transferred", "csc_referral", "la_response"}


def check(ctx: Context, bad: list[Event], future: list[Event]) -> None:
    for event in bad:
        ctx.add(
            "event_time_invalid",
            Severity.WARNING,
            f"'{event_label(str(getattr(event, 'kind', '')))}' has no usable date and time "
            "(it needs one with a UTC offset); it is left out of the checks.",
            SOURCE,
            event=event if isinstance(event, Event) else None,
        )
    if future:
        first = min(future, key=lambda e: e.at)
        ctx.add(
            "event_after_now",
            Severity.WARNING,
            f"{len(future)} timeline entr{'y is' if len(future) == 1 else 'ies are'} after "
            f"the evaluation time {local(ctx.now)} (first: "
            f"'{event_label(str(first.kind))}' at {local(first.at)}); left out of the checks.",
            SOURCE,
            event=first,
        )
    by_kind = ctx.by_kind
    get = by_kind.get
    for earlier, later in ORDER:
        # The later kind is looked at first: when it is absent the earlier one is not needed.
        b_events = get(later)
        if not b_events:
            continue
        a_events = get(earlier)
        if a_events and b_events[0].at < a_events[0].at:
            b, a = b_events[0], a_events[0]
            ctx.add(
                "timeline_out_of_order",
                Severity.WARNING,
                f"'{event_label(later)}' ({local(b.at)}) is before "
                f"'{event_label(earlier)}' ({local(a.at)}). Check the times.",
                SOURCE,
                event=b,
            )
    end = ctx.custody_end
    if end is None:
        return
    # Each kind's events are in time order, so only its last can be after the end. Most
    # records have none: one quick pass over the lists says so before kinds are looked at.
    for events in by_kind.values():
        if events[-1].at > end:
            break
    else:
        return
    first = None
    for kind, events in by_kind.items():
        if events[-1].at <= end or kind in AFTER_RELEASE_OK:
            continue
        earliest_late = next(e for e in events if e.at > end)
        if first is None or earliest_late.at < first.at:
            first = earliest_late
    if first is not None:
        ctx.add(
            "event_after_release",
            Severity.WARNING,
            f"'{event_label(str(first.kind))}' at {local(first.at)} is after the child "
            f"left custody ({local(end)}). Check the times.",
            SOURCE,
            event=first,
        )
