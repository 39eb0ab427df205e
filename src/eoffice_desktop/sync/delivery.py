"""Delivering the outbox: a few uploads in flight at once, and no letter holding the others up.

Each outbox row keeps the idempotency key made when it was queued, so uploading several rows at once, or one
row again, can never make a duplicate. A row the server cannot settle now (a 409 for a key still held by a
request that died, a 5xx, a dropped connection) is retried after the other letters with capped backoff, or
after the server's Retry-After: in the same run when its wait is over, in a later run otherwise. The store is
written from the calling thread only, one transaction per batch of answers.
"""

import datetime as dt
import heapq
import logging
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any

from eoffice_desktop.store.db import Store
from eoffice_desktop.store.deliveries import Answered, Deliveries, Retrying
from eoffice_desktop.sync import backoff
from eoffice_desktop.sync.backend import Answer, Backend, Outcome

log = logging.getLogger(__name__)

IN_FLIGHT = 4
"""Uploads at once: enough to hide each round trip and the server's commit, few enough for any server."""

MAX_ATTEMPTS = 8
"""Attempts per letter in one run; a letter that still cannot be delivered waits for the next run."""

RECORD_EVERY_S = 0.25
"""Answers are written to the store together, at most this long after they came (and before any wait)."""

LONGEST_WAIT_S = backoff.CAP_S
"""A run waits this long at most for a letter's retry; a longer Retry-After leaves it to a later run."""


@dataclass(order=True)
class Parcel:
    """One pending outbox row, as a run delivers it."""

    due: float  # monotonic time from which it may be sent
    item_id: int
    letter_id: str = field(compare=False)
    key: str = field(compare=False)
    recipient: str | None = field(compare=False)
    digest: str = field(compare=False)
    subject: str = field(compare=False)
    metadata: dict[str, Any] = field(compare=False)
    attempts: int = field(compare=False)  # recorded before this run
    maybe_untimed: bool = field(compare=False)  # a signature may lack a trusted time (B-B, or not known)
    tries: int = field(default=0, compare=False)  # in this run


def pending(store: Store, clock: Callable[[], float] = time.monotonic) -> list[Parcel]:
    """The pending rows in queue order, with what their upload needs, read at once. ``due`` follows the
    wait recorded in an earlier run (backoff, Retry-After)."""
    now, started = dt.datetime.now(dt.UTC), clock()
    parcels = []
    for item in Deliveries(store).pending():
        wait_s = 0.0
        if item.next_attempt_at is not None:
            wait_s = max(0.0, (item.next_attempt_at - now).total_seconds())
        parcels.append(
            Parcel(
                due=started + wait_s,
                item_id=item.item_id,
                letter_id=item.letter_id,
                key=item.key,
                recipient=item.recipient,
                digest=item.digest,
                subject=item.subject,
                metadata=item.metadata,
                attempts=item.attempts,
                maybe_untimed=not item.levels or "B-B" in item.levels,
            )
        )
    return parcels


@dataclass
class Tally:
    """What a delivery run has done so far (the engine's Progress takes it over)."""

    delivered: int = 0
    rejected: int = 0
    bytes_sent: int = 0
    current: str | None = None


