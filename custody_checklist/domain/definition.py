"""The checklist as versioned data: sections, questions, event forms and conditions.

A definition file (JSON, under ``resources/checklists/``) is loaded into these frozen
objects and validated once; every problem names the file, the question and what is
wrong. A record keeps the definition id and version it was started with, so a later
version never changes how an existing record displays or validates.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from custody_checklist.domain.events import EventKind
from custody_checklist.domain.record import DobStatus, EthnicityCategory, Gender
from custody_checklist.domain.timeutil import TimeFormatError, parse_instant

QUESTION_TYPES = ("yesno", "choice", "multichoice", "datetime", "person", "text", "number")
DEFAULT_MAX_TEXT = 20_000  # generous: a Voice of the Child account can be long
PERSON_KEYS = ("name", "rank", "number", "role", "organisation", "phone")


class DefinitionError(ValueError):
    """A definition file that cannot be used; the message names file, question and problem."""


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    exclusive: bool = False  # e.g. "none of these" in a multi-choice


@dataclass(frozen=True)
class Condition:
    """When a question is shown. Exactly one form is used per node.

    ``{"question": id, "equals": v}`` / ``"in": [...]`` / ``"contains": v`` /
    ``"answered": true``; ``{"child": field, ...}`` tests the child's details;
    ``{"all": [...]}``, ``{"any": [...]}``, ``{"not": {...}}`` combine.
    """

    raw: Mapping[str, Any]

    def holds(self, answers: Mapping[str, Any], child: Mapping[str, Any] | None = None) -> bool:
        return _evaluate(self.raw, answers, child or {})


def _evaluate(node: Mapping[str, Any], answers: Mapping[str, Any], child: Mapping[str, Any]) -> bool:
    if "all" in node:
        return all(_evaluate(n, answers, child) for n in node["all"])
    if "any" in node:
        return any(_evaluate(n, answers, child) for n in node["any"])
    if "not" in node:
        return not _evaluate(node["not"], answers, child)
    value = child.get(node["child"]) if "child" in node else answers.get(node["question"])
    if "equals" in node:
        return value == node["equals"]
    if "in" in node:
        return value in node["in"]
    if "contains" in node:
        return isinstance(value, list) and node["contains"] in value
    if "answered" in node:
        return is_answered(value) == bool(node["answered"])
    return False


def is_answered(value: Any) -> bool:
    """Whether a value counts as an answer: blank text, empty lists and None do not."""
    if value is None:
        return False
    if type(value) is str:  # the common case first: the rules engine asks often
        return bool(value.strip())
    if isinstance(value, (str, list, dict)):  # noqa: UP038 - a tuple checks faster
        return bool(value.strip() if isinstance(value, str) else value)
    return True


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    label: str
    required: bool = False
    help: str = ""
    source: str = ""
    prompt: str = ""
    multiline: bool = False
    options: tuple[Option, ...] = ()
    show_if: Condition | None = None
    max_length: int = DEFAULT_MAX_TEXT
    minimum: float | None = None
    maximum: float | None = None

    def option_label(self, value: str) -> str:
        for option in self.options:
            if option.value == value:
                return option.label
        return value

    def is_visible(self, answers: Mapping[str, Any], child: Mapping[str, Any] | None = None) -> bool:
        return self.show_if is None or self.show_if.holds(answers, child)


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    questions: tuple[Question, ...]
    help: str = ""
    source: str = ""


@dataclass(frozen=True)
class EventForm:
    """The questions a timeline event asks (a review asks who, rank, method...)."""

    kind: EventKind
    label: str
    fields: tuple[Question, ...] = ()
    help: str = ""
    source: str = ""


@dataclass(frozen=True)
class AnswerProblem:
    """An answer that is wrong (``kind="invalid"``) or a required one missing (``"missing"``)."""

    question_id: str
    kind: str
    message: str


@dataclass(frozen=True)
class ChecklistDefinition:
    id: str
    version: int
    title: str
    sections: tuple[Section, ...]
    events: tuple[EventForm, ...] = ()
    source_file: str = ""
    _questions: dict[str, Question] = field(default_factory=dict, compare=False, repr=False)

    @property
    def key(self) -> tuple[str, int]:
        return (self.id, self.version)

    def questions(self) -> Iterator[Question]:
        for section in self.sections:
            yield from section.questions

    def question(self, question_id: str) -> Question | None:
        return self._questions.get(question_id)

    def section_of(self, question_id: str) -> Section | None:
        for section in self.sections:
            if any(q.id == question_id for q in section.questions):
                return section
        return None

    def event_form(self, kind: str) -> EventForm | None:
        for form in self.events:
            if form.kind == kind:
                return form
        return None

    def check_answers(
        self, answers: Mapping[str, Any], child: Mapping[str, Any] | None = None
    ) -> list[AnswerProblem]:
        """Invalid answers and required-but-missing visible questions, in definition order."""
        problems: list[AnswerProblem] = []
        for question_id in answers:
            if question_id not in self._questions:
                problems.append(
                    AnswerProblem(question_id, "invalid", f"unknown question id '{question_id}'")
                )
        for question in self.questions():
            value = answers.get(question.id)
            if is_answered(value):
                message = value_problem(question, value)
                if message:
                    problems.append(AnswerProblem(question.id, "invalid", message))
            elif question.required and question.is_visible(answers, child):
                problems.append(AnswerProblem(question.id, "missing", f"{question.label}: required"))
        return problems

    def check_event_details(self, kind: str, details: Mapping[str, Any]) -> list[AnswerProblem]:
        """Invalid values in an event's details (unknown keys, wrong types)."""
        form = self.event_form(kind)
        if form is None:
            return []
        by_id = {q.id: q for q in form.fields}
        problems: list[AnswerProblem] = []
        for key, value in details.items():
            question = by_id.get(key)
            if question is None:
                problems.append(AnswerProblem(key, "invalid", f"unknown field '{key}' for {kind}"))
            elif is_answered(value):
                message = value_problem(question, value)
                if message:
                    problems.append(AnswerProblem(key, "invalid", message))
        return problems


