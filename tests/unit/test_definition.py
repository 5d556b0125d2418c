"""The shipped checklist definition, the loader's error messages, conditions and versioning.

The contract (question ids, types, options and event detail fields that the rules engine,
reports and audits rely on) is parsed out of ``docs/record-model.md`` so that the document
and the data cannot drift apart silently.
"""

from __future__ import annotations

import json
import re
import shutil
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from custody_checklist.domain.definition import (
    ChecklistDefinition,
    DefinitionError,
    DefinitionRegistry,
    load_definition,
    parse_definition,
)
from custody_checklist.domain.events import EventKind
from custody_checklist.domain.record import Child, DobStatus, Gender, Record

ROOT = Path(__file__).resolve().parents[2]
CHECKLISTS = ROOT / "resources" / "checklists"
SHIPPED = CHECKLISTS / "child-detention-v1.json"
RECORD_MODEL = ROOT / "docs" / "record-model.md"
FIXTURES = ROOT / "tests" / "fixtures" / "definitions"
DOMAIN_BRIEF = ROOT.parent / "shared" / "DOMAIN.md"  # outside the repo: optional cross-check

# The 14 sections of "What a record must capture" (DOMAIN.md), in order, with the
# definition's section id for each.
DOMAIN_SECTIONS = [
    ("Age and status", "age"),
    ("Arrival and detention", "detention"),
    ("Person responsible for welfare", "welfare"),
    ("Appropriate adult", "appropriate_adult"),
    ("Rights and entitlements", "rights"),
    ("Voice of the Child", "voice"),
    ("Needs, health and risk", "needs"),
    ("Care and treatment", "care"),
    ("Safeguarding", "safeguarding"),
    ("Interview and searches", "interview"),
    ("Reviews", "reviews"),
    ("Charge and after", "charge"),
    ("Overnight detention", "overnight"),
    ("Release", "release"),
]


@pytest.fixture(scope="module")
def shipped() -> ChecklistDefinition:
    return load_definition(SHIPPED)


def child(gender: str = "male", dob_status: str = "verified") -> dict[str, Any]:
    """The child's details as show_if conditions see them."""
    return {
        "gender": gender,
        "dob_status": dob_status,
        "ethnicity_category": "not_stated",
        "date_of_birth": "2010-03-14",
    }


# --------------------------------------------------------------------------- contract parsing


def _backticked(text: str) -> list[str]:
    return re.findall(r"`([^`]+)`", text)


def _table_rows(markdown: str, header_start: str) -> list[list[str]]:
    """Cells of the markdown table whose header row starts with ``header_start``."""
    lines = markdown.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(header_start))
    rows = []
    for line in lines[start + 2 :]:  # skip header and |---| rule
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return rows


def _ranks(markdown: str) -> list[str]:
    paragraph = markdown.split("Ranks (value of any `rank` choice):", 1)[1].split("\n\n", 1)[0]
    return [r for r in _backticked(paragraph) if r != "rank"]


def contract_questions() -> list[dict[str, Any]]:
    markdown = RECORD_MODEL.read_text(encoding="utf-8")
    out = []
    for section, qid, qtype, notes in _table_rows(markdown, "| section | id | type |"):
        options = _backticked(notes)
        out.append(
            {
                "section": section,
                "id": qid.strip("`"),
                "type": qtype,
                "options": options,
                "exclusive": re.findall(r"`(\w+)` \(exclusive\)", notes),
                "at_least": "at least" in notes,
                "required": bool(re.search(r"\brequired\b(?! when)", notes)),
                "multiline": "multiline" in notes,
                "conditional": "show if" in notes or "asked when" in notes,
            }
        )
    return out


def contract_events() -> list[dict[str, Any]]:
    markdown = RECORD_MODEL.read_text(encoding="utf-8")
    ranks = _ranks(markdown)
    questions = {q["id"]: q for q in contract_questions()}
    out = []
    for kinds_cell, fields_cell in _table_rows(markdown, "| kind | detail fields"):
        fields = []
        for fid, ftype, paren in re.findall(r"`(\w+)`: (\w+)(?: \(([^)]*)\))?", fields_cell):
            if paren == "ranks":
                options = ranks
            elif paren.startswith("as "):
                options = questions[_backticked(paren)[0]]["options"]
            else:
                options = _backticked(paren)
            fields.append({"id": fid, "type": ftype, "options": options})
        for kind in _backticked(kinds_cell):
            out.append({"kind": kind, "fields": fields})
    return out


