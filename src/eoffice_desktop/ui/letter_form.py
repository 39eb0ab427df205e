"""The letter form, generated from a template's field declarations: one editor per field type, required fields
marked, the closing following the salutation, labels in the window's language, and problems shown calmly
(ui/form_problems.py: once the user has left the field, or after an attempt to send)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.domain.fields import Derive, FieldSpec, FieldType
from eoffice_desktop.ui.form_problems import CalmProblems, error_label
from eoffice_desktop.ui.template_text import field_description, field_label

if TYPE_CHECKING:
    from eoffice_desktop.domain.salutations import SalutationTable

translate = QCoreApplication.translate


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class _Field:
    """One field's editor: its widget, how to read and fill it, and the signal that it changed."""

    def __init__(
        self,
        widget: QWidget,
        read: Callable[[], Any],
        write: Callable[[Any], None],
        changed: Any,
        focus: QWidget | None = None,
    ) -> None:
        self.widget = widget
        self.read = read
        self.write = write
        self.changed = changed
        self.focus = focus or widget


class LetterForm(CalmProblems, QWidget):
    """``data()`` gives the letter's raw data (what the store keeps and validation checks); ``changed`` fires
    on every edit; ``take_number`` asks the window to issue a number into a number field."""

    changed = Signal()
    take_number = Signal(str)  # field name
    left = Signal(str)  # a field's dotted path: the user left it (a nested form tells its parent)

    def __init__(
        self,
        fields: Sequence[FieldSpec],
        salutations: SalutationTable,
        parent: QWidget | None = None,
        *,
        nested: bool = False,
    ) -> None:
        super().__init__(parent)
        self.specs = list(fields)
        self.salutations = salutations
        self.nested = nested
        self.fields: dict[str, _Field] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self._filling = False
        self.children_forms: dict[str, LetterForm] = {}
        self.number_buttons: dict[str, QPushButton] = {}
        self._start_calm()
        layout = QFormLayout(self)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for spec in self.specs:
            field = self._editor(spec)
            self.fields[spec.name] = field
            error = error_label(spec)
            self.errors[spec.name] = error
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(field.widget)
            column.addWidget(error)
            label = QLabel(self._label_text(spec))
            label.setBuddy(field.focus)
            self.labels[spec.name] = label
            layout.addRow(label, cell)
            field.changed.connect(lambda *_args, name=spec.name: self._edited(name))
            if spec.name not in self.children_forms:
                self._watch(field.focus, spec.name)
        if "salutation" in self.fields and "closing" in self.fields:
            self.fields["salutation"].changed.connect(self._follow_salutation)
            self._follow_salutation()

    # building

    @staticmethod
    def _label_text(spec: FieldSpec) -> str:
        text = field_label(spec)
        return f"{text} <span style='color:#b00020'>*</span>" if spec.required else text

    def _describe(self, spec: FieldSpec, widget: QWidget) -> None:
        widget.setAccessibleName(field_label(spec))
        hint = field_description(spec)
        if spec.required:
            required = translate("LetterForm", "required")
            hint = f"{required}. {hint}" if hint else required
        if hint:
            widget.setToolTip(hint)
            widget.setAccessibleDescription(hint)

    def _editor(self, spec: FieldSpec) -> _Field:
        match spec.type:
            case FieldType.OBJECT:
                return self._object(spec)
            case FieldType.LINES | FieldType.LIST | FieldType.PARAGRAPHS:
                return self._lines(spec)
            case FieldType.CHOICE:
                combo = QComboBox()
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(12)
                combo.addItem(translate("LetterForm", "(none)"), "")
                for choice in spec.choices:
                    combo.addItem(choice, choice)
                self._describe(spec, combo)
                return _Field(
                    combo,
                    lambda: combo.currentData() or None,
                    lambda v: combo.setCurrentIndex(max(combo.findData(v or ""), 0)),
                    combo.currentIndexChanged,
                )
            case FieldType.DATE:
                return self._date(spec)
            case FieldType.DOC_NUMBER:
                return self._number(spec)
        if spec.name == "salutation":
            combo = QComboBox()
            combo.setEditable(True)
            combo.addItems(list(self.salutations.closings))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)  # the longest royal salutation must not widen the form
            self._describe(spec, combo)
            return _Field(
                combo,
                lambda: combo.currentText().strip() or None,
                lambda v: combo.setCurrentText(str(v or "")),
                combo.currentTextChanged,
            )
        edit = QLineEdit()
        self._describe(spec, edit)
        return _Field(
            edit, lambda: edit.text().strip() or None, lambda v: edit.setText(str(v or "")), edit.textChanged
        )

    def _lines(self, spec: FieldSpec) -> _Field:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)  # keyboard-first: Tab moves on, as in every other field
        tall = spec.type is FieldType.PARAGRAPHS
        edit.setMinimumHeight(160 if tall else 70)
        edit.setMaximumHeight(16777215 if tall else 110)
        hint = {
            FieldType.PARAGRAPHS: translate("LetterForm", "One paragraph per line"),
            FieldType.LIST: translate("LetterForm", "One item per line"),
            FieldType.LINES: translate("LetterForm", "One line per line"),
        }[spec.type]
        edit.setPlaceholderText(hint)
        self._describe(spec, edit)

        def write(value: Any) -> None:
            edit.setPlainText("\n".join(value) if isinstance(value, list) else str(value or ""))

        return _Field(edit, lambda: _lines(edit.toPlainText()) or None, write, edit.textChanged)

    def _date(self, spec: FieldSpec) -> _Field:
        from eoffice_desktop.ui.date_field import DateField

        field = DateField()
        self._describe(spec, field.edit)
        return _Field(field, field.iso, field.set_value, field.edited, field.edit)

    def _number(self, spec: FieldSpec) -> _Field:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit()
        edit.setPlaceholderText(translate("LetterForm", "e.g. ดศ 0201/123, or the series and Take a number"))
        take = QPushButton(translate("LetterForm", "Take a number"))
        take.setAccessibleName(translate("LetterForm", "Take the next number of this series"))
        take.setToolTip(
            translate(
                "LetterForm", "Issues the next number from the block leased for this office; works offline"
            )
        )
        row.addWidget(edit, 1)
        row.addWidget(take)
        self._describe(spec, edit)
        take.clicked.connect(lambda: self.take_number.emit(spec.name))
        self.number_buttons[spec.name] = take
        return _Field(
            box,
            lambda: edit.text().strip() or None,
            lambda v: edit.setText(str(v or "")),
            edit.textChanged,
            edit,
        )

    def _object(self, spec: FieldSpec) -> _Field:
        group = QGroupBox()
        group.setAccessibleName(field_label(spec))
        inner = LetterForm(spec.fields, self.salutations, group, nested=True)
        inner.take_number.connect(self.take_number)
        inner.left.connect(lambda path, name=spec.name: self._field_left(f"{name}.{path}"))
        column = QVBoxLayout(group)
        column.setContentsMargins(6, 4, 6, 4)
        column.addWidget(inner)
        self.children_forms[spec.name] = inner
        focus = next(iter(inner.fields.values())).focus if inner.fields else group
        return _Field(
            group, lambda: inner.data() or None, lambda v: inner.set_data(v or {}), inner.changed, focus
        )

    # salutation → closing

    def _follow_salutation(self) -> None:
        closing = self.fields["closing"].focus
        salutation = self.fields["salutation"].read() or self.salutations.default_salutation
        derived = self.salutations.closings.get(str(salutation), "")
        if isinstance(closing, QLineEdit):
            closing.setPlaceholderText(derived)

    def closing_spec(self) -> FieldSpec | None:
        return next((s for s in self.specs if s.derive is Derive.CLOSING_FOR_SALUTATION), None)

    # data

    def _edited(self, name: str) -> None:
        if self._filling:
            return
        self._forget(name)
        self.changed.emit()

    def data(self) -> dict[str, Any]:
        out = {}
        for name, field in self.fields.items():
            value = field.read()
            if value is not None:
                out[name] = value
        return out

    def set_data(self, data: Mapping[str, Any], *, defaults: bool = False) -> None:
        """Fill the form (without ``changed``); ``defaults`` puts the template's defaults in empty fields."""
        self._filling = True
        try:
            for spec in self.specs:
                value = data.get(spec.name)
                if value is None and defaults:
                    value = spec.default
                child = self.children_forms.get(spec.name)
                if child is not None:
                    child.set_data(value or {}, defaults=defaults)
                else:
                    self.fields[spec.name].write(value)
        finally:
            self._filling = False

    def set_value(self, name: str, value: Any) -> None:
        """Put ``value`` into one field (as if typed: ``changed`` fires)."""
        self.fields[name].write(value)
        if name in self.children_forms:  # a nested form fills itself quietly
            self._edited(name)
