"""One user's workspace: the store and the services over it, as the window (and later tools) use them.

Plain Python: the GUI reaches it through Qt adapters in ui/, never the ORM.
"""

import getpass
from dataclasses import dataclass
from pathlib import Path

from eoffice_desktop.app import Services, build_services
from eoffice_desktop.store.db import Store, open_store
from eoffice_desktop.store.directory import Directory
from eoffice_desktop.store.inbox import Inbox
from eoffice_desktop.store.letters import LetterRepository
from eoffice_desktop.store.registers import Registers


@dataclass
class Workspace:
    store: Store
    services: Services
    actor: str

    @property
    def directory(self) -> Path:
        return self.store.directory

    @property
    def letters(self) -> LetterRepository:
        return LetterRepository(self.store, self.actor)

    @property
    def inbox(self) -> Inbox:
        return Inbox(self.store, self.actor)

    @property
    def registers(self) -> Registers:
        return Registers(self.store)

    @property
    def agencies(self) -> Directory:
        """The agency directory held for offline use (names by code, search, recipient groups)."""
        return Directory(self.store)

    def counts(self) -> dict[str, int]:
        """Letters per lifecycle state, plus ``inbox``: what the navigation shows."""
        return {**self.letters.counts(), "inbox": self.inbox.count()}

    def close(self) -> None:
        self.store.close()


def open_workspace(data_dir: Path | None = None, config_path: Path | None = None) -> Workspace:
    services = build_services(config_path, data_dir)
    return Workspace(store=open_store(data_dir), services=services, actor=getpass.getuser())
