"""A letter's lifecycle: draft → ready for signature → signed → queued → delivered | rejected.

A letter signed on other workstations goes on a route instead (draft → routing → signed; a return brings it
back to draft, and the edit is a new version).

The rules live here, in pure Python; the store only persists what they allow. A signed version is immutable:
editing a signed letter makes a new draft version (and the letter goes back to draft).
"""

import enum
from collections.abc import Mapping

from eoffice_desktop.domain.errors import DomainError


class LetterState(enum.StrEnum):
    DRAFT = "draft"
    READY = "ready"  # waiting for signature (รอลงนาม)
    ROUTING = "routing"  # on its way through reviewers to the signer (อยู่ระหว่างเสนอ)
    SIGNED = "signed"
    QUEUED = "queued"  # in the outbox (รอส่ง)
    DELIVERED = "delivered"  # acknowledged by the server (ส่งแล้ว)
    REJECTED = "rejected"  # refused by the server, with its reason

    @property
    def thai(self) -> str:
        return _THAI[self]


_THAI = {
    LetterState.DRAFT: "ร่างหนังสือ",
    LetterState.READY: "รอลงนาม",
    LetterState.ROUTING: "อยู่ระหว่างเสนอ",
    LetterState.SIGNED: "ลงนามแล้ว",
    LetterState.QUEUED: "รอส่ง",
    LetterState.DELIVERED: "ส่งแล้ว",
    LetterState.REJECTED: "ถูกปฏิเสธ",
}

TRANSITIONS: Mapping[LetterState, frozenset[LetterState]] = {
    LetterState.DRAFT: frozenset({LetterState.READY, LetterState.SIGNED, LetterState.ROUTING}),
    LetterState.READY: frozenset({LetterState.DRAFT, LetterState.SIGNED}),
    # DRAFT: returned (edited as a new version); SIGNED: the route's signature came back
    LetterState.ROUTING: frozenset({LetterState.DRAFT, LetterState.SIGNED}),
    LetterState.SIGNED: frozenset({LetterState.QUEUED, LetterState.DRAFT}),  # DRAFT: edited → a new version
    LetterState.QUEUED: frozenset({LetterState.DELIVERED, LetterState.REJECTED}),
    LetterState.DELIVERED: frozenset(),
    LetterState.REJECTED: frozenset({LetterState.DRAFT}),  # corrected and sent again as a new version
}


class LifecycleError(DomainError):
    """A letter cannot go from its state to the one asked for."""


def check_transition(current: LetterState, target: LetterState) -> None:
    if target not in TRANSITIONS[current]:
        allowed = ", ".join(sorted(TRANSITIONS[current])) or "none: the letter is final"
        raise LifecycleError(
            f"a {current} letter cannot become {target} (allowed: {allowed})",
            thai=f"หนังสือสถานะ{current.thai} เปลี่ยนเป็น{target.thai}ไม่ได้",
        )


def editing_makes_new_version(state: LetterState) -> bool:
    """Whether an edit must go into a new version: signed and later states are immutable."""
    return state not in (LetterState.DRAFT, LetterState.READY)
