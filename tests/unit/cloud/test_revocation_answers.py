"""Responders' answers kept per certificate for a while (the server's revocation cache)."""

import threading
import time

from eoffice_cloud.verification import RevocationAnswers
from eoffice_desktop.signing.revocation import Answer, Outcome


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_answers_are_kept_for_their_time_and_unchecked_ones_shorter() -> None:
    clock = Clock()
    kept = RevocationAnswers(ttl=300, unchecked_ttl=30, clock=clock)
    asked: list[str] = []

    def ask(outcome: Outcome) -> Answer:
        asked.append(outcome.value)
        return Answer(outcome, "online")

    assert kept.get("good-cert", lambda: ask(Outcome.GOOD)).outcome is Outcome.GOOD
    assert kept.get("silent", lambda: ask(Outcome.NOT_CHECKED)).outcome is Outcome.NOT_CHECKED
    clock.now += 60
    kept.get("good-cert", lambda: ask(Outcome.REVOKED))
    kept.get("silent", lambda: ask(Outcome.GOOD))
    assert asked == ["good", "not-checked", "good"], "the good answer is kept, the unanswered one asked again"
    clock.now += 300
    assert kept.get("good-cert", lambda: ask(Outcome.REVOKED)).outcome is Outcome.REVOKED
    assert asked[-1] == "revoked", "after its time the responder is asked again"


def test_concurrent_letters_of_one_signer_ask_once() -> None:
    kept = RevocationAnswers()
    calls = []

    def slow() -> Answer:
        calls.append(1)
        time.sleep(0.2)
        return Answer(Outcome.GOOD, "online")

    threads = [threading.Thread(target=kept.get, args=("cert", slow)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1
