"""The demo dataset: an invented force, its suites, users and about seventy children.

Everything here is fiction. "Northshire Police", its suites and local authorities do not
exist; every name is invented. The data is what a newcomer sees on first run and what the
rules engine, the PDF and the dip-sample audit are demonstrated on, so it deliberately
contains good practice *and* the failures inspections keep finding (a late review, rights
not repeated with the appropriate adult, a child refused bail and kept in the cells with
no request to the local authority, behaviour and demeanour not recorded ...).

Pure Python: no Qt, no SQLAlchemy. ``build_demo_dataset(now, seed)`` is deterministic:
every id, time and choice comes from ``random.Random(seed)`` and ``now``.

Layout of this file: reference data (suites, LAs, users, people); ``_Case``, a small
builder for one record's timeline and answers; ``_Builder``, with one method per
hand-written scenario (``_s_*``), the children in custody now (``_c_*``) and the
generated routine records (``_routine``); then ``build_demo_dataset``.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from custody_checklist.domain.events import EventKind as K
from custody_checklist.domain.interchange import content_hash
from custody_checklist.domain.record import (
    Amendment,
    Answer,
    Child,
    DobStatus,
    EthnicityCategory,
    Event,
    Gender,
    Record,
    RecordStatus,
    SignOff,
)
from custody_checklist.domain.timeutil import LONDON, age_on, ensure_utc

DEFINITION_ID = "child-detention"
DEFINITION_VERSION = 1
FORCE = "Northshire Police"


@dataclass(frozen=True)
class DemoSuite:
    code: str
    name: str
    force: str


@dataclass(frozen=True)
class DemoLocalAuthority:
    code: str
    name: str


@dataclass(frozen=True)
class DemoUser:
    username: str
    full_name: str
    rank: str
    collar_number: str
    roles: tuple[str, ...]
    suites: tuple[str, ...]

    @property
    def short(self) -> str:
        """How a custody log names the officer: ``PS 2291 Prydderch``."""
        prefix = {"sergeant": "PS", "inspector": "Insp", "superintendent": "Supt"}.get(self.rank, "")
        surname = self.full_name.split()[-1]
        return " ".join(p for p in (prefix, self.collar_number, surname) if p)


@dataclass
class DemoDataset:
    suites: list[DemoSuite]
    local_authorities: list[DemoLocalAuthority]
    users: list[DemoUser]
    records: list[Record] = field(default_factory=list)


# --------------------------------------------------------------------------- reference data

SUITES = [
    DemoSuite("NSH-C", "Northshire Central", FORCE),
    DemoSuite("NSH-H", "Portmere Harbourside", FORCE),
    DemoSuite("NSH-M", "Millbrook", FORCE),
    DemoSuite("NSH-W", "Westmoor", FORCE),
]
_ALL_SUITES = tuple(s.code for s in SUITES)

LOCAL_AUTHORITIES = [
    DemoLocalAuthority("NCC", "Northshire County Council"),
    DemoLocalAuthority("PCC", "Portmere City Council"),
    DemoLocalAuthority("ABC", "Aldbrook Borough Council"),
    DemoLocalAuthority("GCB", "Glanafon County Borough Council"),
]
_LA = {la.code: la.name for la in LOCAL_AUTHORITIES}
# Which local authority's children's services cover each suite's area.
_SUITE_LA = {"NSH-C": "NCC", "NSH-H": "PCC", "NSH-M": "ABC", "NSH-W": "NCC"}

PRYDDERCH = DemoUser("ps.prydderch", "Dafydd Prydderch", "sergeant", "2291", ("sergeant",), ("NSH-C", "NSH-H"))
RAHMAN = DemoUser("ps.rahman", "Aisha Rahman", "sergeant", "1874", ("sergeant",), ("NSH-C", "NSH-M"))
MULHOLLAND = DemoUser("ps.mulholland", "Claire Mulholland", "sergeant", "2417", ("sergeant",), ("NSH-H", "NSH-W"))
OSEI = DemoUser("ps.osei", "Kwame Osei", "sergeant", "3056", ("sergeant",), ("NSH-M", "NSH-W"))
ADEBAYO = DemoUser("insp.adebayo", "Nkechi Adebayo", "inspector", "1102", ("inspector",), _ALL_SUITES)
VAUGHAN = DemoUser("insp.vaughan", "Rhodri Vaughan", "inspector", "0987", ("inspector", "auditor"), _ALL_SUITES)
LINDQVIST = DemoUser("insp.lindqvist", "Sarah Lindqvist", "inspector", "0764", ("inspector",), _ALL_SUITES)
FEENEY = DemoUser("supt.feeney", "Marcus Feeney", "superintendent", "0451", ("inspector",), _ALL_SUITES)
OKONJO = DemoUser("audit.okonjo", "Janet Okonjo-Price", "staff", "S7781", ("auditor",), _ALL_SUITES)
WHITLOCK = DemoUser("admin.whitlock", "Sam Whitlock", "staff", "S6032", ("administrator",), _ALL_SUITES)
USERS = [PRYDDERCH, RAHMAN, MULHOLLAND, OSEI, ADEBAYO, VAUGHAN, LINDQVIST, FEENEY, OKONJO, WHITLOCK]

_SUITE_SERGEANTS = {
    "NSH-C": (PRYDDERCH, RAHMAN),
    "NSH-H": (PRYDDERCH, MULHOLLAND),
    "NSH-M": (RAHMAN, OSEI),
    "NSH-W": (MULHOLLAND, OSEI),
}
_INSPECTORS = (ADEBAYO, VAUGHAN, LINDQVIST)


def _p(name: str, rank: str = "", number: str = "", role: str = "", organisation: str = "", phone: str = "") -> dict[str, str]:
    """A ``person`` answer; empty parts are left out."""
    values = {"name": name, "rank": rank, "number": number, "role": role, "organisation": organisation, "phone": phone}
    return {k: v for k, v in values.items() if v}


def _officer(user: DemoUser, role: str = "") -> dict[str, str]:
    return _p(user.full_name, user.rank, user.collar_number, role, FORCE)


def _pc(name: str, number: str, role: str = "") -> dict[str, str]:
    return _p(name, "constable", number, role, FORCE)


ARRESTING = [
    _pc("Liam Tranter", "6612"), _pc("Harpreet Gill", "5890"), _pc("Beata Nowak", "7024"),
    _pc("Gareth Pugh", "3381"), _pc("Femi Adeyinka", "7150"), _pc("Rosie Calder", "6208"),
    _pc("Owain Jenkins", "6931"), _pc("Shabana Qureshi", "7302"),
]
FEMALE_CARE = [
    _pc("Beata Nowak", "7024", "Female officer responsible for care"),
    _pc("Rosie Calder", "6208", "Female officer responsible for care"),
    _pc("Bethan Griffiths", "4471", "Female officer responsible for care"),
    _p("Donna Sharples", "staff", "DDO 118", "Detention officer responsible for care", FORCE),
]
HCPS = [
    _p("Lorna Achterberg", role="Custody nurse practitioner", organisation="Medvale Custody Healthcare"),
    _p("Tom Iwu", role="Custody paramedic", organisation="Medvale Custody Healthcare"),
    _p("Dr Samira Haddad", role="Forensic medical examiner", organisation="Medvale Custody Healthcare"),
]
AA_SCHEME = "Northshire Appropriate Adult Service"
SCHEME_AAS = [
    _p("Maureen Pilkington", role="Appropriate adult (volunteer)", organisation=AA_SCHEME, phone="01632 960 118"),
    _p("Desmond Akers", role="Appropriate adult (volunteer)", organisation=AA_SCHEME, phone="01632 960 118"),
    _p("Farida Begum", role="Appropriate adult (volunteer)", organisation=AA_SCHEME, phone="01632 960 118"),
    _p("Piotr Sadowski", role="Appropriate adult (volunteer)", organisation=AA_SCHEME, phone="01632 960 118"),
]
SOLICITORS = [
    _p("Priya Raghunathan", role="Solicitor (duty)", organisation="Harcourt Vale Solicitors", phone="01632 960 452"),
    _p("Owen Tudor-Price", role="Solicitor", organisation="Tudor Price Legal", phone="01632 960 781"),
    _p("Leanne Maguire", role="Solicitor (duty)", organisation="Maguire & Co", phone="01632 960 330"),
    _p("Imran Siddiqui", role="Accredited representative", organisation="Siddiqui Law", phone="01632 960 905"),
]


# --------------------------------------------------------------------------- one record


@dataclass
class _Kid:
    surname: str
    forenames: str
    gender: Gender
    ethnicity: str
    category: EthnicityCategory
    language: str = "English"


class _Case:
    """Builds one record: events relative to arrival, answers, and its sign-offs."""

    def __init__(self, b: _Builder, suite: str, kid: _Kid, arrival: datetime, age: int | None,
                 sergeant: DemoUser, *, dob_status: DobStatus = DobStatus.VERIFIED):
        self.b = b
        self.suite = suite
        self.kid = kid
        self.arrival = arrival
        self.sergeant = sergeant
        self.events: list[Event] = []
        self.answers: dict[str, Answer] = {}
        self.age = age
        if age is None:
            self.dob: date | None = None
            dob_status = DobStatus.UNKNOWN
        else:
            self.dob = b.dob_for(age, arrival - timedelta(minutes=40))
        self.dob_status = dob_status
        self.det_at: datetime | None = None

    # ---- time
    def t(self, minutes: float) -> datetime:
        return self.arrival + timedelta(minutes=minutes)

    def d(self, minutes: float) -> datetime:
        """Minutes after detention was authorised (review clocks run from here)."""
        assert self.det_at is not None
        return self.det_at + timedelta(minutes=minutes)

    # ---- events
    def ev(self, kind: K, at: datetime, by: DemoUser | None = None, **details: Any) -> Event:
        recorded_at = min(self.b.now, at + timedelta(minutes=self.b.rng.randint(1, 14)))
        event = Event(
            kind=kind, at=at, details=details, id=self.b.uid(),
            recorded_by=(by or self.sergeant).short, recorded_at=recorded_at,
        )
        self.events.append(event)
        return event

    def book(self, officer: dict[str, str], location: str, grounds: str, *,
             arrest_before: int = 35, det_after: int = 6, by: DemoUser | None = None) -> None:
        self.ev(K.ARREST, self.t(-arrest_before), arresting_officer=officer, location=location)
        self.ev(K.ARRIVAL, self.arrival)
        self.det_at = self.t(det_after)
        self.ev(K.DETENTION_AUTHORISED, self.det_at, authorised_by=_officer(by or self.sergeant, "Custody officer"), grounds=grounds)

    def welfare(self, at: datetime, person: dict[str, str], method: str = "phone") -> None:
        self.ev(K.WELFARE_INFORMED, at, person=person, method=method)

    def aa(self, requested: datetime, arrived: datetime | None, category: str, person: dict[str, str], requested_from: str) -> None:
        self.ev(K.AA_REQUESTED, requested, category=category, requested_from=requested_from)
        if arrived is not None:
            self.ev(K.AA_ARRIVED, arrived, person=person)

    def rights(self, at: datetime, aa_present: bool) -> None:
        self.ev(K.RIGHTS_GIVEN, at, aa_present=aa_present)

    def legal(self, at: datetime, solicitor: dict[str, str], private: bool = True) -> None:
        self.ev(K.LEGAL_ADVICE, at, in_private=private, solicitor=solicitor)

    def hcp(self, at: datetime, outcome: str, who: int | None = None) -> None:
        professional = HCPS[who if who is not None else self.b.rng.randrange(len(HCPS))]
        self.ev(K.HCP_SEEN, at, professional=professional, outcome=outcome)

    def csc(self, at: datetime, reference: str, team: str = "mash") -> None:
        self.ev(K.CSC_REFERRAL, at, reference=reference, team=team)

    def rest(self, start: datetime, end: datetime) -> None:
        self.ev(K.REST_STARTED, start)
        self.ev(K.REST_ENDED, end)

    def interview(self, start: datetime, minutes: int, aa_present: bool = True, **urgent: Any) -> None:
        self.ev(K.INTERVIEW_STARTED, start, aa_present=aa_present, **urgent)
        self.ev(K.INTERVIEW_ENDED, start + timedelta(minutes=minutes))

    def review(self, at: datetime, reviewer: DemoUser, decision: str, rationale: str, *,
               method: str = "in_person", aa_present: bool = True, involved: bool = False,
               after_charge: bool = False, child: str = "", solicitor: str = "", aa: str = "") -> None:
        details: dict[str, Any] = {
            "reviewer": _officer(reviewer, "Review officer"),
            "reviewer_rank": reviewer.rank,
            "reviewer_involved": involved,
            "method": method,
            "aa_present": aa_present,
            "decision": decision,
            "rationale": rationale,
            "after_charge": after_charge,
        }
        if child:
            details["representations_child"] = child
        if solicitor:
            details["representations_solicitor"] = solicitor
        if aa:
            details["representations_aa"] = aa
        self.ev(K.REVIEW, at, by=reviewer, **details)

    def charge(self, at: datetime, charges: str, aa_present: bool = True) -> None:
        self.ev(K.CHARGED, at, aa_present=aa_present, charges=charges)

    def bail(self, at: datetime, granted: bool, grounds: str = "") -> None:
        details: dict[str, Any] = {"bail_granted": granted}
        if grounds:
            details["refusal_grounds"] = grounds
        self.ev(K.BAIL_DECISION, at, **details)

    def release(self, at: datetime, to: dict[str, str], outcome: str) -> None:
        self.ev(K.RELEASED, at, released_to=to, outcome=outcome)

    def note(self, at: datetime, text: str, by: DemoUser | None = None) -> None:
        self.ev(K.NOTE, at, by=by, text=text)

    # ---- answers
    def base(self, *, offence: str, grounds: str, rationale: str, welfare_person: dict[str, str],
             relationship: str, aa_category: str, aa_person: dict[str, str], **more: Answer) -> None:
        """The answers every record has; ``more`` overrides or adds (contract ids only)."""
        age_basis = "police_records" if self.dob_status is DobStatus.VERIFIED else "stated_by_child"
        answers: dict[str, Answer] = {
            "age_basis": age_basis,
            "age_disputed": False,
            "first_language": self.kid.language,
            "interpreter_required": False,
            "looked_after": False,
            "csc_open_case": False,
            "yjs_involved": False,
            "vulnerability_flags": ["none"],
            "offence": offence,
            "detention_grounds": grounds,
            "rationale_to_detain": rationale,
            "welfare_informed": True,
            "welfare_person": welfare_person,
            "welfare_relationship": relationship,
            "welfare_told": ["arrest", "reason", "where_held"],
            "aa_category": aa_category,
            "aa_person": aa_person,
            "aa_disqualifiers": ["none"],
            "legal_advice_requested": True,
            "legal_consultation_private": True,
            "voc_declined_to_speak": False,
            "voc_captured_how": ["aa_present", "in_private"],
            "risk_assessment_completed": True,
            "mental_health_concerns": False,
            "learning_difficulties": False,
            "self_harm_risk": False,
            "substance_use": False,
            "hcp_required": False,
            "observation_level": "level_2",
            "accommodation": "detention_room",
            "held_with_adult": False,
            "meals_offered": True,
            "ppn_submitted": False,
            "nrm_referral": False,
            "interview_planned": True,
            "pre_release_risk_assessment": True,
            "info_shared_with_la": True,
        }
        if self.dob_status is not DobStatus.VERIFIED:
            answers["appears_under_18"] = True
        if self.kid.gender is Gender.FEMALE:
            answers["female_care_officer"] = FEMALE_CARE[self.b.rng.randrange(len(FEMALE_CARE))]
        answers.update(self.answers)  # anything recorded before (e.g. a referral) is kept
        answers.update(more)
        self.answers = {k: v for k, v in answers.items() if v is not None}

    def voice(self, own_words: str | None, demeanour: str | None, wishes: str = "", lived: str = "",
              later: str = "", declined: bool = False, how: list[str] | None = None) -> None:
        values: dict[str, Answer] = {
            "voc_own_words": own_words, "voc_behaviour_demeanour": demeanour,
            "voc_wishes_feelings": wishes or None, "voc_lived_experience": lived or None,
            "voc_later_demeanour": later or None, "voc_declined_to_speak": declined,
        }
        if how is not None:
            values["voc_captured_how"] = how
        for key, value in values.items():
            if value is None:
                self.answers.pop(key, None)
            else:
                self.answers[key] = value

    def referral(self, at: datetime | None, reference: str = "", team: str = "mash", not_made: str = "") -> None:
        if at is None:
            self.answers["csc_referral_made"] = False
            self.answers["csc_referral_not_made_reason"] = not_made
            return
        self.csc(at, reference, team)
        self.answers["csc_referral_made"] = True
        self.answers["csc_referral_reference"] = reference

    def ref(self, prefix: str, at: datetime | None = None) -> str:
        """A plausible referral reference, e.g. ``MASH/26/004417``."""
        year = (at or self.arrival).astimezone(LONDON).strftime("%y")
        return f"{prefix}/{year}/{self.b.rng.randint(1000, 99999):06d}"

    # ---- the record
    def build(self, plan: str = "signed", inspector: DemoUser | None = None, *,
              submit_note: str = "", sign_note: str = "", return_note: str = "",
              resubmit_note: str = "", amendment: tuple[str, list[dict[str, Any]]] | None = None) -> Record:
        b = self.b
        child = Child(
            surname=self.kid.surname, forenames=self.kid.forenames, date_of_birth=self.dob,
            dob_status=self.dob_status, gender=self.kid.gender,
            ethnicity_self_defined=self.kid.ethnicity, ethnicity_category=self.kid.category,
        )
        self.events.sort(key=lambda e: (e.at, e.id))  # the order storage and interchange use
        last_event = max(e.at for e in self.events)
        record = Record(
            custody_number="", suite=self.suite, child=child,
            definition_id=DEFINITION_ID, definition_version=DEFINITION_VERSION,
            answers=self.answers, events=self.events, id=b.uid(),
            created_at=min(b.now, self.arrival + timedelta(minutes=6)),
        )
        inspector = inspector or _INSPECTORS[b.rng.randrange(len(_INSPECTORS))]
        finished = max(last_event, max(e.recorded_at or e.at for e in self.events))
        steps: list[tuple[str, DemoUser, str]] = []
        submit = submit_note or "Checklist complete. Submitted for inspector sign-off."
        sign = sign_note or "Reviewed against the custody record. Signed off."
        if plan in ("submitted", "signed", "returned", "resigned", "amended"):
            steps.append(("submitted", self.sergeant, submit))
        if plan in ("returned", "resigned"):
            steps.append(("returned", inspector, return_note))
        if plan == "resigned":
            steps.append(("submitted", self.sergeant, resubmit_note))
        if plan in ("signed", "resigned", "amended"):
            steps.append(("signed", inspector, sign))
        # Space the steps out after release, compressed if the record is recent.
        gaps = [b.rng.randint(40, 180) if i == 0 else b.rng.randint(300, 1800) for i in range(len(steps))]
        available = (b.now - timedelta(minutes=20) - finished).total_seconds() / 60
        scale = min(1.0, available / max(1, sum(gaps) + 60))
        at = finished
        for (action, user, comment), gap in zip(steps, gaps, strict=True):
            at = at + timedelta(minutes=max(1.0, gap * scale))
            record.signoffs.append(SignOff(
                action=action, at=at, user_name=user.full_name, rank=user.rank,
                collar_number=user.collar_number, comment=comment, id=b.uid(),
            ))
        status = {
            "draft": RecordStatus.DRAFT, "submitted": RecordStatus.SUBMITTED,
            "returned": RecordStatus.RETURNED, "resigned": RecordStatus.SIGNED,
            "signed": RecordStatus.SIGNED, "amended": RecordStatus.SIGNED,
        }[plan]
        record.status = status
        updated = record.signoffs[-1].at if record.signoffs else finished
        if amendment is not None:
            b.signed_answers[record.id] = dict(record.answers)
            reason, changes = amendment
            when = min(b.now - timedelta(minutes=5), updated + timedelta(hours=b.rng.randint(20, 70)))
            record.amendments.append(Amendment(at=when, user_name=inspector.full_name, reason=reason, changes=changes, id=b.uid()))
            for change in changes:
                key = change["field"].split(".", 1)[1]
                record.answers[key] = change["new"]
            updated = when
        record.updated_at = min(b.now, updated)
        record.version = 1 + len(self.answers) // 3 + len(self.events) + len(record.signoffs) + len(record.amendments)
        return record


# --------------------------------------------------------------------------- scenarios


class _Builder:
    def __init__(self, now: datetime, seed: int):
        self.now = ensure_utc(now)
        self.rng = random.Random(seed)
        self.today = self.now.astimezone(LONDON).date()
        self.signed_answers: dict[str, dict[str, Answer]] = {}  # answers as signed, before an amendment

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def local(self, days_ago: int, hh: int, mm: int) -> datetime:
        """A wall-clock time in Europe/London ``days_ago`` days before today, as UTC."""
        day = self.today - timedelta(days=days_ago)
        return datetime.combine(day, time(hh, mm), tzinfo=LONDON).astimezone(UTC)

    def dob_for(self, age: int, at: datetime) -> date:
        """A date of birth giving exactly ``age`` on the local date of ``at``."""
        day = at.astimezone(LONDON).date() - timedelta(days=self.rng.randint(1, 360))
        try:
            dob = day.replace(year=day.year - age)
        except ValueError:  # 29 February
            dob = day.replace(year=day.year - age, day=28)
        assert age_on(dob, at) == age
        return dob

    def case(self, suite: str, kid: _Kid, arrival: datetime, age: int | None, sergeant: DemoUser | None = None,
             dob_status: DobStatus = DobStatus.VERIFIED) -> _Case:
        sergeant = sergeant or _SUITE_SERGEANTS[suite][self.rng.randrange(2)]
        return _Case(self, suite, kid, arrival, age, sergeant, dob_status=dob_status)

    # =================================================================== hand-written

    def _s_county_lines_looked_after(self, days: int) -> Record:
        """Looked-after child placed out of area, county lines: long Voice of the Child."""
        kid = _Kid("Whitfield", "Kai Anthony", Gender.MALE, "White British", EthnicityCategory.WHITE)
        c = self.case("NSH-H", kid, self.local(days, 21, 20), 16, PRYDDERCH)
        c.book(ARRESTING[0], "Flat 3, 41 Chandlery Row, Portmere", "To secure and preserve evidence and to obtain evidence by questioning: possession with intent to supply Class A.", arrest_before=50)
        sw = _p("Kerry-Ann Lewis", role="Social worker (EDT)", organisation="Northshire Emergency Duty Team", phone="01632 960 200")
        placement = _p("Gavin Roper", role="Registered manager, Larkfield House children's home", organisation="Larkfield Care Ltd", phone="01632 960 647")
        c.welfare(c.t(22), placement)
        c.note(c.t(24), "Glanafon CBC out-of-hours line informed Kai is in custody (Kai's home authority; placement is in Northshire). Message left for allocated social worker Siân Beddoe.")
        c.aa(c.t(25), c.t(190), "la_social_worker", sw, "Northshire EDT (duty social worker)")
        c.rights(c.t(28), aa_present=False)
        c.hcp(c.t(62), "Seen in detention room. No injuries. Denies internal concealment; nurse notes no signs of drug toxicity. Fit to detain and interview with AA. Advised 30-minute checks and rousing while asleep.", who=0)
        c.referral(c.t(95), c.ref("EDT"), team="edt")
        c.rights(c.t(194), aa_present=True)
        c.ev(K.STRIP_SEARCH, c.t(215), aa_present=True, location="Strip search room 2, Portmere Harbourside", searcher_sex="male",
             authorised_by=_officer(ADEBAYO, "Authorising officer"))
        c.rest(c.t(250), c.t(250 + 8 * 60 + 35))
        c.review(c.d(5 * 60 + 30), ADEBAYO, "continue", "Reviewed by video link at 02:00 hrs. Kai asleep; AA consulted by phone and agrees he should not be woken. Detention remains necessary to obtain evidence by questioning: interview cannot take place until he has rested and the solicitor attends at 09:30. Further detention also allows the EDT to arrange a safe return to placement rather than release at night to an address he has been missing from for three days.", method="video", aa_present=False, aa="Ms Lewis (EDT) by phone: agrees Kai should rest; asks to be called before interview.")
        c.legal(c.t(12 * 60 + 40), SOLICITORS[0])
        c.interview(c.t(13 * 60 + 25), 58)
        c.review(c.d(14 * 60 + 20), VAUGHAN, "continue", "Interview concluded. Officer in case awaiting CPS-style decision from the drugs desk on release under investigation pending phone download. Detention continues for a short period only to arrange return to Larkfield House with a member of staff; placement manager attending.", child="Kai said he wants to go back to Larkfield and \"not to the flat\".", solicitor="Ms Raghunathan: no objection to a short period of further detention to arrange a safe return.", aa="Ms Lewis (day team, handed over from EDT) agrees.")
        c.release(c.t(15 * 60 + 35), placement, "released_under_investigation")
        c.base(
            offence="Possession with intent to supply Class A (crack cocaine and heroin, 14 wraps)",
            grounds="secure_preserve_evidence",
            rationale=(
                "Kai is 16 and a looked-after child of Glanafon CBC placed at Larkfield House, Northshire. He was reported missing "
                "three days ago and was found in a flat known to be used by an out-of-area drug line, with 14 wraps and £340 cash. "
                "Detention is necessary to secure the phone and cash seized and to interview him about the supply. I have considered "
                "that Kai is very likely to be a victim of criminal exploitation as well as a suspect; detention also keeps him away "
                "from the adults at the flat while the EDT is informed. Release tonight would be to the address from which he went missing, "
                "with no plan in place. Not in a cell: detention room 1 allocated."
            ),
            welfare_person=placement, relationship="Registered manager of his children's home (corporate parent informed separately)",
            aa_category="la_social_worker", aa_person=sw,
            looked_after=True, home_local_authority="Glanafon County Borough Council", csc_open_case=True, yjs_involved=True,
            vulnerability_flags=["cce", "county_lines", "missing_from_home"],
            aa_delay_reason="Only one EDT worker covering the county after 22:00; she was attending a child at Westmoor. The AA scheme does not operate after 22:00. Rights given on arrival and repeated when Ms Lewis arrived.",
            hcp_required=True, substance_use=True, health_concerns="Asthma (inhaler brought from placement). Says he has not eaten properly for two days.",
            ppn_submitted=True, nrm_referral=True, joint_risk_assessment=True,
            exploitation_indicators="Missing from placement 3 days; found in a flat used by an out-of-area line; two phones, one a 'line' phone receiving orders; cash; new trainers he could not explain; says he 'owes' money.",
            rationale_to_continue="Interview could not take place overnight: the child needed rest and his solicitor was not available until morning. Continued detention also allowed a planned, safe return to placement.",
            overnight_reasons="Arrested 20:30 and booked in 21:20 after a warrant at the address. Interview not possible before morning (child needed 8 hours' rest; solicitor not available). EDT consulted at 23:40: no safe alternative to custody overnight as the placement could not guarantee he would not go missing again; joint decision recorded with EDT (K-A Lewis).",
            release_to=placement,
        )
        c.answers.update(
            rights_repeated_with_aa=True,
            rights_understanding="Rights explained in plain words at 21:48 and again at 00:35 with Ms Lewis present; Kai explained back in his own words what a solicitor is for and that he could have one free.",
            csc_social_worker=_p("Siân Beddoe", role="Allocated social worker", organisation="Glanafon County Borough Council", phone="01632 960 900"),
            ppn_reference=c.ref("PPN"),
            strip_search_notes="Authorised by Insp Adebayo: intelligence that drugs are carried in underwear by runners on this line; HCP found no signs of internal concealment. Conducted in strip search room 2 by two male officers with Ms Lewis (AA) present at Kai's choice; he was told each step before it happened and given a gown. Nothing found.",
            la_contact_notes="21:42 Larkfield House (G. Roper) told of arrest. 21:44 Glanafon out-of-hours: message for S. Beddoe. 21:45 Northshire EDT asked for AA; 23:40 joint overnight risk discussion with K-A Lewis (EDT).",
            overnight_alternatives="Release to Larkfield overnight discussed with EDT and the placement manager: the placement could not prevent him going missing again tonight and the adults from the flat had not been found. No emergency bed available in Northshire. Kept in a detention room, not a cell.",
            rest_notes="Rest 01:10-09:45 uninterrupted apart from rousing checks advised by the nurse (30-minute, spoken to through the hatch).",
            voc_influenced_decisions="His fear of the adults at the flat and the threat to his brother led to the NRM referral, a strategy meeting request and a planned return to placement with staff, rather than release at night. His wish to avoid a cell was met.",
            release_plan="Collected by G. Roper (placement manager). Strategy meeting booked for 14:00 with Glanafon and Northshire CSC. Return interview within 72 h. Missing-person risk plan updated; new phone number to be shared with the allocated worker only.",
            info_shared_details="Custody summary, exploitation indicators and NRM reference emailed to Northshire MASH and Glanafon CBC (S. Beddoe).",
            hcp_reason="Found in a drugs flat; possible internal concealment or drug use; not eaten for two days.",
        )
        c.voice(LONG_VOICE_OWN_WORDS, LONG_VOICE_DEMEANOUR, wishes=LONG_VOICE_WISHES, lived=LONG_VOICE_LIVED,
                later="08:40: woke calmly, ate all of breakfast and asked for a second. More talkative; asked whether Ms Beddoe knew where he was. Interview: quiet, answered questions, became upset when asked about the debt.")
        return c.build("resigned", VAUGHAN,
                       return_note="Returned: please record the time Larkfield House was told he was in custody, and the Glanafon social worker's name. Otherwise a thorough record.",
                       resubmit_note="Added: placement manager informed 21:42; Glanafon out-of-hours informed, message for S. Beddoe.",
                       sign_note="Good record. AA delay was outside our control and the reason is recorded; rights were repeated. Exploitation referred (NRM). Signed.")

    def _s_child_to_parent(self, days: int) -> Record:
        kid = _Kid("Pickering", "Liam James", Gender.MALE, "White English", EthnicityCategory.WHITE)
        c = self.case("NSH-C", kid, self.local(days, 16, 5), 15, RAHMAN)
        c.book(ARRESTING[5], "Home address, Hollins Road, Northshire", "To obtain evidence by questioning: assault on his mother.")
        mum = _p("Karen Pickering", role="Mother (complainant)", phone="07700 900 418")
        nan = _p("Sandra Pickering", role="Paternal grandmother", phone="07700 900 822")
        sw = _p("Ruth Amankwah", role="Allocated social worker", organisation="Northshire County Council Children's Services", phone="01632 960 300")
        c.welfare(c.t(18), mum, "phone")
        c.note(c.t(20), "Mother is the victim of the alleged assault. She cannot act as appropriate adult (Code C 1.7, Note 1B). Father lives abroad. Liam asked for his nan but she has no car tonight; allocated social worker requested instead.")
        c.aa(c.t(22), c.t(102), "la_social_worker", sw, "Northshire CSC duty desk (allocated worker R. Amankwah)")
        c.rights(c.t(25), aa_present=False)
        c.rights(c.t(106), aa_present=True)
        c.legal(c.t(125), SOLICITORS[2])
        c.referral(c.t(140), c.ref("MASH"))
        c.interview(c.t(190), 42)
        c.review(c.d(5 * 60 + 10), LINDQVIST, "continue", "Interview complete. Continued detention for a short time is necessary to arrange a safe release address: Liam cannot return home tonight. Grandmother has agreed to have him; bail conditions being drafted.", child="Liam: \"I just want to go to my nan's. I'm not going back to start on her.\"", aa="Ms Amankwah supports release to grandmother.")
        c.release(c.t(5 * 60 + 50), nan, "bail")
        c.base(
            offence="Assault occasioning actual bodily harm (on his mother)",
            grounds="obtain_evidence_by_questioning",
            rationale="Liam is 15 and lives with his mother, who called police after he pushed her into a door frame during an argument about his phone; she has a cut above the eye. Detention is necessary to interview him about the assault, and because there is no safe address for release until a family member is found: he cannot go home tonight. Third call to this address in two months; known to Northshire CSC (open child in need plan).",
            welfare_person=mum, relationship="Mother (victim in this matter)",
            aa_category="la_social_worker", aa_person=sw, csc_open_case=True,
            vulnerability_flags=["child_to_parent_violence", "domestic_abuse"],
            aa_delay_reason="Allocated worker finishing a home visit across the county; arrived 1 h 20 min after request.",
            ppn_submitted=True,
            rationale_to_continue="To complete interview and arrange release to grandmother with bail conditions not to contact his mother.",
            release_to=nan,
        )
        c.answers.update(
            rights_repeated_with_aa=True,
            csc_social_worker=sw,
            voc_influenced_decisions="Liam asked not to go home tonight and to go to his nan: release address and bail conditions built around that, with the social worker's agreement.",
            release_plan="Bail to reside at grandmother's address and not to contact his mother directly; contact via CSC. Mother informed of release by PC Calder.",
        )
        c.voice(
            "\"She kept going on and on about my phone. I didn't mean for her to hit the door. I pushed her, yeah, but I didn't mean it to go like that.\" \"I'm not a bad kid. Everyone at school thinks I am.\" \"Is she alright? Has she gone hospital?\"",
            "On arrival tearful and shaking, sat with his hood up and his knees pulled to his chest. Spoke quietly but answered every question. Calmed when told his mum had been seen by paramedics and did not need hospital. Polite to staff throughout.",
            wishes="Wants his nan (Sandra) to know where he is. Worried about his mum and about his younger sister (8) who saw it. Asked not to have to go home tonight. Asked for a drink and something to eat (toast and a hot chocolate given).",
            lived="Lives with mum and sister. Says arguments have been getting worse since his dad moved to Spain last year. Excluded from school twice this term; on a part-time timetable. Sees a counsellor at school 'sometimes'. Child in need plan with Northshire CSC.",
            later="After interview: settled, watched the clock, asked twice when his nan was coming. Hugged grandmother on release.",
        )
        return c.build("signed", LINDQVIST, sign_note="Correct AA choice: mother is the victim. Release address safe. Signed.")

    def _s_ineligible_aa_replaced(self, days: int) -> Record:
        kid = _Kid("Iqbal", "Zain", Gender.MALE, "British Pakistani", EthnicityCategory.ASIAN)
        c = self.case("NSH-M", kid, self.local(days, 17, 40), 14, OSEI)
        c.book(ARRESTING[1], "Rear of Station Terrace, Millbrook", "To obtain evidence by questioning: burglary of a garage.")
        uncle = _p("Tariq Iqbal", role="Uncle", phone="07700 900 515")
        dad = _p("Naveed Iqbal", role="Father", phone="07700 900 516")
        volunteer = SCHEME_AAS[2]
        c.welfare(c.t(15), dad, "phone")
        c.aa(c.t(18), c.t(55), "parent_guardian", uncle, "Father asked that his brother Tariq attend (father working away, lorry driver)")
        c.note(c.t(70), "Mr Tariq Iqbal told me that while they waited in the consultation room Zain told him he had taken the bike from the garage. Having received an admission from Zain before acting, Mr Iqbal cannot act as appropriate adult (Code C 1.7, Note 1B). Explained to both; Mr Iqbal understood and stood down. AA scheme requested.")
        c.ev(K.AA_LEFT, c.t(74))
        c.aa(c.t(76), c.t(128), "other_responsible_adult", volunteer, AA_SCHEME)
        c.rights(c.t(132), aa_present=True)
        c.legal(c.t(150), SOLICITORS[3])
        c.interview(c.t(205), 31)
        c.referral(c.t(240), c.ref("MASH"))
        c.release(c.t(275), uncle, "released_under_investigation")
        c.base(
            offence="Burglary (non-dwelling): pedal cycle and tools from a garage",
            grounds="obtain_evidence_by_questioning",
            rationale="Zain is 14, no previous arrests. Identified on the neighbour's doorbell camera leaving the garage with an electric bike. Detention authorised to interview him with an AA; the bike has not been recovered and he is the only person who can say where it is. I considered a voluntary interview but his father is working away and his mother does not drive or speak English confidently, so a planned interview was not practicable tonight.",
            welfare_person=dad, relationship="Father",
            aa_category="other_responsible_adult", aa_person=volunteer,
            release_to=uncle,
        )
        c.voice(
            "\"I only borrowed it. Danny said it was his cousin's and I could take it.\" \"Please don't tell my mum it was me that took it.\" \"Am I going to get kicked out of school?\"",
            "Quiet and anxious at the desk, kept apologising. Avoided eye contact with his uncle. After his uncle stood down he became tearful and asked if he was in more trouble; reassured. Settled when the AA volunteer arrived; she noted he was 'very young for 14'.",
            wishes="Wants his dad to know he is OK. Worried what his mum will say. Asked for halal food: vegetable curry given.",
            lived="Lives with parents and three younger siblings. Year 9 at Millbrook Academy; says he likes football and is 'not good at reading'. Friends with older boys from the estate since the summer.",
            later="Calm in interview; answered all questions and said where the bike was (recovered).",
        )
        return c.build("signed", ADEBAYO, sign_note="Uncle correctly stood down after receiving an admission; independent AA obtained. Signed.")

    def _s_urgent_interview_extension_secure(self, days: int) -> Record:
        kid = _Kid("Hargreaves", "Callum", Gender.MALE, "White British", EthnicityCategory.WHITE)
        c = self.case("NSH-C", kid, self.local(days, 19, 10), 17, PRYDDERCH)
        c.book(ARRESTING[6], "Brook Lane, Northshire", "To secure and preserve evidence and obtain evidence by questioning: firearm offences following shots fired.", arrest_before=45)
        mum = _p("Joanne Hargreaves", role="Mother", phone="07700 900 131")
        c.welfare(c.t(14), mum, "phone")
        c.aa(c.t(16), c.t(111), "parent_guardian", mum, "Mother (on a night shift at Northshire General)")
        c.rights(c.t(19), aa_present=False)
        c.interview(c.t(42), 9, aa_present=False, urgent_interview_authorised=True,
                    authorised_by=_officer(FEENEY, "Superintendent authorising urgent interview"),
                    urgent_reason="A handgun is believed to have been thrown over a fence on Brook Lane, beside Brook Lane Primary School and a play area. Delay in asking where it is would involve an immediate risk of serious harm to others. Questioning strictly limited to the location of the weapon; stopped as soon as that information was obtained.")
        c.note(c.t(60), "Firearm recovered by armed officers from a garden on Brook Lane at 20:05 following the urgent interview. Urgent questioning ended at 19:51.")
        c.rights(c.t(114), aa_present=True)
        c.legal(c.t(130), SOLICITORS[1])
        c.hcp(c.t(150), "Graze to left hand from fence. Fit to detain and interview.", who=1)
        c.referral(c.t(170), c.ref("MASH"))
        c.rest(c.t(5 * 60), c.t(13 * 60 + 10))
        c.review(c.d(5 * 60 + 35), LINDQVIST, "continue", "Forensic examination of the weapon and phone download under way; interview planned for the morning with solicitor and mother. Callum asleep; AA informed by phone. Detention necessary to obtain evidence by questioning.", method="video", aa_present=False, aa="Mrs Hargreaves (phone): wants to be present at interview in the morning.")
        c.interview(c.t(14 * 60), 95)
        c.review(c.d(14 * 60 + 30), ADEBAYO, "continue", "First interview complete. Phone shows contact with the intended target. Further interview required once ballistics results return. Detention continues.", child="Callum said he is tired and wants to go home.", solicitor="Mr Tudor-Price: further detention not necessary; client has answered questions.", aa="Mrs Hargreaves wants him home but understands.")
        c.ev(K.EXTENSION_AUTHORISED, c.d(19 * 60), by=FEENEY, authorised_by=_officer(FEENEY, "Superintendent"), rank="superintendent",
             indictable_offence=True, limit_hours=36,
             reasons="Indictable offence (possession of a firearm with intent to endanger life). Investigation conducted diligently and expeditiously: ballistics result expected within 8 hours and a second interview is needed to put it to him. Callum, his mother and solicitor given the opportunity to make representations; solicitor objected. Detention extended to 36 hours from the relevant time.")
        c.review(c.d(23 * 60 + 20), VAUGHAN, "continue", "Third review. Ballistics confirm the weapon was fired at the scene. Second interview booked for 10:30.", child="Callum asked if he would be home for his birthday next month.")
        c.interview(c.t(24 * 60 + 50), 60)
        c.charge(c.t(27 * 60), "Possession of a firearm with intent to endanger life (Firearms Act 1968 s.16)")
        c.bail(c.t(27 * 60 + 15), False, "Serious violence involving a loaded firearm; substantial grounds to believe he would commit further offences and interfere with witnesses (the intended target is known to him).")
        c.ev(K.LA_TRANSFER_REQUESTED, c.t(27 * 60 + 25), accommodation_type="secure", local_authority="Northshire County Council",
             contact=_p("Delroy Matthews", role="Placements team manager", organisation="Northshire County Council", phone="01632 960 305"))
        c.ev(K.LA_RESPONSE, c.t(28 * 60 + 40), response="accepted", secure_available=True, details="Secure bed confirmed at Hawthorn Lodge secure children's home; transport by LA contractor.")
        c.review(c.t(29 * 60 + 30), PRYDDERCH, "continue", "Post-charge review by custody officer: awaiting LA transport to secure accommodation.", after_charge=True)
        c.ev(K.TRANSFERRED, c.t(31 * 60 + 45), accommodation_type="secure", to="Hawthorn Lodge secure children's home (Northshire County Council)")
        c.base(
            offence="Possession of a firearm with intent to endanger life",
            grounds="secure_preserve_evidence",
            rationale="Callum is 17. Arrested running from the scene of shots fired on Brook Lane. Detention necessary to secure the firearm, his clothing for firearms residue and his phone, and to interview him. The seriousness of the offence and the risk to the public are considered alongside his age; he lives with his mother and has no previous convictions.",
            welfare_person=mum, relationship="Mother",
            aa_category="parent_guardian", aa_person=mum,
            aa_delay_reason="Mother on a night shift at the hospital; needed cover before she could leave.",
            yjs_involved=False, observation_level="level_2", hcp_required=True,
            ppn_submitted=True, joint_risk_assessment=True,
            rationale_to_continue="Ongoing forensic work (ballistics, residue, phone) and a second interview; extension to 36 hours granted by Supt Feeney after the second review.",
            overnight_reasons="Arrested 18:25. Interview with solicitor and mother not possible until the morning; forensic results outstanding. Second night followed charge: secure bed agreed, transport arrived 03:00.",
            release_to=_p("Hawthorn Lodge secure children's home", role="Secure accommodation", organisation="Northshire County Council"),
            info_shared_with_la=True,
        )
        c.voice(
            "\"I didn't fire it at no one. I was told to hold it.\" (during booking, not in interview) \"My mum's going to kill me.\" \"Can I see my mum before I go?\"",
            "Breathing heavily and sweating on arrival; asked repeatedly whether anyone was hurt. Became very quiet when his mother arrived and cried with her. Respectful to staff.",
            wishes="Wants his mum with him; asked her to tell his girlfriend. Worried about his younger brother being targeted. Vegetarian meals given.",
            lived="Lives with mum and younger brother. College (motor vehicle course) but says he stopped going in September. Mother says he has been 'frightened of something' for weeks.",
            later="Day two: withdrawn, ate little. Calm when told of the secure placement; asked if his mum could visit.",
        )
        return c.build("signed", ADEBAYO, sign_note="Urgent interview properly authorised and limited. Extension correctly authorised after second review. Transfer to secure achieved. Signed.")

    def _s_transfer_non_secure(self, days: int) -> Record:
        kid = _Kid("Dumitrescu", "Andrei", Gender.MALE, "White Romanian", EthnicityCategory.WHITE, "Romanian")
        c = self.case("NSH-H", kid, self.local(days, 13, 30), 14, MULHOLLAND)
        c.book(ARRESTING[3], "Quayside Shopping Centre, Portmere", "To obtain evidence by questioning: theft and assault on security officer.")
        mum = _p("Elena Dumitrescu", role="Mother", phone="07700 900 660")
        c.welfare(c.t(30), mum, "phone")
        c.note(c.t(31), "Mother informed through a telephone interpreter (Romanian). Andrei speaks fluent English and declined an interpreter for himself.")
        c.aa(c.t(33), c.t(60), "other_responsible_adult", SCHEME_AAS[3], AA_SCHEME)
        c.rights(c.t(84), aa_present=True)
        c.legal(c.t(100), SOLICITORS[0])
        c.interview(c.t(150), 35)
        c.review(c.d(5 * 60), VAUGHAN, "continue", "Interview complete; charging decision sought. Detention continues pending charge.")
        c.charge(c.t(5 * 60 + 45), "Theft from a shop (x3); assault by beating of a security officer")
        c.bail(c.t(5 * 60 + 55), False, "Andrei was on bail for similar offences and has breached a curfew twice; substantial grounds that he would commit further offences.")
        c.ev(K.LA_TRANSFER_REQUESTED, c.t(6 * 60 + 5), accommodation_type="non_secure", local_authority="Portmere City Council",
             contact=_p("Hannah Ellery", role="Duty social worker", organisation="Portmere City Council", phone="01632 960 410"))
        c.ev(K.LA_RESPONSE, c.t(6 * 60 + 55), response="accepted", secure_available=False, details="Emergency foster placement in Portmere agreed; social worker to collect.")
        c.referral(c.t(7 * 60), c.ref("PCC-CS"), team="csc")
        c.ev(K.TRANSFERRED, c.t(8 * 60 + 20), accommodation_type="non_secure", to="Emergency foster placement, Portmere City Council")
        c.base(
            offence="Theft from a shop (x3); assault by beating",
            grounds="obtain_evidence_by_questioning",
            rationale="Andrei is 14 and on bail for shop theft. Detained by security after three thefts today; a security officer was punched. Detention necessary to interview him about offences he has not yet been asked about. Voluntary interview considered; not suitable because he breached bail and the last planned interview was missed.",
            welfare_person=mum, relationship="Mother", aa_category="other_responsible_adult", aa_person=SCHEME_AAS[3],
            csc_open_case=True, yjs_involved=True, vulnerability_flags=["none"],
            communication_needs="Mother needs a Romanian interpreter; Andrei speaks English fluently.",
            release_to=_p("Hannah Ellery", role="Duty social worker", organisation="Portmere City Council"),
        )
        c.voice(
            "\"My mum works all day, there's no food at home. I took stuff to eat and stuff for my little brother.\" \"The guard grabbed my neck first.\"",
            "Angry at booking, shouting about the security officer. Calmed within ten minutes when given food and spoken to in a low voice. Later cooperative and polite.",
            wishes="Wants to go home to his mum. If not home, wants to be somewhere near his school.",
            lived="Moved from Constanța two years ago. Lives with mother and brother (9) in a one-bedroom flat. Mother works two cleaning jobs. Andrei is often home alone in the evenings.",
        )
        return c.build("signed", VAUGHAN, sign_note="Bail refused and non-secure transfer achieved within 2.5 h of charge. Signed.")

    def _s_certificate_a(self, days: int) -> Record:
        kid = _Kid("Коваленко", "Данило", Gender.MALE, "White Ukrainian", EthnicityCategory.WHITE, "Ukrainian")
        c = self.case("NSH-W", kid, self.local(days, 15, 45), 16, OSEI)
        c.book(ARRESTING[6], "Westmoor Road, Westmoor", "To obtain evidence by questioning: robbery.")
        mum = _p("Olena Kovalenko", role="Mother", phone="07700 900 745")
        interp = "Interpreter Iryna Savchuk (Ukrainian), Northshire Interpreting Partnership"
        c.welfare(c.t(20), mum, "phone")
        c.aa(c.t(24), c.t(62), "parent_guardian", mum, "Mother (via interpreter)")
        c.note(c.t(72), f"{interp} attended in person for rights, interview and charge.")
        c.rights(c.t(80), aa_present=True)
        c.legal(c.t(100), SOLICITORS[2])
        c.interview(c.t(170), 52)
        c.review(c.d(5 * 60 + 20), LINDQVIST, "continue", "Awaiting charging decision; CCTV viewed. Detention remains necessary.")
        c.charge(c.t(6 * 60 + 30), "Robbery (mobile phone and cash, knife shown)")
        c.bail(c.t(6 * 60 + 40), False, "Knife used to threaten a 15-year-old; the victim lives on the same street; substantial grounds he would interfere with the witness.")
        c.ev(K.LA_TRANSFER_REQUESTED, c.t(6 * 60 + 50), accommodation_type="non_secure", local_authority="Northshire County Council",
             contact=_p("Kerry-Ann Lewis", role="Social worker (EDT)", organisation="Northshire Emergency Duty Team", phone="01632 960 200"))
        c.ev(K.LA_RESPONSE, c.t(8 * 60), response="accepted", secure_available=False, details="Non-secure bed at Aldbrook children's home offered from 22:30; EDT cannot transport because the A614 and Westmoor Pass are closed by flooding.")
        c.ev(K.CERTIFICATE_ISSUED, c.t(9 * 60), issued_by=_officer(OSEI, "Custody officer"), ground="a_impracticable",
             note_16d_acknowledged=True,
             circumstances="Accommodation was offered by Northshire CC at Aldbrook but could not be reached: the Environment Agency severe flood warning closed the A614 and Westmoor Pass at 19:40, the only two routes out of Westmoor. EDT has no vehicle able to make the journey and the duty inspector assessed a police vehicle journey as unsafe. This is a physical impossibility, not a judgement about Danylo's behaviour, the offence or the lack of secure accommodation (Note 16D considered). Roads to be checked hourly; transfer will be made as soon as a route opens. Certificate to be produced to the court.")
        c.rest(c.t(9 * 60 + 30), c.t(17 * 60 + 40))
        c.review(c.t(14 * 60 + 10), OSEI, "continue", "Post-charge review by the custody officer. Roads still closed (checked 05:20 with Roads Policing); certificate ground (a) still applies. Danylo asleep in the detention room; not woken.", after_charge=True, aa_present=False)
        c.note(c.t(17 * 60 + 50), "Roads reopened 07:15. Court listing at 10:00 now closer than the placement; EDT agreed he goes direct to Northshire Youth Court with escort.")
        c.release(c.t(18 * 60 + 20), _p("Northshire Prisoner Escort Service", role="Escort to Northshire Youth Court"), "other")
        c.base(
            offence="Robbery",
            grounds="obtain_evidence_by_questioning",
            rationale="Danylo is 16 and arrived from Kharkiv with his mother in 2023. Identified on CCTV taking a phone from a 15-year-old at knifepoint. Detention necessary to interview him (with a Ukrainian interpreter and his mother as AA) and to search for the knife, which has not been found.",
            welfare_person=mum, relationship="Mother",
            aa_category="parent_guardian", aa_person=mum,
            age_basis="documents", interpreter_required=True, communication_needs="Ukrainian interpreter for mother and for formal procedures. Danylo's English is good for day-to-day conversation.",
            csc_open_case=False, ppn_submitted=True, joint_risk_assessment=True,
            overnight_reasons="Charged and bail refused at 22:25. LA accepted a non-secure bed but it could not be reached because both routes were closed by flooding (s.38(7) certificate ground (a)). Held in a detention room, not a cell, with rest from 01:15.",
            release_to=_p("Northshire Prisoner Escort Service", role="Escort to court"),
        )
        c.answers.update(
            interpreter_details="Ukrainian: Iryna Savchuk (Northshire Interpreting Partnership), in person from 17:00 to charge.",
            la_contact_notes="22:35 EDT (K-A Lewis) asked for accommodation; 23:45 EDT offered Aldbrook children's home bed but cannot transport (roads closed).",
            transfer_not_achieved_reasons="Impracticable: both routes out of Westmoor closed by flooding overnight (certificate ground (a)). Not because of his behaviour, the offence or the lack of a secure bed.",
            overnight_alternatives="Police transport considered and refused by the duty inspector as unsafe; EDT asked to check for any closer carer (none).",
        )
        c.voice(
            "Через перекладача: \"Я не хотів нікого лякати.\" (via the interpreter: \"I didn't want to scare anyone.\") \"My mum has enough problems. Don't tell the school.\"",
            "Pale and tired. Sat very still and watched the interpreter closely. Polite, brief answers. Shook when charged; asked whether he would be sent back to Ukraine.",
            wishes="Wants his mother to stay with him as long as possible. Worried about his host family finding out. Asked for tea.",
            lived="Lives with mother in a sponsor's annexe. Father in the armed forces in Ukraine; no contact for two months. Year 12 at Westmoor College; says older boys 'give him jobs'.",
            how=["aa_present", "interpreter_used", "in_private"],
        )
        c.referral(c.t(7 * 60 + 10), c.ref("MASH"))
        return c.build("signed", LINDQVIST, sign_note="Certificate ground (a) on genuine impracticability (flooding). Note 16D considered. Signed.")

    def _s_certificate_b_15(self, days: int) -> Record:
        kid = _Kid("Sykes", "Brandon", Gender.MALE, "White British", EthnicityCategory.WHITE)
        c = self.case("NSH-M", kid, self.local(days, 14, 0), 15, RAHMAN)
        c.book(ARRESTING[4], "Garden Street, Millbrook", "To secure and preserve evidence and obtain evidence by questioning: wounding with intent.")
        dad = _p("Mark Sykes", role="Father", phone="07700 900 290")
        c.welfare(c.t(12), dad, "in_person")
        c.aa(c.t(13), c.t(45), "parent_guardian", dad, "Father (present at the front counter)")
        c.rights(c.t(50), aa_present=True)
        c.legal(c.t(70), SOLICITORS[1])
        c.hcp(c.t(90), "Cut to right palm consistent with holding a blade. Cleaned and dressed. Fit to detain.", who=2)
        c.interview(c.t(180), 75)
        c.review(c.d(5 * 60 + 15), ADEBAYO, "continue", "Victim in intensive care; CPS consulted on charge. Detention continues.", aa="Mr Sykes asked how long it will be.")
        c.charge(c.t(8 * 60), "Wounding with intent to cause grievous bodily harm (s.18 OAPA 1861); possession of a bladed article")
        c.bail(c.t(8 * 60 + 10), False, "Victim (16) stabbed twice; Brandon has since sent Snapchat messages threatening to 'finish' the victim's brother. Necessary to prevent serious harm to others.")
        c.ev(K.LA_TRANSFER_REQUESTED, c.t(8 * 60 + 20), accommodation_type="secure", local_authority="Aldbrook Borough Council",
             contact=_p("Stephen Okwu", role="Out-of-hours manager", organisation="Aldbrook Borough Council", phone="01632 960 515"))
        c.ev(K.LA_RESPONSE, c.t(10 * 60), response="declined", secure_available=False, details="National secure welfare and youth justice beds checked with the Secure Accommodation Network: no bed available tonight. Non-secure residential placement offered.")
        c.ev(K.CERTIFICATE_ISSUED, c.t(10 * 60 + 30), issued_by=_officer(RAHMAN, "Custody officer"), ground="b_no_secure_serious_harm",
             note_16d_acknowledged=True,
             circumstances="Brandon is 15 (12 or over). No secure accommodation is available (Aldbrook confirmed at 00:00 via the Secure Accommodation Network). The non-secure placement offered is an open residential home 2 miles from the victim's family. Within hours of the stabbing he sent messages threatening to kill the victim's brother and has told staff he 'will get them'. Only secure accommodation would protect the public from serious harm. The lack of secure accommodation alone is not the reason: it is the specific, current threat.")
        c.rest(c.t(11 * 60), c.t(19 * 60))
        c.review(c.t(14 * 60), RAHMAN, "continue", "Post-charge review by the custody officer. No secure bed has become available; the grounds on the certificate still apply. Brandon asleep; not woken.", after_charge=True, aa_present=False)
        c.release(c.t(19 * 60 + 30), _p("Northshire Prisoner Escort Service", role="Escort to Northshire Youth Court"), "other")
        c.base(
            offence="Wounding with intent (s.18); possession of a bladed article in a public place",
            grounds="secure_preserve_evidence",
            rationale="Brandon is 15. Arrested near the scene of a stabbing of a 16-year-old, with a cut to his hand and blood on his trainers. Detention is necessary to secure clothing and swabs and to interview him. Known to YJS (referral order, completed).",
            welfare_person=dad, relationship="Father",
            aa_category="parent_guardian", aa_person=dad, yjs_involved=True,
            accommodation="cell",
            cell_reason="Punched and kicked the detention room door for twenty minutes after charge and tried to pull the panel off the wall; risk of injury to himself. Moved to cell 4 (CCTV) at 22:40 with constant observation (level 3), reviewed hourly. Returned to detention room 1 at 02:10 when calm.",
            observation_level="level_3", hcp_required=True, ppn_submitted=True,
            overnight_reasons="Charged 22:00, bail refused. Secure accommodation requested; none available nationally; s.38(7) certificate ground (b) issued. Held for Youth Court at 10:00.",
            joint_risk_assessment=True,
            release_to=_p("Northshire Prisoner Escort Service", role="Escort to court"),
        )
        c.answers.update(
            la_contact_notes="22:20 Aldbrook out-of-hours (S. Okwu) asked for secure accommodation; 00:00 no secure bed nationally; non-secure residential offered.",
            transfer_not_achieved_reasons="Certificate ground (b): 15, no secure accommodation, and the offered open placement would not protect the public from serious harm given current threats to kill.",
            risk_to_others="Threats to the victim's brother via Snapchat while in custody were reported by the victim's family at 23:10.",
        )
        c.voice(
            "\"He came at me first. Everyone's going to say it was me.\" \"I'm not sorry for him, I'm sorry for my dad.\"",
            "Flat and hostile at booking, arms folded, refused to look at the sergeant. Swung between silence and shouting after charge. Cried when his father left at 23:30.",
            wishes="Wants his dad to stay. Asked for his younger sister to be told he is OK. Asked for a blanket and a book.",
            lived="Lives with father; mother left when he was 6. Says he carries a knife because he was robbed in the summer. Managed move to a pupil referral unit this term.",
            later="Slept from 01:15; calm and quiet at breakfast. Thanked the detention officer.",
        )
        c.referral(c.t(9 * 60), c.ref("ABC-CS"), team="edt")
        return c.build("signed", ADEBAYO, sign_note="Ground (b) valid: child is 15, no secure bed, specific serious-harm risk recorded. Signed.")

    def _s_certificate_b_under_12(self, days: int) -> Record:
        kid = _Kid("Dawson", "Riley", Gender.MALE, "White British", EthnicityCategory.WHITE)
        c = self.case("NSH-W", kid, self.local(days, 16, 30), 11, MULHOLLAND)
        c.book(ARRESTING[7], "Westmoor Primary School grounds", "To obtain evidence by questioning: arson.")
        mum = _p("Stacey Dawson", role="Mother", phone="07700 900 377")
        c.welfare(c.t(10), mum, "phone")
        c.aa(c.t(11), c.t(52), "parent_guardian", mum, "Mother")
        c.rights(c.t(55), aa_present=True)
        c.legal(c.t(75), SOLICITORS[2])
        c.interview(c.t(150), 40)
        c.review(c.d(5 * 60 + 25), VAUGHAN, "continue", "Awaiting charging decision.")
        c.charge(c.t(6 * 60 + 20), "Arson reckless as to whether life endangered")
        c.bail(c.t(6 * 60 + 30), False, "Second fire in a month; mother says she cannot supervise him.")
        c.ev(K.LA_TRANSFER_REQUESTED, c.t(6 * 60 + 40), accommodation_type="secure", local_authority="Northshire County Council",
             contact=_p("Kerry-Ann Lewis", role="Social worker (EDT)", organisation="Northshire Emergency Duty Team", phone="01632 960 200"))
        c.ev(K.LA_RESPONSE, c.t(7 * 60 + 50), response="declined", secure_available=False, details="No secure bed. EDT offered an emergency foster placement.")
        c.ev(K.CERTIFICATE_ISSUED, c.t(8 * 60), issued_by=_officer(MULHOLLAND, "Custody officer"), ground="b_no_secure_serious_harm",
             note_16d_acknowledged=False,
             circumstances="No secure accommodation available and foster placement would not protect the public from serious harm: Riley has set two fires.")
        c.rest(c.t(8 * 60 + 30), c.t(16 * 60 + 30))
        c.review(c.t(14 * 60 + 20), MULHOLLAND, "continue", "Post-charge review: held for court.", after_charge=True, aa_present=False)
        c.release(c.t(17 * 60), _p("Northshire Prisoner Escort Service", role="Escort to Northshire Youth Court"), "other")
        c.base(
            offence="Arson reckless as to whether life endangered",
            grounds="obtain_evidence_by_questioning",
            rationale="Riley is 11. A classroom was set alight after school; he was seen leaving through the fence. Detention necessary to interview him.",
            welfare_person=mum, relationship="Mother", aa_category="parent_guardian", aa_person=mum,
            csc_open_case=True, learning_difficulties=True, communication_needs="ADHD; needs short questions and breaks.",
            overnight_reasons="Charged and bail refused; held for court.",
            release_to=_p("Northshire Prisoner Escort Service", role="Escort to court"),
        )
        c.voice(
            "\"I just wanted to see if it would burn. I didn't know the whole room would go.\" \"Can I have my blanket from home?\"",
            "Restless, fidgeting, could not sit for more than a few minutes. Asked lots of questions about the cells. Became very upset when his mum left.",
            wishes="Wants his mum. Wants his blanket. Frightened of the dark: light left on.",
            lived="Lives with mum and two older half-brothers. ADHD diagnosis, medication missed today. Has been excluded twice.",
        )
        c.referral(c.t(30), c.ref("MASH"))
        return c.build("signed", VAUGHAN, sign_note="Signed.")

    def _s_bail_refused_no_la(self, days: int) -> Record:
        kid = _Kid("Nowicki", "Kacper", Gender.MALE, "White Polish", EthnicityCategory.WHITE, "Polish")
        c = self.case("NSH-C", kid, self.local(days, 18, 15), 16, RAHMAN)
        c.book(ARRESTING[2], "Alder Close, Northshire", "To obtain evidence by questioning: dwelling burglaries.")
        mum = _p("Agnieszka Nowicka", role="Mother", phone="07700 900 950")
        c.welfare(c.t(15), mum, "phone")
        c.aa(c.t(16), c.t(60), "parent_guardian", mum, "Mother")
        c.rights(c.t(63), aa_present=True)
        c.legal(c.t(80), SOLICITORS[3])
        c.interview(c.t(140), 48)
        c.review(c.d(5 * 60 + 30), ADEBAYO, "continue", "Awaiting charging decision on four burglaries.")
        c.charge(c.t(6 * 60 + 15), "Burglary of a dwelling (x4)")
        c.bail(c.t(6 * 60 + 25), False, "Four burglaries in a week; substantial grounds he would commit further offences.")
        c.rest(c.t(7 * 60), c.t(15 * 60))
        c.review(c.t(14 * 60), RAHMAN, "continue", "Post-charge review: held for court at 10:00.", after_charge=True, aa_present=False)
        c.release(c.t(15 * 60 + 45), _p("Northshire Prisoner Escort Service", role="Escort to Northshire Youth Court"), "other")
        c.base(
            offence="Burglary of a dwelling (x4)",
            grounds="obtain_evidence_by_questioning",
            rationale="Kacper is 16. Linked by fingerprints to four burglaries on the Alder estate. Detention necessary to interview him and search for property.",
            welfare_person=mum, relationship="Mother", aa_category="parent_guardian", aa_person=mum,
            first_language="Polish", interpreter_required=False, yjs_involved=True,
            overnight_reasons="Charged and refused bail at 00:40; kept for the morning court.",
            release_to=_p("Northshire Prisoner Escort Service", role="Escort to court"),
        )
        c.voice(
            "\"I needed the money, I owe someone.\" \"Nie mów tacie\" (\"don't tell dad\", in Polish, to his mother).",
            "Calm and controlled, said little. Looked at the floor. Shrugged when told bail was refused.",
            wishes="Does not want his father told. Asked for a shower in the morning.",
            lived="Lives with mother and stepfather. Left school in Year 11 without exams; says he does 'cash work'.",
        )
        c.referral(c.t(50), c.ref("MASH"))
        return c.build("signed", ADEBAYO, sign_note="Signed. (Auditor note to follow.)")

    def _s_under_ten(self, days: int) -> Record:
        kid = _Kid("Thompson", "Alfie", Gender.MALE, "White British", EthnicityCategory.WHITE)
        c = self.case("NSH-M", kid, self.local(days, 15, 50), 9, OSEI)
        c.ev(K.ARREST, c.t(-25), arresting_officer=_p("Jamie Rowlands", "staff", "PCSO 9021", "Police community support officer", FORCE), location="Millbrook Market")
        c.ev(K.ARRIVAL, c.arrival)
        c.note(c.t(6), "Detention NOT authorised. Alfie is 9 (date of birth confirmed from police records and by his mother by phone): below the age of criminal responsibility (10). He cannot be arrested or detained for an offence. Brought in with his 14-year-old cousin after a theft from a market stall. Kept in the family room with a detention officer, not booked into a cell or detention room.")
        mum = _p("Natalie Thompson", role="Mother", phone="07700 900 188")
        c.welfare(c.t(8), mum, "phone")
        reference = c.ref("MASH")
        c.csc(c.t(20), reference, "mash")
        c.note(c.t(25), "Inspector Adebayo informed of the error; PCSO and supervisor to receive advice. Welfare check: Alfie given a drink and a biscuit; colouring books from the family room.")
        c.release(c.t(42), mum, "other")
        c.answers = {
            "age_basis": "police_records", "age_disputed": False, "first_language": "English", "interpreter_required": False,
            "looked_after": False, "csc_open_case": False, "yjs_involved": False, "vulnerability_flags": ["none"],
            "offence": "None: child is under 10 (brought in after theft of sweets from a market stall)",
            "detention_grounds": "other",
            "rationale_to_detain": "Detention refused. Alfie is 9 and below the age of criminal responsibility. He was kept in the family room only until his mother could collect him (40 minutes).",
            "welfare_informed": True, "welfare_person": mum, "welfare_relationship": "Mother", "welfare_told": ["arrest", "reason", "where_held"],
            "interview_planned": False, "accommodation": "detention_room", "held_with_adult": False, "meals_offered": True,
            "csc_referral_made": True, "risk_assessment_completed": True,
            "release_to": mum, "pre_release_risk_assessment": True, "info_shared_with_la": True,
        }
        c.answers["csc_referral_reference"] = reference
        c.voice(
            "\"Kyle said I could have them.\" \"Am I going to jail?\" \"I want my mum.\"",
            "Very small for his age, clutching his coat. Frightened, crying on arrival, stopped when given a drink and told his mum was coming. Chatty by the time she arrived.",
            wishes="Wants his mum. Asked if his cousin Kyle was in trouble.",
            lived="Lives with mum and baby sister. Year 5 at Millbrook Primary. Was at the market with his cousin after school without an adult.",
            how=["in_private", "other"],
        )
        return c.build("signed", ADEBAYO, sign_note="Correct decision not to authorise detention. Learning passed to neighbourhood team. Signed.")

    def _s_disputed_age_trafficking(self, days: int) -> Record:
        kid = _Kid("Nguyễn", "Văn Đức", Gender.MALE, "Vietnamese", EthnicityCategory.ASIAN, "Vietnamese")
        c = self.case("NSH-M", kid, self.local(days, 10, 20), None, OSEI)
        c.book(ARRESTING[1], "Unit 7, Kilnworth Industrial Estate, Millbrook", "To obtain evidence by questioning: cannabis production. Potential victim of trafficking.")
        sw = _p("Jonah Whitcombe", role="Social worker, unaccompanied children team", organisation="Aldbrook Borough Council", phone="01632 960 520")
        c.note(c.t(5), "Says (through interpreter) he is 15, born in Nghệ An province. No documents. Arresting officers thought he could be 19-20. Code C 1.5: he appears to be under 18 to me (slight build, voice, manner) and there is no clear evidence he is older, so he is treated as a child. Age is disputed; not downgraded.")
        c.welfare(c.t(30), sw, "phone")
        c.aa(c.t(32), c.t(100), "la_social_worker", sw, "Aldbrook CSC duty (UASC team)")
        c.rights(c.t(105), aa_present=True)
        c.legal(c.t(125), SOLICITORS[0])
        c.hcp(c.t(145), "Underweight, rash on both forearms consistent with plant chemicals, reports headaches. Fit to detain; fit to interview with interpreter; GP follow-up advised.", who=0)
        c.referral(c.t(160), c.ref("ABC-CS"), team="csc")
        c.interview(c.t(215), 40)
        c.note(c.t(260), "NRM referral submitted by the officer in the case (first responder). Modern slavery safeguarding lead informed. No charge; released under investigation into the care of Aldbrook CSC.")
        c.release(c.t(300), sw, "released_under_investigation")
        c.base(
            offence="Production of cannabis (found locked inside a cannabis grow)",
            grounds="obtain_evidence_by_questioning",
            rationale="Age disputed; treated as a child (Code C 1.5). Found locked inside an industrial unit with 400 cannabis plants, a mattress and a rice cooker. Detention necessary only to obtain an account through an interpreter with an AA present, and because he is very likely a victim of trafficking who has nowhere safe to go until the local authority takes him into its care. Detention to be as short as possible.",
            welfare_person=sw, relationship="Local authority (no parent in the UK)",
            aa_category="la_social_worker", aa_person=sw,
            age_basis="appearance", appears_under_18=True, age_disputed=True,
            aa_delay_reason="Duty worker from the unaccompanied children team travelled from Aldbrook (35 miles); the Vietnamese interpreter was booked to arrive at the same time so that rights could be given once, properly.",
            age_dispute_details="No documents. Says he is 15 (born '2011'). Arresting officers estimated 19-20. Custody officer: appearance, voice and manner consistent with a mid-teen; no evidence he is older. Treated as a child. Aldbrook CSC to consider a Merton-compliant age assessment; the police will not assess age.",
            first_language="Vietnamese", interpreter_required=True,
            communication_needs="Vietnamese interpreter (Ms Đặng Thu Hà, telephone then in person). Limited literacy in Vietnamese.",
            vulnerability_flags=["trafficking_modern_slavery", "cce"],
            hcp_required=True, nrm_referral=True, ppn_submitted=True,
            exploitation_indicators="Locked in premises; no phone, no documents; says he owes a debt for his journey; sleeping on site; no money; fearful of 'the boss'.",
            release_to=sw, info_shared_with_la=True,
        )
        c.answers["interpreter_details"] = "Vietnamese: Đặng Thu Hà (telephone at booking, then in person for rights, interview and the Voice of the Child)."
        c.voice(
            "Through the interpreter: \"They lock the door at night. I water the plants and they bring rice.\" \"I owe money for the lorry. If I don't work, my family will pay.\" \"Please, I don't want to go back there.\"",
            "Very thin, head bowed, spoke in a whisper. Startled by the door buzzer. Kept his hands in his sleeves. Ate the whole meal quickly.",
            wishes="Does not want to go back to the unit. Wants to phone his mother in Vietnam (arranged through the interpreter's phone with the social worker present). Asked for rice.",
            lived="Left Vietnam about a year ago; travelled through France in a lorry. Has never been to school in the UK. Does not know the town he is in.",
            how=["aa_present", "interpreter_used", "in_private"],
        )
        return c.build("signed", LINDQVIST, sign_note="Age dispute handled correctly: treated as a child. NRM and LA care arranged. Signed.")

    def _s_declined_to_speak(self, days: int) -> Record:
        kid = _Kid("Dervishi", "Erion", Gender.MALE, "White Albanian", EthnicityCategory.WHITE, "Albanian")
        c = self.case("NSH-H", kid, self.local(days, 22, 40), 17, MULHOLLAND)
        c.book(ARRESTING[0], "Harbour Road, Portmere", "To secure and preserve evidence: evidential breath test.", arrest_before=25)
        brother = _p("Ardit Dervishi", role="Brother (aged 24)", phone="07700 900 603")
        c.welfare(c.t(20), brother, "phone")
        c.aa(c.t(22), c.t(60), "other_responsible_adult", brother, "Older brother (parents in Albania)")
        c.rights(c.t(75), aa_present=True)
        c.legal(c.t(85), SOLICITORS[1], private=True)
        c.note(c.t(100), "Procedure for drink-driving completed with AA present: 61 µg in 100 ml breath.")
        c.charge(c.t(150), "Driving with excess alcohol; driving otherwise than in accordance with a licence")
        c.bail(c.t(155), True)
        c.release(c.t(170), brother, "charged_bailed")
        c.base(
            offence="Driving with excess alcohol",
            grounds="secure_preserve_evidence",
            rationale="Erion is 17. Stopped driving erratically; roadside breath test positive. Detention necessary to obtain the evidential breath specimen. Short detention expected.",
            welfare_person=brother, relationship="Older brother (lives with him)",
            aa_category="other_responsible_adult", aa_person=brother, interview_planned=False,
            first_language="Albanian", interpreter_required=False,
            csc_referral_made=False,
            csc_referral_not_made_reason="No safeguarding concerns identified: Erion lives with his brother, attends college and works part-time. Notification of the charge sent to Portmere YJS instead.",
            release_to=brother,
        )
        c.voice(None,
                "Declined to speak about himself beyond confirming his name and address: said \"I don't want to talk, thank you\" politely when offered the chance, with and without his brother present. Demeanour: composed, a little embarrassed, avoided eye contact; smelt of alcohol; steady on his feet; no signs of distress. Ate a sandwich. Thanked staff on release.",
                declined=True, how=["aa_present"])
        return c.build("signed", VAUGHAN, sign_note="Child declined to speak; demeanour well recorded. Signed.")

    def _s_no_demeanour(self, days: int) -> Record:
        kid = _Kid("Chaudhry", "Hamza Ali", Gender.MALE, "British Pakistani", EthnicityCategory.ASIAN)
        c = self.case("NSH-C", kid, self.local(days, 12, 30), 13, PRYDDERCH)
        c.book(ARRESTING[4], "Northshire Retail Park", "To obtain evidence by questioning: theft.")
        dad = _p("Asif Chaudhry", role="Father", phone="07700 900 471")
        c.welfare(c.t(12), dad, "phone")
        c.aa(c.t(13), c.t(50), "parent_guardian", dad, "Father")
        c.rights(c.t(52), aa_present=True)
        c.interview(c.t(90), 20)
        c.release(c.t(140), dad, "nfa")
        c.base(
            offence="Theft from a shop (headphones)",
            grounds="obtain_evidence_by_questioning",
            rationale="Hamza is 13. Detained by store security. Detention to interview.",
            welfare_person=dad, relationship="Father", aa_category="parent_guardian", aa_person=dad,
            legal_advice_requested=False, legal_consultation_private=None,
        )
        c.voice("\"It was a dare.\"", None)
        c.referral(c.t(60), c.ref("MASH"))
        return c.build("returned", ADEBAYO, return_note="Returned: behaviour and demeanour at booking-in are not recorded, and the rationale to detain does not explain why a voluntary interview was not used for a 13-year-old. Please complete.")

    def _s_late_review_cell_no_reason(self, days: int) -> Record:
        kid = _Kid("Llewelyn-Pryce", "Cai", Gender.MALE, "White Welsh", EthnicityCategory.WHITE, "Welsh")
        c = self.case("NSH-W", kid, self.local(days, 23, 50), 16, OSEI)
        c.book(ARRESTING[6], "Market Square, Westmoor", "To obtain evidence by questioning: criminal damage and public order.", arrest_before=30)
        mum = _p("Nia Llewelyn", role="Mother", phone="07700 900 702")
        c.welfare(c.t(20), mum, "phone")
        c.aa(c.t(22), c.t(60), "parent_guardian", mum, "Mother")
        c.rights(c.t(75), aa_present=True)
        c.rest(c.t(90), c.t(8 * 60 + 40))
        c.review(c.d(7 * 60 + 10), ADEBAYO, "continue", "Cai asleep until 08:15. Interview at 09:30 once sober and rested. Review delayed: inspector covering two suites overnight.", aa_present=False)
        c.interview(c.t(9 * 60 + 40), 30)
        c.release(c.t(10 * 60 + 30), mum, "other")
        c.base(
            offence="Criminal damage (bus shelter); using threatening words or behaviour",
            grounds="obtain_evidence_by_questioning",
            rationale="Cai is 16 and was drunk. He smashed a bus shelter panel and shouted abuse at door staff. Detention necessary to interview him once sober; not fit to be interviewed or released tonight.",
            welfare_person=mum, relationship="Mother", aa_category="parent_guardian", aa_person=mum,
            first_language="Welsh", communication_needs="Bilingual Welsh/English; chose to be interviewed in English. Offered a Welsh-speaking officer.",
            substance_use=True, hcp_required=False, accommodation="cell", joint_risk_assessment=True,
            overnight_reasons="Booked in at 23:50 intoxicated. Not fit for interview or safe release until sober; mother could not collect until the morning (no car, two younger children).",
            release_to=mum,
        )
        c.voice(
            "\"Dw i'n sori, Mam.\" (\"I'm sorry, Mum\") \"I only had a few cans with the boys.\"",
            "Unsteady, loud and giggly at booking, then tearful. Sick once at 01:00. Apologetic and quiet in the morning.",
            wishes="Wants his mum to collect him, not his dad. Asked for water and paracetamol (HCP advice sought by phone).",
            lived="Lives with mum in Westmoor; dad lives in Glanafon. Year 12; plays rugby for the youth team.",
        )
        c.referral(None, not_made="No safeguarding concerns: first arrest, supportive family. Intoxication discussed with mother; YJS out-of-court disposal panel notified.")
        return c.build("signed", ADEBAYO, sign_note="Signed. Note: first review late (7 h 10 min) and cell use without reason recorded; raised with the sergeant.")

    def _s_review_postponed_girl(self, days: int) -> Record:
        kid = _Kid("Farah", "Hodan", Gender.FEMALE, "Black British Somali", EthnicityCategory.BLACK)
        c = self.case("NSH-H", kid, self.local(days, 11, 0), 16, MULHOLLAND)
        c.book(ARRESTING[7], "Portmere Girls' Academy", "To obtain evidence by questioning: assault.")
        mum = _p("Sahra Hassan", role="Mother", phone="07700 900 808")
        c.welfare(c.t(10), mum, "phone")
        c.aa(c.t(12), c.t(55), "parent_guardian", mum, "Mother")
        c.rights(c.t(58), aa_present=True)
        c.legal(c.t(80), SOLICITORS[0])
        c.interview(c.d(5 * 60 + 30), 55)
        c.ev(K.REVIEW_POSTPONED, c.d(6 * 60), by=LINDQVIST, reason="At the due time Hodan was in interview with her solicitor and mother; interrupting would prejudice the investigation (PACE s.40(4)(b)(i)). Review to take place as soon as the interview ends.",
             postponed_by=_officer(LINDQVIST, "Review officer"))
        c.review(c.d(6 * 60 + 35), LINDQVIST, "continue", "Review following postponement. Interview concluded; short further detention to take advice on outcome.", child="Hodan: \"Can I just go home now?\"")
        c.release(c.d(7 * 60 + 15), mum, "released_under_investigation")
        c.base(
            offence="Assault by beating (another pupil)",
            grounds="obtain_evidence_by_questioning",
            rationale="Hodan is 16. Alleged to have hit another pupil repeatedly in a fight filmed and shared online. Detention to interview; the video needs to be put to her. Voluntary attendance offered and declined by her mother, who wanted it dealt with today.",
            welfare_person=mum, relationship="Mother", aa_category="parent_guardian", aa_person=mum,
            release_to=mum,
        )
        c.voice(
            "\"She's been posting about my family for weeks. Nobody at school did anything.\" \"I'm not sorry I stood up for myself but I'm sorry it went that far.\"",
            "Composed and articulate; held her mother's hand at the desk. Angry when talking about the other girl, then calm. Used the prayer mat provided.",
            wishes="Wants her mother present throughout. Wants to go back to school. Asked for female staff only to search her (arranged).",
            lived="Lives with mother and four siblings. Year 11; predicted good grades. Says she is being bullied online about her family.",
        )
        c.referral(c.t(120), c.ref("PCC-CS"), team="csc")
        return c.build("signed", LINDQVIST)

    def _s_reviewer_involved_strip_wish(self, days: int) -> Record:
        kid = _Kid("Sandhu", "Arjun", Gender.MALE, "British Indian (Punjabi Sikh)", EthnicityCategory.ASIAN)
        c = self.case("NSH-C", kid, self.local(days, 12, 15), 16, RAHMAN)
        c.book(ARRESTING[2], "Canal towpath, Northshire", "To secure and preserve evidence and obtain evidence by questioning: possession with intent to supply Class B.")
        mum = _p("Harjit Sandhu", role="Mother", phone="07700 900 354")
        c.welfare(c.t(15), mum, "phone")
        c.aa(c.t(16), c.t(48), "parent_guardian", mum, "Mother")
        c.rights(c.t(52), aa_present=True)
        c.ev(K.STRIP_SEARCH, c.t(70), aa_present=False, reason_without_aa="child_wish_aa_agreed",
             location="Strip search room 1, Northshire Central", searcher_sex="male", authorised_by=_officer(PRYDDERCH, "Authorising officer"))
        c.note(c.t(72), "Before the strip search Arjun said, in front of his mother and in private with her, that he did not want his mother in the room. Mrs Sandhu agreed and waited outside the door. Two male officers; nothing found.")
        c.legal(c.t(90), SOLICITORS[3])
        c.interview(c.t(160), 40)
        c.review(c.d(5 * 60 + 20), LINDQVIST, "continue", "Operation Kestrel: awaiting drug test results.", involved=True)
        c.release(c.d(5 * 60 + 55), mum, "released_under_investigation")
        c.base(
            offence="Possession with intent to supply cannabis",
            grounds="secure_preserve_evidence",
            rationale="Arjun is 16 and was arrested under Operation Kestrel with 22 bags of cannabis. Detention necessary to search him and interview.",
            welfare_person=mum, relationship="Mother", aa_category="parent_guardian", aa_person=mum,
            vulnerability_flags=["cce"], ppn_submitted=True,
            exploitation_indicators="Bags packed for sale; says he was 'holding them for someone' older.",
            release_to=mum,
        )
        c.voice(
            "\"I don't want my mum to see me like that.\" (about the search) \"I was just holding it for someone. I'm not saying who.\"",
            "Quiet, respectful, embarrassed. Calm throughout.",
            wishes="Doesn't want his dad to find out. Asked to keep his kara (steel bangle); allowed after risk assessment.",
            lived="Lives with both parents; Year 12 at Northshire Sixth Form; works Saturdays in the family shop.",
        )
        c.referral(c.t(100), c.ref("MASH"))
        return c.build("signed", ADEBAYO, sign_note="Signed. Review conducted by an inspector who led Operation Kestrel (not independent): feedback given.")

    def _s_sergeant_review_precharge(self, days: int) -> Record:
        kid = _Kid("Brennan", "Aoife", Gender.FEMALE, "White Irish", EthnicityCategory.WHITE)
        c = self.case("NSH-H", kid, self.local(days, 9, 45), 17, PRYDDERCH)
        c.book(ARRESTING[5], "Portmere railway station", "To obtain evidence by questioning: fraud.")
        dad = _p("Declan Brennan", role="Father", phone="07700 900 262")
        c.welfare(c.t(10), dad, "phone")
        c.aa(c.t(12), c.t(58), "parent_guardian", dad, "Father")
        c.rights(c.t(60), aa_present=True)
        c.legal(c.t(75), SOLICITORS[1])
        c.interview(c.t(200), 60)
        c.review(c.d(5 * 60 + 40), MULHOLLAND, "continue", "Inspector at a critical incident; review conducted by the custody sergeant.")
        c.release(c.d(6 * 60 + 45), dad, "released_under_investigation")
        c.base(
            offence="Fraud by false representation (rail tickets)",
            grounds="obtain_evidence_by_questioning",
            rationale="Aoife is 17; found using altered tickets bought from a social media seller. Detention to interview and examine her phone with consent.",
            welfare_person=dad, relationship="Father", aa_category="parent_guardian", aa_person=dad,
            release_to=dad,
        )
        c.voice(
            "\"Everyone at college buys them off that account. I didn't know they were fake.\"",
            "Embarrassed, polite, teary at first; chatty with the female detention officer.",
            wishes="Wants her dad there but not her mum told yet.",
            lived="Lives with father; college student; works in a café.",
        )
        c.referral(None, not_made="No safeguarding concerns; stable home and college place. Notification to YJS only.")
        return c.build("signed", LINDQVIST, sign_note="Signed. The 5 h 40 min review was by a sergeant before charge: should have been an inspector (by phone if need be).")

    def _s_girl_no_female_officer(self, days: int) -> Record:
        kid = _Kid("Wróblewska", "Julia", Gender.FEMALE, "White Polish", EthnicityCategory.WHITE, "Polish")
        c = self.case("NSH-H", kid, self.local(days, 16, 20), 13, MULHOLLAND)
        c.book(ARRESTING[3], "Quayside Shopping Centre, Portmere", "To obtain evidence by questioning: theft.")
        mum = _p("Katarzyna Wróblewska", role="Mother", phone="07700 900 931")
        c.welfare(c.t(15), mum, "phone")
        c.aa(c.t(16), c.t(58), "parent_guardian", mum, "Mother")
        c.rights(c.t(65), aa_present=True)
        c.interview(c.t(110), 22)
        c.release(c.t(160), mum, "other")
        c.base(
            offence="Theft from a shop (make-up, £38)",
            grounds="obtain_evidence_by_questioning",
            rationale="Julia is 13. Detained by store security with two friends. Detention to interview with her mother. First arrest.",
            welfare_person=mum, relationship="Mother", aa_category="parent_guardian", aa_person=mum,
            legal_advice_requested=False, legal_consultation_private=None,
            release_to=mum,
        )
        c.answers.pop("female_care_officer", None)
        c.voice(
            "\"Maja said it was easy. I've never done anything like this before.\" \"Mama będzie zła\" (\"Mum will be angry\").",
            "Crying at booking, shaking; hid behind her hair. Calmer once her mother arrived.",
            wishes="Wants her mum. Scared her school will find out.",
            lived="Lives with mother and grandmother; Year 8.",
        )
        c.referral(c.t(90), c.ref("PCC-CS"), team="csc")
        return c.build("signed", VAUGHAN)

    def _s_cse_girl(self, days: int) -> Record:
        kid = _Kid("Marchenko", "Sofiia", Gender.FEMALE, "White Ukrainian", EthnicityCategory.WHITE, "Ukrainian")
        c = self.case("NSH-C", kid, self.local(days, 2, 10), 15, RAHMAN)
        c.book(ARRESTING[2], "Car park, Sandpiper Lodge motel, Northshire", "To obtain evidence by questioning: assault on an emergency worker. Possible victim of exploitation.", arrest_before=30)
        carer = _p("Lyudmyla Marchenko", role="Aunt and special guardian", phone="07700 900 867")
        sw = _p("Kerry-Ann Lewis", role="Social worker (EDT)", organisation="Northshire Emergency Duty Team", phone="01632 960 200")
        c.welfare(c.t(20), carer, "phone")
        c.aa(c.t(22), c.t(115), "la_social_worker", sw, "Northshire EDT (aunt unable to attend at night: caring for a baby)")
        c.rights(c.t(30), aa_present=False)
        c.rights(c.t(118), aa_present=True)
        c.hcp(c.t(70), "Smells of alcohol; bruising to upper arms (says 'from a friend'). Offered sexual health advice and referral to the sexual assault referral centre; declined tonight. Fit to detain; not fit for interview until 10:00.", who=0)
        c.referral(c.t(80), c.ref("EDT"), team="edt")
        c.rest(c.t(130), c.t(8 * 60 + 30))
        c.review(c.d(5 * 60 + 40), VAUGHAN, "continue", "Sofiia asleep. Interview with AA once sober and rested. Strategy meeting requested with CSC for 09:00.", method="phone", aa_present=False)
        c.interview(c.t(8 * 60 + 45), 25)
        c.release(c.t(9 * 60 + 40), carer, "nfa")
        c.base(
            offence="Assault on an emergency worker (kicked an officer when separated from an adult male)",
            grounds="obtain_evidence_by_questioning",
            rationale="Sofiia is 15 and was reported missing by her aunt 2 days ago. Found at 01:40 in a car with two men aged around 30 outside a motel, intoxicated. She kicked an officer when taken from the car. Detention to interview about the assault, but the overriding concern is safeguarding: she cannot be released at night to the men or left alone; aunt cannot collect until the morning.",
            welfare_person=carer, relationship="Aunt (special guardianship order)",
            aa_category="la_social_worker", aa_person=sw,
            csc_open_case=True, vulnerability_flags=["cse", "missing_from_home"],
            aa_delay_reason="Aunt is the only adult at home with a 6-month-old; EDT worker travelled from Aldbrook.",
            substance_use=True, hcp_required=True, observation_level="level_3",
            ppn_submitted=True, joint_risk_assessment=True,
            exploitation_indicators="Missing 2 days; with older men unknown to family; gifts (new phone, vapes); alcohol supplied; bruising; motel room booked in a man's name.",
            overnight_reasons="Arrested 01:40 intoxicated. Not fit for interview until sober. EDT agreed in a joint risk assessment that custody was the safest place until her aunt could collect at 10:00; no emergency placement could be found at night.",
            rationale_to_continue="Rest and sobriety before interview; strategy meeting with CSC at 09:00.",
            release_to=carer,
        )
        c.answers.update(
            rights_repeated_with_aa=True,
            csc_social_worker=_p("Bethany Cole", role="Allocated social worker", organisation="Northshire County Council"),
            overnight_alternatives="EDT searched for an emergency foster placement at 02:30 (none); aunt could not leave a baby; release to the men or alone was not safe.",
            voc_influenced_decisions="Her fear of the car and the men informed the strategy meeting and the PPN; female staff only, as she asked.",
        )
        c.voice(
            "\"They're my mates, they look after me.\" \"Don't tell my aunt where I was.\" At 09:00: \"I don't want to go back to that car. Can I go home?\"",
            "At booking: giggly and then suddenly angry, swearing at the male officers, calmer with the female detention officer. Holding her arms across her body. Later tearful, hungry, asked for her aunt.",
            wishes="Wants her aunt, not her social worker, told first. Does not want the men to know where she is. Asked for female staff only.",
            lived="Came from Ukraine with her aunt in 2022; mother died. Special guardianship since 2024. Recently stopped attending school; new older friends met online.",
            later="Morning: exhausted, quiet; ate toast; cried when her aunt arrived.",
        )
        return c.build("amended", VAUGHAN,
                       amendment=("Referral reference mistyped in the original entry; corrected from the EDT confirmation email.",
                                  [{"field": "answers.csc_referral_reference", "old": c.answers["csc_referral_reference"],
                                    "new": c.answers["csc_referral_reference"][:-1] + "7"}]))

    def _s_urgent_strip_search(self, days: int) -> Record:
        kid = _Kid("Mac Giolla", "Ciarán", Gender.MALE, "White Irish", EthnicityCategory.WHITE)
        c = self.case("NSH-W", kid, self.local(days, 20, 5), 16, MULHOLLAND)
        c.book(ARRESTING[4], "Westmoor bus station", "To obtain evidence by questioning: possession of an offensive weapon.")
        dad = _p("Seán Mac Giolla", role="Father", phone="07700 900 640")
        c.welfare(c.t(10), dad, "phone")
        c.aa(c.t(12), c.t(80), "parent_guardian", dad, "Father")
        c.rights(c.t(18), aa_present=False)
        c.ev(K.STRIP_SEARCH, c.t(30), aa_present=False, reason_without_aa="urgent_risk_of_harm",
             location="Strip search room, Westmoor", searcher_sex="male", authorised_by=_officer(OSEI, "Authorising officer"))
        c.note(c.t(32), "Ciarán said at the desk that he had a blade 'where you won't find it' and wanted to 'end it'. Immediate risk of self-harm: strip search without waiting for the AA, authorised by PS Osei. Razor blade found in his waistband and removed. Father informed.")
        c.hcp(c.t(50), "Superficial scratches to left forearm (old). Mental health practitioner to see. Level 4 observations until assessed.", who=1)
        c.rights(c.t(84), aa_present=True)
        c.review(c.d(4 * 60 + 30), ADEBAYO, "release", "Mental health practitioner assessed: not detainable under the MHA; safety plan agreed with father. Release to father with CAMHS crisis team follow-up.")
        c.release(c.d(4 * 60 + 45), dad, "nfa")
        c.base(
            offence="Possession of an offensive weapon (razor blade)",
            grounds="obtain_evidence_by_questioning",
            rationale="Ciarán is 16. Seen waving a blade at the bus station; later said it was for himself. Detention to keep him safe while his risk is assessed; investigation of the offence is secondary.",
            welfare_person=dad, relationship="Father", aa_category="parent_guardian", aa_person=dad,
            self_harm_risk=True, mental_health_concerns=True, hcp_required=True, observation_level="level_4",
            aa_delay_reason="Father was working in Glanafon (40 miles) and drove straight here; no other family. AA scheme asked to stand by.",
            interview_planned=False, release_to=dad,
        )
        c.answers.update(
            self_harm_details="Said he wanted to 'end it'; blade removed; level 4 observation (within arm's reach) until assessed by the mental health practitioner at 21:30.",
            mental_health_details="Bereavement; low mood for months; on the CAMHS waiting list. Not detainable under the MHA (assessed 21:30).",
            strip_search_notes="Immediate risk of self-harm from a concealed blade: searched before the AA arrived, authorised by PS Osei, two male officers, gown provided. Father told on arrival.",
            release_plan="Released to father with the CAMHS crisis line number and a safety plan (sharp objects removed at home; father to stay with him tonight). CAMHS crisis team to call tomorrow.",
        )
        c.voice(
            "\"I just want it to stop.\" \"Don't call my dad, he's got enough on.\" Later: \"OK. He can come.\"",
            "Flat, slow speech, no eye contact. Sat with his hood up. Relieved, not angry, after the search.",
            wishes="Wants to see someone about how he feels. Wants his dog walked.",
            lived="Mother died last year. Lives with father and younger brother. Stopped going to college. CAMHS waiting list.",
        )
        c.referral(c.t(60), c.ref("MASH"))
        return c.build("signed", ADEBAYO)

    def _s_rights_not_repeated(self, days: int) -> Record:
        kid = _Kid("Adeyemi", "Tobi", Gender.MALE, "Black British Nigerian", EthnicityCategory.BLACK)
        c = self.case("NSH-M", kid, self.local(days, 17, 0), 14, RAHMAN)
        c.book(ARRESTING[7], "Millbrook Park", "To obtain evidence by questioning: criminal damage.")
        dad = _p("Olumide Adeyemi", role="Father", phone="07700 900 212")
        c.welfare(c.t(12), dad, "phone")
        c.aa(c.t(13), c.t(65), "parent_guardian", dad, "Father")
        c.rights(c.t(20), aa_present=False)
        c.legal(c.t(95), SOLICITORS[2])
        c.interview(c.t(130), 25)
        c.release(c.t(190), dad, "released_under_investigation")
        c.base(
            offence="Criminal damage (graffiti on the park pavilion)",
            grounds="obtain_evidence_by_questioning",
            rationale="Tobi is 14 and was found with spray cans beside fresh graffiti. Detention to interview.",
            welfare_person=dad, relationship="Father", aa_category="parent_guardian", aa_person=dad, release_to=dad,
        )
        c.answers["rights_repeated_with_aa"] = False
        c.voice(
            "\"It's art, not damage. The pavilion's been empty for years.\"",
            "Relaxed, joking with staff, then bored. Polite to his father.",
            wishes="Wants his sketchbook back.",
            lived="Lives with parents; Year 10; wants to study art.",
        )
        c.referral(None, not_made="No safeguarding concerns; supportive family; YJS notified for out-of-court disposal.")
        return c.build("submitted")

    def _s_bail_granted_17(self, days: int) -> Record:
        kid = _Kid("Campbell-Reid", "Jaden Marcus", Gender.MALE, "Black British Caribbean (Jamaican heritage)", EthnicityCategory.BLACK)
        c = self.case("NSH-C", kid, self.local(days, 14, 40), 17, PRYDDERCH)
        c.book(ARRESTING[0], "Hollins Road, Northshire", "To obtain evidence by questioning: taking a vehicle without consent.")
        mum = _p("Marcia Campbell", role="Mother", phone="07700 900 777")
        c.welfare(c.t(10), mum, "phone")
        c.aa(c.t(12), c.t(40), "parent_guardian", mum, "Mother")
        c.rights(c.t(44), aa_present=True)
        c.legal(c.t(60), SOLICITORS[0])
        c.interview(c.t(120), 35)
        c.charge(c.t(4 * 60 + 30), "Taking a motor vehicle without consent; driving without insurance")
        c.bail(c.t(4 * 60 + 40), True)
        c.release(c.t(4 * 60 + 55), mum, "charged_bailed")
        c.base(
            offence="Taking a vehicle without consent; no insurance",
            grounds="obtain_evidence_by_questioning",
            rationale="Jaden is 17 and was stopped driving his uncle's car without permission or insurance. Detention to interview; uncle wants to make a statement.",
            welfare_person=mum, relationship="Mother", aa_category="parent_guardian", aa_person=mum, release_to=mum,
        )
        c.voice(
            "\"I was only driving it round the block. I've had lessons.\" \"My uncle's going to be so mad.\"",
            "Calm, polite, a bit embarrassed; made eye contact; joked with his mum.",
            wishes="Wants to be home in time for his shift at work tomorrow.",
            lived="Lives with mum and sisters. Apprentice electrician. No previous.",
        )
        c.referral(None, not_made="No safeguarding concerns identified; stable home, in work. YJS notified of charge.")
        return c.build("signed")

    def _s_ten_year_old(self, days: int) -> Record:
        kid = _Kid("Kelly", "Mason", Gender.MALE, "White British", EthnicityCategory.WHITE)
        c = self.case("NSH-W", kid, self.local(days, 17, 10), 10, OSEI)
        c.book(ARRESTING[6], "Garage block, Fenwick Street, Westmoor", "To obtain evidence by questioning: arson (bins, damage to a car).")
        mum = _p("Leanne Kelly", role="Mother", phone="07700 900 399")
        c.welfare(c.t(8), mum, "phone")
        c.aa(c.t(9), c.t(40), "parent_guardian", mum, "Mother")
        c.rights(c.t(43), aa_present=True)
        c.legal(c.t(55), SOLICITORS[2])
        c.interview(c.t(95), 20)
        c.referral(c.t(100), c.ref("MASH"))
        c.release(c.t(150), mum, "nfa")
        c.base(
            offence="Arson (wheelie bins; car scorched)",
            grounds="obtain_evidence_by_questioning",
            rationale="Mason is 10, the youngest age at which he can be held criminally responsible. He was seen with a lighter running from burning bins that scorched a car. Detention authorised only for a short interview with his mother; I considered a voluntary interview but the car owner's evidence suggests a second child was involved and Mason is the only person who can say who.",
            welfare_person=mum, relationship="Mother", aa_category="parent_guardian", aa_person=mum, release_to=mum,
            observation_level="level_3",
        )
        c.voice(
            "\"It was Josh's lighter. I only lit the paper.\" \"Am I going to prison?\" \"Can mum stay in the room?\"",
            "Small, wide-eyed, holding his mum's sleeve. Asked lots of questions. Needed things explained twice.",
            wishes="Wants his mum to stay. Hungry: given sandwich and juice.",
            lived="Lives with mum and step-dad; Year 6. School says he is easily led.",
        )
        return c.build("signed")

    def _s_overnight_no_reasons(self, days: int) -> Record:
        kid = _Kid("Pritchard", "Osian", Gender.MALE, "White Welsh", EthnicityCategory.WHITE, "Welsh")
        c = self.case("NSH-W", kid, self.local(days, 21, 35), 16, MULHOLLAND)
        c.book(ARRESTING[6], "A614, Westmoor", "To obtain evidence by questioning: aggravated vehicle taking.")
        mum = _p("Rhian Pritchard", role="Mother", phone="07700 900 144")
        c.welfare(c.t(14), mum, "phone")
        c.aa(c.t(16), c.t(60), "parent_guardian", mum, "Mother")
        c.rights(c.t(72), aa_present=True)
        c.rest(c.t(100), c.t(9 * 60))
        c.review(c.d(5 * 60 + 45), VAUGHAN, "continue", "Interview in the morning.", method="phone", aa_present=False)
        c.legal(c.t(10 * 60), SOLICITORS[1])
        c.interview(c.t(10 * 60 + 50), 40)
        c.release(c.t(12 * 60), mum, "released_under_investigation")
        c.base(
            offence="Aggravated vehicle taking (damage)",
            grounds="obtain_evidence_by_questioning",
            rationale="Osian is 16. Passenger in a stolen car that crashed into a wall. Detention to interview.",
            welfare_person=mum, relationship="Mother", aa_category="parent_guardian", aa_person=mum, release_to=mum,
        )
        c.voice(
            "\"I didn't know it was nicked. Rhodri said it was his brother's.\"",
            "Shaken after the crash, quiet; minor graze to his knee; slept well.",
            wishes="Wants his mum. Worried about his friend who was driving.",
            lived="Lives with mum; Year 12.",
        )
        c.referral(c.t(60), c.ref("MASH"))
        return c.build("signed")

    def _s_clock_change(self, days: int) -> Record:
        """Detention authorised at 23:30 BST on the night the clocks go back (if in range)."""
        kid = _Kid("Ali", "Sagal", Gender.FEMALE, "Somali British", EthnicityCategory.BLACK)
        c = self.case("NSH-H", kid, self.local(days, 23, 15), 15, PRYDDERCH)
        c.book(ARRESTING[7], "Harbourside, Portmere", "To obtain evidence by questioning: assault by beating.", det_after=15)
        mum = _p("Amina Warsame", role="Mother", phone="07700 900 563")
        c.welfare(c.t(20), mum, "phone")
        c.aa(c.t(21), c.t(65), "parent_guardian", mum, "Mother")
        c.rights(c.t(68), aa_present=True)
        c.rest(c.t(100), c.t(9 * 60 + 10))
        c.review(c.d(4 * 60 + 50), LINDQVIST, "continue", "Review computed on absolute time across the clock change. Sagal asleep; interview in the morning with AA and solicitor.", method="video", aa_present=False)
        c.legal(c.t(9 * 60 + 30), SOLICITORS[0])
        c.interview(c.t(10 * 60 + 15), 35)
        c.release(c.t(11 * 60 + 20), mum, "released_under_investigation")
        c.base(
            offence="Assault by beating (fight outside a takeaway)",
            grounds="obtain_evidence_by_questioning",
            rationale="Sagal is 15. Arrested after a fight between two groups of girls; the other girl has a cut lip. Detention to interview with her mother; not fit for interview tonight (upset, had been drinking).",
            welfare_person=mum, relationship="Mother", aa_category="parent_guardian", aa_person=mum, release_to=mum,
            substance_use=True, joint_risk_assessment=True,
            overnight_reasons="Arrested late; had been drinking and was very upset. Not fit for interview until rested; mother agreed she should sleep at the suite rather than at home, where the other girl's family live next door.",
        )
        c.voice(
            "\"She started it, she's been calling me names for months.\" \"Please don't put me in a cell.\"",
            "Upset, crying on and off; wiped her eyes with her hijab. Settled once told she would be in a detention room with a female officer nearby.",
            wishes="Wants her mum. Wants a female officer only. Asked for a prayer mat in the morning.",
            lived="Lives with mum and grandmother; Year 10.",
        )
        c.referral(c.t(90), c.ref("PCC-CS"), team="csc")
        return c.build("signed")

    # =================================================================== in custody now

    def _now_minus(self, minutes: float) -> datetime:
        return self.now - timedelta(minutes=minutes)

    def _current_cases(self) -> list[Record]:
        records = []
        # 1. 17-year-old whose 18th birthday is tomorrow; first review due within the hour.
        kid = _Kid("Rafiq", "Hamza", Gender.MALE, "British Pakistani", EthnicityCategory.ASIAN)
        c = self.case("NSH-C", kid, self._now_minus(5 * 60 + 20), 17, RAHMAN)
        tomorrow = self.today + timedelta(days=1)
        try:
            c.dob = tomorrow.replace(year=tomorrow.year - 18)
        except ValueError:
            c.dob = date(tomorrow.year - 18, 3, 1)
        c.book(ARRESTING[1], "Victoria Street, Northshire", "To obtain evidence by questioning: assault occasioning actual bodily harm.")
        dad = _p("Khalid Rafiq", role="Father", phone="07700 900 101")
        c.welfare(c.t(12), dad, "phone")
        c.aa(c.t(14), c.t(58), "parent_guardian", dad, "Father")
        c.rights(c.t(62), aa_present=True)
        c.note(c.t(65), "Hamza turns 18 tomorrow. He is 17 today and is treated as a child for the whole of this detention: AA, reviews and, if charged and refused bail, transfer to LA accommodation all apply.")
        c.legal(c.t(90), SOLICITORS[3])
        c.interview(c.t(200), 45)
        c.base(
            offence="Assault occasioning actual bodily harm (fight in a gym car park)",
            grounds="obtain_evidence_by_questioning",
            rationale="Hamza is 17 (18 tomorrow). Victim has a broken nose; Hamza was identified by gym staff. Detention to interview him with his father present and to view CCTV.",
            welfare_person=dad, relationship="Father", aa_category="parent_guardian", aa_person=dad,
        )
        c.voice("\"He swung first, I've got it on my phone.\" \"It's my birthday tomorrow, am I going to be here for it?\"",
                "Agitated at the desk, pacing; calmed when his father arrived. Polite.",
                wishes="Wants to be out for his birthday meal with family. Asked for halal food.",
                lived="Lives with parents; second year of a plumbing apprenticeship.")
        records.append(c.build("draft"))

        # 2. A girl of 14 with a named female officer.
        kid = _Kid("Trần", "Thị Mai", Gender.FEMALE, "British Vietnamese", EthnicityCategory.ASIAN)
        c = self.case("NSH-H", kid, self._now_minus(3 * 60 + 40), 14, MULHOLLAND)
        c.book(ARRESTING[5], "Portmere Academy bus stop", "To obtain evidence by questioning: possession of a bladed article.")
        mum = _p("Trần Thị Hương", role="Mother", phone="07700 900 920")
        c.welfare(c.t(10), mum, "phone")
        c.aa(c.t(11), c.t(47), "parent_guardian", mum, "Mother")
        c.rights(c.t(50), aa_present=True)
        c.legal(c.t(80), SOLICITORS[0])
        c.base(
            offence="Possession of a bladed article (kitchen knife in school bag)",
            grounds="obtain_evidence_by_questioning",
            rationale="Mai is 14. A knife was found in her bag by a teacher. Detention to interview; she has said she is frightened of a group of older girls.",
            welfare_person=mum, relationship="Mother", aa_category="parent_guardian", aa_person=mum,
            female_care_officer=FEMALE_CARE[1],
        )
        c.voice("\"They said they'd cut my hair off. I just wanted them to leave me alone.\"",
                "Small and very quiet. Cried when searched (by female officers). Held her mother's hand.",
                wishes="Wants her mum. Does not want to go back to school tomorrow.",
                lived="Lives with parents and brother; Year 9; parents run a nail bar.")
        c.referral(c.t(60), c.ref("PCC-CS"), team="csc")
        records.append(c.build("draft"))

        # 3. AA still awaited.
        kid = _Kid("Gashi", "Besart", Gender.MALE, "Albanian Kosovan", EthnicityCategory.WHITE, "Albanian")
        c = self.case("NSH-M", kid, self._now_minus(110), 15, OSEI)
        c.book(ARRESTING[3], "Millbrook Leisure Centre", "To obtain evidence by questioning: theft.")
        foster = _p("Pauline Ashcroft", role="Foster carer", phone="07700 900 381")
        c.welfare(c.t(12), foster, "phone")
        c.aa(c.t(15), None, "other_responsible_adult", SCHEME_AAS[0], AA_SCHEME)
        c.rights(c.t(20), aa_present=False)
        c.note(c.t(75), "AA scheme: volunteer travelling from Aldbrook, ETA 30 minutes. Foster carer cannot attend (two other children at home). Rights to be repeated when the AA arrives.")
        c.base(
            offence="Theft (mobile phone from a changing room)",
            grounds="obtain_evidence_by_questioning",
            rationale="Besart is 15 and looked after by Aldbrook BC (foster placement). Detention to interview about the theft once the AA arrives.",
            welfare_person=foster, relationship="Foster carer", aa_category="other_responsible_adult", aa_person=SCHEME_AAS[0],
            looked_after=True, home_local_authority="Aldbrook Borough Council", csc_open_case=True,
            first_language="Albanian", interpreter_required=False,
        )
        c.voice("\"I found it on the bench.\"", "Quiet, watchful; sat in the detention room with a book.", wishes="Wants his foster carer told (done).")
        records.append(c.build("draft"))

        # 4. In a cell, with a reason.
        kid = _Kid("Zieliński", "Kacper", Gender.MALE, "White Polish", EthnicityCategory.WHITE, "Polish")
        c = self.case("NSH-W", kid, self._now_minus(4 * 60 + 15), 16, MULHOLLAND)
        c.book(ARRESTING[4], "Westmoor Road, Westmoor", "To obtain evidence by questioning: assault on an emergency worker.")
        mum = _p("Ewa Zielińska", role="Mother", phone="07700 900 466")
        c.welfare(c.t(10), mum, "phone")
        c.aa(c.t(11), c.t(60), "parent_guardian", mum, "Mother")
        c.hcp(c.t(40), "Intoxicated (alcohol); no head injury. Fit to detain, not fit for interview. Rousing checks every 30 minutes.", who=1)
        c.rights(c.t(75), aa_present=True)
        c.base(
            offence="Assault on an emergency worker; drunk and disorderly",
            grounds="obtain_evidence_by_questioning",
            rationale="Kacper is 16 and was very drunk; he headbutted an officer. Detention to interview once sober.",
            welfare_person=mum, relationship="Mother", aa_category="parent_guardian", aa_person=mum,
            accommodation="cell", cell_reason="Headbutted the detention room door and tried to climb the fixed bench. The detention room has no CCTV; cell 2 has CCTV and a low bench, allowing level 3 observation while intoxicated. To move back to the detention room when calm. Reviewed hourly.",
            observation_level="level_3", substance_use=True, hcp_required=True, first_language="Polish",
        )
        c.voice("\"Get off me!\" (at booking). Later: \"Sorry. I'm sorry. Is my mum here?\"",
                "Shouting and swearing at booking, unsteady; later crying and apologetic.",
                wishes="Wants his mum. Asked for water.")
        records.append(c.build("draft"))

        # 5. A 13-year-old, booked in an hour ago.
        kid = _Kid("Okafor-Brown", "Jordan", Gender.MALE, "Mixed White and Black Caribbean", EthnicityCategory.MIXED)
        c = self.case("NSH-C", kid, self._now_minus(65), 13, PRYDDERCH)
        c.book(ARRESTING[0], "Northshire Retail Park", "To obtain evidence by questioning: robbery.")
        mum = _p("Donna Brown", role="Mother", phone="07700 900 705")
        c.welfare(c.t(9), mum, "phone")
        c.aa(c.t(10), c.t(48), "parent_guardian", mum, "Mother")
        c.rights(c.t(51), aa_present=True)
        c.base(
            offence="Robbery (bicycle taken from another child)",
            grounds="obtain_evidence_by_questioning",
            rationale="Jordan is 13. Alleged with two others to have pushed a 12-year-old off his bike and taken it. Detention to interview and identify the others.",
            welfare_person=mum, relationship="Mother", aa_category="parent_guardian", aa_person=mum,
        )
        c.voice("\"I wasn't even with them when they took it.\"", "Sulky, arms folded, then chatty with his mum.",
                wishes="Wants chips.", lived="Year 8; lives with mum and younger brothers.")
        records.append(c.build("draft"))

        # 6. In interview now.
        kid = _Kid("Yusuf", "Abdirahman", Gender.MALE, "Black British Somali", EthnicityCategory.BLACK)
        c = self.case("NSH-H", kid, self._now_minus(3 * 60 + 5), 16, PRYDDERCH)
        c.book(ARRESTING[7], "Dockside, Portmere", "To obtain evidence by questioning: burglary.")
        uncle = _p("Hassan Yusuf", role="Uncle (guardian)", phone="07700 900 339")
        c.welfare(c.t(12), uncle, "phone")
        c.aa(c.t(13), c.t(52), "parent_guardian", uncle, "Uncle (legal guardian)")
        c.rights(c.t(55), aa_present=True)
        c.legal(c.t(85), SOLICITORS[1])
        c.ev(K.INTERVIEW_STARTED, self._now_minus(20), aa_present=True)
        c.base(
            offence="Burglary (commercial premises)",
            grounds="obtain_evidence_by_questioning",
            rationale="Abdirahman is 16 and was found inside a closed warehouse at 17:00 with a friend. Detention to interview.",
            welfare_person=uncle, relationship="Uncle (guardian)", aa_category="parent_guardian", aa_person=uncle,
        )
        c.voice("\"We were looking for somewhere to play football out of the rain.\"", "Calm, polite, a little nervous.",
                wishes="Wants his uncle to ring his mother.")
        records.append(c.build("draft"))
        return records

    # =================================================================== routine records

    def _routine(self, index: int, days: int) -> Record:
        rng = self.rng
        kid, parent_first, parent_role = ROUTINE_KIDS[index % len(ROUTINE_KIDS)]
        offence = ROUTINE_OFFENCES[rng.randrange(len(ROUTINE_OFFENCES))]
        suite = SUITES[rng.randrange(len(SUITES))].code
        age = rng.randint(offence.get("min_age", 12), 17)
        arrival = self.local(days, rng.randint(8, 15), rng.choice((0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55)))
        c = self.case(suite, kid, arrival, age, dob_status=DobStatus.VERIFIED if rng.random() < 0.8 else DobStatus.STATED)
        fn = kid.forenames.split()[0]
        carer = _p(f"{parent_first} {kid.surname}", role=parent_role, phone=f"07700 900 {rng.randint(100, 999)}")
        officer = ARRESTING[rng.randrange(len(ARRESTING))]
        c.book(officer, offence["location"], offence["det_grounds"], arrest_before=rng.randint(20, 55), det_after=rng.randint(8, 22))
        assert c.det_at is not None
        c.welfare(c.d(rng.randint(2, 12)), carer, rng.choice(("phone", "phone", "in_person")))
        scheme = rng.random() < 0.25
        aa_person = SCHEME_AAS[rng.randrange(len(SCHEME_AAS))] if scheme else carer
        assert c.det_at is not None
        requested = c.det_at + timedelta(minutes=rng.randint(1, 8))
        slow = rng.random() < 0.2
        # The wait is measured from detention authorised, as the rules engine measures it.
        arrived = c.det_at + timedelta(minutes=rng.randint(65, 115) if slow else rng.randint(20, 55))
        c.aa(requested, arrived, "other_responsible_adult" if scheme else "parent_guardian", aa_person,
             AA_SCHEME if scheme else parent_role)
        if rng.random() < 0.3:
            c.rights(requested + timedelta(minutes=5), aa_present=False)
        c.rights(arrived + timedelta(minutes=rng.randint(2, 8)), aa_present=True)
        legal = rng.random() < 0.6
        cursor = arrived + timedelta(minutes=rng.randint(15, 35))
        if legal:
            c.legal(cursor, SOLICITORS[rng.randrange(len(SOLICITORS))])
        hcp = rng.random() < 0.25
        if hcp:
            c.hcp(c.t(rng.randint(30, 80)), rng.choice(ROUTINE_HCP_OUTCOMES))
        start = cursor + timedelta(minutes=rng.randint(35, 90))
        length = rng.randint(18, 50)
        c.interview(start, length)
        end = start + timedelta(minutes=length)
        charged = offence.get("charge") is not None and rng.random() < 0.5
        if charged:
            charge_at = end + timedelta(minutes=rng.randint(40, 110))
            c.charge(charge_at, offence["charge"])
            c.bail(charge_at + timedelta(minutes=10), True)
            release_at = charge_at + timedelta(minutes=rng.randint(20, 40))
            outcome = "charged_bailed"
        else:
            release_at = end + timedelta(minutes=rng.randint(25, 80))
            outcome = rng.choice(offence["outcomes"])
        assert c.det_at is not None
        if release_at - c.det_at > timedelta(hours=5, minutes=40):
            reviewer = _INSPECTORS[rng.randrange(len(_INSPECTORS))]
            review_at = min(c.d(rng.randint(270, 345)), release_at - timedelta(minutes=10))
            c.review(review_at, reviewer, "continue", rng.choice(ROUTINE_REVIEW_RATIONALES).format(fn=fn),
                     method=rng.choice(("in_person", "in_person", "video", "phone")))
        c.release(release_at, carer, outcome)
        referral_made = rng.random() < 0.7
        flags = ["none"]
        extra: dict[str, Answer] = {}
        if slow:
            extra["aa_delay_reason"] = rng.choice(ROUTINE_DELAY_REASONS).format(role=parent_role.lower())
        if kid.language not in ("English", "Welsh"):
            extra["communication_needs"] = f"First language {kid.language}; speaks and understands English well (checked with open questions). Interpreter offered and declined."
        if rng.random() < 0.15:
            flags = ["missing_from_home"]
            extra["csc_open_case"] = True
        c.base(
            offence=offence["offence"], grounds=offence["grounds"],
            rationale=offence["rationale"].format(fn=fn, age=age, carer=parent_role.lower()),
            welfare_person=carer, relationship=parent_role,
            aa_category="other_responsible_adult" if scheme else "parent_guardian", aa_person=aa_person,
            legal_advice_requested=legal, legal_consultation_private=True if legal else None,
            hcp_required=hcp, vulnerability_flags=flags, release_to=carer,
            observation_level=rng.choice(("level_1", "level_2", "level_2")),
            **extra,
        )
        if c.dob_status is DobStatus.STATED:
            c.answers["age_basis"] = rng.choice(("stated_by_child", "stated_by_parent"))
        c.voice(
            rng.choice(offence["words"]),
            rng.choice(ROUTINE_DEMEANOUR).format(fn=fn),
            wishes=rng.choice(ROUTINE_WISHES).format(carer=parent_role.lower()),
            lived=rng.choice(ROUTINE_LIVED).format(carer=parent_role.lower()),
            how=["aa_present", "in_private"] if rng.random() < 0.7 else ["aa_present"],
        )
        if referral_made:
            c.referral(c.t(rng.randint(40, 120)), c.ref(rng.choice(("MASH", "MASH", "EDT"))), team="mash")
        else:
            c.referral(None, not_made=rng.choice(ROUTINE_NO_REFERRAL))
        if days <= 3:
            plan = "draft" if rng.random() < 0.5 else "submitted"
        elif days <= 7:
            plan = "submitted"
        else:
            plan = "resigned" if rng.random() < 0.08 else "signed"
        return c.build(plan, return_note="Returned: please record what the welfare person was told and when.",
                       resubmit_note="Welfare details completed.")


# --------------------------------------------------------------------------- routine material

def _k(surname: str, forenames: str, gender: Gender, ethnicity: str, category: EthnicityCategory, language: str = "English") -> _Kid:
    return _Kid(surname, forenames, gender, ethnicity, category, language)


M, F = Gender.MALE, Gender.FEMALE
W, A, B, MX, OT = EthnicityCategory.WHITE, EthnicityCategory.ASIAN, EthnicityCategory.BLACK, EthnicityCategory.MIXED, EthnicityCategory.OTHER

ROUTINE_KIDS: list[tuple[_Kid, str, str]] = [
    (_k("Evans", "Megan Haf", F, "White Welsh", W, "Welsh"), "Sioned", "Mother"),
    (_k("Morgan", "Rhys", M, "Welsh", W), "Geraint", "Father"),
    (_k("Nowak", "Wiktoria", F, "White Polish", W, "Polish"), "Marta", "Mother"),
    (_k("Kowalski", "Szymon", M, "Polish", W, "Polish"), "Paweł", "Father"),
    (_k("Pham", "Quang Minh", M, "British Vietnamese", A), "Lan", "Mother"),
    (_k("Krasniqi", "Dritan Arbër", M, "Albanian", W, "Albanian"), "Besnik", "Father"),
    (_k("Hoxha", "Elona", F, "White Albanian", W, "Albanian"), "Drita", "Mother"),
    (_k("Mohamed", "Abdullahi", M, "Black Somali", B, "Somali"), "Faduma", "Mother"),
    (_k("Constantin", "Marius", M, "Romanian", W, "Romanian"), "Mihaela", "Mother"),
    (_k("Stoica", "Bianca", F, "Romanian Roma", W, "Romanian"), "Florin", "Father"),
    (_k("Bondarenko", "Maksym", M, "Ukrainian", W, "Ukrainian"), "Tetiana", "Mother"),
    (_k("Doherty", "Conor", M, "White Irish", W), "Siobhán", "Mother"),
    (_k("McDonagh", "Bridget", F, "Irish Traveller", W), "Mary", "Grandmother"),
    (_k("Akhtar", "Bilal", M, "British Pakistani", A), "Shazia", "Mother"),
    (_k("Mahmood", "Ayesha", F, "Pakistani", A), "Tahir", "Father"),
    (_k("Clarke", "Dwayne", M, "Black Caribbean", B), "Paulette", "Grandmother"),
    (_k("Francis", "Kiana", F, "Mixed White and Black Caribbean", MX), "Tracey", "Mother"),
    (_k("Uddin", "Rayhan", M, "British Bangladeshi", A), "Rokeya", "Mother"),
    (_k("Osei-Mensah", "Kofi", M, "Black British Ghanaian", B), "Abena", "Mother"),
    (_k("Barker", "Tyler", M, "White British", W), "Kelly", "Mother"),
    (_k("Tesfaye", "Samuel", M, "Black Eritrean", B, "Tigrinya"), "Mehret", "Mother"),
    (_k("Silva", "Rafael", M, "White Portuguese", W, "Portuguese"), "Sofia", "Mother"),
    (_k("Wang", "Jiayi", F, "British Chinese", A), "Wei", "Father"),
    (_k("Petrauskas", "Lukas", M, "White Lithuanian", W, "Lithuanian"), "Rasa", "Mother"),
    (_k("Jones", "Ffion", F, "Welsh", W, "Welsh"), "Carys", "Mother"),
    (_k("Hughes", "Lewis", M, "White English", W), "Dean", "Father"),
    (_k("Baptiste", "Marcus", M, "Black British (St Lucian heritage)", B), "Claudette", "Mother"),
    (_k("Kaur", "Simran", F, "British Sikh Punjabi", A), "Jaswinder", "Mother"),
    (_k("Rahimi", "Omid", M, "Afghan", OT, "Dari"), "Zahra", "Mother"),
    (_k("Ionescu", "Ștefan", M, "Romanian", W, "Romanian"), "Gabriela", "Mother"),
    (_k("Murphy", "Niamh", F, "White Irish", W), "Aisling", "Mother"),
    (_k("Ahmed", "Kawa", M, "Kurdish", OT, "Kurdish Sorani"), "Shilan", "Mother"),
    (_k("Richards", "Ellie-Mae", F, "White British", W), "Gemma", "Mother"),
    (_k("Thomas", "Ioan", M, "Welsh", W, "Welsh"), "Owain", "Father"),
    (_k("Warsame", "Nimco", F, "Somali", B, "Somali"), "Hawa", "Mother"),
    (_k("Grant", "Kyrie", M, "Black British Caribbean", B), "Sharon", "Mother"),
]

ROUTINE_OFFENCES: list[dict[str, Any]] = [
    {
        "offence": "Theft from a shop", "grounds": "obtain_evidence_by_questioning",
        "location": "Northshire Retail Park", "det_grounds": "To obtain evidence by questioning: theft from a shop.",
        "rationale": "{fn} is {age}; detained by store staff after leaving without paying with a friend. Detention authorised to interview with an appropriate adult. I considered a voluntary interview; not suitable today because the second child has not been identified and {fn} is the only person who can say who it was. Detention to be kept as short as possible.",
        "words": ["\"I was going to pay for it, I just forgot.\"", "\"Everyone does it, the security guard never looks.\"", "\"My mum's going to go mad. Can I say sorry to the shop?\""],
        "outcomes": ["nfa", "other", "released_under_investigation"],
    },
    {
        "offence": "Criminal damage", "grounds": "obtain_evidence_by_questioning",
        "location": "Bus shelter, Station Road", "det_grounds": "To obtain evidence by questioning: criminal damage.",
        "rationale": "{fn} is {age}. Seen on CCTV kicking in a bus shelter panel with two older boys. Detention necessary to interview and identify the others; the {carer} has been told and will attend.",
        "words": ["\"I didn't break it, it was already cracked.\"", "\"It was stupid. I'll pay for it out of my paper round.\""],
        "outcomes": ["nfa", "other", "released_under_investigation"],
    },
    {
        "offence": "Assault by beating", "grounds": "obtain_evidence_by_questioning",
        "location": "School grounds", "det_grounds": "To obtain evidence by questioning: assault by beating.",
        "rationale": "{fn} is {age}. A fight after school; the other pupil has a bruised cheek and his parents want to support a prosecution. Detention to interview with the {carer} as AA. No previous.",
        "words": ["\"He's been picking on me since Year 7. I just snapped.\"", "\"I'm not saying anything till my mum's here.\""],
        "outcomes": ["nfa", "released_under_investigation", "other"],
    },
    {
        "offence": "Possession of cannabis", "grounds": "secure_preserve_evidence",
        "location": "Recreation ground, Millbrook", "det_grounds": "To secure and preserve evidence: possession of a controlled drug.",
        "rationale": "{fn} is {age}; stopped and searched, small quantity of cannabis found. Detention to secure the drug for testing and to interview. Considered a community resolution on the street: not possible because {fn} would not give a name or address until the {carer} was contacted.",
        "words": ["\"It helps me sleep.\"", "\"It's only a bit of weed, it's not like I'm selling.\""],
        "outcomes": ["other", "nfa"],
    },
    {
        "offence": "Theft of a pedal cycle", "grounds": "obtain_evidence_by_questioning",
        "location": "Railway station cycle racks", "det_grounds": "To obtain evidence by questioning: theft of a pedal cycle.",
        "rationale": "{fn} is {age}. Caught on camera cutting a lock at the station. Detention to interview and to trace other bikes stolen the same way this week.",
        "words": ["\"Somebody said I could have it.\"", "\"I need a bike to get to college.\""],
        "outcomes": ["released_under_investigation", "nfa", "other"],
    },
    {
        "offence": "Robbery (mobile phone)", "grounds": "obtain_evidence_by_questioning", "min_age": 13,
        "location": "Canal path, Northshire", "det_grounds": "To obtain evidence by questioning: robbery.",
        "rationale": "{fn} is {age}. Identified by the victim (15) as one of two youths who took his phone. Detention to interview and recover the phone; the victim lives nearby and a voluntary interview would risk contact before the account is taken.",
        "words": ["\"I never touched him. I was just there.\"", "\"He owed my mate money.\""],
        "outcomes": ["released_under_investigation", "bail"], "charge": "Robbery (mobile phone)",
    },
    {
        "offence": "Possession of a bladed article on school premises", "grounds": "obtain_evidence_by_questioning", "min_age": 13,
        "location": "Northshire High School", "det_grounds": "To obtain evidence by questioning: bladed article on school premises.",
        "rationale": "{fn} is {age}. A lock knife found in a bag check at school. Detention to interview about why it was carried; safeguarding questions about whether {fn} feels unsafe are as important as the offence.",
        "words": ["\"It's for protection. You don't know what it's like walking home.\"", "\"I forgot it was in there, it's my dad's fishing knife.\""],
        "outcomes": ["released_under_investigation", "other"], "charge": "Possession of a bladed article on school premises",
    },
    {
        "offence": "Using threatening words or behaviour (s.4 Public Order Act)", "grounds": "obtain_evidence_by_questioning",
        "location": "Town centre", "det_grounds": "To obtain evidence by questioning: public order.",
        "rationale": "{fn} is {age}. Shouted threats at a shop worker and threw a drink. Detention to interview; {fn} was too agitated for a street disposal.",
        "words": ["\"She accused me of nicking. I've never nicked anything.\"", "\"I'm sorry I threw the drink.\""],
        "outcomes": ["nfa", "other"],
    },
    {
        "offence": "Burglary (non-dwelling: garden shed)", "grounds": "obtain_evidence_by_questioning",
        "location": "Allotments, Westmoor", "det_grounds": "To obtain evidence by questioning: burglary of a shed.",
        "rationale": "{fn} is {age}. Found at the allotments with tools taken from a shed. Detention to interview and recover the remaining property.",
        "words": ["\"We were just messing about, we weren't taking anything.\""],
        "outcomes": ["released_under_investigation", "nfa", "other"],
    },
    {
        "offence": "Sending a malicious communication", "grounds": "secure_preserve_evidence",
        "location": "Home address", "det_grounds": "To secure and preserve evidence: phone containing messages.",
        "rationale": "{fn} is {age}. Sent threatening messages to a classmate. Detention to secure the phone before messages are deleted and to interview.",
        "words": ["\"It was a joke, everyone was saying it in the group chat.\""],
        "outcomes": ["released_under_investigation", "other"],
    },
    {
        "offence": "Handling stolen goods (e-scooter)", "grounds": "obtain_evidence_by_questioning",
        "location": "High Street", "det_grounds": "To obtain evidence by questioning: handling stolen goods.",
        "rationale": "{fn} is {age}; riding an e-scooter reported stolen yesterday. Detention to interview about how it was obtained.",
        "words": ["\"I bought it off Facebook for sixty quid.\""],
        "outcomes": ["nfa", "released_under_investigation"], "charge": "Handling stolen goods",
    },
]

ROUTINE_DEMEANOUR = [
    "{fn} was quiet and tearful at the desk and kept looking at the door. Answered questions in a small voice. Settled after a drink and once the AA arrived.",
    "Chatty and over-confident at booking, joking with the detention officer; became quieter and anxious once told an interview would take place.",
    "Calm, polite and cooperative throughout. Good eye contact. Asked sensible questions about what would happen next.",
    "Angry on arrival, swearing about the arresting officer; calmed within fifteen minutes when spoken to quietly and offered food. Apologised later.",
    "Withdrawn and tired; hood up, one-word answers, stared at the floor. No signs of intoxication or injury. Brightened when the AA arrived.",
    "Nervous, fidgeting with sleeves, said they had never been in a police station before. Responded well to having the process explained step by step.",
]
ROUTINE_WISHES = [
    "Wants the {carer} told straight away (done). Worried about missing school tomorrow. Asked for a drink and a sandwich.",
    "Asked that the {carer} be with them throughout. Hungry: given a microwave meal. Wants to go home tonight.",
    "Worried about what friends will say. Wants phone back to message a friend (explained not possible yet). Asked for a blanket.",
    "Wants the {carer} to come, not another relative. Asked whether this will go on their record.",
]
ROUTINE_LIVED = [
    "Lives with the {carer} and siblings. Attending school; no previous contact with police. No known safeguarding concerns.",
    "Lives with the {carer}; parents separated. Says school is 'alright'. Plays football at the weekend.",
    "Lives with the {carer} in a two-bedroom flat; shares a room with two younger siblings. Has a part-time job at weekends.",
    "Lives with the {carer}. Recently moved schools after a falling-out; says they have 'new mates' who are older.",
]
ROUTINE_HCP_OUTCOMES = [
    "Minor graze to left knee cleaned. Fit to detain and interview.",
    "Asthma: own inhaler allowed in the detention room. Fit to detain and interview.",
    "Says he has not eaten today; food provided. No injuries. Fit to detain and interview.",
    "Anxiety; no medication. Fit to detain and interview with regular checks and breaks.",
]
ROUTINE_REVIEW_RATIONALES = [
    "{fn} has been interviewed; awaiting a decision on outcome from the officer in the case. Short further detention necessary; expected release within the hour.",
    "Interview delayed by the solicitor's availability; now under way. Detention remains necessary to complete it. {fn} is well, has eaten and the AA is present.",
    "Victim statement being taken so that it can be put to {fn}. Detention remains necessary and proportionate; review of progress requested in two hours.",
]
ROUTINE_DELAY_REASONS = [
    "The {role} was at work and had to arrange cover before leaving.",
    "The {role} had no transport and came by bus; offered a taxi but refused.",
    "AA scheme volunteer travelling from the other side of the county; all local volunteers already deployed.",
    "The {role} had to arrange care for younger children first.",
]
ROUTINE_NO_REFERRAL = [
    "No safeguarding concerns identified: first arrest, supportive family, attending school. YJS notified for an out-of-court disposal.",
    "Already open to CSC: allocated social worker informed by email instead of a new referral; no new concerns.",
    "No concerns about home or exploitation from the child, the parent or police systems. Parent given information about the YJS prevention team.",
]


# --------------------------------------------------------------------------- the long account

LONG_VOICE_OWN_WORDS = """\
Recorded as close to verbatim as I could, in the detention room with Ms Lewis (EDT, appropriate adult) present, after his rights were repeated. Kai agreed to talk "as long as it's not the interview". Questions in brackets are mine.