def test_contract_tables_parse_to_something_sensible() -> None:
    """Guard the parser itself: an empty or mangled parse would make the checks vacuous."""
    questions = contract_questions()
    events = contract_events()
    assert len(questions) >= 60
    by_id = {q["id"]: q for q in questions}
    assert by_id["vulnerability_flags"]["exclusive"] == ["none"]
    assert by_id["rationale_to_detain"]["required"] is True
    assert by_id["overnight_reasons"]["required"] is False  # "required when ... (rule)"
    assert "la_social_worker" in by_id["aa_category"]["options"]
    kinds = {e["kind"] for e in events}
    assert {"rest_started", "rest_ended", "review", "certificate_issued"} <= kinds
    review = next(e for e in events if e["kind"] == "review")
    rank = next(f for f in review["fields"] if f["id"] == "reviewer_rank")
    assert rank["options"][0] == "constable" and "staff" in rank["options"]
    aa_requested = next(e for e in events if e["kind"] == "aa_requested")
    assert aa_requested["fields"][0]["options"] == by_id["aa_category"]["options"]


# --------------------------------------------------------------------------- shipped definition


def test_shipped_definition_loads_without_errors(shipped: ChecklistDefinition) -> None:
    assert shipped.id == "child-detention"
    assert shipped.version == 1
    assert shipped.title
    registry = DefinitionRegistry.from_folder(CHECKLISTS)
    assert registry.latest("child-detention").key == ("child-detention", 1)


def test_every_domain_section_is_covered_in_order(shipped: ChecklistDefinition) -> None:
    assert [s.id for s in shipped.sections] == [sid for _, sid in DOMAIN_SECTIONS]
    for section in shipped.sections:
        assert section.title, section.id
        assert section.help, f"section {section.id} needs help text"
        assert section.questions, f"section {section.id} has no questions"


def test_domain_brief_lists_the_same_sections() -> None:
    if not DOMAIN_BRIEF.exists():
        pytest.skip("DOMAIN.md is not available next to this checkout")
    text = DOMAIN_BRIEF.read_text(encoding="utf-8")
    block = text.split("## What a record must capture", 1)[1].split("\n## ", 1)[0]
    titles = re.findall(r"^\d+\. \*\*(.+?)\*\*", block, flags=re.MULTILINE)
    assert titles == [title for title, _ in DOMAIN_SECTIONS]


@pytest.mark.parametrize("item", contract_questions(), ids=lambda q: q["id"])
def test_contract_question_present(shipped: ChecklistDefinition, item: dict[str, Any]) -> None:
    question = shipped.question(item["id"])
    assert question is not None, f"contract question {item['id']} missing"
    assert shipped.section_of(item["id"]).id == item["section"]
    assert question.type == item["type"]
    values = [o.value for o in question.options]
    if item["at_least"]:
        assert set(item["options"]) <= set(values)
    elif question.type in ("choice", "multichoice"):
        assert values == item["options"]
    exclusive = [o.value for o in question.options if o.exclusive]
    if question.type == "multichoice":
        assert exclusive == item["exclusive"]
    if item["required"]:
        assert question.required, f"{item['id']} must be required"
    if item["multiline"]:
        assert question.multiline, f"{item['id']} must be multiline"
    if item["conditional"]:
        assert question.show_if is not None, f"{item['id']} must have a show_if"


@pytest.mark.parametrize("item", contract_events(), ids=lambda e: e["kind"])
def test_contract_event_fields_present(shipped: ChecklistDefinition, item: dict[str, Any]) -> None:
    form = shipped.event_form(item["kind"])
    assert form is not None, f"no form for event {item['kind']}"
    by_id = {f.id: f for f in form.fields}
    for expected in item["fields"]:
        field = by_id.get(expected["id"])
        assert field is not None, f"{item['kind']}.{expected['id']} missing"
        assert field.type == expected["type"], f"{item['kind']}.{expected['id']}"
        if expected["type"] in ("choice", "multichoice"):
            assert [o.value for o in field.options] == expected["options"]


def test_every_event_kind_has_exactly_one_form(shipped: ChecklistDefinition) -> None:
    kinds = [form.kind for form in shipped.events]
    assert sorted(kinds) == sorted(EventKind)
    for form in shipped.events:
        assert form.label and form.help and form.source, form.kind


