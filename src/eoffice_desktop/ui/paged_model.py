"""A table model that loads rows a page at a time as the view scrolls, so 100,000 letters stay instant."""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int], Sequence[Any]]  # (offset, limit) -> rows
Column = tuple[str, Callable[[Any], str]]  # header, cell text from a row


class PagedTableModel(QAbstractTableModel):
    PAGE = 100

    def __init__(self, columns: Sequence[Column], fetch: Fetch, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._fetch = fetch
        self.rows: list[Any] = []
        self._exhausted = False
        self.reload()

    def set_fetch(self, fetch: Fetch) -> None:
        self._fetch = fetch
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = list(self._fetch(0, self.PAGE))
        self._exhausted = len(self.rows) < self.PAGE
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self.columns[index.column()][1](self.rows[index.row()])

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][0]
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        more = list(self._fetch(len(self.rows), self.PAGE))
        self._exhausted = len(more) < self.PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()
