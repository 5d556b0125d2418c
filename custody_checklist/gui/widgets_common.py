"""Answer inputs and small helpers shared by the checklist form and the event dialog.

Each input edits one answer value in the shape of docs/record-model.md and says when the
value was *committed* (a choice made, a field left) or merely *edited* (a key typed):
the form saves committed values at once and debounces edits, so a crash loses at most
the field being typed. Times are shown as Europe/London wall time whatever the
machine's time zone.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from custody_checklist.domain.definition import Question, parse_datetime_answer
from custody_checklist.domain.timeutil import LONDON, ensure_utc, format_instant, utc_now

# --------------------------------------------------------------------------- layout

def scaled_font(widget: QWidget, factor: float, bold: bool = False):
    """The widget's font scaled relative to the system font: never a pixel size."""
    font = widget.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


# --------------------------------------------------------------------------- time


def utc_to_qdatetime(moment: datetime) -> QDateTime:
    """Europe/London wall time as a QDateTime whose *fields* are the wall time.

    The QDateTime is tagged UTC only so that Qt never shifts it by the machine's zone.
    """
    local = ensure_utc(moment).astimezone(LONDON)
    return QDateTime(QDate(local.year, local.month, local.day),
                     QTime(local.hour, local.minute, local.second), QTimeZone.utc())


def qdatetime_to_utc(value: QDateTime) -> datetime:
    """Read the wall-time fields back as Europe/London (first occurrence when ambiguous)."""
    d, t = value.date(), value.time()
    naive = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())
    return naive.replace(tzinfo=LONDON).astimezone(UTC)


def make_datetime_edit(parent: QWidget | None = None) -> QDateTimeEdit:
    edit = QDateTimeEdit(parent)
    edit.setTimeZone(QTimeZone.utc())
    edit.setDisplayFormat("dd/MM/yyyy HH:mm")
    edit.setCalendarPopup(True)
    return edit


# --------------------------------------------------------------------------- inputs


class AnswerInput(QWidget):
    """Base of every answer input: ``value()``/``set_value()`` plus two signals."""

    committed = Signal()  # the value is final for now: save it
    edited = Signal()  # a keystroke: save after a pause

    is_text = False

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self._loading = False

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self._set(value)
        finally:
            self._loading = False

    def _set(self, value: Any) -> None:
        raise NotImplementedError

    def _emit_committed(self, *_: Any) -> None:
        if not self._loading:
            self.committed.emit()

    def _emit_edited(self, *_: Any) -> None:
        if not self._loading:
            self.edited.emit()

    def focus_target(self) -> QWidget:
        return self

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def _name(self, widget: QWidget, suffix: str = "") -> None:
        text = self.question.label + (f": {suffix}" if suffix else "")
        widget.setAccessibleName(text)
        if self.question.help:
            widget.setAccessibleDescription(self.question.help)