def test_every_question_has_label_help_and_source(shipped: ChecklistDefinition) -> None:
    everything = list(shipped.questions()) + [f for form in shipped.events for f in form.fields]
    for question in everything:
        assert question.label.strip(), question.id
        assert question.help.strip(), f"{question.id} has no help"
        assert question.source.strip(), f"{question.id} has no source"
        if question.required:
            assert question.source.strip(), f"required {question.id} must cite a source"


def test_required_where_law_or_inspection_demands(shipped: ChecklistDefinition) -> None:
    for qid in (
        "rationale_to_detain",
        "welfare_informed",
        "voc_behaviour_demeanour",
        "cell_reason",
        "female_care_officer",
    ):
        assert shipped.question(qid).required, qid
    assert "3.20A" in shipped.question("female_care_officer").source
    assert "3.13" in shipped.question("welfare_informed").source


def test_unverified_references_say_so(shipped: ChecklistDefinition) -> None:
    """DOMAIN.md marks Code C 3.17 and 11.15/11.18 as unverified numbers."""
    sources = [q.source for q in shipped.questions()]
    sources += [s.source for s in shipped.sections]
    sources += [f.source for f in shipped.events]
    sources += [q.source for f in shipped.events for q in f.fields]
    flagged = [s for s in sources if re.search(r"3\.17|11\.15|11\.18", s)]
    assert flagged, "expected the rights/interview references to be cited somewhere"
    for source in flagged:
        assert "unverified" in source.lower(), source


def test_voice_of_the_child_prompts_for_own_words(shipped: ChecklistDefinition) -> None:
    voice = next(s for s in shipped.sections if s.id == "voice")
    assert "presentation, behaviour and home environment" in voice.help
    text_questions = [q for q in voice.questions if q.type == "text"]
    for qid in ("voc_own_words", "voc_wishes_feelings", "voc_behaviour_demeanour"):
        question = shipped.question(qid)
        assert question.multiline and question.prompt.strip(), qid
    assert all(q.multiline for q in text_questions if q.id != "voc_captured_other")
    assert "own words" in shipped.question("voc_own_words").prompt.lower()


def test_certificate_form_states_note_16d_and_age_12(shipped: ChecklistDefinition) -> None:
    form = shipped.event_form("certificate_issued")
    text = form.help.lower()
    assert "note 16d" in text
    for phrase in ("behaviour", "nature of the offence", "lack of secure accommodation"):
        assert phrase in text, phrase
    assert "12 or over" in text
    charge = next(s for s in shipped.sections if s.id == "charge")
    assert "Note 16D" in charge.help and "s.38(6)" in charge.source


def test_rank_choices_have_plain_labels(shipped: ChecklistDefinition) -> None:
    rank = next(f for f in shipped.event_form("review").fields if f.id == "reviewer_rank")
    assert rank.option_label("inspector") == "Inspector"
    assert rank.option_label("chief_superintendent") == "Chief Superintendent"


# --------------------------------------------------------------------------- conditions


@pytest.mark.parametrize("gender", [g.value for g in Gender])
def test_female_care_officer_only_for_a_girl(shipped: ChecklistDefinition, gender: str) -> None:
    question = shipped.question("female_care_officer")
    assert question.is_visible({}, child(gender=gender)) is (gender == "female")


def test_female_care_officer_hidden_without_child_details(shipped: ChecklistDefinition) -> None:
    assert not shipped.question("female_care_officer").is_visible({}, None)


def test_cell_reason_only_when_in_a_cell(shipped: ChecklistDefinition) -> None:
    question = shipped.question("cell_reason")
    assert question.is_visible({"accommodation": "cell"})
    assert not question.is_visible({"accommodation": "detention_room"})
    assert not question.is_visible({})


@pytest.mark.parametrize(
    ("status", "visible"), [("verified", False), ("stated", True), ("unknown", True)]
)
def test_appears_under_18_asked_when_dob_not_verified(
    shipped: ChecklistDefinition, status: str, visible: bool
) -> None:
    assert shipped.question("appears_under_18").is_visible({}, child(dob_status=status)) is visible


def test_welfare_follow_ups_depend_on_the_answer(shipped: ChecklistDefinition) -> None:
    informed = {"welfare_informed": True}
    not_informed = {"welfare_informed": False}
    assert shipped.question("welfare_person").is_visible(informed)
    assert not shipped.question("welfare_person").is_visible(not_informed)
    assert shipped.question("welfare_not_practicable_reason").is_visible(not_informed)
    assert not shipped.question("welfare_not_practicable_reason").is_visible(informed)
    assert not shipped.question("welfare_not_practicable_reason").is_visible({})


