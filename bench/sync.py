"""Sync throughput against a bare `requests` upload loop, and the store's speed with 100,000 letters.

    .venv/bin/python bench/sync.py [--letters 2000] [--size-kb 50] [--store-letters 100000]

Sync: 2,000 queued 50 KB letters delivered by the engine (idempotency keys, acknowledgements, store updates)
against a bare loop POSTing the same payloads to the same server in the same run. Target: throughput ratio
≥ 0.5. Store: Thai substring search of the registers and the first page of a letter list with 100,000
letters, newest first and sorted by a column (Thai dictionary order). Target ≤ 100 ms each.
"""

import argparse
import base64
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import requests
from sqlalchemy import insert
from tests.cloud import running_cloud

from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.store.db import Store, open_store
from eoffice_desktop.store.letters import LetterRepository
from eoffice_desktop.store.models import Letter, LetterVersion, OutboxItem, RegisterEntry
from eoffice_desktop.store.registers import Registers
from eoffice_desktop.sync.client import CloudClient
from eoffice_desktop.sync.engine import SyncEngine

SUBJECTS = ["ขอเชิญประชุมคณะทำงาน", "ขอความร่วมมือตอบแบบสำรวจ", "ส่งรายงานผลการดำเนินงาน", "แจ้งกำหนดการตรวจราชการ"]


def fill_outbox(store: Store, count: int, size: int) -> list[bytes]:
    now = dt.datetime.now(dt.UTC)
    payloads = []
    with store.sessions.begin() as session:
        for i in range(count):
            pdf = b"%PDF-1.7\n" + os.urandom(size)
            payloads.append(pdf)
            digest = store.put_blob(pdf)
            letter_id = str(uuid.uuid4())
            session.add(
                Letter(
                    id=letter_id,
                    template="memo",
                    state=LetterState.QUEUED,
                    created_at=now,
                    updated_at=now,
                    subject=SUBJECTS[i % 4],
                    number=f"ดศ 0201/{i + 1}",
                    recipient_agency="CM",
                )
            )
            session.add(
                LetterVersion(
                    letter_id=letter_id,
                    number=1,
                    data_json="{}",
                    pdf_sha256=digest,
                    signed=True,
                    created_at=now,
                )
            )
            session.add(
                OutboxItem(
                    letter_id=letter_id,
                    version=1,
                    idempotency_key=str(uuid.uuid4()),
                    recipient_agency="CM",
                    pdf_sha256=digest,
                    state="pending",
                    created_at=now,
                )
            )
    return payloads


def bench_sync(letters: int, size_kb: int) -> None:
    work = Path(tempfile.mkdtemp(prefix="eoffice-bench-sync-"))
    # synthetic payloads (random bytes), not signed letters: the server is told to accept them unverified
    with running_cloud(work / "cloud", accept_unverified=True) as cloud:
        cloud.token("cm", "CM")
        store = open_store(work / "client")
        payloads = fill_outbox(store, letters, size_kb * 1024)
        bare_token = cloud.token("bare", "DS")
        session = requests.Session()
        start = time.perf_counter()
        for pdf in payloads:
            body = {
                "letter_id": str(uuid.uuid4()),
                "recipient_agency": "CM",
                "metadata": {},
                "pdf": base64.b64encode(pdf).decode(),
            }
            response = session.post(
                f"{cloud.url}/v1/letters",
                data=json.dumps(body),
                headers={
                    "Authorization": f"Bearer {bare_token}",
                    "Idempotency-Key": str(uuid.uuid4()),
                    "Content-Type": "application/json",
                },
                timeout=60,
            )
            assert response.status_code == 201
        bare = time.perf_counter() - start
        engine = SyncEngine(store, CloudClient(cloud.url, cloud.token("ws", "DS")), "bench")
        start = time.perf_counter()
        result = engine.run_once()
        ours = time.perf_counter() - start
        assert result.delivered == letters
        store.close()
    print(f"bare requests loop : {letters / bare:8.1f} letters/s")
    print(f"sync engine        : {letters / ours:8.1f} letters/s")
    print(f"throughput ratio   : {bare / ours:8.2f}  (target ≥ 0.5)")