def value_problem(question: Question, value: Any) -> str | None:
    """Why ``value`` is not a valid answer to ``question``, or None if it is."""
    kind = question.type
    if kind == "yesno":
        return None if isinstance(value, bool) else "expected yes or no (true/false)"
    if kind == "number":
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "expected a number"
        if question.minimum is not None and value < question.minimum:
            return f"must be at least {question.minimum:g}"
        if question.maximum is not None and value > question.maximum:
            return f"must be at most {question.maximum:g}"
        return None
    if kind == "choice":
        allowed = [o.value for o in question.options]
        if not isinstance(value, str) or value not in allowed:
            return f"'{value}' is not one of: {', '.join(allowed)}"
        return None
    if kind == "multichoice":
        return _multichoice_problem(question, value)
    if kind == "datetime":
        if not isinstance(value, str):
            return "expected a date-time such as 2026-10-24T23:30:00Z"
        try:
            parse_instant(value)
        except TimeFormatError as exc:
            return str(exc)
        return None
    if kind == "person":
        return _person_problem(question, value)
    if not isinstance(value, str):
        return "expected text"
    if len(value) > question.max_length:
        return f"text is {len(value):,} characters; the limit is {question.max_length:,}"
    return None


def _multichoice_problem(question: Question, value: Any) -> str | None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return "expected a list of choices"
    allowed = {o.value: o for o in question.options}
    unknown = [v for v in value if v not in allowed]
    if unknown:
        return f"'{unknown[0]}' is not one of: {', '.join(allowed)}"
    exclusive = [v for v in value if allowed[v].exclusive]
    if exclusive and len(value) > 1:
        return f"'{allowed[exclusive[0]].label}' cannot be combined with other choices"
    return None


