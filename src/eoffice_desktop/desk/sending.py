"""Sending signed letters to agencies of the directory: what to ask before a memo leaves the agency, and
queueing each letter once for all its recipients (sync delivers one copy to each); memos to units and people
inside the agency (:meth:`Sending.queue_memo`)."""

from collections.abc import Sequence
from typing import TYPE_CHECKING

from eoffice_desktop.domain.agencies import Place, outside
from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.store.directory import AgencyEntry, Directory
from eoffice_desktop.workspace import Workspace

if TYPE_CHECKING:  # the outbox loads pyHanko: not while the send dialog opens
    from eoffice_desktop.sync.outbox import Queued

INTERNAL_KIND = "internal"  # บันทึกข้อความ: the memo template and agencies' own memo templates
MEMO_TEMPLATE = "memo"


class Sending:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    @property
    def directory(self) -> Directory:
        return self.workspace.agencies

    def is_memo(self, template_id: str) -> bool:
        """Whether letters of ``template_id`` are internal memos (บันทึกข้อความ)."""
        try:
            return self.workspace.services.templates.get(template_id).kind == INTERNAL_KIND
        except EOfficeError:  # a template no longer installed: its id is all there is
            return template_id == MEMO_TEMPLATE

    def memo_leaves_agency(self, template_ids: Sequence[str], recipients: Sequence[str]) -> list[AgencyEntry]:
        """The recipients outside this workstation's agency when any of the letters is a memo; [] when no
        memo is sent or every recipient is inside (see domain/agencies.py). Before the first sync the own
        agency is unknown and every recipient counts as outside."""
        if not any(self.is_memo(t) for t in template_ids):
            return []
        return self.directory.entries(self._outside(recipients))

    def inside_agency(self, code: str) -> bool:
        """Whether the agency ``code`` is inside this workstation's (the agency itself, or of its ministry or
        department: where a memo goes); False before the first sync, when the own agency is unknown."""
        return not self._outside([code])

    def _outside(self, recipients: Sequence[str]) -> list[str]:
        directory = self.directory
        own = directory.own_agency()
        known = directory.entries([*recipients, *([own] if own else [])])
        places = {e.code: Place(e.parent, e.department, e.ministry) for e in known if e.listed}
        for entry in list(known):  # the tops of the recipients' trees, for the comparison
            parent = entry.parent
            while parent and parent not in places:
                above = directory.get(parent)
                if above is None:
                    break
                places[parent] = Place(above.parent, above.department, above.ministry)
                parent = above.parent
        return outside(own, recipients, places)

    def queue(self, letter_ids: Sequence[str], recipients: Sequence[str]) -> list["Queued"]:
        """Queue the signed letters for ``recipients`` (checked as in the outbox: intact, trusted); runs on a
        worker (it verifies every signature)."""
        from eoffice_desktop.signing.trust_anchors import load_trust_anchors
        from eoffice_desktop.sync.outbox import queue_stored

        workspace = self.workspace
        trust = load_trust_anchors(list(workspace.services.config.trust))
        codes = list(recipients)
        return [queue_stored(workspace.store, i, workspace.actor, codes, trust) for i in letter_ids]

    def units(self) -> list[str]:
        """The units (กลุ่ม/กอง) of the agency's people held here, in Thai order: what a memo may be for."""
        from eoffice_desktop.desk.case_window import units

        return units(self.workspace)

    def check_addressees(
        self, recipients: Sequence[str], units: Sequence[str], people: Sequence[str]
    ) -> None:
        """Raise AddresseeRefused (English and Thai) when a memo cannot be addressed so: checked offline
        against the people held, nothing written."""
        from eoffice_desktop.sync.addressing import address

        address(self.workspace.store, recipients, units, people)

    def queue_memo(
        self,
        letter_ids: Sequence[str],
        units: Sequence[str] = (),
        people: Sequence[str] = (),
        recipients: Sequence[str] = (),
    ) -> list["Queued"]:
        """Queue the signed memos for ``units`` and ``people`` (ids) of this workstation's own agency
        (``recipients`` may name only that agency beside them), checked first against the people held
        (AddresseeRefused, in Thai too, with nothing queued), then as :meth:`queue`; runs on a worker."""
        from eoffice_desktop.signing.trust_anchors import load_trust_anchors
        from eoffice_desktop.sync.addressing import address
        from eoffice_desktop.sync.outbox import queue_stored

        workspace = self.workspace
        addressed = address(workspace.store, recipients, units, people)
        trust = load_trust_anchors(list(workspace.services.config.trust))
        return [queue_stored(workspace.store, i, workspace.actor, addressed, trust) for i in letter_ids]
