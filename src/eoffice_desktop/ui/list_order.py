"""The order of the window's list: a header click sorts (the model asks the store for the first page in that
order), the header's arrow shows the order, and each section's choice is kept with the window's layout."""

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QTableView

from eoffice_desktop.ui.paged_model import PagedTableModel

DIRECTIONS = {"ascending": False, "descending": True}


class ListOrder:
    def __init__(self, table: QTableView, model: PagedTableModel, settings: QSettings) -> None:
        self.table = table
        self.model = model
        self.settings = settings
        self.section = ""
        self.default: tuple[str, bool] = ("", False)
        table.setSortingEnabled(True)  # the view passes header clicks to PagedTableModel.sort
        table.horizontalHeader().sortIndicatorChanged.connect(self._chosen)

    def restore(self, section: str, default: tuple[str, bool]) -> None:
        """Put the model (its columns already set, not yet reloaded) in the order last chosen for
        ``section``, else ``default`` (sort key, descending)."""
        self.section, self.default = section, default
        key, _, direction = str(self.settings.value(f"sort/{section}", "") or "").partition(" ")
        chosen = (key, DIRECTIONS[direction]) if direction in DIRECTIONS else default
        self.model.order = chosen if self.model.sort_column(chosen[0]) >= 0 else default

    def show(self) -> None:
        """The header's arrow on the model's order, without sorting again."""
        key, descending = self.model.order or self.default
        header = self.table.horizontalHeader()
        blocked = header.blockSignals(True)
        header.setSortIndicator(
            self.model.sort_column(key),
            Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder,
        )
        header.blockSignals(blocked)

    def _chosen(self, column: int, order: Qt.SortOrder) -> None:
        """After the model sorted on a header click: remember the choice. A column that cannot be sorted left
        the list as it was, and the arrow goes back to the column that is."""
        if self.model.order is None or self.model.sort_column(self.model.order[0]) != column:
            self.show()
            return
        direction = "descending" if order == Qt.SortOrder.DescendingOrder else "ascending"
        self.settings.setValue(f"sort/{self.section}", f"{self.model.order[0]} {direction}")
