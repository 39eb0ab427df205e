"""The sync engine: works through the outbox while the server is reachable.

A letter is marked delivered only on the server's acknowledgement. Every attempt sends the idempotency key
made when the letter was queued, so a crash at any instant, a connection dropped after the server committed,
or a 5xx answer never loses a letter and never makes a duplicate: the retry gets the first answer back.
The outbox itself is delivered by `delivery.Courier` (a few uploads at once; a letter that cannot go now is
retried after the others).
"""

import hashlib
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.store.db import Store, StoreError
from eoffice_desktop.store.deliveries import Deliveries
from eoffice_desktop.store.directory import Directory
from eoffice_desktop.store.inbox import Inbox
from eoffice_desktop.store.numbers import NumberPool
from eoffice_desktop.store.people import People
from eoffice_desktop.sync.backend import Answer, Backend, Outcome, ServerError
from eoffice_desktop.sync.cases import cases_of
from eoffice_desktop.sync.delivery import IN_FLIGHT, Courier, Parcel, Tally, pending
from eoffice_desktop.sync.routing import Told, routes_of

log = logging.getLogger(__name__)


TEMPLATES_DIR = "templates"
"""Templates the server publishes, in the data directory (read by `draft` after the bundled ones)."""


def install_template(directory: Path, template_id: str, text: str) -> None:
    """Check a published template as `draft` will read it, then put it in place whole."""
    from eoffice_desktop.templates.loader import load_template

    if not template_id or Path(template_id).name != template_id or template_id.startswith("."):
        raise SyncError(f"the server published a template with a bad id {template_id!r}")
    directory.mkdir(parents=True, exist_ok=True)
    staging = directory / f".{template_id}.toml.part"
    staging.write_text(text, encoding="utf-8")
    try:
        template = load_template(staging)
        if template.id != template_id:
            raise SyncError(f"published template {template_id!r} declares id {template.id!r}")
        os.replace(staging, directory / f"{template_id}.toml")
    except Exception:
        staging.unlink(missing_ok=True)
        raise


class SyncError(EOfficeError):
    pass


class _Unreachable(Exception):
    """An upload failed and the server does not answer at all: the run ends as offline."""


class Offline(SyncError):
    def __init__(self, waiting: int) -> None:
        super().__init__(f"offline, {waiting} waiting", thai=f"ออฟไลน์ มีหนังสือรอส่ง {waiting} ฉบับ")
        self.waiting = waiting


@dataclass
class Progress:
    total: int
    delivered: int = 0
    rejected: int = 0
    bytes_sent: int = 0
    current: str | None = None  # the letter being sent (its subject)
    received: int = 0
    route_notes: list[Told] = field(default_factory=list)  # actions on routes the server did not take
    case_notes: list[Told] = field(default_factory=list)  # actions on cases the server did not take


def waiting(store: Store) -> int:
    return Deliveries(store).waiting()


@dataclass(frozen=True)
class AugmentPolicy:
    """Letters signed B-B offline get a trusted time (and validation data with ``trust``) before upload."""

    tsa_urls: tuple[str, ...]
    trust: tuple[Any, ...] = ()  # asn1crypto certificates

    @property
    def level(self) -> str:
        return "B-LT" if self.trust else "B-T"


