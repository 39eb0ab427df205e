"""A table model that loads rows a page at a time as the view scrolls, so 100,000 letters stay instant, and
sorts by asking the store for the first page in the new order (never by sorting the rows it holds)."""

import enum
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

Index = QModelIndex | QPersistentModelIndex
Order = tuple[str, bool] | None  # the store's sort key and descending; None: the list's own order
Fetch = Callable[[int, int, Order], Sequence[Any]]  # (offset, limit, order) -> rows


class Alert(enum.IntEnum):
    """How strongly a cell asks to be seen (a speed or secrecy class). Its text says the same: the colour
    only helps the eye find it."""

    NONE = 0
    RED = 1  # red text
    STRONG = 2  # red and bold: ด่วนที่สุด, ลับที่สุด


LIGHT_RED = QColor("#b3261e")  # contrast 6.5:1 on white (WCAG AA asks 4.5:1)
DARK_RED = QColor("#ff8a80")  # about 6:1 on a dark base


def alert_colour() -> QColor:
    """Red that reads on the palette in use (selected rows draw in the highlight's text colour)."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return DARK_RED if base.lightness() < 128 else LIGHT_RED


class Column(NamedTuple):
    title: str
    cell: Callable[[Any], str]  # the cell's text from a row
    sort: str | None = None  # the store's sort key; None: the list cannot be sorted by this column
    descending_first: bool = False  # a first click sorts newest or highest first (dates, numbers, urgency)
    alert: Callable[[Any], Alert] | None = None  # cells drawn in red (and bold) by their row
    wide: bool = False  # shares the spare width with the subject (long text: a refusal's reason)


_TEXT_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
)
_ALERT_ROLES = (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole)


class PagedTableModel(QAbstractTableModel):
    PAGE = 100

    def __init__(self, columns: Sequence[Column], fetch: Fetch, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._fetch = fetch
        self.order: Order = None
        self.rows: list[Any] = []
        self._exhausted = False
        self.reload()

    def set_fetch(self, fetch: Fetch) -> None:
        self._fetch = fetch
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = list(self._fetch(0, self.PAGE, self.order))
        self._exhausted = len(self.rows) < self.PAGE
        self.endResetModel()

    def sort_column(self, key: str | None) -> int:
        """The column sorting by ``key`` (-1 when none does)."""
        return next((i for i, c in enumerate(self.columns) if key is not None and c.sort == key), -1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reload from the first page sorted by ``column`` (-1: the list's own order); a column that cannot be
        sorted leaves the list as it is."""
        if column < 0:
            self.order = None
        elif column < len(self.columns) and self.columns[column].sort is not None:
            self.order = (self.columns[column].sort, order == Qt.SortOrder.DescendingOrder)
        else:
            return
        self.reload()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role in _TEXT_ROLES:
            return column.cell(self.rows[index.row()])
        if role in _ALERT_ROLES and column.alert is not None:
            alert = column.alert(self.rows[index.row()])
            if role == Qt.ItemDataRole.ForegroundRole and alert:
                return alert_colour()
            if role == Qt.ItemDataRole.FontRole and alert is Alert.STRONG:
                bold = QFont()
                bold.setBold(True)  # only the weight: the rest follows the view's font
                return bold
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.InitialSortOrderRole:  # what the header's first click asks for
            descending = column.descending_first
            return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        more = list(self._fetch(len(self.rows), self.PAGE, self.order))
        self._exhausted = len(more) < self.PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()
