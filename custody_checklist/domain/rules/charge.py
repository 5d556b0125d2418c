"""After charge: AA at charge, bail decision, and s.38(6) transfer or s.38(7) certificate.

A charged child refused bail must be moved to local-authority accommodation (PACE
s.38(6)) unless the custody officer certifies (s.38(7)) that (a) it is impracticable, or
(b) the child is 12 or over, no secure accommodation is available and other
accommodation would not protect the public from serious harm. Code C Note 16D: the
child's behaviour, the nature of the offence, or the lack of secure accommodation on its
own do not make transfer impracticable. Age for ground (b) is taken on the date of the
certificate.
"""

from __future__ import annotations

from custody_checklist.domain.findings import Severity
from custody_checklist.domain.rules.context import (
    UNVERIFIED,
    Context,
    detail,
    local,
    text,
)
from custody_checklist.domain.timeutil import age_on

SOURCE_CHARGE_AA = "PACE Code C 16.1" + UNVERIFIED
SOURCE_BAIL = "PACE s.38(1)"
SOURCE_386 = "PACE s.38(6)"
SOURCE_387 = "PACE s.38(6)-(7)"
SOURCE_16D = "PACE Code C Note 16D"


def check(ctx: Context) -> None:
    get = ctx.by_kind.get
    found = get("charged")
    if not found:
        return  # most records: no charge
    charged = found[0]
    if detail(charged, "aa_present") is not True:
        ctx.add(
            "charge_without_aa",
            Severity.WARNING,
            "The child should be charged in the appropriate adult's presence.",
            SOURCE_CHARGE_AA,
            event=charged,
        )
    charged_at = charged.at
    decisions = [d for d in get("bail_decision") or () if d.at >= charged_at]
    if not decisions:
        ctx.add(
            "bail_decision_missing",
            ctx.pending,
            "The child has been charged: record the bail decision.",
            SOURCE_BAIL,
            event_kind="bail_decision",
        )
        return
    # The first refusal, else whether any decision granted bail: one plain loop.
    refused = None
    granted = False
    for decision in decisions:
        outcome = detail(decision, "bail_granted")
        if outcome is False:
            refused = decision
            break
        if outcome is True:
            granted = True
    if refused is None:
        if not granted:
            ctx.add(
                "bail_decision_missing",
                ctx.pending,
                "Record whether bail was granted or refused.",
                SOURCE_BAIL,
                event=decisions[0],
            )
        return
    if not text(detail(refused, "refusal_grounds")):
        ctx.add(
            "bail_refusal_grounds_missing",
            ctx.pending,
            "Record the grounds for refusing bail.",
            SOURCE_BAIL,
            event=refused,
        )
    requests = get("la_transfer_requested")
    found = get("transferred")
    transferred = found[0] if found else None
    certificates = get("certificate_issued") or ()
    if not requests:
        ctx.add(
            "la_transfer_not_requested",
            Severity.WARNING if ctx.in_custody else Severity.BREACH,
            f"Bail was refused at {local(refused.at)}: ask the local authority for "
            "accommodation now (secure or non-secure) and record the request.",
            SOURCE_386,
            event_kind="la_transfer_requested",
        )
    if transferred is None and not certificates:
        if ctx.in_custody:
            ctx.add(
                "la_transfer_pending",
                Severity.DUE,
                "Transfer the child to local-authority accommodation, or issue a s.38(7) "
                "certificate stating the ground and why.",
                SOURCE_387,
                event_kind="transferred",
            )
        else:
            ctx.add(
                "transfer_or_certificate_missing",
                Severity.BREACH,
                "The charged child refused bail left custody without a transfer to local-"
                "authority accommodation or a s.38(7) certificate.",
                SOURCE_387,
                event_kind="certificate_issued",
            )
    dob = getattr(ctx.record.child, "date_of_birth", None)
    secure_available = False
    for response in get("la_response") or ():
        if detail(response, "secure_available") is True:
            secure_available = True
            break
    for cert in certificates:
        _certificate(ctx, cert, dob, secure_available)


def _certificate(ctx: Context, cert, dob, secure_available: bool) -> None:
    ground = detail(cert, "ground")
    if ground not in ("a_impracticable", "b_no_secure_serious_harm"):
        ctx.add(
            "certificate_ground_missing",
            Severity.BREACH,
            "The s.38(7) certificate must state its ground: (a) transfer impracticable, or "
            "(b) 12 or over, no secure accommodation and risk of serious harm.",
            SOURCE_387,
            event=cert,
        )
    elif ground == "b_no_secure_serious_harm":
        age = None
        try:
            age = age_on(dob, cert.at) if dob is not None else None
        except (TypeError, ValueError, AttributeError):
            age = None
        if age is None:
            ctx.add(
                "certificate_ground_b_age_unknown",
                Severity.WARNING,
                "Ground (b) is only for children aged 12 or over, and the child's date of "
                "birth is not recorded: establish the age before relying on ground (b).",
                SOURCE_387,
                event=cert,
                question_id="age_basis",
            )
        elif age < 12:
            ctx.add(
                "certificate_ground_b_under_12",
                Severity.BREACH,
                f"Ground (b) cannot apply: the child was {age} when the certificate was "
                "issued (ground (b) is only for children aged 12 or over).",
                SOURCE_387,
                event=cert,
            )
        if secure_available:
            ctx.add(
                "certificate_ground_b_secure_available",
                Severity.WARNING,
                "Ground (b) says no secure accommodation is available, but the local "
                "authority's response records secure accommodation as available.",
                SOURCE_387,
                event=cert,
            )
    if not text(detail(cert, "circumstances")):
        ctx.add(
            "certificate_circumstances_missing",
            Severity.BREACH,
            "The s.38(7) certificate must set out the circumstances that make the ground "
            "apply.",
            SOURCE_387,
            event=cert,
        )
    if detail(cert, "note_16d_acknowledged") is not True:
        ctx.add(
            "certificate_note_16d_not_acknowledged",
            Severity.WARNING,
            "Confirm on the certificate that the child's behaviour, the nature of the "
            "offence, or the lack of secure accommodation alone do not make transfer "
            "impracticable.",
            SOURCE_16D,
            event=cert,
        )