def _person_problem(question: Question, value: Any) -> str | None:
    if not isinstance(value, dict):
        return "expected a person: {\"name\": ..., \"rank\": ..., \"number\": ...}"
    unknown = [k for k in value if k not in PERSON_KEYS]
    if unknown:
        return f"unknown person field '{unknown[0]}' (allowed: {', '.join(PERSON_KEYS)})"
    if not all(isinstance(v, str) for v in value.values()):
        return "person fields must be text"
    if not str(value.get("name", "")).strip():
        return "a person needs a name"
    if any(len(v) > question.max_length for v in value.values()):
        return "a person field is too long"
    return None


def parse_datetime_answer(value: Any) -> datetime | None:
    """A stored datetime answer as a UTC instant, or None when absent or unreadable."""
    if not isinstance(value, str):
        return None
    try:
        return parse_instant(value)
    except TimeFormatError:
        return None


# --------------------------------------------------------------------------- loading


def load_definition(path: Path) -> ChecklistDefinition:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DefinitionError(f"{path}: cannot read definition: {exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DefinitionError(f"{path}: line {exc.lineno}: not valid JSON: {exc.msg}") from exc
    return parse_definition(data, source=str(path))


def parse_definition(data: Any, source: str = "<definition>") -> ChecklistDefinition:
    problems: list[str] = []

    def fail(where: str, message: str) -> None:
        problems.append(f"{source}: {where}: {message}")

    if not isinstance(data, dict):
        raise DefinitionError(f"{source}: the definition must be a JSON object")
    definition_id = data.get("id")
    version = data.get("version")
    if not isinstance(definition_id, str) or not definition_id:
        fail("id", "missing or not text")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        fail("version", "must be a whole number from 1")

    seen: dict[str, str] = {}
    sections: list[Section] = []
    for s_index, raw_section in enumerate(_as_list(data.get("sections"), "sections", fail)):
        where = f"sections[{s_index}]"
        if not isinstance(raw_section, dict) or not raw_section.get("id"):
            fail(where, "a section needs an id")
            continue
        where = f"section '{raw_section['id']}'"
        if any(s.id == raw_section["id"] for s in sections):
            fail(where, "duplicate section id")
        questions = []
        for q_index, raw_q in enumerate(_as_list(raw_section.get("questions"), where, fail)):
            question = _parse_question(raw_q, f"{where} question[{q_index}]", fail)
            if question is None:
                continue
            if question.id in seen:
                fail(f"question '{question.id}'", f"duplicate id (also in {seen[question.id]})")
            seen[question.id] = where
            questions.append(question)
        sections.append(
            Section(
                id=raw_section["id"],
                title=str(raw_section.get("title", raw_section["id"])),
                questions=tuple(questions),
                help=str(raw_section.get("help", "")),
                source=str(raw_section.get("source", "")),
            )
        )

    events = _parse_event_forms(data.get("events", []), fail)
    questions_seen = {q.id: q for s in sections for q in s.questions}
    _check_conditions(
        [q for s in sections for q in s.questions], questions_seen, fail, "question"
    )
    if problems:
        raise DefinitionError("\n".join(problems))
    questions_by_id = {q.id: q for s in sections for q in s.questions}
    return ChecklistDefinition(
        id=definition_id,
        version=version,
        title=str(data.get("title", definition_id)),
        sections=tuple(sections),
        events=tuple(events),
        source_file=source,
        _questions=questions_by_id,
    )


def _as_list(value: Any, where: str, fail: Any) -> list[Any]:
    if not isinstance(value, list):
        fail(where, "expected a list")
        return []
    return value


def _parse_question(raw: Any, where: str, fail: Any) -> Question | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not raw["id"]:
        fail(where, "a question needs an id")
        return None
    where = f"question '{raw['id']}'"
    qtype = raw.get("type")
    if qtype not in QUESTION_TYPES:
        fail(where, f"type '{qtype}' is not one of {', '.join(QUESTION_TYPES)}")
        return None
    if not raw.get("label"):
        fail(where, "needs a label")
    options = tuple(
        Option(str(o["value"]), str(o.get("label", o["value"])), bool(o.get("exclusive", False)))
        for o in raw.get("options", [])
        if isinstance(o, dict) and "value" in o
    )
    if qtype in ("choice", "multichoice") and not options:
        fail(where, f"a {qtype} question needs options with a value")
    if len({o.value for o in options}) != len(options):
        fail(where, "option values must be unique")
    if raw.get("required") and not raw.get("source") and not raw.get("help"):
        fail(where, "a required question needs help text or a source saying why")
    constraints = raw.get("constraints", {}) or {}
    show_if = raw.get("show_if")
    if show_if is not None and not isinstance(show_if, dict):
        fail(where, "show_if must be an object")
    return Question(
        id=raw["id"],
        type=qtype,
        label=str(raw.get("label", raw["id"])),
        required=bool(raw.get("required", False)),
        help=str(raw.get("help", "")),
        source=str(raw.get("source", "")),
        prompt=str(raw.get("prompt", "")),
        multiline=bool(raw.get("multiline", False)),
        options=options,
        show_if=Condition(show_if) if isinstance(show_if, dict) else None,
        max_length=int(constraints.get("max_length", DEFAULT_MAX_TEXT)),
        minimum=constraints.get("min"),
        maximum=constraints.get("max"),
    )


def _parse_event_forms(raw_events: Any, fail: Any) -> list[EventForm]:
    forms: list[EventForm] = []
    if not isinstance(raw_events, list):
        fail("events", "expected a list")
        return forms
    for index, raw in enumerate(raw_events):
        kind = raw.get("kind") if isinstance(raw, dict) else None
        try:
            event_kind = EventKind(kind)
        except ValueError:
            fail(f"events[{index}]", f"unknown event kind '{kind}'")
            continue
        if any(f.kind == event_kind for f in forms):
            fail(f"event '{kind}'", "duplicate event form")
        fields: list[Question] = []
        for f_index, raw_field in enumerate(raw.get("fields", [])):
            question = _parse_question(raw_field, f"event '{kind}' field[{f_index}]", fail)
            if question is None:
                continue
            if any(f.id == question.id for f in fields):
                fail(f"event '{kind}' field '{question.id}'", "duplicate field id")
            fields.append(question)
        _check_conditions(fields, {f.id: f for f in fields}, fail, f"event '{kind}' field")
        forms.append(
            EventForm(
                kind=event_kind,
                label=str(raw.get("label", kind)),
                fields=tuple(fields),
                help=str(raw.get("help", "")),
                source=str(raw.get("source", "")),
            )
        )
    return forms


def _check_conditions(
    questions: list[Question], known: Mapping[str, Question], fail: Any, label: str
) -> None:
    """Every ``show_if`` names known questions and has a test a real answer can pass.

    A condition that can never hold would hide its question for good, and a hidden
    required question is never reported missing, so typos here are load errors.
    """
    child_fields = {"gender", "dob_status", "ethnicity_category", "date_of_birth"}
    tests = ("equals", "in", "contains", "answered")
    for question in questions:
        if question.show_if is None:
            continue
        where = f"{label} '{question.id}'"
        for node in _walk(question.show_if.raw):
            if not isinstance(node, Mapping):
                fail(where, f"show_if node {node!r} is not an object")
                continue
            if any(k in node for k in ("all", "any", "not")):
                continue
            if "question" not in node and "child" not in node:
                fail(where, f"show_if node {dict(node)} has no test")
                continue
            if "question" in node and node["question"] not in known:
                fail(where, f"show_if names unknown question '{node['question']}'")
            if "child" in node and node["child"] not in child_fields:
                fail(where, f"show_if names unknown child field '{node['child']}'")
            present = [t for t in tests if t in node]
            if len(present) != 1:
                fail(where, f"show_if node {dict(node)} needs exactly one of {', '.join(tests)}")
                continue
            if node.get("child") in _CHILD_VALUES and present[0] in ("equals", "in"):
                values = node[present[0]] if present[0] == "in" else [node[present[0]]]
                allowed = _CHILD_VALUES[node["child"]]
                bad = [v for v in values if v not in allowed] if isinstance(values, list) else [values]
                if bad:
                    fail(where, f"show_if: child {node['child']} is never '{bad[0]}' "
                         f"(one of {', '.join(sorted(allowed))})")
            target = known.get(node.get("question", ""))
            if target is not None:
                problem = _condition_value_problem(target, present[0], node[present[0]])
                if problem:
                    fail(where, f"show_if on '{target.id}': {problem}")


_CHILD_VALUES = {
    "gender": {g.value for g in Gender},
    "dob_status": {d.value for d in DobStatus},
    "ethnicity_category": {e.value for e in EthnicityCategory},
}


def _condition_value_problem(target: Question, test: str, value: Any) -> str | None:
    """Why a condition's value could never match an answer to ``target`` (None if it can)."""
    if test == "answered":
        return None
    if test == "in":
        if not isinstance(value, list):
            return "'in' needs a list"
        values = value
    else:
        values = [value]
    if test == "contains" and target.type != "multichoice":
        return "'contains' only applies to a multichoice question"
    if target.type in ("choice", "multichoice"):
        if test == "equals" and target.type == "multichoice":
            return "use 'contains' for a multichoice question"
        allowed = {o.value for o in target.options}
        bad = [v for v in values if v not in allowed]
        if bad:
            return f"'{bad[0]}' is not one of its options ({', '.join(sorted(allowed))})"
    if target.type == "yesno" and not all(isinstance(v, bool) for v in values):
        return "a yes/no question is compared with true or false"
    return None


def _walk(node: Any) -> Iterator[Any]:
    yield node
    if not isinstance(node, Mapping):
        return
    for key in ("all", "any"):
        children = node.get(key, [])
        if not isinstance(children, list):
            yield children  # reported as "not an object" by the caller
            continue
        for child in children:
            yield from _walk(child)
    if "not" in node:
        yield from _walk(node["not"])


class DefinitionRegistry:
    """All definitions in a folder, by (id, version)."""

    def __init__(self, definitions: list[ChecklistDefinition]):
        self._by_key: dict[tuple[str, int], ChecklistDefinition] = {}
        for definition in definitions:
            other = self._by_key.get(definition.key)
            if other is not None:
                raise DefinitionError(
                    f"{definition.source_file}: checklist '{definition.id}' version "
                    f"{definition.version} is also defined in {other.source_file}; "
                    "a new version needs a new version number"
                )
            self._by_key[definition.key] = definition

    @classmethod
    def from_folder(cls, folder: Path) -> DefinitionRegistry:
        files = sorted(folder.glob("*.json"))
        if not files:
            raise DefinitionError(f"{folder}: no checklist definitions (*.json)")
        return cls([load_definition(p) for p in files])

    def get(self, definition_id: str, version: int) -> ChecklistDefinition:
        try:
            return self._by_key[(definition_id, version)]
        except KeyError:
            raise DefinitionError(
                f"checklist definition '{definition_id}' version {version} is not installed"
            ) from None

    def latest(self, definition_id: str) -> ChecklistDefinition:
        versions = [d for (i, _), d in self._by_key.items() if i == definition_id]
        if not versions:
            raise DefinitionError(f"no checklist definition '{definition_id}' is installed")
        return max(versions, key=lambda d: d.version)

    def __iter__(self) -> Iterator[ChecklistDefinition]:
        return iter(self._by_key.values())
