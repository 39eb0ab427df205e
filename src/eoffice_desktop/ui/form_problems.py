"""When a letter form shows a field's problem: only once the user has left that field (focus out, by Tab or a
click), or after an attempt to send the letter for signature (then all). A fresh or reopened form is calm.

A field that can have a problem keeps the room for its message at all times, so no field moves while the user
types; the message of a field the user changes is dropped until the next check.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from eoffice_desktop.domain.fields import Derive, FieldSpec, FieldType
from eoffice_desktop.ui.template_text import problem_text

if TYPE_CHECKING:
    from eoffice_desktop.domain.errors import FieldError
    from eoffice_desktop.ui.letter_form import LetterForm

# leaving a field this way counts as having been there (not a popup or another window taking focus)
LEAVING = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.MouseFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
    Qt.FocusReason.OtherFocusReason,
)


DERIVED_FROM = {Derive.CLOSING_FOR_SALUTATION: "salutation"}


def can_fail(spec: FieldSpec) -> bool:
    """Whether what a user types into the field can be wrong (its message needs room beside it)."""
    return spec.required or spec.type in (FieldType.DATE, FieldType.DOC_NUMBER) or spec.derive is not None


def error_label(spec: FieldSpec) -> QLabel:
    """The place for a field's message: with its room kept when the field can have one, else hidden."""
    label = QLabel()
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    if can_fail(spec) and spec.type is not FieldType.OBJECT:  # a nested form has labels of its own
        label.setMinimumHeight(label.fontMetrics().lineSpacing())
    else:
        label.hide()  # shown only for a message that cannot come from typing (a number not issued)
    return label


def touches(path: str, touched: str) -> bool:
    """Whether a problem at ``path`` (``signer.name``, ``address[1]``) concerns the field the user left."""
    pairs = ((path, touched), (touched, path))
    return any(a == b or a.startswith(b + ".") or a.startswith(b + "[") for a, b in pairs)


def _leaf(problem: FieldError) -> str:
    """``signer.name`` → ``name``; ``signer`` → ``""``."""
    return problem.field.partition(".")[2].split(".")[0].split("[")[0]


def say(label: QLabel, text: str) -> None:
    """A message beside a field; a field that can have one keeps its room when it has none."""
    label.setText(text)
    if text:
        label.show()
    elif label.minimumHeight() == 0:
        label.hide()


class CalmProblems:
    """The problem-showing half of :class:`~eoffice_desktop.ui.letter_form.LetterForm`."""

    nested: bool
    errors: dict[str, QLabel]
    children_forms: dict[str, LetterForm]
    touched: set[str]  # dotted paths of the fields the user has left
    revealed: bool  # after an attempt to send: every problem shows
    problems: dict[str, FieldError]  # the latest check's, by top-level field
    _watched: dict[QObject, str]

    def _start_calm(self) -> None:
        self.touched = set()
        self.revealed = False
        self.problems = {}
        self._watched = {}

    def _watch(self, widget: QWidget, path: str) -> None:
        widgets = [widget]
        if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
            widgets.append(widget.lineEdit())
        for each in widgets:
            self._watched[each] = path
            each.installEventFilter(self)  # type: ignore[arg-type]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (
            event.type() is QEvent.Type.FocusOut
            and watched in self._watched
            and isinstance(event, QFocusEvent)
            and event.reason() in LEAVING
        ):
            self._field_left(self._watched[watched])
        return bool(super().eventFilter(watched, event))  # type: ignore[misc]

    def _field_left(self, path: str) -> None:
        if self.nested:
            self.left.emit(path)  # type: ignore[attr-defined]
            return
        form: LetterForm = self  # type: ignore[assignment]
        # a value derived from the field left (the closing from the salutation) was touched with it
        derived = {s.name for s in form.specs if s.derive is not None and DERIVED_FROM.get(s.derive) == path}
        if {path, *derived} - self.touched:
            self.touched |= {path, *derived}
            self._display()

    def _forget(self, name: str) -> None:
        """The field changed: its problem was about what it held before, and waits for the next check."""
        if self.problems.pop(name, None) is not None:
            self._display()

    def show_problems(self, problems: Mapping[str, FieldError]) -> None:
        """Take the latest check's problems; each shows beside its field once the user has left the field."""
        self.problems = dict(problems)
        self._display()

    def reveal_all(self, problems: Mapping[str, FieldError] | None = None) -> None:
        """Every problem shows from now on (the user tried to send the letter)."""
        self.revealed = True
        self.show_problems(self.problems if problems is None else problems)

    def visible_problems(self) -> dict[str, FieldError]:
        return {
            name: problem
            for name, problem in self.problems.items()
            if self.revealed or any(touches(problem.field, path) for path in self.touched)
        }

    def _display(self) -> None:
        for label in self.errors.values():
            say(label, "")
        for child in self.children_forms.values():
            for label in child.errors.values():
                say(label, "")
        for name, problem in self.visible_problems().items():
            child = self.children_forms.get(name)
            if child is not None and child.errors:
                # beside the sub-field it is about (signer.name), else the first one (the whole signer)
                label = child.errors.get(_leaf(problem)) or next(iter(child.errors.values()))
                say(label, problem_text(problem))
            elif name in self.errors:
                say(self.errors[name], problem_text(problem))

    def show_message(self, name: str, text: str) -> None:
        """A message of the window's own beside a field (a number that could not be taken); "" clears it."""
        say(self.errors[name], text)

    def first_problem_widget(self, problems: Mapping[str, FieldError]) -> QWidget | None:
        form: LetterForm = self  # type: ignore[assignment]
        for spec in form.specs:
            if spec.name in problems:
                child = self.children_forms.get(spec.name)
                leaf = _leaf(problems[spec.name])
                if child is not None and leaf in child.fields:
                    return child.fields[leaf].focus
                return form.fields[spec.name].focus
        return None