class SyncEngine:
    def __init__(
        self,
        store: Store,
        client: Backend,
        actor: str,
        sleep: Callable[[float], None] = time.sleep,
        augment: AugmentPolicy | None = None,
        in_flight: int = IN_FLIGHT,
        person: str | None = None,
    ):
        self.store = store
        self.client = client
        self.actor = actor
        self.chosen_person = person  # the [identity] person setting; else whom the token stands for
        self.sleep = sleep
        self.augment = augment
        self.in_flight = in_flight

    def _prepare(self, parcel: Parcel) -> bytes | None:
        """Before a letter's first upload: a trusted time for one signed offline (the augment policy). Letters
        whose signatures all have one, as recorded when they were queued, are not read at all."""
        if self.augment is None or parcel.attempts or not parcel.maybe_untimed:
            return None
        return self._augmented(parcel.item_id, parcel.letter_id, self.store.get_blob(parcel.digest))

    def _unsettled(self, answer: Answer) -> None:
        if answer.outcome is Outcome.AUTH:
            raise SyncError(answer.detail, thai="เซิร์ฟเวอร์ไม่ยอมรับโทเค็นของเครื่องนี้")
        if not self.client.reachable():
            raise _Unreachable(answer.detail)

    @property
    def person(self) -> str | None:
        """Whom this workstation acts for on routes: the setting, else the token's person (GET /v1/me)."""
        if self.chosen_person:
            return self.chosen_person
        me = People(self.store).me()
        return me.person_id if me else None

    def pull(self) -> int:
        """Take in letters routed to this agency, resuming after the last one taken in; returns how many."""
        inbox = Inbox(self.store, self.actor)
        cases = cases_of(self)
        received = 0
        while True:
            feed = self.client.changes(inbox.cursor())
            for item in feed["items"]:
                if item.get("kind") == "number-block":
                    NumberPool(self.store).add_block(item)
                elif item.get("kind") == "route":
                    routes_of(self).receive(item)
                elif item.get("kind") == "case":
                    cases.receive(item)
                elif item.get("kind") == "template":
                    install_template(self.store.directory / TEMPLATES_DIR, str(item["id"]), str(item["toml"]))
                elif item.get("kind") == "letter" and not inbox.has(item["id"]):
                    pdf = self.client.letter_pdf(item["id"])
                    if hashlib.sha256(pdf).hexdigest() != item.get("sha256"):
                        raise SyncError(f"letter {item['id']} arrived damaged (checksum mismatch)")
                    inbox.receive(
                        item["id"], str(item.get("sender_agency", "")), item.get("metadata") or {}, pdf
                    )
                    received += 1
            inbox.set_cursor(int(feed["cursor"]))
            if not feed.get("more"):
                return received

    def pull_directory(self) -> bool:
        """Hold the server's agency directory when it changed since the one held; True when it did."""
        directory = Directory(self.store)
        fresh = self.client.directory(directory.etag())
        if fresh is None:
            return False
        count = directory.replace(fresh)
        log.info("agency directory updated: %d agencies", count)
        return True

    def pull_people(self) -> bool:
        """Keep whom this workstation acts for, and the agency's people when they changed (True then)."""
        people = People(self.store)
        me = self.client.me()
        if me is not None:
            people.set_me(me)
        fresh = self.client.people(people.etag())
        if fresh is None:
            return False
        log.info("people updated: %d", people.replace(fresh))
        return True

    def keep_numbers(self) -> None:
        """Report the numbers issued offline, and lease a new block for every series running low."""
        pool = NumberPool(self.store)
        for (series, year), used in pool.unreported().items():
            self.client.report_issued(series, year, used)
            pool.mark_reported(series, year, used)
        for left in pool.remaining():
            if left.low:
                pool.add_block(self.client.lease_numbers(left.series, max(left.last_block_size, 1)))
                log.info("leased another block of %s", left.series)

    def _augmented(self, item_id: int, letter_id: str, pdf: bytes) -> bytes:
        """The letter with a trusted time, saved before its first upload (the payload of an idempotency key
        never changes after an attempt); the letter as it is when no authority answers."""
        from eoffice_desktop.signing.augment import augment_bytes, needs_timestamp
        from eoffice_desktop.signing.errors import SigningError
        from eoffice_desktop.signing.levels import Level

        assert self.augment is not None
        try:
            if not needs_timestamp(pdf):
                return pdf
            result, done = augment_bytes(
                pdf, self.augment.tsa_urls, Level(self.augment.level), self.augment.trust
            )
        except SigningError as exc:
            log.warning("letter %s is sent without a trusted time: %s", letter_id, exc)
            return pdf
        digest = self.store.put_blob(result)
        gap = done.gap.total_seconds() if done.gap else None
        details = {"level": self.augment.level, "gap_s": gap}
        if not Deliveries(self.store, self.actor).replace_pdf(item_id, digest, details):
            return pdf
        return result

    def _push_actions(self, state: Progress) -> None:
        """This workstation's actions on routes and cases, and what the server did not take of them."""
        try:
            state.route_notes = routes_of(self).push().told
        except (ServerError, StoreError) as exc:
            log.warning("route actions not sent this time: %s", exc)
        try:
            state.case_notes = cases_of(self).push().told
        except (ServerError, StoreError) as exc:
            log.warning("case actions not sent this time: %s", exc)

    def run_once(self, progress: Callable[[Progress], None] | None = None) -> Progress:
        """Send everything pending (a few letters at once; one that cannot be delivered now is retried after
        the others), then take in what came. Raises Offline when the server cannot be reached at all."""
        parcels = pending(self.store)
        if not self.client.reachable():
            raise Offline(len(parcels))
        state = Progress(total=len(parcels))
        tally = Tally()

        def report() -> None:
            state.delivered, state.rejected = tally.delivered, tally.rejected
            state.bytes_sent, state.current = tally.bytes_sent, tally.current
            if progress is not None:
                progress(state)

        courier = Courier(
            self.store,
            self.client,
            self.actor,
            prepare=self._prepare,
            unsettled=self._unsettled,
            sleep=self.sleep,
            in_flight=self.in_flight,
        )
        try:
            courier.deliver(parcels, tally, report)
        except _Unreachable:
            raise Offline(waiting(self.store)) from None
        report()
        self._push_actions(state)
        try:
            self.keep_numbers()
        except ServerError as exc:
            log.warning("number blocks not updated this time: %s", exc)
        try:
            state.received = self.pull()
        except ServerError as exc:
            log.warning("incoming letters not fetched this time: %s", exc)
        try:
            cases_of(self).fetch_minutes()
        except StoreError as exc:
            log.warning("minutes not fetched this time: %s", exc)
        try:  # last: letters went out and came in already, whatever happens to the directory
            self.pull_directory()
        except (ServerError, StoreError) as exc:
            log.warning("agency directory not updated this time: %s", exc)
        except Exception:  # a bug must not make a sync that delivered look failed
            log.exception("agency directory not updated this time")
        try:
            self.pull_people()
        except (ServerError, StoreError) as exc:
            log.warning("people not updated this time: %s", exc)
        except Exception:
            log.exception("people not updated this time")
        return state
