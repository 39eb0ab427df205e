import pytest

from eoffice_desktop.domain.lifecycle import (
    LetterState,
    LifecycleError,
    check_transition,
    editing_makes_new_version,
)

S = LetterState


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (S.DRAFT, S.READY),
        (S.READY, S.SIGNED),
        (S.SIGNED, S.QUEUED),
        (S.QUEUED, S.DELIVERED),
        (S.QUEUED, S.REJECTED),
        (S.REJECTED, S.DRAFT),
        (S.SIGNED, S.DRAFT),
        (S.DRAFT, S.ROUTING),  # submitted on a route
        (S.ROUTING, S.DRAFT),  # returned: edited as a new version
        (S.ROUTING, S.SIGNED),  # the route's signature came back
    ],
)
def test_allowed(current: LetterState, target: LetterState) -> None:
    check_transition(current, target)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (S.DRAFT, S.QUEUED),
        (S.DELIVERED, S.DRAFT),
        (S.QUEUED, S.DRAFT),
        (S.READY, S.DELIVERED),
        (S.ROUTING, S.QUEUED),
        (S.READY, S.ROUTING),
    ],
)
def test_refused_with_a_clear_message(current: LetterState, target: LetterState) -> None:
    with pytest.raises(LifecycleError, match=f"cannot become {target}") as err:
        check_transition(current, target)
    assert err.value.thai


def test_signed_versions_are_immutable() -> None:
    assert not editing_makes_new_version(S.DRAFT)
    assert all(editing_makes_new_version(s) for s in (S.SIGNED, S.QUEUED, S.DELIVERED, S.REJECTED))
    assert editing_makes_new_version(S.ROUTING), "the version on its route stays as it went"


def test_a_letter_on_its_route_has_a_thai_name() -> None:
    assert S.ROUTING.thai == "อยู่ระหว่างเสนอ"