"I'm not a dealer. Dealers have got money. Look at me, I haven't even got a charger."

(What happened before you went missing?) "I was at Larkfield and Jordan's cousin messaged me on Snap saying there's work in Portmere, easy money, a few days. I said no the first time. Then they said I owed them for the trainers. I never asked for the trainers. They just give you stuff and then it's a debt. That's how it works, everyone knows it."

"They picked me up in a car by the Co-op on Sunday. There was a driver and a man I didn't know, older, like thirty. They took my phone off me and gave me the other one, the one you took. It just rings and you go where it says."

(Where did you sleep?) "The flat. On the floor mostly. There's a woman who lives there, she's alright, she's got her own problems. They said it was her flat but it's not really, they've taken it over. I didn't eat proper, I had crisps and energy drinks. I was so tired. You can't sleep because the phone goes all night."

(Did anyone hurt you?) "Not really. The older one grabbed me by the neck on Monday because I was slow. It's fine. It's not even a bruise now."

"When your lot came through the door I was actually glad. Is that weird? I thought it was them coming back."

"I don't want to go back to Glanafon. I haven't lived there since I was eleven. Everyone says 'your home authority' like it's home. It's not home. My nan's dead and my mum's in Swansea and she doesn't pick up. Larkfield's alright. Gav's alright. The food's good on Sundays."

