"""A minute's text with the agency's quick phrases offered while it is typed: the line typed so far that
begins a phrase opens a list under the cursor; Up/Down move in it, Enter or Tab take the phrase, Escape
closes the list (not the dialog). A phrase with "…" leaves the "…" selected, to be typed over."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QCompleter, QPlainTextEdit, QWidget

GAP = "…"


class PhraseEdit(QPlainTextEdit):
    def __init__(self, phrases: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phrases = list(phrases)
        self.completer = QCompleter(QStringListModel(self.phrases, self), self)
        self.completer.setWidget(self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.activated.connect(self.take)
        self.setTabChangesFocus(True)

    def _typed(self) -> str:
        """The current line up to the cursor."""
        cursor = self.textCursor()
        return cursor.block().text()[: cursor.positionInBlock()]

    def take(self, phrase: str) -> None:
        """``phrase`` in place of the line typed so far."""
        self.completer.popup().hide()
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(phrase)
        self._select_gap(cursor, len(phrase))
        self.setFocus()

    def insert_phrase(self, phrase: str) -> None:
        """``phrase`` at the cursor (a button's), after a space when the line has text before it."""
        cursor = self.textCursor()
        before = self._typed()
        text = phrase if not before or before.endswith((" ", "\n")) else f" {phrase}"
        cursor.insertText(text)
        self._select_gap(cursor, len(text))
        self.setFocus()

    def _select_gap(self, cursor: QTextCursor, length: int) -> None:
        end = cursor.position()
        block_text = self.toPlainText()[end - length : end]
        gap = block_text.find(GAP)
        if gap >= 0:
            cursor.setPosition(end - length + gap)
            cursor.setPosition(end - length + gap + len(GAP), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def _offer(self) -> None:
        typed = self._typed().lstrip()
        popup = self.completer.popup()
        if not typed or typed in self.phrases:
            popup.hide()
            return
        self.completer.setCompletionPrefix(typed)
        if self.completer.completionCount() == 0:
            popup.hide()
            return
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        rect = self.cursorRect()
        rect.setWidth(max(240, popup.sizeHintForColumn(0) + 24))
        self.completer.complete(rect)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        popup = self.completer.popup()
        if popup.isVisible():
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
                index = popup.currentIndex()
                if index.isValid():
                    self.take(str(index.data()))
                    return
            if key == Qt.Key.Key_Escape:
                popup.hide()
                return
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                rows = self.completer.completionCount()
                row = (popup.currentIndex().row() + (1 if key == Qt.Key.Key_Down else -1)) % max(rows, 1)
                popup.setCurrentIndex(self.completer.completionModel().index(row, 0))
                return
        super().keyPressEvent(event)
        if (event.text() and event.text().isprintable()) or event.key() == Qt.Key.Key_Backspace:
            self._offer()
        else:
            popup.hide()

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 (Qt API)
        """Text committed by an input method (a Thai IME) is offered phrases as typed keys are."""
        super().inputMethodEvent(event)
        if event.commitString():
            self._offer()
