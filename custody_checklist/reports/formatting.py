"""Turning stored values into the words a printed summary shows (no reportlab here).

Choice codes become their labels, people become "name, rank, number", instants become
Europe/London wall-clock times with the zone, and anything unanswered is "Not recorded".
Free text is cleaned of control characters and cut into chunks small enough that no
single table row can outgrow a page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from custody_checklist.domain.definition import (
    ChecklistDefinition,
    Question,
    is_answered,
    parse_datetime_answer,
)
from custody_checklist.domain.record import Child, Event
from custody_checklist.domain.timeutil import format_local, to_local

NOT_RECORDED = "Not recorded"

RANK_LABELS = {
    "constable": "Constable",
    "sergeant": "Sergeant",
    "inspector": "Inspector",
    "chief_inspector": "Chief Inspector",
    "superintendent": "Superintendent",
    "chief_superintendent": "Chief Superintendent",
    "staff": "Police staff",
}

# Labels for contract choice values of event fields, used when the definition's event
# form does not say (docs/record-model.md): a report never prints a bare code.
FIELD_VALUE_LABELS: dict[str, dict[str, str]] = {
    "method": {
        "in_person": "In person",
        "video": "Video",
        "phone": "Phone",
        "message": "Message",
    },
    "decision": {
        "continue": "Continue detention",
        "release": "Release",
        "charge": "Charge",
    },
    "ground": {
        "a_impracticable": "(a) Transfer impracticable",
        "b_no_secure_serious_harm": (
            "(b) Aged 12 or over, no secure accommodation available, and other "
            "accommodation would not protect the public from serious harm"
        ),
    },
    "accommodation_type": {"secure": "Secure", "non_secure": "Non-secure"},
    "response": {"accepted": "Accepted", "declined": "Declined", "no_response": "No response"},
    "team": {
        "csc": "Children's social care",
        "edt": "Emergency duty team",
        "mash": "Multi-agency safeguarding hub",
    },
    "category": {
        "parent_guardian": "Parent or guardian",
        "la_social_worker": "Local-authority social worker",
        "other_responsible_adult": "Other responsible adult",
    },
    "searcher_sex": {"female": "Female", "male": "Male"},
    "reason_without_aa": {
        "urgent_risk_of_harm": "Urgent: risk of serious harm",
        "child_wish_aa_agreed": "Child's wish, AA agreed",
    },
    "outcome": {
        "nfa": "No further action",
        "bail": "Bail",
        "released_under_investigation": "Released under investigation",
        "charged_bailed": "Charged and bailed",
        "other": "Other",
    },
    "reviewer_rank": RANK_LABELS,
    "rank": RANK_LABELS,
}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(text: str) -> str:
    """Printable text: tabs to spaces, CR/LF to LF, other control characters dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _CONTROL.sub("", text)


def yes_no(value: Any) -> str:
    if value is True:
        return "Yes"
    if value is False:
        return "No"
    return NOT_RECORDED if value is None else str(value)


_ACRONYMS = {
    "aa": "AA",
    "la": "LA",
    "csc": "CSC",
    "hcp": "HCP",
    "nrm": "NRM",
    "ppn": "PPN",
    "yjs": "YJS",
}


def humanise(code: str) -> str:
    """``aa_present`` -> ``AA present``: a readable fallback when no label is defined."""
    words = [_ACRONYMS.get(w, w) for w in code.split("_") if w]
    if not words:
        return code
    first = words[0] if words[0].isupper() else words[0].capitalize()
    return " ".join([first, *words[1:]])


def rank_label(rank: str) -> str:
    return RANK_LABELS.get(rank, rank)


def person_text(value: Any) -> str:
    """``"name, rank, number"`` then role, organisation and phone when recorded."""
    if not isinstance(value, Mapping):
        return str(value) if is_answered(value) else NOT_RECORDED
    main = [
        str(value.get("name", "")).strip(),
        rank_label(str(value.get("rank", "")).strip()),
        str(value.get("number", "")).strip(),
    ]
    text = ", ".join(p for p in main if p)
    extra = [str(value.get(k, "")).strip() for k in ("role", "organisation")]
    phone = str(value.get("phone", "")).strip()
    if phone:
        extra.append(f"tel. {phone}")
    extra = [e for e in extra if e]
    if extra:
        text = f"{text} ({', '.join(extra)})" if text else ", ".join(extra)
    return text or NOT_RECORDED


