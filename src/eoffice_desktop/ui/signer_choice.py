"""The office's usual signers above a letter's signer fields: choosing one fills the name and positions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from eoffice_desktop.desk.profile import SIGNER_FIELD, signer_data

if TYPE_CHECKING:
    from eoffice_desktop.config import Signer
    from eoffice_desktop.ui.letter_form import LetterForm

translate = QCoreApplication.translate


def add_signer_choice(form: LetterForm, signers: Sequence[Signer]) -> QComboBox | None:
    """A list of ``signers`` at the top of the form's signer group (only when there is a choice); the one the
    letter names is selected, else none."""
    group = form.fields.get(SIGNER_FIELD)
    if len(signers) < 2 or group is None or SIGNER_FIELD not in form.children_forms:
        return None
    combo = QComboBox()
    # a long position must not widen the form past its pane (the whole text is in the list and the tooltip)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    combo.setAccessibleName(translate("LetterForm", "Signer from the office's list"))
    for signer in signers:
        combo.addItem(f"{signer.name} — {signer.positions[0]}" if signer.positions else signer.name)
    current = (form.fields[SIGNER_FIELD].read() or {}).get("name")
    names = [signer.name for signer in signers]
    combo.setCurrentIndex(names.index(current) if current in names else -1)
    label = QLabel(translate("LetterForm", "Fro&m the office's list:"))
    label.setBuddy(combo)
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(label)
    line.addWidget(combo, 1)
    layout = group.widget.layout()
    assert layout is not None
    layout.insertWidget(0, row)  # type: ignore[attr-defined]
    first = form.children_forms[SIGNER_FIELD].fields["name"].focus
    before = first.previousInFocusChain()
    QWidget.setTabOrder(before, combo)  # Tab reaches the list just before the signer's name
    QWidget.setTabOrder(combo, first)
    combo.activated.connect(lambda index: form.set_value(SIGNER_FIELD, signer_data(signers[index])))
    return combo