class YesNoInput(AnswerInput):
    """Unanswered / Yes / No. Keys: Y, N, and Delete to clear."""

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.yes = QRadioButton("Yes", self)
        self.no = QRadioButton("No", self)
        self.group = QButtonGroup(self)
        for button in (self.yes, self.no):
            self.group.addButton(button)
            button.setToolTip("Y = yes, N = no, Delete = not answered")
            layout.addWidget(button)
        self._name(self.yes, "Yes")
        self._name(self.no, "No")
        layout.addStretch(1)
        self.group.buttonClicked.connect(self._emit_committed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Y, N and Delete typed on either button (the buttons pass on keys they do not
        use). Not an event filter on the buttons: that was a Python call for every event
        they get, a hundred and fifty each time a record opened."""
        key = event.key()
        if self.isEnabled() and key == Qt.Key.Key_Y:
            self._choose(self.yes)
        elif self.isEnabled() and key == Qt.Key.Key_N:
            self._choose(self.no)
        elif self.isEnabled() and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._clear()
            self._emit_committed()
        else:
            super().keyPressEvent(event)

    def _choose(self, button: QRadioButton) -> None:
        button.setChecked(True)
        button.setFocus()
        self._emit_committed()

    def _clear(self) -> None:
        self.group.setExclusive(False)
        self.yes.setChecked(False)
        self.no.setChecked(False)
        self.group.setExclusive(True)

    def value(self) -> bool | None:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def _set(self, value: Any) -> None:
        if value is True:
            self.yes.setChecked(True)
        elif value is False:
            self.no.setChecked(True)
        else:
            self._clear()

    def focus_target(self) -> QWidget:
        return self.no if self.no.isChecked() else self.yes


class ChoiceInput(AnswerInput):
    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox(self)
        self.combo.addItem("— not answered —", None)
        for option in question.options:
            self.combo.addItem(option.label, option.value)
        # wide enough for most labels, but never wider than the page (long labels elide)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(min(max(len(o.label) for o in question.options), 40))
        self._name(self.combo)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.combo.currentIndexChanged.connect(self._emit_committed)

    def value(self) -> str | None:
        return self.combo.currentData()

    def _set(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))

    def focus_target(self) -> QWidget:
        return self.combo


class MultiChoiceInput(AnswerInput):
    """Check boxes; an exclusive option ("None of these") clears the others and vice versa."""

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        columns = 2 if len(question.options) > 4 else 1
        for index, option in enumerate(question.options):
            box = QCheckBox(option.label, self)
            self._name(box, option.label)
            box.toggled.connect(lambda checked, v=option.value: self._on_toggled(v, checked))
            layout.addWidget(box, index // columns if columns > 1 else index, index % columns)
            self.boxes[option.value] = box
        self._exclusive = {o.value for o in question.options if o.exclusive}

    def _on_toggled(self, value: str, checked: bool) -> None:
        if self._loading:
            return
        if checked:
            self._loading = True
            for other, box in self.boxes.items():
                if other != value and (value in self._exclusive or other in self._exclusive):
                    box.setChecked(False)
            self._loading = False
        self._emit_committed()

    def value(self) -> list[str] | None:
        chosen = [v for v, box in self.boxes.items() if box.isChecked()]
        return chosen or None

    def _set(self, value: Any) -> None:
        chosen = set(value or [])
        for option_value, box in self.boxes.items():
            box.setChecked(option_value in chosen)

    def focus_target(self) -> QWidget:
        return next(iter(self.boxes.values()), self)


class DateTimeInput(AnswerInput):
    """A Europe/London date-time with a "Now" button; the lowest value means "not recorded"."""

    FLOOR = datetime(2000, 1, 1, tzinfo=UTC)

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = make_datetime_edit(self)
        self.edit.setMinimumDateTime(utc_to_qdatetime(self.FLOOR))
        self.edit.setSpecialValueText("Not recorded")
        self._name(self.edit)
        self.now_button = QPushButton("Now", self)
        self._name(self.now_button, "set to now")
        self.now_button.setToolTip("Set to the current time (Europe/London)")
        layout.addWidget(self.edit)
        layout.addWidget(self.now_button)
        layout.addStretch(1)
        self.edit.editingFinished.connect(self._emit_committed)
        self.now_button.clicked.connect(self._on_now_clicked)

    def _on_now_clicked(self) -> None:
        self.edit.setDateTime(utc_to_qdatetime(utc_now().replace(second=0, microsecond=0)))
        self._emit_committed()

    def value(self) -> str | None:
        if self.edit.dateTime() == self.edit.minimumDateTime():
            return None
        return format_instant(qdatetime_to_utc(self.edit.dateTime()))

    def _set(self, value: Any) -> None:
        moment = parse_datetime_answer(value)
        self.edit.setDateTime(utc_to_qdatetime(moment) if moment else self.edit.minimumDateTime())

    def focus_target(self) -> QWidget:
        return self.edit


RANK_WORDS = ["Constable", "Sergeant", "Inspector", "Chief Inspector", "Superintendent",
              "Chief Superintendent", "Police staff"]


class PersonInput(AnswerInput):
    """Name, rank/role and number; other stored keys (phone, organisation) are kept."""

    is_text = True

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.fields: dict[str, QLineEdit] = {}
        for key, placeholder, stretch in (("name", "Name", 3), ("rank", "Rank or role", 2),
                                          ("number", "Number", 1)):
            edit = QLineEdit(self)
            edit.setPlaceholderText(placeholder)
            edit.setMaxLength(min(question.max_length, 200))
            self._name(edit, placeholder)
            edit.textEdited.connect(self._emit_edited)
            edit.editingFinished.connect(self._emit_committed)
            layout.addWidget(edit, stretch)
            self.fields[key] = edit
        completer = QCompleter(RANK_WORDS, self)  # inline: a popup would swallow Tab
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.fields["rank"].setCompleter(completer)
        self._extra: dict[str, str] = {}

    def value(self) -> dict[str, str] | None:
        result = dict(self._extra)
        for key, edit in self.fields.items():
            text = edit.text().strip()
            if text:
                result[key] = text
            else:
                result.pop(key, None)
        return result or None

    def _set(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        self._extra = {k: str(v) for k, v in value.items() if k not in self.fields}
        for key, edit in self.fields.items():
            edit.setText(str(value.get(key, "")))

    def focus_target(self) -> QWidget:
        return self.fields["name"]


class _PlainTextEdit(QPlainTextEdit):
    """A multi-line box where Tab moves on and leaving the box commits."""

    focus_left = Signal()

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()


class TextInput(AnswerInput):
    is_text = True

    def __init__(self, question: Question, parent: QWidget | None = None, lines: int = 4):
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        placeholder = question.prompt or ""
        if question.multiline:
            self.edit: QLineEdit | QPlainTextEdit = _PlainTextEdit(self)
            self.edit.setTabChangesFocus(True)
            self.edit.setPlaceholderText(placeholder)
            height = self.edit.fontMetrics().lineSpacing() * lines + 12
            self.edit.setMinimumHeight(height)
            self.edit.setMaximumHeight(height * 2)
            self.edit.textChanged.connect(self._emit_edited)
            self.edit.focus_left.connect(self._emit_committed)
        else:
            self.edit = QLineEdit(self)
            self.edit.setPlaceholderText(placeholder)
            self.edit.setMaxLength(question.max_length)
            self.edit.textEdited.connect(self._emit_edited)
            self.edit.editingFinished.connect(self._emit_committed)
        self._name(self.edit)
        layout.addWidget(self.edit)

    def value(self) -> str | None:
        text = self.edit.toPlainText() if isinstance(self.edit, QPlainTextEdit) else self.edit.text()
        return text if text.strip() else None

    def _set(self, value: Any) -> None:
        text = value if isinstance(value, str) else ""
        if isinstance(self.edit, QPlainTextEdit):
            if self.edit.toPlainText() != text:
                self.edit.setPlainText(text)
        elif self.edit.text() != text:
            self.edit.setText(text)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)

    def focus_target(self) -> QWidget:
        return self.edit


class NumberInput(AnswerInput):
    is_text = True

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(question.prompt or "A number")
        self._name(self.edit)
        self.edit.textEdited.connect(self._emit_edited)
        self.edit.editingFinished.connect(self._emit_committed)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def value(self) -> int | float | str | None:
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            return text  # kept as typed so the form can say why it is wrong
        return int(number) if number.is_integer() else number

    def _set(self, value: Any) -> None:
        self.edit.setText("" if value is None else f"{value:g}" if isinstance(value, float) else str(value))

    def focus_target(self) -> QWidget:
        return self.edit


def create_input(question: Question, parent: QWidget | None = None, *, text_lines: int = 4) -> AnswerInput:
    """The widget factory: one input per question type."""
    if question.type == "yesno":
        return YesNoInput(question, parent)
    if question.type == "choice":
        return ChoiceInput(question, parent)
    if question.type == "multichoice":
        return MultiChoiceInput(question, parent)
    if question.type == "datetime":
        return DateTimeInput(question, parent)
    if question.type == "person":
        return PersonInput(question, parent)
    if question.type == "number":
        return NumberInput(question, parent)
    return TextInput(question, parent, lines=text_lines)