(What would help?) "Honestly? If someone actually came when I said I was scared. I told my social worker in the summer there's people asking about me. She said to tell staff if I go out. That's it. That's all that happened."

"I know I've got to say it in the interview and I'll say it. But I'm not saying names. You don't know what they do. They know where Larkfield is. They know where my little brother's foster place is. That's what they said, they said 'we know where Tyler is'."

(How are you feeling now?) "Tired. Hungry. A bit scared about going back, not because of Larkfield, because of them finding me. Can I have another one of them pasta things? And can I keep the light on a bit?"

"I want Siân to know I'm here. She's my social worker, the Glanafon one. She's the only one who ever rings back. Don't tell my mum. Well, tell her if she asks, but she won't ask."

"Am I going to prison? My mate went to the secure place in Aldbrook and he said it's not even that bad, you get school. But I don't want to go. I want to do my mechanics course at college. I got accepted in the summer before all this."

At the end he said: "Thanks for not putting me in a cell. I've been in one before in Glanafon and I kept thinking the walls were moving."
"""

LONG_VOICE_DEMEANOUR = """\
At the desk (21:20): thin, pale, dark rings under his eyes, clothes dirty and smelling of damp; new-looking trainers. Hood up until asked, then took it down without argument. Startled every time the door buzzer went and turned to look at the door. Fidgety hands, picking at the skin around his nails. Polite: "yes, sarge". Answered the risk assessment fully. Said he was hungry and cold.