class Courier:
    """Delivers parcels with up to ``in_flight`` uploads at once.

    ``prepare(parcel)`` runs in the calling thread before a parcel's first upload in a run and returns the
    PDF to send, or None to send the stored blob (read by the upload thread). ``unsettled(answer)`` is
    called after an answer that settles nothing (RETRY, AUTH): an exception it raises ends the run.
    ``sleep`` is used only when nothing is in flight and every parcel left waits for its retry time: a sleep
    that returns at once (tests) makes the earliest one due.
    """

    def __init__(
        self,
        store: Store,
        client: Backend,
        actor: str,
        *,
        prepare: Callable[[Parcel], bytes | None],
        unsettled: Callable[[Answer], None],
        sleep: Callable[[float], None] = time.sleep,
        in_flight: int = IN_FLIGHT,
        max_attempts: int = MAX_ATTEMPTS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = store
        self.client = client
        self.deliveries = Deliveries(store, actor)
        self.prepare = prepare
        self.unsettled = unsettled
        self.sleep = sleep
        self.in_flight = max(1, in_flight)
        self.max_attempts = max_attempts
        self.clock = clock
        self._answered: list[Answered] = []
        self._retrying: list[Retrying] = []

    def _record(self) -> None:
        self.deliveries.record(self._answered, self._retrying)
        self._answered, self._retrying = [], []

    def _upload(self, parcel: Parcel, pdf: bytes | None) -> tuple[Answer, int]:
        data = pdf if pdf is not None else self.store.get_blob(parcel.digest)
        answer = self.client.upload(parcel.key, parcel.letter_id, parcel.recipient, parcel.metadata, data)
        return answer, len(data)

    def deliver(self, parcels: list[Parcel], tally: Tally, report: Callable[[], None] = lambda: None) -> None:
        """Send every parcel once it is due; returns when each is settled or left for a later run. An
        exception from ``prepare``, ``unsettled`` or an upload ends the run, raised once the uploads under
        way have answered and every answer received is recorded."""
        now = self.clock()
        ready = deque(p for p in parcels if p.due <= now)
        waiting = [p for p in parcels if now < p.due <= now + LONGEST_WAIT_S]
        heapq.heapify(waiting)
        flying: dict[Future[tuple[Answer, int]], Parcel] = {}
        stopping: BaseException | None = None
        recorded = self.clock()
        with ThreadPoolExecutor(self.in_flight, thread_name_prefix="upload") as pool:
            while flying or (stopping is None and (ready or waiting)):
                now = self.clock()
                while waiting and waiting[0].due <= now:
                    ready.append(heapq.heappop(waiting))  # after the letters not yet tried
                while stopping is None and ready and len(flying) < self.in_flight:
                    parcel = ready.popleft()
                    try:
                        pdf = self.prepare(parcel) if parcel.tries == 0 else None
                    except BaseException as exc:  # recorded answers first, then the error
                        stopping = exc
                        break
                    if parcel.tries == 0:
                        tally.current = parcel.subject
                        report()
                    flying[pool.submit(self._upload, parcel, pdf)] = parcel
                if flying:
                    timeout = max(0.0, waiting[0].due - now) if waiting and stopping is None else None
                    done, _ = wait(flying, timeout=timeout, return_when=FIRST_COMPLETED)
                    if done:
                        batch = [(flying.pop(f), f) for f in done]
                        stopping = self._settle(batch, waiting, tally) or stopping
                        tally.current = None
                        report()
                    if self.clock() - recorded >= RECORD_EVERY_S:
                        self._record()
                        recorded = self.clock()
                elif waiting and stopping is None:
                    self._record()
                    earliest = heapq.heappop(waiting)
                    self.sleep(max(0.0, earliest.due - self.clock()))
                    ready.append(earliest)
        self._record()
        if stopping is not None:
            raise stopping

    def _settle(
        self,
        finished: list[tuple[Parcel, Future[tuple[Answer, int]]]],
        waiting: list[Parcel],
        tally: Tally,
    ) -> BaseException | None:
        """Take a batch of answers (recorded with the next write); schedule the retries. Returns what stops
        the run."""
        answered, retrying = self._answered, self._retrying
        stop: BaseException | None = None
        for parcel, future in sorted(finished, key=lambda pair: pair[0].item_id):
            error = future.exception()
            if error is not None:
                stop = stop or error
                continue
            answer, size = future.result()
            if answer.outcome in (Outcome.DELIVERED, Outcome.REJECTED):
                delivered = answer.outcome is Outcome.DELIVERED
                answered.append(Answered(parcel.item_id, delivered, answer.detail, answer.server_id))
                tally.bytes_sent += size
                tally.delivered += delivered
                tally.rejected += not delivered
                continue
            if stop is None:
                try:
                    self.unsettled(answer)
                except Exception as exc:
                    stop = exc
            if answer.outcome is not Outcome.RETRY:
                continue
            parcel.tries += 1
            pause = answer.retry_after if answer.retry_after is not None else backoff.delay(parcel.tries)
            retrying.append(Retrying(parcel.item_id, answer.detail, pause))
            if parcel.tries < self.max_attempts and pause <= LONGEST_WAIT_S:
                parcel.due = self.clock() + pause
                heapq.heappush(waiting, parcel)
                log.info("letter %s: %s; retrying in %.1f s", parcel.letter_id, answer.detail, pause)
            else:
                log.info("letter %s: %s; left for the next sync", parcel.letter_id, answer.detail)
        return stop
