"""The people of the agency as the window and the command line ask for them: found by any part of a Thai name,
and who this workstation acts for (the setting ``[identity] person``, else the person its token stands for, as
the last sync heard from the server). Everything here works offline, from what sync kept."""

from dataclasses import dataclass

from eoffice_desktop.config import Config
from eoffice_desktop.domain.people import Person
from eoffice_desktop.store.db import Store
from eoffice_desktop.store.people import People


@dataclass(frozen=True)
class Acting:
    """Whom this workstation acts for, and why."""

    person_id: str
    person: Person | None  # None: not among the people held (sync, or check the setting)
    source: str  # "setting" ([identity] person) or "token" (GET /v1/me, on the last sync)
    workstation: str | None = None  # the name the server knows the token by


def acting(store: Store, config: Config) -> Acting | None:
    """Whom this workstation acts for; None when neither the setting nor the token names a person."""
    people = People(store)
    workstation = people.workstation()
    if config.person:
        return Acting(config.person, people.get(config.person), "setting", workstation)
    me = people.me()
    if me is None:
        return None
    return Acting(me.person_id, people.get(me.person_id) or me, "token", workstation)


def find(store: Store, text: str, limit: int | None = 50) -> list[Person]:
    """People whose name, position, unit or id hold every word of ``text``; no text: everyone."""
    return People(store).search(text, limit=limit)


def held(store: Store) -> bool:
    """Whether a sync brought the agency's people yet."""
    return People(store).etag() is not None