def test_flag_details_shown_for_flags_but_not_for_none(shipped: ChecklistDefinition) -> None:
    question = shipped.question("vulnerability_flags_details")
    assert question.is_visible({"vulnerability_flags": ["cce", "county_lines"]})
    assert not question.is_visible({"vulnerability_flags": ["none"]})
    assert not question.is_visible({})


# --------------------------------------------------------------------------- check_answers


def complete_answers() -> dict[str, Any]:
    """Every required question a boy with a verified DOB in a detention room is asked."""
    return {
        "age_basis": "documents",
        "detention_grounds": "obtain_evidence_by_questioning",
        "rationale_to_detain": "Aged 15; arrested for burglary; needs interview with AA.",
        "welfare_informed": True,
        "welfare_person": {"name": "Sian Jones", "phone": "07700 900123"},
        "aa_person": {"name": "Sian Jones"},
        "aa_disqualifiers": ["none"],
        "voc_behaviour_demeanour": "Quiet, tearful at booking in, asked for his mum.",
        "risk_assessment_completed": True,
        "accommodation": "detention_room",
        "held_with_adult": False,
        "csc_referral_made": True,
        "csc_referral_reference": "MASH-1234",
    }


def test_complete_answers_have_no_problems(shipped: ChecklistDefinition) -> None:
    assert shipped.check_answers(complete_answers(), child()) == []


def _by_id(problems: list[Any]) -> dict[str, Any]:
    return {p.question_id: p for p in problems}


def test_missing_required_visible_questions_are_reported(shipped: ChecklistDefinition) -> None:
    problems = _by_id(shipped.check_answers({}, child()))
    for qid in ("rationale_to_detain", "welfare_informed", "voc_behaviour_demeanour"):
        assert problems[qid].kind == "missing"
    # hidden ones are not: a boy, no accommodation answer, nothing informed yet
    for qid in ("cell_reason", "female_care_officer", "welfare_person", "appears_under_18"):
        assert qid not in problems


def test_conditional_required_questions_appear_when_shown(shipped: ChecklistDefinition) -> None:
    answers = complete_answers() | {"accommodation": "cell"}
    problems = _by_id(shipped.check_answers(answers, child(gender="female", dob_status="stated")))
    assert problems["cell_reason"].kind == "missing"
    assert problems["female_care_officer"].kind == "missing"
    assert problems["appears_under_18"].kind == "missing"
    answers |= {
        "cell_reason": "Detention room out of use (flooded); cell with door open, constant obs.",
        "female_care_officer": {"name": "PS 2211 Patel", "rank": "sergeant"},
        "appears_under_18": True,
    }
    assert shipped.check_answers(answers, child(gender="female", dob_status="stated")) == []


def test_unknown_ids_are_invalid(shipped: ChecklistDefinition) -> None:
    problems = shipped.check_answers(complete_answers() | {"colour_of_cell": "blue"}, child())
    assert [(p.question_id, p.kind) for p in problems] == [("colour_of_cell", "invalid")]
    assert "unknown question id" in problems[0].message


@pytest.mark.parametrize(
    ("qid", "value", "fragment"),
    [
        ("welfare_informed", "yes", "true/false"),
        ("accommodation", "kennel", "not one of"),
        ("age_basis", ["documents"], "not one of"),
        ("vulnerability_flags", "cse", "list of choices"),
        ("vulnerability_flags", ["cse", "unicorn"], "not one of"),
        ("vulnerability_flags", ["none", "cse"], "cannot be combined"),
        ("aa_disqualifiers", ["victim", "none"], "cannot be combined"),
        ("aa_person", "Sian Jones", "expected a person"),
        ("aa_person", {"rank": "sergeant"}, "needs a name"),
        ("aa_person", {"name": "A", "shoe_size": "9"}, "unknown person field"),
        ("rationale_to_detain", 42, "expected text"),
        ("voc_own_words", "x" * 20_001, "the limit is 20,000"),
    ],
)
def test_bad_answers_are_invalid(
    shipped: ChecklistDefinition, qid: str, value: Any, fragment: str
) -> None:
    problems = _by_id(shipped.check_answers(complete_answers() | {qid: value}, child()))
    assert problems[qid].kind == "invalid"
    assert fragment in problems[qid].message


