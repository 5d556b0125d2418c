"""The kinds of timed event on a child's detention timeline.

The codes are stable: the rules engine, the interchange format, audits and reports all
count on them. The questions each kind asks live in the checklist definition (data);
this module only names the kinds and their plain-English labels.
"""

from __future__ import annotations

from enum import StrEnum


class EventKind(StrEnum):
    ARREST = "arrest"
    ARRIVAL = "arrival"
    RELEVANT_TIME = "relevant_time"
    DETENTION_AUTHORISED = "detention_authorised"
    WELFARE_INFORMED = "welfare_informed"
    AA_REQUESTED = "aa_requested"
    AA_ARRIVED = "aa_arrived"
    AA_LEFT = "aa_left"
    RIGHTS_GIVEN = "rights_given"
    LEGAL_ADVICE = "legal_advice"
    HCP_SEEN = "hcp_seen"
    CSC_REFERRAL = "csc_referral"
    REST_STARTED = "rest_started"
    REST_ENDED = "rest_ended"
    INTERVIEW_STARTED = "interview_started"
    INTERVIEW_ENDED = "interview_ended"
    STRIP_SEARCH = "strip_search"
    REVIEW = "review"
    REVIEW_POSTPONED = "review_postponed"
    EXTENSION_AUTHORISED = "extension_authorised"
    CHARGED = "charged"
    BAIL_DECISION = "bail_decision"
    LA_TRANSFER_REQUESTED = "la_transfer_requested"
    LA_RESPONSE = "la_response"
    TRANSFERRED = "transferred"
    CERTIFICATE_ISSUED = "certificate_issued"
    RELEASED = "released"
    NOTE = "note"


EVENT_LABELS: dict[EventKind, str] = {
    EventKind.ARREST: "Arrested",
    EventKind.ARRIVAL: "Arrived at custody suite",
    EventKind.RELEVANT_TIME: "Relevant time (24 h clock starts)",
    EventKind.DETENTION_AUTHORISED: "Detention authorised",
    EventKind.WELFARE_INFORMED: "Person responsible for welfare informed",
    EventKind.AA_REQUESTED: "Appropriate adult requested",
    EventKind.AA_ARRIVED: "Appropriate adult arrived",
    EventKind.AA_LEFT: "Appropriate adult left",
    EventKind.RIGHTS_GIVEN: "Rights and entitlements given",
    EventKind.LEGAL_ADVICE: "Legal advice consultation",
    EventKind.HCP_SEEN: "Seen by healthcare professional",
    EventKind.CSC_REFERRAL: "Referred to children's social care",
    EventKind.REST_STARTED: "Rest period started",
    EventKind.REST_ENDED: "Rest period ended",
    EventKind.INTERVIEW_STARTED: "Interview started",
    EventKind.INTERVIEW_ENDED: "Interview ended",
    EventKind.STRIP_SEARCH: "Strip search",
    EventKind.REVIEW: "Review of detention (s.40)",
    EventKind.REVIEW_POSTPONED: "Review postponed",
    EventKind.EXTENSION_AUTHORISED: "Extension to 36 h authorised (s.42)",
    EventKind.CHARGED: "Charged",
    EventKind.BAIL_DECISION: "Bail decision",
    EventKind.LA_TRANSFER_REQUESTED: "Local authority asked for accommodation (s.38(6))",
    EventKind.LA_RESPONSE: "Local authority response",
    EventKind.TRANSFERRED: "Transferred to local-authority accommodation",
    EventKind.CERTIFICATE_ISSUED: "s.38(7) certificate issued",
    EventKind.RELEASED: "Released",
    EventKind.NOTE: "Note",
}


def event_label(kind: str) -> str:
    try:
        return EVENT_LABELS[EventKind(kind)]
    except ValueError:
        return kind.replace("_", " ").capitalize()