def bench_store(count: int) -> None:
    store = open_store(Path(tempfile.mkdtemp(prefix="eoffice-bench-store-")))
    now = dt.datetime.now(dt.UTC)
    batch = 5000  # PITFALLS: one huge transaction grows the WAL to its size
    for start in range(0, count, batch):
        rows = range(start, min(start + batch, count))
        with store.sessions.begin() as session:
            session.execute(
                insert(Letter),
                [
                    {
                        "id": f"{i:08d}-0000-0000-0000-000000000000",
                        "template": "memo",
                        "state": "delivered",
                        "created_at": now,
                        "updated_at": now - dt.timedelta(seconds=i),
                        "subject": f"{SUBJECTS[i % 4]} {i}",
                        "number": f"ดศ 0201/{i}",
                    }
                    for i in rows
                ],
            )
            session.execute(
                insert(LetterVersion),
                [
                    {
                        "letter_id": f"{i:08d}-0000-0000-0000-000000000000",
                        "number": 1,
                        "data_json": "{}",
                        "signed": True,
                        "created_at": now,
                    }
                    for i in rows
                ],
            )
            session.execute(
                insert(RegisterEntry),
                [
                    {
                        "kind": "send",
                        "year": 2569,
                        "reg_no": i + 1,
                        "number": f"ดศ 0201/{i}",
                        "to_party": f"จังหวัดที่ {i % 77}",
                        "subject": f"{SUBJECTS[i % 4]} ครั้งที่ {i}",
                        "recorded_at": now,
                    }
                    for i in rows
                ],
            )
    registers, letters = Registers(store), LetterRepository(store, "bench")

    def timed(fn) -> float:  # type: ignore[no-untyped-def]
        times = []
        for _ in range(20):
            begin = time.perf_counter()
            fn()
            times.append(time.perf_counter() - begin)
        return statistics.median(times) * 1000

    search = timed(lambda: registers.search("ตรวจราชการ", limit=50))
    rare = timed(lambda: registers.search("ครั้งที่ 99999", limit=50))
    page = timed(lambda: letters.page(LetterState.DELIVERED, limit=50))
    by_subject = timed(lambda: letters.page(LetterState.DELIVERED, limit=50, sort="subject"))
    by_number = timed(lambda: letters.page(LetterState.DELIVERED, limit=50, sort="number", descending=True))
    deep = timed(lambda: letters.page(LetterState.DELIVERED, offset=count // 2, limit=50, sort="subject"))
    register_sorted = timed(lambda: registers.page("send", limit=50, sort="to"))
    search_sorted = timed(lambda: registers.search("ตรวจราชการ", "send", limit=50, sort="subject"))
    rare_sorted = timed(lambda: registers.search("ครั้งที่ 99999", "send", limit=50, sort="subject"))
    counts = timed(letters.counts)
    print(f"{count} letters and register entries")
    print(f"register search (common word) : {search:6.1f} ms  (target ≤ 100)")
    print(f"register search (rare phrase) : {rare:6.1f} ms")
    print(f"first page of a letter list   : {page:6.1f} ms  (target ≤ 100)")
    print(f"  sorted by subject (Thai)    : {by_subject:6.1f} ms  (target ≤ 100)")
    print(f"  sorted by number, descending: {by_number:6.1f} ms  (target ≤ 100)")
    print(f"  by subject, halfway down    : {deep:6.1f} ms")
    print(f"a register sorted by recipient: {register_sorted:6.1f} ms  (target ≤ 100)")
    print(f"  searched, sorted by subject : {search_sorted:6.1f} ms  (common word)")
    print(f"                              : {rare_sorted:6.1f} ms  (rare phrase)")
    print(f"counts per state              : {counts:6.1f} ms")
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=2000)
    parser.add_argument("--size-kb", type=int, default=50)
    parser.add_argument("--store-letters", type=int, default=100_000)
    args = parser.parse_args()
    bench_sync(args.letters, args.size_kb)
    bench_store(args.store_letters)


if __name__ == "__main__":
    main()