def test_exclusive_option_alone_is_fine(shipped: ChecklistDefinition) -> None:
    answers = complete_answers() | {"vulnerability_flags": ["none"]}
    assert shipped.check_answers(answers, child()) == []
    answers = complete_answers() | {"vulnerability_flags": ["cse", "missing_from_home"]}
    assert shipped.check_answers(answers, child()) == []


def test_event_details_are_checked_against_the_form(shipped: ChecklistDefinition) -> None:
    good = {
        "reviewer": {"name": "Insp 301 Evans", "rank": "inspector"},
        "reviewer_rank": "inspector",
        "reviewer_involved": False,
        "decision": "continue",
        "rationale": "Interview booked for 09:00 with AA.",
    }
    assert shipped.check_event_details("review", good) == []
    bad = _by_id(shipped.check_event_details("review", good | {"reviewer_rank": "general", "x": 1}))
    assert bad["reviewer_rank"].kind == "invalid"
    assert "unknown field" in bad["x"].message
    limit = _by_id(shipped.check_event_details("extension_authorised", {"limit_hours": 48}))
    assert "at most 36" in limit["limit_hours"].message


# --------------------------------------------------------------------------- load errors


def _write(tmp_path: Path, data: Any, name: str = "bad.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


def _definition(*questions: dict[str, Any], events: list[Any] | None = None) -> dict[str, Any]:
    return {
        "id": "t",
        "version": 1,
        "title": "T",
        "sections": [{"id": "s", "title": "S", "questions": list(questions)}],
        "events": events or [],
    }


def _q(qid: str, qtype: str = "yesno", **extra: Any) -> dict[str, Any]:
    return {"id": qid, "type": qtype, "label": qid.title(), "help": "h", "source": "s"} | extra


def _load_error(tmp_path: Path, data: Any) -> str:
    path = _write(tmp_path, data)
    with pytest.raises(DefinitionError) as caught:
        load_definition(path)
    message = str(caught.value)
    assert str(path) in message, "errors must name the file"
    return message


def test_good_small_definition_loads(tmp_path: Path) -> None:
    definition = load_definition(_write(tmp_path, _definition(_q("a"), _q("b", "text"))))
    assert [q.id for q in definition.questions()] == ["a", "b"]


def test_duplicate_question_id(tmp_path: Path) -> None:
    message = _load_error(tmp_path, _definition(_q("dup"), _q("dup", "text")))
    assert "question 'dup'" in message and "duplicate id" in message


def test_duplicate_across_sections(tmp_path: Path) -> None:
    data = _definition(_q("dup"))
    data["sections"].append({"id": "s2", "questions": [_q("dup")]})
    message = _load_error(tmp_path, data)
    assert "question 'dup'" in message and "duplicate id (also in section 's')" in message


def test_unknown_type(tmp_path: Path) -> None:
    message = _load_error(tmp_path, _definition(_q("when", "date")))
    assert "question 'when'" in message and "type 'date' is not one of" in message


@pytest.mark.parametrize("qtype", ["choice", "multichoice"])
def test_choice_without_options(tmp_path: Path, qtype: str) -> None:
    message = _load_error(tmp_path, _definition(_q("pick", qtype)))
    assert "question 'pick'" in message and "needs options" in message


def test_duplicate_option_values(tmp_path: Path) -> None:
    options = [{"value": "a"}, {"value": "a"}]
    message = _load_error(tmp_path, _definition(_q("pick", "choice", options=options)))
    assert "question 'pick'" in message and "option values must be unique" in message


def test_required_without_reason(tmp_path: Path) -> None:
    bare = {"id": "must", "type": "text", "label": "Must", "required": True}
    message = _load_error(tmp_path, _definition(bare))
    assert "question 'must'" in message and "needs help text or a source" in message


def test_show_if_naming_unknown_question(tmp_path: Path) -> None:
    data = _definition(_q("a"), _q("b", show_if={"question": "nope", "equals": True}))
    message = _load_error(tmp_path, data)
    assert "question 'b'" in message and "unknown question 'nope'" in message


def test_show_if_nested_unknown_question_is_found(tmp_path: Path) -> None:
    cond = {
        "all": [{"question": "a", "equals": True}, {"not": {"question": "zz", "answered": True}}]
    }
    message = _load_error(tmp_path, _definition(_q("a"), _q("b", show_if=cond)))
    assert "question 'b'" in message and "unknown question 'zz'" in message


@pytest.mark.parametrize(
    ("condition", "fragment"),
    [
        ({"question": "a"}, "needs exactly one of"),  # no test: would hide 'b' for ever
        ({"question": "a", "equal": True}, "needs exactly one of"),  # typo of equals
        ({"question": "a", "equals": "yes"}, "true or false"),
        ({"question": "pick", "equals": "Cell"}, "'Cell' is not one of its options"),
        ({"question": "pick", "in": ["cell", "van"]}, "'van' is not one of its options"),
        ({"question": "pick", "contains": "cell"}, "only applies to a multichoice"),
        ({"child": "gender", "equals": "Female"}, "child gender is never 'Female'"),
        ({"child": "shoe_size", "equals": 9}, "unknown child field 'shoe_size'"),
        ({"all": [{"question": "a", "equals": True}, "oops"]}, "is not an object"),
        ({"nothing": 1}, "has no test"),
    ],
)
def test_show_if_that_can_never_hold_is_a_load_error(
    tmp_path: Path, condition: dict[str, Any], fragment: str
) -> None:
    pick = _q("pick", "choice", options=[{"value": "room"}, {"value": "cell"}])
    data = _definition(_q("a"), pick, _q("b", "text", required=True, show_if=condition))
    message = _load_error(tmp_path, data)
    assert "question 'b'" in message and fragment in message


def test_event_field_show_if_is_checked(tmp_path: Path) -> None:
    form = {
        "kind": "strip_search",
        "fields": [
            _q("aa_present"),
            _q("reason", "text", show_if={"question": "aa_presnt", "equals": False}),
        ],
    }
    message = _load_error(tmp_path, _definition(_q("a"), events=[form]))
    assert (
        "event 'strip_search' field 'reason'" in message
        and "unknown question 'aa_presnt'" in message
    )


def test_unknown_and_duplicate_event_kinds(tmp_path: Path) -> None:
    events = [{"kind": "teleported"}, {"kind": "note"}, {"kind": "note"}]
    message = _load_error(tmp_path, _definition(_q("a"), events=events))
    assert "unknown event kind 'teleported'" in message
    assert "event 'note': duplicate event form" in message


def test_all_problems_are_reported_together(tmp_path: Path) -> None:
    message = _load_error(tmp_path, _definition(_q("x", "colour"), _q("y", "choice")))
    lines = message.splitlines()
    assert any("question 'x'" in line for line in lines)
    assert any("question 'y'" in line for line in lines)


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "id": "t",\n  "version": 1,,\n  "sections": []\n}\n', encoding="utf-8")
    with pytest.raises(DefinitionError) as caught:
        load_definition(path)
    message = str(caught.value)
    assert str(path) in message and "line 3" in message and "not valid JSON" in message


