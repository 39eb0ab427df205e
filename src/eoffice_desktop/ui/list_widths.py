"""How wide the list's columns are: the wide ones (the subject) share the room left; every other column
fits its contents but takes at most a share of the list, so a long recipient or sender never squeezes the
subject down to a few letters on an office screen. The sections beside the list take only the room their
names need."""

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtWidgets import QHeaderView, QListWidget, QSizePolicy, QTableView

SHARE = 0.22
"""The most of the list's width a column that is not wide takes."""


class ColumnWidths(QObject):
    """Keeps ``table``'s columns fitted as rows arrive and the list is resized."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.wide: set[int] = set()
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.fit)
        model = table.model()
        model.modelReset.connect(self._pending.start)
        model.rowsInserted.connect(lambda *_: self._pending.start())
        table.viewport().installEventFilter(self)

    def set_wide(self, wide: list[bool]) -> None:
        """Which columns stretch (the others are fitted)."""
        header = self.table.horizontalHeader()
        self.wide = {column for column, stretch in enumerate(wide) if stretch}
        for column, stretch in enumerate(wide):
            mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(column, mode)
        self.fit()

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        cap = max(header.defaultSectionSize(), int(self.table.viewport().width() * SHARE))
        for column in range(header.count()):
            if column in self.wide or header.isSectionHidden(column):
                continue
            wanted = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(wanted, cap))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() is QEvent.Type.Resize:
            self._pending.start()
        return False


class SectionList(QListWidget):
    """The window's sections: as wide as the longest name with a three-digit count, no wider."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        hint = super().sizeHint()
        names = self.sizeHintForColumn(0) if self.count() else hint.width()
        counts = self.fontMetrics().horizontalAdvance(" (000)")
        margins = 2 * self.frameWidth() + 2 * self.spacing() + self.verticalScrollBar().sizeHint().width()
        return QSize(min(hint.width(), names + counts + margins), hint.height())
