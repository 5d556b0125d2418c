"""Records, a small checklist definition and evaluations for the PDF tests.

The definition here is deliberately small and frozen so that layout checks do not move
when the shipped checklist grows; one test also runs against the shipped definition.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from pypdf import PdfReader

from custody_checklist.domain.definition import ChecklistDefinition, parse_definition
from custody_checklist.domain.events import EventKind
from custody_checklist.domain.findings import Deadline, Evaluation, Finding, Severity
from custody_checklist.domain.record import (
    Amendment,
    Child,
    DobStatus,
    Event,
    Gender,
    Record,
    RecordStatus,
    SignOff,
)
from custody_checklist.reports.pdf_summary import summary_pdf_bytes

T0 = datetime(2026, 10, 24, 21, 10, tzinfo=UTC)  # the night before the clocks go back
GENERATED = datetime(2026, 10, 26, 9, 30, tzinfo=UTC)
HASH = "3f2a9c" + "0123456789abcdef" * 3 + "deadbeefcafe"[:10]

PERSON = {"name": "text"}
RANKS = [
    {"value": v, "label": v.replace("_", " ").title()}
    for v in ("constable", "sergeant", "inspector", "chief_inspector", "superintendent")
]


def _q(qid: str, qtype: str, label: str, **extra: Any) -> dict[str, Any]:
    return {"id": qid, "type": qtype, "label": label, **extra}


def _opts(*pairs: tuple[str, str]) -> list[dict[str, str]]:
    return [{"value": v, "label": lab} for v, lab in pairs]


FIXTURE_DEFINITION: dict[str, Any] = {
    "id": "child-detention",
    "version": 1,
    "title": "Test child checklist",
    "sections": [
        {
            "id": "age",
            "title": "Age and status",
            "questions": [
                _q(
                    "age_basis",
                    "choice",
                    "How was the child's age established?",
                    options=_opts(
                        ("documents", "Documents (passport, birth certificate)"),
                        ("stated_by_child", "Stated by the child"),
                        ("appearance", "Appearance only"),
                    ),
                ),
                _q("age_disputed", "yesno", "Is the child's age disputed?"),
                _q(
                    "age_dispute_details",
                    "text",
                    "Details of the dispute",
                    show_if={"question": "age_disputed", "equals": True},
                ),
                _q("first_language", "text", "First language"),
                _q("interpreter_required", "yesno", "Interpreter required?"),
                _q(
                    "vulnerability_flags",
                    "multichoice",
                    "Vulnerability flags",
                    options=_opts(
                        ("cce", "Child criminal exploitation"),
                        ("county_lines", "County lines"),
                        ("missing_from_home", "Missing from home"),
                    ),
                ),
            ],
        },
        {
            "id": "detention",
            "title": "Arrival and detention",
            "questions": [
                _q("offence", "text", "Offence"),
                _q("rationale_to_detain", "text", "Rationale to detain", multiline=True),
                _q("rationale_to_continue", "text", "Rationale to continue detention"),
            ],
        },
        {
            "id": "appropriate_adult",
            "title": "Appropriate adult",
            "questions": [
                _q(
                    "aa_category",
                    "choice",
                    "Appropriate adult category",
                    options=_opts(
                        ("parent_guardian", "Parent or guardian"),
                        ("la_social_worker", "Local-authority social worker"),
                        ("other_responsible_adult", "Other responsible adult"),
                    ),
                ),
                _q("aa_person", "person", "Appropriate adult"),
                _q("aa_delay_reason", "text", "Reason for any delay"),
            ],
        },
        {
            "id": "voice",
            "title": "Voice of the Child",
            "questions": [
                _q("voc_own_words", "text", "The child's own words", multiline=True),
                _q("voc_declined_to_speak", "yesno", "Did the child decline to speak?"),
                _q("voc_behaviour_demeanour", "text", "Behaviour and demeanour", multiline=True),
                _q("voc_wishes_feelings", "text", "Wishes and feelings", multiline=True),
            ],
        },
        {
            "id": "care",
            "title": "Care and treatment",
            "questions": [
                _q(
                    "accommodation",
                    "choice",
                    "Where was the child held?",
                    options=_opts(("detention_room", "Detention room"), ("cell", "Cell")),
                ),
                _q(
                    "cell_reason",
                    "text",
                    "Why a cell?",
                    show_if={"question": "accommodation", "equals": "cell"},
                ),
                _q(
                    "female_care_officer",
                    "person",
                    "Woman responsible for the girl's care",
                    show_if={"child": "gender", "equals": "female"},
                ),
                _q("meals_offered", "yesno", "Meals offered?"),
            ],
        },
        {
            "id": "release",
            "title": "Release",
            "questions": [
                _q("release_to", "person", "Released to"),
                _q("pre_release_risk_assessment", "yesno", "Pre-release risk assessment done?"),
            ],
        },
    ],
    "events": [
        {
            "kind": "arrest",
            "label": "Arrest",
            "fields": [
                _q("arresting_officer", "person", "Arresting officer"),
                _q("location", "text", "Place of arrest"),
            ],
        },
        {
            "kind": "detention_authorised",
            "label": "Detention authorised",
            "fields": [
                _q("authorised_by", "person", "Authorised by"),
                _q("grounds", "text", "Grounds"),
            ],
        },
        {
            "kind": "aa_requested",
            "label": "AA requested",
            "fields": [
                _q(
                    "category",
                    "choice",
                    "Category",
                    options=_opts(
                        ("parent_guardian", "Parent or guardian"),
                        ("la_social_worker", "Local-authority social worker"),
                        ("other_responsible_adult", "Other responsible adult"),
                    ),
                ),
                _q("requested_from", "text", "Requested from"),
            ],
        },
        {
            "kind": "aa_arrived",
            "label": "AA arrived",
            "fields": [
                _q("person", "person", "Appropriate adult"),
            ],
        },
        {
            "kind": "review",
            "label": "Review of detention",
            "fields": [
                _q("reviewer", "person", "Reviewer"),
                _q("reviewer_rank", "choice", "Rank", options=RANKS),
                _q(
                    "method",
                    "choice",
                    "Method",
                    options=_opts(
                        ("in_person", "In person"), ("video", "Video link"), ("phone", "Telephone")
                    ),
                ),
                _q("aa_present", "yesno", "AA present"),
                _q("representations_child", "text", "Child's representations"),
                _q(
                    "decision",
                    "choice",
                    "Decision",
                    options=_opts(
                        ("continue", "Continue detention"),
                        ("release", "Release"),
                        ("charge", "Charge"),
                    ),
                ),
                _q("rationale", "text", "Rationale"),
            ],
        },
        {
            "kind": "certificate_issued",
            "label": "s.38(7) certificate",
            "fields": [
                _q(
                    "ground",
                    "choice",
                    "Ground",
                    options=_opts(
                        ("a_impracticable", "(a) Transfer impracticable"),
                        (
                            "b_no_secure_serious_harm",
                            "(b) No secure accommodation; risk of serious harm",
                        ),
                    ),
                ),
                _q("circumstances", "text", "Circumstances that make transfer impracticable"),
                _q("note_16d_acknowledged", "yesno", "Note 16D read and applied"),
                _q("issued_by", "person", "Issued by"),
            ],
        },
        {"kind": "note", "label": "Note", "fields": [_q("text", "text", "Note")]},
    ],
}


def fixture_definition() -> ChecklistDefinition:
    return parse_definition(FIXTURE_DEFINITION, source="<test definition>")


def person(name: str, rank: str = "", number: str = "", **extra: str) -> dict[str, str]:
    value = {"name": name}
    if rank:
        value["rank"] = rank
    if number:
        value["number"] = number
    value.update(extra)
    return value


def make_record(**answers: Any) -> Record:
    """A boy with only the arrival recorded and the answers given."""
    return Record(
        custody_number="CHE/000123/26",
        suite="CHE",
        child=Child(
            surname="Jones",
            forenames="Rhys",
            date_of_birth=date(2010, 3, 14),
            dob_status=DobStatus.VERIFIED,
            gender=Gender.MALE,
            ethnicity_self_defined="White Welsh",
        ),
        definition_id="child-detention",
        definition_version=1,
        answers=dict(answers),
        events=[Event(EventKind.ARRIVAL, T0 + timedelta(minutes=25))],
    )


def full_record() -> Record:
    """A completed record: charged, refused bail, kept on a certificate, signed and amended."""
    record = make_record(
        age_basis="documents",
        age_disputed=False,
        first_language="Cymraeg",
        interpreter_required=False,
        vulnerability_flags=["cce", "county_lines"],
        offence="Possession with intent to supply (class A)",
        rationale_to_detain="To obtain evidence by questioning; the child gave no fixed address.",
        aa_category="parent_guardian",
        aa_person=person("Gwenllian Ŵyn Jones", role="Mother", phone="07700 900123"),
        voc_own_words="I just want my mam. Dw i eisiau mynd adre.",
        voc_declined_to_speak=False,
        voc_behaviour_demeanour="Quiet, tearful at booking-in; calmer once his mother arrived.",
        voc_wishes_feelings="Wants his mother told; worried about his little sister.",
        accommodation="cell",
        cell_reason="No detention room free: both occupied by other children.",
        meals_offered=True,
    )
    ev = record.events
    ev.append(
        Event(
            EventKind.ARREST,
            T0,
            {
                "arresting_officer": person("Dafydd Evans", "constable", "PC 4411"),
                "location": "Ffordd y Castell, Caer",
            },
        )
    )
    authorised = T0 + timedelta(minutes=40)
    ev.append(
        Event(
            EventKind.DETENTION_AUTHORISED,
            authorised,
            {"authorised_by": person("Sarah Ellis", "sergeant", "PS 1234")},
        )
    )
    ev.append(
        Event(
            EventKind.AA_REQUESTED,
            T0 + timedelta(minutes=45),
            {"category": "parent_guardian", "requested_from": "Mother by phone"},
        )
    )
    ev.append(
        Event(
            EventKind.AA_ARRIVED,
            T0 + timedelta(hours=2, minutes=5),
            {"person": person("Gwenllian Ŵyn Jones")},
        )
    )
    review = Event(
        EventKind.REVIEW,
        T0 + timedelta(hours=6, minutes=20),
        {
            "reviewer": person("Tomasz Łążyński", "inspector", "4402"),
            "reviewer_rank": "inspector",
            "method": "video",
            "aa_present": True,
            "representations_child": "Wants to go home.",
            "decision": "continue",
            "rationale": "Interview with solicitor arranged for 09:00.",
        },
        id="review-1",
    )
    ev.append(review)
    ev.append(
        Event(
            EventKind.CHARGED,
            T0 + timedelta(hours=14),
            {"aa_present": True, "charges": "Possession with intent to supply"},
        )
    )
    ev.append(
        Event(
            EventKind.BAIL_DECISION,
            T0 + timedelta(hours=14, minutes=10),
            {"bail_granted": False, "refusal_grounds": "Risk of further offences"},
        )
    )
    ev.append(
        Event(
            EventKind.LA_TRANSFER_REQUESTED,
            T0 + timedelta(hours=14, minutes=20),
            {"accommodation_type": "secure", "local_authority": "Northshire Council"},
        )
    )
    ev.append(
        Event(
            EventKind.LA_RESPONSE,
            T0 + timedelta(hours=15),
            {
                "response": "declined",
                "secure_available": False,
                "details": "No secure bed in the region.",
            },
        )
    )
    ev.append(
        Event(
            EventKind.CERTIFICATE_ISSUED,
            T0 + timedelta(hours=15, minutes=30),
            {
                "ground": "a_impracticable",
                "circumstances": "Flooding closed the only road to the accommodation offered.",
                "note_16d_acknowledged": True,
                "issued_by": person("Sarah Ellis", "sergeant", "PS 1234"),
            },
        )
    )
    record.status = RecordStatus.SIGNED
    record.signoffs = [
        SignOff("submitted", T0 + timedelta(hours=16), "Sarah Ellis", "sergeant", "PS 1234"),
        SignOff(
            "signed",
            T0 + timedelta(hours=20),
            "Tomasz Łążyński",
            "inspector",
            "4402",
            comment="Checked with the custody record.",
            content_hash=HASH,
            acknowledgements={"aa_delay": "Mother lives 40 minutes away; delay reasonable."},
        ),
    ]
    record.amendments = [
        Amendment(
            T0 + timedelta(days=1),
            "Sarah Ellis",
            "Mother's surname misspelt",
            [
                {
                    "field": "answers.aa_category",
                    "old": "other_responsible_adult",
                    "new": "parent_guardian",
                }
            ],
        )
    ]
    return record


def full_evaluation() -> Evaluation:
    return Evaluation(
        findings=[
            Finding(
                "aa_delay",
                Severity.WARNING,
                "Appropriate adult arrived 1 h 20 min after the request (local standard 1 h).",
                "Local standard",
            ),
            Finding(
                "cell_used",
                Severity.BREACH,
                "Child held in a cell.",
                "PACE Code C 8.8",
                question_id="cell_reason",
            ),
            Finding(
                "review_due",
                Severity.DUE,
                "Next review due.",
                "PACE s.40(3)(b)",
                due_at=T0 + timedelta(hours=15),
            ),
        ],
        deadlines=[
            Deadline(
                "first_review",
                "First review",
                T0 + timedelta(hours=6, minutes=40),
                "PACE s.40(3)(a)",
                met_at=T0 + timedelta(hours=6, minutes=20),
            ),
        ],
    )


def render(
    record: Record,
    definition: ChecklistDefinition | None = None,
    evaluation: Evaluation | None = None,
) -> bytes:
    return summary_pdf_bytes(
        record,
        definition or fixture_definition(),
        evaluation or Evaluation(),
        force_name="Northshire Police",
        suite_name="Chester",
        generated_at=GENERATED,
        content_hash=HASH,
    )


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture
def definition() -> ChecklistDefinition:
    return fixture_definition()


@pytest.fixture
def render_pdf() -> Callable[..., bytes]:
    return render


@pytest.fixture
def record_factory() -> Callable[..., Record]:
    return make_record


@pytest.fixture
def completed_record() -> Record:
    return full_record()


@pytest.fixture
def completed_evaluation() -> Evaluation:
    return full_evaluation()


@pytest.fixture
def extract() -> Callable[[bytes], list[str]]:
    return page_texts