def test_non_utf8_bytes(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes('{"id": "t", "version": 1, "title": "Caf\u00e9"}'.encode("latin-1"))
    with pytest.raises(DefinitionError) as caught:
        load_definition(path)
    message = str(caught.value)
    assert str(path) in message and "cannot read" in message and "utf-8" in message.lower()


@pytest.mark.parametrize("version", [0, "1", True, None])
def test_bad_version(tmp_path: Path, version: Any) -> None:
    data = _definition(_q("a")) | {"version": version}
    assert "version: must be a whole number" in _load_error(tmp_path, data)


def test_shipped_file_is_valid_utf8_json_without_duplicate_keys() -> None:
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _ in pairs]
        assert len(keys) == len(set(keys)), f"duplicate JSON key in {keys}"
        return dict(pairs)

    json.loads(SHIPPED.read_bytes().decode("utf-8"), object_pairs_hook=no_duplicates)


def test_parse_definition_rejects_non_object() -> None:
    with pytest.raises(DefinitionError, match="must be a JSON object"):
        parse_definition([1, 2], source="x.json")


# --------------------------------------------------------------------------- versioning


@pytest.fixture()
def mini_registry() -> DefinitionRegistry:
    return DefinitionRegistry.from_folder(FIXTURES)


def test_latest_is_v2_but_v1_is_still_available(mini_registry: DefinitionRegistry) -> None:
    assert mini_registry.latest("mini").version == 2
    assert mini_registry.get("mini", 1).version == 1
    assert mini_registry.get("mini", 1).source_file.endswith("mini-v1.json")
    with pytest.raises(DefinitionError, match="version 3 is not installed"):
        mini_registry.get("mini", 3)