With the AA (00:35): visibly relaxed when Ms Lewis arrived, said "finally". Talked much more freely once the door was shut. Cried briefly when talking about his brother, then apologised for crying. Ate two microwave meals and three packets of biscuits.

During the night: level 2 observations; asleep from 01:10, woke once at 03:30 asking the time and whether "they" knew he was here; reassured, went back to sleep.
"""

LONG_VOICE_WISHES = """\
Wants Siân Beddoe (Glanafon social worker) told he is safe; does not want his mother contacted unless she asks. Wants to go back to Larkfield House, and for staff there to know he "didn't run off because of them". Worried about his younger brother Tyler (12, in foster care in Glanafon) being threatened: passed to EDT and the Glanafon out-of-hours team. Wants the light left on a little. Asked for food more than once and for a hot drink. Does not want to be placed in Aldbrook secure unit. Wants to keep his college place (motor vehicle, starts January).
"""

LONG_VOICE_LIVED = """\
Looked after by Glanafon CBC since age 11 (neglect; mother's alcohol use). Four placements in five years; at Larkfield House, Northshire, for eight months. Three missing episodes in the last six weeks, each of 1-3 days; return home interviews completed twice, recorded concerns about older males and gifts. Not in education since the summer (left school, college place from January). Younger brother in foster care in Glanafon; contact monthly. Describes being given trainers and a phone and then told he owed a debt: a classic debt-bondage pattern. Describes an adult grabbing him by the neck. Found in a cuckooed flat with a vulnerable adult. Strong indicators of child criminal exploitation and county lines; NRM referral made by the officer in the case as first responder.
"""


# --------------------------------------------------------------------------- assembly


def _autumn_clock_change_days_ago(b: _Builder) -> int | None:
    """Days before today of the Saturday evening before the clocks went back, if in range."""
    for days in range(4, 97):
        day = b.today - timedelta(days=days)
        start = datetime.combine(day, time(0, 0), tzinfo=LONDON)
        end = datetime.combine(day + timedelta(days=1), time(0, 0), tzinfo=LONDON)
        offset_start = start.utcoffset()
        offset_end = end.utcoffset()
        if offset_start is not None and offset_end is not None and offset_end < offset_start:
            return days + 1
    return None


def build_demo_dataset(now: datetime, seed: int = 2026) -> DemoDataset:
    """The invented Northshire Police dataset as of ``now`` (deterministic for now + seed)."""
    b = _Builder(now, seed)
    scenarios = [
        (b._s_late_review_cell_no_reason, 95),
        (b._s_bail_granted_17, 93),
        (b._s_county_lines_looked_after, 88),
        (b._s_child_to_parent, 80),
        (b._s_ineligible_aa_replaced, 74),
        (b._s_review_postponed_girl, 70),
        (b._s_urgent_interview_extension_secure, 67),
        (b._s_transfer_non_secure, 60),
        (b._s_reviewer_involved_strip_wish, 57),
        (b._s_certificate_a, 53),
        (b._s_certificate_b_15, 46),
        (b._s_sergeant_review_precharge, 43),
        (b._s_certificate_b_under_12, 39),
        (b._s_ten_year_old, 35),
        (b._s_bail_refused_no_la, 32),
        (b._s_girl_no_female_officer, 29),
        (b._s_under_ten, 25),
        (b._s_cse_girl, 21),
        (b._s_disputed_age_trafficking, 18),
        (b._s_urgent_strip_search, 16),
        (b._s_overnight_no_reasons, 13),
        (b._s_declined_to_speak, 11),
        (b._s_no_demeanour, 9),
        (b._s_rights_not_repeated, 5),
    ]
    clock_change = _autumn_clock_change_days_ago(b)
    scenarios.append((b._s_clock_change, clock_change if clock_change is not None else 41))
    records = [make(days) for make, days in scenarios]
    routine_count = 36
    for index in range(routine_count):
        days = 2 + round(index * 95 / routine_count) + b.rng.randint(0, 2)
        records.append(b._routine(index, days))
    records.extend(b._current_cases())
    records.sort(key=lambda r: r.arrival_at or b.now)
    _number(b, records)
    _hash_signoffs(b, records)
    return DemoDataset(
        suites=list(SUITES), local_authorities=list(LOCAL_AUTHORITIES), users=list(USERS), records=records,
    )


def _number(b: _Builder, records: list[Record]) -> None:
    """Custody numbers per suite in arrival order (other detainees take the numbers between)."""
    counters = {suite.code: b.rng.randint(3000, 6000) for suite in SUITES}
    for record in records:
        counters[record.suite] += b.rng.randint(4, 30)
        arrival = record.arrival_at or b.now
        year = arrival.astimezone(LONDON).strftime("%y")
        record.custody_number = f"{record.suite}/{counters[record.suite]:06d}/{year}"


def _hash_signoffs(b: _Builder, records: list[Record]) -> None:
    """Each sign-off carries the hash of the content it covered (before any amendment)."""
    for record in records:
        if not record.signoffs:
            continue
        current = record.answers
        record.answers = b.signed_answers.get(record.id, current)
        digest = content_hash(record)
        record.answers = current
        for signoff in record.signoffs:
            signoff.content_hash = digest
