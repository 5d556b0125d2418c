"""What the detention summary says, part by part, as a list of reportlab flowables.

The order follows how the document is read: who and where, the child's own voice, the
times that matter, what the rules found, reviews, the s.38(7) certificate (its own part,
on a new page, because it goes to court), every checklist answer, the full timeline,
then sign-offs and amendments. Page furniture (marking, page numbers, hash) is drawn by
``pdf_summary``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from custody_checklist.domain.definition import ChecklistDefinition, Question
from custody_checklist.domain.events import EventKind, event_label
from custody_checklist.domain.findings import Evaluation, Finding, Severity
from custody_checklist.domain.record import Event, Record
from custody_checklist.domain.timeutil import age_on, format_duration, format_local, parse_instant
from custody_checklist.reports.fonts import SANS_BOLD
from custody_checklist.reports.formatting import (
    NOT_RECORDED,
    child_dict,
    chunk_text,
    detail,
    event_details,
    format_answer,
    format_date,
    humanise,
    is_answered,
    person_text,
    rank_label,
)
from custody_checklist.reports.styles import (
    BREACH,
    BREACH_FILL,
    FRAME_WIDTH,
    LABEL_FILL,
    MIN_PADDING,
    NAVY,
    VOICE_FILL,
    WARNING,
    WARNING_FILL,
    styles,
    table_base,
)
from custody_checklist.reports.tables import Grid, markup, para

VOICE_IDS = (
    "voc_own_words",
    "voc_declined_to_speak",
    "voc_behaviour_demeanour",
    "voc_wishes_feelings",
    "voc_lived_experience",
    "voc_captured_how",
    "voc_later_demeanour",
)

NOTE_16D = (
    "PACE Code C Note 16D (summary): neither the child's behaviour nor the nature of the "
    "offence makes it impracticable to transfer a charged child to local-authority "
    "accommodation, and the lack of secure accommodation on its own does not make "
    "transfer impracticable. Ground (b) applies only to a child aged 12 or over, when no "
    "secure accommodation is available and other local-authority accommodation would not "
    "protect the public from serious harm from the child. The certificate must be "
    "produced to the court before which the child is first brought (PACE s.38(7))."
)

DOB_STATUS = {"verified": "verified", "stated": "stated, not verified", "unknown": "unknown"}
STATUS = {
    "draft": "Draft",
    "submitted": "Submitted for inspector review",
    "returned": "Returned to the custody officer",
    "signed": "Signed off",
}
SIGNOFF_ACTIONS = {"submitted": "Submitted", "returned": "Returned", "signed": "Signed off"}


@dataclass(frozen=True)
class SummaryInput:
    record: Record
    definition: ChecklistDefinition
    evaluation: Evaluation
    force_name: str
    suite_name: str
    generated_at: datetime
    content_hash: str


def build_story(data: SummaryInput) -> list[Flowable]:
    story: list[Flowable] = []
    story += _title(data)
    story += _voice(data)
    story += _key_times(data)
    story += _findings(data)
    story += _reviews(data)
    story += _certificates(data)
    story += _sections(data)
    story += _timeline(data)
    story += _signoffs(data)
    story += _amendments(data)
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph("<i>End of summary</i>", styles()["muted"]))
    return story


def _h1(text: str) -> Paragraph:
    return Paragraph(markup(text), styles()["h1"])


def _h2(text: str) -> Paragraph:
    return Paragraph(markup(text), styles()["h2"])


def _none(text: str) -> Paragraph:
    return Paragraph(markup(text), styles()["muted"])


# --------------------------------------------------------------------------- title


def _age_at_arrest(record: Record) -> str:
    child = record.child
    if child.date_of_birth is None:
        return "Not known: date of birth not recorded"
    anchor = record.first(EventKind.ARREST) or record.first(EventKind.ARRIVAL)
    if anchor is None:
        return "Not known: time of arrest not recorded"
    word = "arrest" if anchor.kind == EventKind.ARREST else "arrival"
    years = age_on(child.date_of_birth, anchor.at)
    return f"{years} years (at {word} on {format_local(anchor.at, with_zone=False)[:10]})"


def _title(data: SummaryInput) -> list[Flowable]:
    record, child = data.record, data.record.child
    s = styles()
    flow: list[Flowable] = [
        Paragraph(markup(data.force_name), s["force"]),
        Paragraph("Child in police custody: detention summary", s["title"]),
        Paragraph(
            markup(
                f"Custody number {record.custody_number}  ·  {data.suite_name}  ·  "
                f"Generated {format_local(data.generated_at)}"
            ),
            s["subtitle"],
        ),
        Spacer(1, 4 * mm),
    ]
    age_basis = data.definition.question("age_basis")
    dob = format_date(child.date_of_birth)
    if child.date_of_birth is not None:
        dob = f"{dob} ({DOB_STATUS.get(str(child.dob_status), str(child.dob_status))})"
    cells = [
        ("Custody number", record.custody_number),
        (
            "Custody suite",
            f"{data.suite_name} ({record.suite})"
            if data.suite_name != record.suite
            else record.suite,
        ),
        ("Force", data.force_name),
        ("Record status", STATUS.get(str(record.status), str(record.status))),
        ("Child's name", child.display_name or NOT_RECORDED),
        ("Date of birth", dob),
        ("Age at arrest", _age_at_arrest(record)),
        (
            "How age was established",
            format_answer(age_basis, record.answer("age_basis"), "age_basis"),
        ),
        ("Gender", humanise(str(child.gender))),
        ("Ethnicity (self-defined)", child.ethnicity_self_defined or NOT_RECORDED),
        ("Checklist", f"{data.definition.title}, version {data.definition.version}"),
        ("Relevant time", format_local(record.relevant_time)),
    ]
    label_w, value_w = 32 * mm, FRAME_WIDTH / 2 - 32 * mm
    grid = Grid([label_w, value_w, label_w, value_w])
    for i in range(0, len(cells), 2):
        (l1, v1), (l2, v2) = cells[i], cells[i + 1]
        grid.row([para(l1, "label"), para(v1), para(l2, "label"), para(v2)])
    table = grid.build()
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL),
                ("BACKGROUND", (2, 0), (2, -1), LABEL_FILL),
            ]
        )
    )
    flow.append(table)
    return flow


# --------------------------------------------------------------------------- voice


def _voice_questions(definition: ChecklistDefinition) -> list[tuple[str, Question | None]]:
    section = definition.section_of("voc_own_words")
    if section is not None:
        return [(q.id, q) for q in section.questions]
    return [(qid, definition.question(qid)) for qid in VOICE_IDS]


def _voice(data: SummaryInput) -> list[Flowable]:
    record = data.record
    answers, child = record.answers, child_dict(record.child)
    s = styles()
    rows: list[list[Flowable]] = []
    commands: list[tuple] = [
        *table_base(),
        ("BACKGROUND", (0, 0), (-1, -1), VOICE_FILL),
        ("BOX", (0, 0), (-1, -1), 0.6, NAVY),
        ("LINEBEFORE", (0, 0), (0, -1), 3.5, NAVY),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        # never 0: reportlab 4's splitInRow loops forever on zero-padded rows
        ("TOPPADDING", (0, 0), (-1, -1), MIN_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), MIN_PADDING),
    ]
    head_font = f'<font name="{SANS_BOLD}" size="8.5" color="{NAVY.hexval()}">'
    for qid, question in _voice_questions(data.definition):
        if question is not None and not question.is_visible(answers, child):
            continue
        label = question.label if question is not None else humanise(qid)
        value = format_answer(question, answers.get(qid), qid)
        if qid == "voc_own_words" and value != NOT_RECORDED:
            label = f"{label} (verbatim)"
        # the heading shares a paragraph with the first piece, so it never ends a page alone
        heading = f"{head_font}{markup(label)}</font><br/>"
        commands.append(("TOPPADDING", (0, len(rows)), (0, len(rows)), 7))
        if value == NOT_RECORDED:
            rows.append([Paragraph(f"{heading}<i>{NOT_RECORDED}</i>", s["voice_muted"])])
            continue
        for index, chunk in enumerate(chunk_text(value)):
            rows.append([Paragraph((heading if index == 0 else "") + markup(chunk), s["voice"])])
    commands.append(("BOTTOMPADDING", (0, -1), (-1, -1), 8))
    table = Table(rows, colWidths=[FRAME_WIDTH], hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle(commands))
    intro = Paragraph(
        "What the child said, in their own words, how they presented and what they want. "
        "Recorded as written by the custody officer.",
        s["small"],
    )
    return [_h1("Voice of the Child"), intro, Spacer(1, 2 * mm), table]


# --------------------------------------------------------------------------- key times


def _key_times(data: SummaryInput) -> list[Flowable]:
    record, definition = data.record, data.definition
    grid = Grid([50 * mm, 41 * mm, FRAME_WIDTH - 91 * mm], ["Event", "Time", "Details"])

    def add(label: str, event: Event | None, details: str = "") -> None:
        when = format_local(event.at) if event is not None else NOT_RECORDED
        grid.row([para(label, "label"), when, details])

    arrest = record.first(EventKind.ARREST)
    add("Arrested", arrest, detail(definition, arrest, "location") if arrest else "")
    add("Arrived at custody suite", record.first(EventKind.ARRIVAL))
    explicit = record.first(EventKind.RELEVANT_TIME)
    if explicit is not None:
        add("Relevant time (s.41)", explicit, detail(definition, explicit, "reason"))
    authorised = record.first(EventKind.DETENTION_AUTHORISED)
    add(
        "Detention authorised",
        authorised,
        f"By {detail(definition, authorised, 'authorised_by')}" if authorised else "",
    )
    welfare = record.first(EventKind.WELFARE_INFORMED)
    if welfare is not None:
        add("Welfare person informed", welfare, detail(definition, welfare, "person"))
    requested = record.first(EventKind.AA_REQUESTED)
    add(
        "Appropriate adult requested",
        requested,
        _join(
            detail(definition, requested, "category"),
            detail(definition, requested, "requested_from"),
        )
        if requested
        else "",
    )
    arrived = record.first(EventKind.AA_ARRIVED)
    arrived_text = ""
    if arrived is not None:
        arrived_text = detail(definition, arrived, "person")
        if requested is not None:
            arrived_text += (
                f". Arrived {format_duration(arrived.at - requested.at)} after the request"
            )
    add("Appropriate adult arrived", arrived, arrived_text)
    for number, review in enumerate(record.events_of(EventKind.REVIEW), start=1):
        add(f"Review {number} (s.40)", review, _reviewer(definition, review))
    for extension in record.events_of(EventKind.EXTENSION_AUTHORISED):
        add(
            "Extension authorised (s.42)", extension, detail(definition, extension, "authorised_by")
        )
    charged = record.first(EventKind.CHARGED)
    add("Charged", charged, detail(definition, charged, "charges") if charged else "")
    bail = record.last(EventKind.BAIL_DECISION)
    if bail is not None:
        granted = bail.details.get("bail_granted")
        add(
            "Bail decision",
            bail,
            "Bail granted" if granted is True else "Bail refused" if granted is False else "",
        )
    transfer_request = record.first(EventKind.LA_TRANSFER_REQUESTED)
    if transfer_request is not None:
        add(
            "Local authority asked (s.38(6))",
            transfer_request,
            _join(
                detail(definition, transfer_request, "local_authority"),
                detail(definition, transfer_request, "accommodation_type"),
            ),
        )
    transferred = record.first(EventKind.TRANSFERRED)
    certificate = record.first(EventKind.CERTIFICATE_ISSUED)
    if transferred is not None:
        add("Transferred to LA accommodation", transferred, detail(definition, transferred, "to"))
    if certificate is not None:
        add("s.38(7) certificate issued", certificate, detail(definition, certificate, "ground"))
    if transferred is None and certificate is None:
        add("Transfer or s.38(7) certificate", None)
    released = record.first(EventKind.RELEASED)
    add(
        "Released",
        released,
        _join(detail(definition, released, "released_to"), detail(definition, released, "outcome"))
        if released
        else "",
    )
    return [
        _h1("Key times"),
        _none("Times are shown in UK local time (GMT or BST)."),
        Spacer(1, 1.5 * mm),
        grid.build(),
    ]


def _join(*parts: str) -> str:
    return ", ".join(p for p in parts if p and p != NOT_RECORDED) or NOT_RECORDED


def _reviewer(definition: ChecklistDefinition, review: Event) -> str:
    decision = detail(definition, review, "decision")
    who = detail(definition, review, "reviewer")
    return who if decision == NOT_RECORDED else f"{who}. Decision: {decision}"


def _name_and_number(value: object) -> str:
    """A reviewer without the rank, for tables that give the rank its own column."""
    if not isinstance(value, dict):
        return NOT_RECORDED
    return _join(str(value.get("name", "")).strip(), str(value.get("number", "")).strip())


# --------------------------------------------------------------------------- findings


def _acknowledgements(record: Record) -> dict[str, list[str]]:
    by_code: dict[str, list[str]] = {}
    for signoff in record.signoffs:
        who = ", ".join(
            p for p in (signoff.user_name, rank_label(signoff.rank), signoff.collar_number) if p
        )
        for code, comment in signoff.acknowledgements.items():
            by_code.setdefault(code, []).append(
                f"{who}, {format_local(signoff.at)}: {comment or 'acknowledged without comment'}"
            )
    return by_code


def _findings(data: SummaryInput) -> list[Flowable]:
    flow: list[Flowable] = [_h1("Rules findings")]
    acknowledged = _acknowledgements(data.record)
    shown = [
        f
        for f in sorted(data.evaluation.findings, key=lambda f: -f.severity.rank)
        if f.severity in (Severity.BREACH, Severity.WARNING)
    ]
    if not shown:
        flow.append(_none("The rules checks found no breaches and no warnings."))
    else:
        breaches = len(data.evaluation.by_severity(Severity.BREACH))
        warnings = len(data.evaluation.by_severity(Severity.WARNING))
        flow.append(
            Paragraph(
                f"{breaches} breach{'es' if breaches != 1 else ''} and {warnings} "
                f"warning{'s' if warnings != 1 else ''}. Each names the law or policy it rests on.",
                styles()["small"],
            )
        )
        flow.append(Spacer(1, 1.5 * mm))
        grid = Grid([22 * mm, FRAME_WIDTH - 72 * mm, 50 * mm], ["Severity", "Finding", "Source"])
        for finding in shown:
            grid.row(
                _finding_cells(finding),
                fill=BREACH_FILL if finding.severity is Severity.BREACH else WARNING_FILL,
            )
            for text in acknowledged.pop(finding.code, []):
                grid.tail("Inspector's acknowledgement", text)
        flow.append(grid.build())
    if acknowledged:
        flow.append(_h2("Acknowledgements of findings no longer raised"))
        grid = Grid([40 * mm, FRAME_WIDTH - 40 * mm], ["Finding code", "Acknowledgement"])
        for code, texts in acknowledged.items():
            grid.row([code, "\n".join(texts)])
        flow.append(grid.build())
    other = [f for f in data.evaluation.findings if f.severity in (Severity.DUE, Severity.INFO)]
    if other:
        flow.append(_h2("For information"))
        grid = Grid([FRAME_WIDTH - 50 * mm, 50 * mm], ["Note", "Source"])
        for finding in other:
            text = finding.message
            if finding.due_at is not None:
                text += f" (due {format_local(finding.due_at)})"
            grid.row([text, finding.source or NOT_RECORDED])
        flow.append(grid.build())
    return flow


def _finding_cells(finding: Finding) -> list:
    colour = BREACH if finding.severity is Severity.BREACH else WARNING
    label = "BREACH" if finding.severity is Severity.BREACH else "WARNING"
    severity = Paragraph(
        f'<font color="{colour.hexval()}"><b>{label}</b></font>', styles()["small"]
    )
    message = finding.message
    if finding.due_at is not None:
        message += f" (due {format_local(finding.due_at)})"
    return [severity, message, finding.source or NOT_RECORDED]


# --------------------------------------------------------------------------- reviews


def _timeliness(data: SummaryInput, review: Event) -> str:
    for finding in data.evaluation.findings:
        if finding.event_id == review.id and finding.severity in (
            Severity.BREACH,
            Severity.WARNING,
        ):
            return finding.message
    for deadline in data.evaluation.deadlines:
        if deadline.met_at == review.at and "review" in deadline.code:
            if review.at <= deadline.due_at:
                return f"On time (due {format_local(deadline.due_at)})"
            late = format_duration(review.at - deadline.due_at)
            return f"Late by {late} (due {format_local(deadline.due_at)})"
    return "Not assessed"


def _reviews(data: SummaryInput) -> list[Flowable]:
    record, definition = data.record, data.definition
    events = sorted(
        record.events_of(EventKind.REVIEW) + record.events_of(EventKind.REVIEW_POSTPONED),
        key=lambda e: e.at,
    )
    flow: list[Flowable] = [_h1("Reviews of detention (PACE s.40)")]
    if not events:
        return flow + [_none("No reviews recorded.")]
    widths = [33 * mm, 38 * mm, 24 * mm, 18 * mm, 25 * mm]
    widths.append(FRAME_WIDTH - sum(widths))
    grid = Grid(
        widths, ["Time", "Reviewer", "Rank", "Method", "Decision", "On time / late"], style="small"
    )
    for event in events:
        if event.kind == EventKind.REVIEW_POSTPONED:
            grid.row(
                [
                    format_local(event.at),
                    detail(definition, event, "postponed_by"),
                    "",
                    "",
                    "Postponed",
                    "",
                ]
            )
            grid.tail("Reason", detail(definition, event, "reason"))
            continue
        grid.row(
            [
                format_local(event.at),
                _name_and_number(event.details.get("reviewer")),
                detail(definition, event, "reviewer_rank"),
                detail(definition, event, "method"),
                detail(definition, event, "decision"),
                _timeliness(data, event),
            ]
        )
        facts = [
            f"{label}: {detail(definition, event, key)}"
            for key, label in (
                ("aa_present", "AA present"),
                ("reviewer_involved", "Reviewer involved in the investigation"),
                ("after_charge", "After charge"),
            )
            if is_answered(event.details.get(key))
        ]
        if facts:
            grid.tail("", "  ·  ".join(facts))
        for key, label in (
            ("representations_child", "Representations of the child"),
            ("representations_solicitor", "Representations of the solicitor"),
            ("representations_aa", "Representations of the appropriate adult"),
            ("rationale", "Rationale"),
        ):
            if is_answered(event.details.get(key)):
                grid.tail(label, detail(definition, event, key))
    flow.append(grid.build())
    return flow


# --------------------------------------------------------------------------- certificate


def _certificates(data: SummaryInput) -> list[Flowable]:
    record, definition = data.record, data.definition
    flow: list[Flowable] = []
    s = styles()
    for certificate in record.events_of(EventKind.CERTIFICATE_ISSUED):
        flow.append(PageBreak())
        banner = Table(
            [
                [Paragraph("Certificate under PACE section 38(7)", s["certificate_title"])],
                [
                    Paragraph(
                        "Child charged, refused bail and not moved to local-authority accommodation",
                        s["centred"],
                    )
                ],
            ],
            colWidths=[FRAME_WIDTH],
        )
        banner.setStyle(
            TableStyle(
                [
                    *table_base(),
                    ("BOX", (0, 0), (-1, -1), 1.5, NAVY),
                    ("TOPPADDING", (0, 0), (-1, 0), 8),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
                ]
            )
        )
        flow += [banner, Spacer(1, 4 * mm)]
        charged = record.first(EventKind.CHARGED)
        bail = record.last(EventKind.BAIL_DECISION)
        request = record.first(EventKind.LA_TRANSFER_REQUESTED)
        response = record.last(EventKind.LA_RESPONSE)
        age = NOT_RECORDED
        if record.child.date_of_birth is not None:
            age = f"{age_on(record.child.date_of_birth, certificate.at)} years"
        grid = Grid([55 * mm, FRAME_WIDTH - 55 * mm], label_column=True)
        rows = [
            ("Custody number", record.custody_number),
            ("Child", record.child.display_name),
            ("Date of birth", format_date(record.child.date_of_birth)),
            ("Age when certificate issued", age),
            (
                "Charged",
                _join(format_local(charged.at), detail(definition, charged, "charges"))
                if charged
                else NOT_RECORDED,
            ),
            (
                "Bail refused",
                _join(format_local(bail.at), detail(definition, bail, "refusal_grounds"))
                if bail
                else NOT_RECORDED,
            ),
            (
                "Local authority asked",
                _join(
                    format_local(request.at),
                    detail(definition, request, "local_authority"),
                    detail(definition, request, "accommodation_type"),
                    detail(definition, request, "contact"),
                )
                if request
                else NOT_RECORDED,
            ),
            (
                "Local authority response",
                _join(
                    format_local(response.at),
                    detail(definition, response, "response"),
                    detail(definition, response, "details"),
                )
                if response
                else NOT_RECORDED,
            ),
            ("Ground relied on", detail(definition, certificate, "ground")),
            ("Circumstances", detail(definition, certificate, "circumstances")),
            ("Issued by", detail(definition, certificate, "issued_by")),
            ("Issued at", format_local(certificate.at)),
            ("Note 16D acknowledged", detail(definition, certificate, "note_16d_acknowledged")),
        ]
        for label, value in rows:
            grid.row([para(label, "label"), value])
        flow.append(grid.build())
        flow.append(Spacer(1, 4 * mm))
        note = Table([[Paragraph(markup(NOTE_16D), s["note"])]], colWidths=[FRAME_WIDTH])
        note.setStyle(
            TableStyle(
                [
                    *table_base(),
                    ("BOX", (0, 0), (-1, -1), 0.6, NAVY),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ]
            )
        )
        flow.append(note)
        flow.append(PageBreak())
    return flow


# --------------------------------------------------------------------------- checklist


def _sections(data: SummaryInput) -> list[Flowable]:
    record = data.record
    answers, child = record.answers, child_dict(record.child)
    voice = data.definition.section_of("voc_own_words")
    flow: list[Flowable] = [_h1("Checklist")]
    for section in data.definition.sections:
        flow.append(_h2(section.title))
        if voice is not None and section.id == voice.id:
            flow.append(
                _none("Shown in full under Voice of the Child at the start of this summary.")
            )
            continue
        grid = Grid([62 * mm, FRAME_WIDTH - 62 * mm], label_column=True)
        for question in section.questions:
            if not question.is_visible(answers, child):
                continue
            grid.row(
                [
                    para(question.label, "label"),
                    format_answer(question, answers.get(question.id), question.id),
                ]
            )
        if grid.rows:
            flow.append(grid.build())
        else:
            flow.append(_none("No questions apply."))
    return flow


# --------------------------------------------------------------------------- timeline


def _timeline(data: SummaryInput) -> list[Flowable]:
    record, definition = data.record, data.definition
    flow: list[Flowable] = [_h1("Timeline")]
    events = sorted(record.events, key=lambda e: e.at)
    if not events:
        return flow + [_none("No events recorded.")]
    grid = Grid(
        [34 * mm, 46 * mm, FRAME_WIDTH - 80 * mm], ["Time", "Event", "Details"], style="small"
    )
    for event in events:
        form = definition.event_form(event.kind)
        label = form.label if form is not None else event_label(event.kind)
        lines = [f"{k}: {v}" for k, v in event_details(definition, event)]
        if event.recorded_by:
            recorded = f"Recorded by {event.recorded_by}"
            if event.recorded_at is not None:
                recorded += f", {format_local(event.recorded_at)}"
            lines.append(recorded)
        grid.row([format_local(event.at), para(label, "small_label"), "\n".join(lines) or "—"])
    flow.append(grid.build())
    return flow


# --------------------------------------------------------------------------- sign-offs


def _signoffs(data: SummaryInput) -> list[Flowable]:
    flow: list[Flowable] = [_h1("Sign-offs")]
    if not data.record.signoffs:
        return flow + [_none("No sign-offs recorded.")]
    widths = [26 * mm, 46 * mm, 30 * mm, 22 * mm]
    widths.append(FRAME_WIDTH - sum(widths))
    grid = Grid(widths, ["Action", "Name", "Rank", "Number", "Time"])
    for signoff in sorted(data.record.signoffs, key=lambda s: s.at):
        grid.row(
            [
                SIGNOFF_ACTIONS.get(signoff.action, humanise(signoff.action)),
                signoff.user_name or NOT_RECORDED,
                rank_label(signoff.rank) or NOT_RECORDED,
                signoff.collar_number or NOT_RECORDED,
                format_local(signoff.at),
            ]
        )
        if signoff.comment:
            grid.tail("Comment", signoff.comment)
        if signoff.content_hash:
            grid.tail("Record hash when signed", signoff.content_hash, style="mono")
    flow.append(grid.build())
    return flow


# --------------------------------------------------------------------------- amendments


def _field_label(definition: ChecklistDefinition, field: str) -> tuple[str, Question | None]:
    if field.startswith("answers."):
        question = definition.question(field.removeprefix("answers."))
        if question is not None:
            return question.label, question
    if field.startswith("child."):
        return f"Child: {humanise(field.removeprefix('child.'))}", None
    return field, None


def _amendments(data: SummaryInput) -> list[Flowable]:
    flow: list[Flowable] = [_h1("Amendments")]
    if not data.record.amendments:
        return flow + [_none("No amendments after submission.")]
    for number, amendment in enumerate(sorted(data.record.amendments, key=lambda a: a.at), start=1):
        flow.append(_h2(f"Amendment {number}: {format_local(amendment.at)}, {amendment.user_name}"))
        grid = Grid([40 * mm, FRAME_WIDTH - 40 * mm], label_column=True)
        grid.row([para("Reason", "label"), amendment.reason or NOT_RECORDED])
        for change in amendment.changes:
            if str(change.get("field", "")).startswith("events."):
                label, old, new = _event_change(data.definition, change)
                grid.row([para("Field", "label"), label])
                grid.row([para("Previous value", "label"), old])
                grid.row([para("New value", "label"), new])
                continue
            label, question = _field_label(data.definition, str(change.get("field", "")))
            grid.row([para("Field", "label"), label])
            grid.row([para("Previous value", "label"), _change_value(question, change.get("old"))])
            grid.row([para("New value", "label"), _change_value(question, change.get("new"))])
        flow.append(grid.build())
    return flow


def _event_change(definition: ChecklistDefinition, change: dict) -> tuple[str, str, str]:
    """(label, previous, new) of an amended or added timeline event: its time, then details."""
    kind = str(change.get("kind", ""))
    form = definition.event_form(kind)
    label = f"Event: {form.label if form is not None else event_label(kind)}"
    if change.get("old") is None:
        label += " (added by the amendment)"
    fields = {q.id: q for q in form.fields} if form is not None else {}

    def text(value: object) -> str:
        if not isinstance(value, dict):
            return NOT_RECORDED
        try:
            parts = [format_local(parse_instant(str(value.get("at"))))]
        except ValueError:
            parts = [str(value.get("at"))]
        for key, shown in (value.get("details") or {}).items():
            question = fields.get(key)
            name = question.label if question is not None else humanise(key)
            parts.append(f"{name}: {format_answer(question, shown, key)}")
        return "; ".join(parts)

    return label, text(change.get("old")), text(change.get("new"))


def _change_value(question: Question | None, value: object) -> str:
    if isinstance(value, dict) and question is None:
        return person_text(value)
    return format_answer(question, value)