def test_record_started_on_v1_validates_and_displays_per_v1(
    mini_registry: DefinitionRegistry,
) -> None:
    record = Record(
        custody_number="CHE/000123/26",
        suite="CHE",
        child=Child("Jones", "Rhys", date(2010, 3, 14), DobStatus.VERIFIED, Gender.MALE),
        definition_id="mini",
        definition_version=1,
        answers={
            "offence": "Burglary",
            "rationale_to_detain": "Aged 16; interview needed with AA present.",
            "accommodation": "cell",
            "cell_reason": "Juvenile room flooded.",
            "meals_offered": True,
        },
    )
    child_details = {"gender": str(record.child.gender), "dob_status": str(record.child.dob_status)}

    v1 = mini_registry.get(record.definition_id, record.definition_version)
    assert v1.check_answers(record.answers, child_details) == []
    assert v1.question("rationale_to_detain").label == "Why is detention necessary for THIS child?"
    assert v1.question("meals_offered").type == "yesno"
    assert v1.question("offence") is not None
    # v1 still demands the cell reason
    without_reason = {k: v for k, v in record.answers.items() if k != "cell_reason"}
    assert [p.question_id for p in v1.check_answers(without_reason, child_details)] == [
        "cell_reason"
    ]

    # The same answers judged by v2 would be wrong: that is why the record keeps its version.
    v2 = mini_registry.latest(record.definition_id)
    problems = _by_id(v2.check_answers(record.answers, child_details))
    assert problems["offence"].kind == "invalid"  # removed in v2
    assert problems["meals_offered"].kind == "invalid"  # yesno -> choice in v2
    assert problems["detention_reviewed_by_inspector"].kind == "missing"  # new in v2
    assert v2.question("rationale_to_detain").label == "Rationale to detain (v2 wording)"
    assert not v2.question("cell_reason").required
    assert (
        v2.question("cell_reason").max_length > 200 and v1.question("cell_reason").max_length == 200
    )


def test_v1_constraint_applies_to_v1_records(mini_registry: DefinitionRegistry) -> None:
    v1 = mini_registry.get("mini", 1)
    answers = {"rationale_to_detain": "r", "accommodation": "cell", "cell_reason": "x" * 201}
    problems = _by_id(v1.check_answers(answers))
    assert "the limit is 200" in problems["cell_reason"].message


def test_same_id_and_version_in_two_files_is_refused(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "mini-v1.json", tmp_path / "mini-v1.json")
    shutil.copy(FIXTURES / "mini-v1.json", tmp_path / "mini-v1-copy.json")
    with pytest.raises(DefinitionError, match="also defined in") as caught:
        DefinitionRegistry.from_folder(tmp_path)
    assert "mini-v1" in str(caught.value)


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DefinitionError, match="no checklist definitions"):
        DefinitionRegistry.from_folder(tmp_path)


def test_shipped_v1_can_sit_beside_a_later_version(tmp_path: Path) -> None:
    """Adding v2 of the real checklist must leave v1 loadable and unchanged."""
    shutil.copy(SHIPPED, tmp_path / SHIPPED.name)
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    data["version"] = 2
    data["sections"][0]["questions"] = [
        q
        for q in data["sections"][0]["questions"]
        if "age_disput" not in q["id"]  # v2 drops the question and its follow-up
    ]
    (tmp_path / "child-detention-v2.json").write_text(json.dumps(data), encoding="utf-8")
    registry = DefinitionRegistry.from_folder(tmp_path)
    assert registry.latest("child-detention").version == 2
    v1 = registry.get("child-detention", 1)
    assert v1.sections == load_definition(SHIPPED).sections
    assert v1.question("age_disputed") is not None
    assert registry.latest("child-detention").question("age_disputed") is None
    answers = complete_answers() | {"age_disputed": True, "age_dispute_details": "Says 17."}
    assert v1.check_answers(answers, child()) == []


def test_utc_instants_are_accepted_for_datetime_answers(tmp_path: Path) -> None:
    definition = load_definition(_write(tmp_path, _definition(_q("when", "datetime"))))
    ok = datetime(2026, 10, 24, 22, 30, tzinfo=UTC).isoformat()
    assert definition.check_answers({"when": ok}) == []
    problems = _by_id(definition.check_answers({"when": "2026-10-25T01:30:00"}))
    assert problems["when"].kind == "invalid"