def format_answer(question: Question | None, value: Any, field_id: str = "") -> str:
    """The printed form of one answer or event detail; NOT_RECORDED when unanswered."""
    if not is_answered(value):
        return NOT_RECORDED
    qtype = question.type if question is not None else _guess_type(value)
    if qtype == "yesno":
        return yes_no(value)
    if qtype == "person":
        return person_text(value)
    if qtype == "datetime":
        moment = parse_datetime_answer(value)
        return format_local(moment) if moment is not None else str(value)
    if qtype in ("choice", "multichoice"):
        values = value if isinstance(value, list) else [value]
        return ", ".join(_option_label(question, field_id, str(v)) for v in values)
    if qtype == "number" and isinstance(value, int | float):
        return f"{value:g}"
    if isinstance(value, str) and question is None and field_id in FIELD_VALUE_LABELS:
        return _option_label(None, field_id, value)
    return clean_text(str(value))


def _option_label(question: Question | None, field_id: str, value: str) -> str:
    if question is not None and question.options:
        label = question.option_label(value)
        if label != value:
            return label
    fallback = FIELD_VALUE_LABELS.get(field_id or (question.id if question else ""), {})
    return fallback.get(value, humanise(value) if "_" in value else value)


def _guess_type(value: Any) -> str:
    if isinstance(value, bool):
        return "yesno"
    if isinstance(value, Mapping):
        return "person"
    if isinstance(value, list):
        return "multichoice"
    if isinstance(value, int | float):
        return "number"
    return "text"


def event_details(
    definition: ChecklistDefinition, event: Event, *, skip: Iterable[str] = ()
) -> list[tuple[str, str]]:
    """(label, printed value) for every recorded detail of an event, form order first."""
    skipped = set(skip)
    form = definition.event_form(event.kind)
    fields = {q.id: q for q in form.fields} if form is not None else {}
    pairs: list[tuple[str, str]] = []
    ordered = [k for k in fields if k in event.details] + [
        k for k in event.details if k not in fields
    ]
    for key in ordered:
        if key in skipped or not is_answered(event.details.get(key)):
            continue
        question = fields.get(key)
        label = question.label if question is not None else humanise(key)
        pairs.append((label, format_answer(question, event.details[key], key)))
    return pairs


def detail(definition: ChecklistDefinition, event: Event | None, field_id: str) -> str:
    """One printed event detail, or NOT_RECORDED."""
    if event is None:
        return NOT_RECORDED
    form = definition.event_form(event.kind)
    question = None
    if form is not None:
        question = next((q for q in form.fields if q.id == field_id), None)
    return format_answer(question, event.details.get(field_id), field_id)


def child_dict(child: Child) -> dict[str, Any]:
    """The child's details as the definition's ``show_if`` conditions see them."""
    return {
        "gender": str(child.gender),
        "dob_status": str(child.dob_status),
        "ethnicity_category": str(child.ethnicity_category),
        "date_of_birth": child.date_of_birth.isoformat() if child.date_of_birth else None,
    }


def format_date(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day is not None else NOT_RECORDED


def format_time(moment: datetime | None) -> str:
    return format_local(moment)


def chunk_text(text: str, *, max_chars: int = 1400, max_lines: int = 20) -> list[str]:
    """Split text into pieces of at most ``max_chars`` characters and ``max_lines`` lines.

    Pieces break at line ends where possible, then at spaces, and only as a last resort
    inside a word, so a 50,000-character statement becomes many small flowables that
    reportlab can spread over pages (one table row must fit on one page).
    """
    text = clean_text(text)
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for line in text.split("\n"):
        for piece in _split_line(line, max_chars):
            if current and (size + len(piece) > max_chars or len(current) >= max_lines):
                chunks.append("\n".join(current))
                current, size = [], 0
            current.append(piece)
            size += len(piece) + 1
    if current:
        chunks.append("\n".join(current))
    return chunks or [""]


def _split_line(line: str, max_chars: int) -> list[str]:
    pieces: list[str] = []
    while len(line) > max_chars:
        cut = line.rfind(" ", 0, max_chars)
        if cut <= 0:
            cut = max_chars
            pieces.append(line[:cut])
            line = line[cut:]
        else:
            pieces.append(line[:cut])
            line = line[cut + 1 :]
    pieces.append(line)
    return pieces


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def summary_filename(custody_number: str, day: date | datetime | None) -> str:
    """A file name any filesystem accepts: ``CHE-000123-26_2026-11-24.pdf``.

    ``day`` is the date of the detention (arrival), shown in Europe/London when given
    as an instant.
    """
    stem = _UNSAFE.sub("-", custody_number.strip()).strip("-.") or "record"
    stem = stem[:80]
    if isinstance(day, datetime):
        day = to_local(day).date()
    suffix = f"_{day.isoformat()}" if day is not None else ""
    return f"{stem}{suffix}.pdf"
