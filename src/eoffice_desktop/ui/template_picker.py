"""Choose the kind of letter to draft (the templates, bundled and the agency's): the kinds used most first
(by the templates' ``rank``), each with its whole description, wrapped to the list's width."""

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.templates.registry import rank_order
from eoffice_desktop.ui.screen_fit import fit_to_screen
from eoffice_desktop.ui.template_text import template_description, template_title

PADDING = 6
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 2


class KindDelegate(QStyledItemDelegate):
    """A kind of letter as a bold title over its description, wrapped (never cut) to the list's width."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def document(
        self, index: QModelIndex | QPersistentModelIndex, option: QStyleOptionViewItem
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        title = escape(str(index.data(TITLE_ROLE) or ""))
        description = escape(str(index.data(DESCRIPTION_ROLE) or ""))
        doc.setHtml(f"<b>{title}</b>" + (f"<br>{description}" if description else ""))
        doc.setTextWidth(max(self.view.viewport().width() - 2 * PADDING - 2 * self.view.spacing(), 80))
        return doc

    def sizeHint(  # noqa: N802 (Qt API)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        doc = self.document(index, option)
        return QSize(int(doc.textWidth()) + 2 * PADDING, int(doc.size().height() + 0.999) + 2 * PADDING)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""  # the background and selection only; the text is drawn below
        style = self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, self.view)
        doc = self.document(index, option)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[operator]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + PADDING, option.rect.top() + PADDING)  # type: ignore[attr-defined]
        doc.documentLayout().draw(painter, context)
        painter.restore()


class TemplatePicker(QDialog):
    chosen = Signal(object)  # the Template

    def __init__(self, templates: Sequence[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New letter"))
        self.templates = sorted(templates, key=rank_order)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Kind of letter"))
        self.list.setSpacing(2)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # heights follow the width
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setItemDelegate(KindDelegate(self.list))
        for template in self.templates:
            title, description = template_title(template), template_description(template)
            item = QListWidgetItem(f"{title}\n{description}" if description else title)
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            item.setData(TITLE_ROLE, title)
            item.setData(DESCRIPTION_ROLE, description)
            item.setToolTip(description)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self._choose())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Draft"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._choose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        fit_to_screen(self, 600, 460)

    def _choose(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.templates):
            self.chosen.emit(self.templates[row])
            self.accept()
