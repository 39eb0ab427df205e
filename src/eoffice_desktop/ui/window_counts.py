"""The counts beside the main window's sections, read on a worker: letters per state, the inbox, the person's
tasks. The first count (or the first sync) that finds tasks shows My tasks, once; new tasks are announced."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from eoffice_desktop.ui.messages import display_digits

if TYPE_CHECKING:
    from eoffice_desktop.ui.main_window import MainWindow


class SectionCounts(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.task_ids: dict[str, str] | None = None  # the person's tasks at the last count
        self.tasks_shown = False  # the window went to My tasks by itself once

    def refresh(self) -> None:
        """Count again (on a worker); the navigation shows the counts when they come."""
        if self.window.workspace is not None:
            from eoffice_desktop.ui.route_window import read_counts

            workspace = self.window.workspace
            self.window.tasks.run(lambda: read_counts(workspace), self._show, self._failed)

    def _show(self, counts: dict[str, Any]) -> None:
        from eoffice_desktop.ui.route_window import TASK_IDS, announce_new_tasks

        window = self.window
        task_ids = counts.pop(TASK_IDS, {})
        if task_ids and not self.tasks_shown and window.navigation.currentRow() == 1:
            self.tasks_shown = True  # what waits for the person comes first: once (the first count, or
            window.show_section(
                "tasks"
            )  # the first sync that brings tasks), never again after the user moves
        announce_new_tasks(window, self.task_ids, task_ids)
        self.task_ids = task_ids
        window.counts = counts
        for row, section in enumerate(window.sections):
            item = window.navigation.item(row)
            count = display_digits(str(counts.get(section.key, 0)))
            shown = f"{section.label} ({count})" if section.counted else section.label
            item.setText(shown)
        waiting = counts.get("queued", 0)
        window.status.setText(display_digits(self.tr("%n letter(s) waiting to be sent", "", waiting)))

    def _failed(self, error: BaseException) -> None:
        self.window.statusBar().showMessage(
            self.tr("Cannot read the letter store: %1").replace("%1", str(error))
        )
