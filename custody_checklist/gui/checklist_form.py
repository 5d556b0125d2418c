"""The checklist built from its definition: one scrolling page per section.

The questions are data, so these widgets are made in code (the window frame around them
comes from Designer). The form never saves: it says which answer was committed and the
record editor calls the service. Text is committed when the field is left and after a
600 ms pause in typing, so a crash loses at most the field being typed.

An answer counts as saved only when the editor says so (``mark_saved``, after the service
stored it): until then a row whose value differs from the saved one is *unsaved*, is
committed again by ``flush`` and is never overwritten by ``load``.

Only the page shown is built when a record is loaded; each other page is built the first
time it is shown or one of its rows is asked for (``rows[question_id]``), and on a built
page a conditional question gets its row only once it applies (hidden rows were a third of
the first page's widgets, each styled and measured as the window opened). This keeps
opening a record under 100 ms. Values for rows not built yet live in ``_saved``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from custody_checklist.domain.definition import ChecklistDefinition, Question, Section
from custody_checklist.gui.widgets_common import AnswerInput, create_input, scaled_font

DEBOUNCE_MS = 600
VOICE_SECTION = "voice"
VOICE_GUIDANCE = (
    "The Voice of the Child is more than what the child says: record their own words "
    "verbatim, their wishes and feelings, how they present and behave, and what you learn "
    "about their life at home, at school and in care. If the child declines to speak, say so "
    "and still record their behaviour and demeanour."
)

_HELP_STYLE = "QLabel { background: palette(alternate-base); border: 1px solid palette(mid); padding: 6px; }"
_MISSING_STYLE = "QLabel { color: #8a4500; }"
_INVALID_STYLE = "QLabel { color: #b00020; font-weight: bold; }"


def help_text(question: Question | Section) -> str:
    parts = [question.help.strip()] if question.help.strip() else []
    if question.source.strip():
        parts.append(f"Source: {question.source.strip()}")
    return "\n\n".join(parts) or "No help text for this question."


def has_value(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str | list | dict):
        return bool(value.strip() if isinstance(value, str) else value)
    return True


def same_answer(a: Any, b: Any) -> bool:
    """Equal as stored answers: ticked options in any order are the same answer."""
    if isinstance(a, list) and isinstance(b, list):
        return sorted(map(str, a)) == sorted(map(str, b))
    return a == b


class WrappedLabel(QLabel):
    """A word-wrapped label whose text is set once, remembering its height for each width.

    Qt asks a wrapped label for its height at every width the layouts try while a window
    opens (about twenty per label: splitters, the scroll area with and without its scroll
    bar, minimum sizes) and lays the text out afresh each time; the checklist's titles and
    guidance were a tenth of opening a record. Any change event (font, style) forgets.
    """

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._heights: dict[int, int] = {}

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: Any) -> None:
        self._heights.clear()
        super().changeEvent(event)


class QuestionRow(QWidget):
    """Label, the input, a "?" help button, the help text (hidden) and the error line."""

    def __init__(self, question: Question, parent: QWidget | None = None, *, text_lines: int = 4):
        super().__init__(parent)
        self.question = question
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(3)

        top = QHBoxLayout()
        self.title = WrappedLabel(question.label + ("  (required)" if question.required else ""), self)
        self.title.setFont(scaled_font(self.title, 1.0, bold=True))
        top.addWidget(self.title, 1)
        self.help_button = QToolButton(self)
        self.help_button.setText("?")
        self.help_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F1 is the keyboard route
        self.help_button.setToolTip("Help and legal source (F1)")
        self.help_button.setAccessibleName(f"Help for {question.label}")
        self.help_button.clicked.connect(self.toggle_help)
        top.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        self._help_label: QLabel | None = None  # made on first use: most are never opened
        self._problem_kind: str | None = None

        self.input: AnswerInput = create_input(question, self, text_lines=text_lines)
        self.title.setBuddy(self.input.focus_target())
        layout.addWidget(self.input)

        self._error_label: QLabel | None = None  # made when a problem is first shown

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)

    @property
    def help_label(self) -> QLabel:
        """The help text and legal source under the title, hidden until asked for."""
        if self._help_label is None:
            label = QLabel(help_text(self.question), self)
            label.setWordWrap(True)
            label.setStyleSheet(_HELP_STYLE)
            label.setAccessibleName(f"Help for {self.question.label}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.hide()
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(1, label)
            self._help_label = label
        return self._help_label

    @property
    def error_label(self) -> QLabel:
        """The line under the input saying what is missing or wrong, hidden when all is well."""
        if self._error_label is None:
            label = QLabel(self)
            label.setWordWrap(True)
            label.setAccessibleName(f"Problem with {self.question.label}")
            label.hide()
            self.layout().addWidget(label)
            self._error_label = label
        return self._error_label

    def toggle_help(self) -> None:
        self.help_label.setVisible(not self.help_label.isVisible())

    def show_problem(self, kind: str | None, message: str = "") -> None:
        """``kind`` "missing" (required, amber) or "invalid" (red); None clears."""
        if kind is None:
            if self._error_label is not None:
                self._error_label.clear()
                self._error_label.hide()
            return
        style = _MISSING_STYLE if kind == "missing" else _INVALID_STYLE
        if kind == "missing":
            source = f" Source: {self.question.source}." if self.question.source else ""
            self.error_label.setText(f"⚠ Required: not answered yet.{source}")
        else:
            self.error_label.setText(f"✕ Not accepted: {message}")
        if self._problem_kind != style:  # re-styling a widget is slow: only on a change
            self._problem_kind = style
            self.error_label.setStyleSheet(style)
        self.error_label.show()

    @property
    def problem_text(self) -> str:
        label = self._error_label
        return label.text() if label is not None and not label.isHidden() else ""


def _tab_stops(row: QuestionRow) -> list[QWidget]:
    """The widgets Tab stops at in a row, in the order they were made (the natural one)."""
    return _tab_stops_in(row.input)


def _tab_stops_in(parent: QWidget) -> list[QWidget]:
    """Tab stops among ``parent``'s descendants in the order they were made; not those of
    a pop-up window one of them owns (a combo box's list)."""
    window = parent.window()
    return [widget for widget in parent.findChildren(QWidget)
            if widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
            and widget.focusProxy() is None and widget.window() == window]


class _Rows(dict[str, QuestionRow]):
    """Question id -> row. Looking up a question whose row is not built yet builds it (and
    its page); iterating gives only the rows built so far (the rest hold saved values)."""

    def __init__(self, build: Callable[[str], QuestionRow]):
        super().__init__()
        self._build = build

    def __missing__(self, question_id: str) -> QuestionRow:
        return self._build(question_id)


class ChecklistForm(QStackedWidget):
    """All sections as pages. Emits ``answer_committed(question_id)`` when one should be saved."""

    #: the question id only: read the value with ``saved_value``. (PySide6 6.12 on Python
    #: 3.11 loses a reference each time ``False`` crosses a signal as ``object``.)
    answer_committed = Signal(str)
    answers_edited = Signal()  # any live change, for progress and visibility elsewhere
    section_changed = Signal(int)

    def __init__(self, definition: ChecklistDefinition, parent: QWidget | None = None):
        super().__init__(parent)
        self.definition = definition
        self._section_of = {q.id: index for index, section in enumerate(definition.sections)
                            for q in section.questions}
        self.rows: _Rows = _Rows(self._build_for_question)
        self.scrolls: dict[int, QScrollArea] = {}  # section index -> its page, once built
        self._built: set[int] = set()
        self._later: dict[str, Question] = {}  # on a built page, hidden so far: no row yet
        self._saved: dict[str, Any] = {}
        self._to_save: dict[str, Any] = {}  # the value being handed to the editor to save
        self._child: dict[str, Any] = {}
        self._server_problems: dict[str, str] = {}
        self._read_only = False
        for section in definition.sections:
            self.addWidget(self._empty_page(section))
        # The first page is built by the first load (knowing the answers, so only the
        # questions that apply get rows) or when shown; the others when first visited.
        self.currentChanged.connect(self._on_current_changed)
        help_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F1), self)
        help_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        help_shortcut.activated.connect(self.show_help_for_focus)

    # ------------------------------------------------------------------ building

    def _empty_page(self, section: Section) -> QWidget:
        """A bare stand-in for a section not built yet; its scroll area comes with its widgets
        (made up front, the scroll areas and their scroll bars were a quarter of the editor's
        widgets, each one styled when the window is shown)."""
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        return page

    def _scroll_area(self, index: int, section: Section) -> QScrollArea:
        host = self.widget(index)
        scroll = QScrollArea(host)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(f"Section: {section.title}")
        host.layout().addWidget(scroll)
        scroll.show()  # at once if the page is already showing, not on the next event loop pass
        self.scrolls[index] = scroll
        return scroll

    def _on_current_changed(self, index: int) -> None:
        self.ensure_page(index)
        self.section_changed.emit(index)

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_page(self.currentIndex())  # shown before any load: build it empty
        super().showEvent(event)

    def _build_for_question(self, question_id: str) -> QuestionRow:
        """``rows[question_id]`` for a row not built yet: build its page, then the row
        (hidden, if its question does not apply)."""
        index = self._section_of[question_id]  # KeyError for an unknown question, as a dict
        self.ensure_page(index)
        if not dict.__contains__(self.rows, question_id):
            row = self._build_row(question_id)
            self._refresh_rows([row], self.live_answers())
        return dict.__getitem__(self.rows, question_id)

    def is_built(self, index: int) -> bool:
        return index in self._built

    def ensure_page(self, index: int) -> None:
        """Build a section's widgets the first time it is needed (opening a record fast).

        Only the questions that apply now get rows; a conditional question gets its row
        when its condition is first met (``refresh``) or the row is asked for. A row takes
        its value, read-only state and problem from what the form already holds, so a page
        or row built late looks exactly as if it had been built first.
        """
        if index in self._built or not 0 <= index < len(self.definition.sections):
            return
        self._built.add(index)
        section = self.definition.sections[index]
        answers = self.live_answers()
        self._build_page(section, self._scroll_area(index, section), answers)
        rows = self._built_rows(q.id for q in section.questions)
        for row in rows:
            row.input.set_value(self._saved.get(row.question.id))
            row.input.set_read_only(self._read_only)
        self._refresh_rows(rows, answers)
        self._place_page_in_tab_order(index)

    def _place_page_in_tab_order(self, index: int) -> None:
        """A page built after the widgets around the form (the findings, the timeline; even
        the first page is built by the first load) would be last in the window's Tab order:
        its stops go where the form stands, so Tab runs navigator, section, findings,
        timeline, as it did when every page was built with the form."""
        host = self.widget(index)
        stops = _tab_stops_in(host)
        window = host.window()
        previous = host.previousInFocusChain()
        for _ in range(2_000):  # the window's chain is a ring: stop at the window
            if previous is window or previous is host or host.isAncestorOf(previous):
                return  # nothing to Tab from before the form (the form on its own)
            if previous.focusPolicy() != Qt.FocusPolicy.NoFocus:
                break
            previous = previous.previousInFocusChain()
        else:
            return
        for widget in stops:
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def _add_row(self, question: Question, layout: QVBoxLayout, position: int = -1) -> QuestionRow:
        page = layout.parentWidget()
        voice = self.definition.sections[self._section_of[question.id]].id == VOICE_SECTION
        row = QuestionRow(question, page, text_lines=8 if voice else 4)
        row.setObjectName(f"question_{question.id}")
        row.input.committed.connect(lambda qid=question.id: self._commit(qid))
        row.input.edited.connect(lambda r=row: self._on_edited(r))
        row.timer.timeout.connect(lambda qid=question.id: self._commit(qid))
        layout.insertWidget(position, row)
        dict.__setitem__(self.rows, question.id, row)
        return row

    def _build_row(self, question_id: str) -> QuestionRow:
        """The row of a question whose page is built but which did not apply until now: in
        its place on the page and in the Tab order, holding the form's value for it."""
        question = self._later.pop(question_id)
        index = self._section_of[question_id]
        layout = self.scrolls[index].widget().layout()
        assert isinstance(layout, QVBoxLayout)
        ids = [q.id for q in self.definition.sections[index].questions]
        position = ids.index(question_id)
        before, after = self._built_rows(ids[:position]), self._built_rows(ids[position + 1:])
        row = self._add_row(question, layout, layout.indexOf(after[0]) if after else layout.count() - 1)
        row.input.set_value(self._saved.get(question_id))
        row.input.set_read_only(self._read_only)
        self._place_in_tab_order(row, before, after)
        return row

    def _built_rows(self, question_ids: Iterable[str]) -> list[QuestionRow]:
        """The rows made so far among these questions, in their order."""
        rows = (dict.get(self.rows, question_id) for question_id in question_ids)
        return [row for row in rows if row is not None]

    @staticmethod
    def _place_in_tab_order(row: QuestionRow, before: list[QuestionRow],
                            after: list[QuestionRow]) -> None:
        """Tab goes from the rows above into a row made late, then on to the rows below (a
        widget made late is otherwise last in the window's Tab order)."""
        stops = _tab_stops(row)
        if not stops:
            return
        previous = next((_tab_stops(other)[-1] for other in reversed(before) if _tab_stops(other)),
                        None)
        if previous is None:  # first on its page: just ahead of the row below it
            following = next((_tab_stops(other)[0] for other in after if _tab_stops(other)), None)
            if following is None:
                return
            previous = following.previousInFocusChain()
            while previous is not following and (
                    previous.focusPolicy() == Qt.FocusPolicy.NoFocus or row.isAncestorOf(previous)):
                previous = previous.previousInFocusChain()
            if previous is following:
                return
        for widget in stops:
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def _build_page(self, section: Section, scroll: QScrollArea, answers: dict[str, Any]) -> None:
        page = QWidget(scroll)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 8, 16, 8)
        title = WrappedLabel(section.title, page)
        title.setFont(scaled_font(title, 1.35, bold=True))
        layout.addWidget(title)
        voice = section.id == VOICE_SECTION
        guidance = section.help.strip() or (VOICE_GUIDANCE if voice else "")
        if guidance or section.source:
            text = guidance + (f"\n\nSource: {section.source}" if section.source else "")
            intro = WrappedLabel(text.strip(), page)
            intro.setStyleSheet(_HELP_STYLE)
            intro.setAccessibleName(f"Guidance for {section.title}")
            layout.addWidget(intro)
        for question in section.questions:
            if question.is_visible(answers, self._child):
                self._add_row(question, layout)
            else:
                self._later[question.id] = question
        layout.addStretch(1)
        scroll.setWidget(page)

    # ------------------------------------------------------------------ values

    def load(self, answers: Mapping[str, Any], child: Mapping[str, Any]) -> None:
        """Show a record's answers without saving anything.

        A row with an unsaved edit keeps it (and its typing pause): reloading must never
        throw away what the user typed. ``take_unsaved`` first to reset those rows too.
        """
        unsaved = self.unsaved()
        self._child = dict(child)
        self._saved = {k: v for k, v in answers.items() if has_value(v)}
        if not self._built and self.count():  # the first load: the page shown, with its answers
            self.ensure_page(self.currentIndex())
        self._server_problems = {k: v for k, v in self._server_problems.items() if k in unsaved}
        for question_id, row in self.rows.items():
            if question_id not in unsaved:
                row.timer.stop()
                row.input.set_value(self._saved.get(question_id))
        self.refresh()

    def set_child(self, child: Mapping[str, Any]) -> None:
        self._child = dict(child)
        self.refresh()

    def live_answers(self) -> dict[str, Any]:
        """What the widgets hold now, including text not yet saved."""
        answers = dict(self._saved)
        for question_id, row in self.rows.items():
            value = row.input.value()
            if has_value(value):
                answers[question_id] = value
            else:
                answers.pop(question_id, None)
        return answers

    def saved_value(self, question_id: str) -> Any:
        """What the form knows is stored (confirmed by ``mark_saved``)."""
        return self._saved.get(question_id)

    def value_to_save(self, question_id: str) -> Any:
        """The value ``answer_committed`` asks to save (None clears the answer)."""
        if question_id in self._to_save:
            return self._to_save[question_id]
        return self._current(self.rows[question_id])

    def mark_saved(self, question_id: str, value: Any) -> None:
        """Set what the form believes is stored: call it only once the service stored it."""
        if has_value(value):
            self._saved[question_id] = value
        else:
            self._saved.pop(question_id, None)

    @staticmethod
    def _current(row: QuestionRow) -> Any:
        value = row.input.value()
        return value if has_value(value) else None

    def unsaved(self) -> dict[str, Any]:
        """Question id -> value for every row showing something not saved (yet)."""
        return {question_id: value for question_id, row in self.rows.items()
                if not same_answer(value := self._current(row), self._saved.get(question_id))}

    def take_unsaved(self) -> dict[str, Any]:
        """The unsaved values, handed over (to the conflict dialog): their rows go back to
        the saved values and stop waiting to commit."""
        taken = self.unsaved()
        for question_id in taken:
            row = self.rows[question_id]
            row.timer.stop()
            row.input.set_value(self._saved.get(question_id))
            self._server_problems.pop(question_id, None)
        if taken:
            self.refresh()
        return taken

    def show_unsaved(self, question_id: str, value: Any) -> None:
        """Put a value the user chose back into its row, not saved (a refused re-apply)."""
        row = self.rows[question_id]
        if not same_answer(self._current(row), value if has_value(value) else None):
            row.input.set_value(value)
        self.refresh()
        self.answers_edited.emit()

    def problem(self, question_id: str) -> str:
        """Why the service refused this row's value, if it did."""
        return self._server_problems.get(question_id, "")

    def _on_edited(self, row: QuestionRow) -> None:
        row.timer.start()
        self.refresh()
        self.answers_edited.emit()

    def _commit(self, question_id: str) -> None:
        row = self.rows[question_id]
        row.timer.stop()
        value = self._current(row)
        if same_answer(value, self._saved.get(question_id)):
            return
        self._server_problems.pop(question_id, None)
        self.refresh()
        self._to_save[question_id] = value
        try:  # saved (``mark_saved``) or not by the time the emit returns
            self.answer_committed.emit(question_id)
        finally:
            self._to_save.pop(question_id, None)
        self.answers_edited.emit()

    def commit(self, question_id: str) -> None:
        """Ask for this row to be saved now if it holds an unsaved value (a retry)."""
        self._commit(question_id)

    def flush(self) -> None:
        """Commit every unsaved edit now (closing the window, switching record)."""
        for question_id in list(self.rows):
            self._commit(question_id)

    def has_pending(self) -> bool:
        return any(row.timer.isActive() for row in self.rows.values())

    # ------------------------------------------------------------------ display

    def set_server_problem(self, question_id: str, message: str | None) -> None:
        if message:
            self._server_problems[question_id] = message
        else:
            self._server_problems.pop(question_id, None)
        self.refresh()

    def refresh(self) -> None:
        """Show or hide conditional questions and the problem under each question."""
        answers = self.live_answers()
        for question_id, question in list(self._later.items()):
            if question.is_visible(answers, self._child):
                self._build_row(question_id)  # applies now: its row, shown just below
        self._refresh_rows(list(self.rows.values()), answers)

    def _refresh_rows(self, rows: list[QuestionRow], answers: dict[str, Any]) -> None:
        problems = {p.question_id: p for p in self.definition.check_answers(answers, self._child)}
        for row in rows:
            question_id = row.question.id
            row.setVisible(row.question.is_visible(answers, self._child))
            if question_id in self._server_problems:
                row.show_problem("invalid", self._server_problems[question_id])
            elif question_id in problems:
                problem = problems[question_id]
                row.show_problem(problem.kind, problem.message)
            else:
                row.show_problem(None)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for row in self.rows.values():
            row.input.set_read_only(read_only)

    # ------------------------------------------------------------------ navigation

    def go_to_section(self, index: int) -> None:
        if 0 <= index < self.count():
            self.ensure_page(index)
            self.setCurrentIndex(index)

    def next_section(self) -> None:
        self.go_to_section(self.currentIndex() + 1)
        self.focus_first()

    def previous_section(self) -> None:
        self.go_to_section(self.currentIndex() - 1)
        self.focus_first()

    def focus_first(self) -> None:
        section = self.definition.sections[self.currentIndex()]
        for question in section.questions:
            row = self.rows.get(question.id)  # no row yet: the question does not apply
            if row is not None and not row.isHidden():
                row.input.focus_target().setFocus(Qt.FocusReason.TabFocusReason)
                return

    def focus_question(self, question_id: str) -> bool:
        """Jump to a question (from a finding): its page, scrolled into view, focused."""
        index = self._section_of.get(question_id)
        if index is None:
            return False
        self.go_to_section(index)
        row = self.rows[question_id]
        self.scrolls[index].ensureWidgetVisible(row)
        row.input.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def row_for_focus(self) -> QuestionRow | None:
        widget = self.focusWidget()
        while widget is not None and not isinstance(widget, QuestionRow):
            widget = widget.parentWidget()
        return widget

    def show_help_for_focus(self) -> None:
        row = self.row_for_focus()
        if row is not None:
            row.toggle_help()
            if row.help_label.isVisible():
                self.scrolls[self.currentIndex()].ensureWidgetVisible(row.help_label)
