"""Sync throughput with real signed letters, and the store's speed with 100,000 letters.

    .venv/bin/python bench/sync.py [--letters 200] [--database-url URL] [--store-letters 100000]

Sync: real letters (drafted with `draft --merge`, signed with `sign` on a SoftHSM2 token of the test PKI;
made once and kept in --cache) queued in a workstation data directory with `queue add`, then delivered by
the engine exactly as `sync --once` builds it (desk/syncing.py), against the reference server run as
`eoffice-cloud serve` in its own process. In the same run, with the same PDFs in the same bodies:
(a) a bare `requests` loop posting to the same server (target: sync ≥ 0.8× of it), (b) a bare loop posting
to a minimal HTTP sink that stores and fsyncs each body (target ≥ 0.5×). The `sync --once` command itself
is timed too (its start-up included). Store: Thai substring search of the registers and the first page of a
letter list with 100,000 letters, newest first and sorted by a column (Thai dictionary order). Target
≤ 100 ms each.

Measured (2 cores, SQLite, 200 letters, the server checking every letter's signatures): before the
server's upload was made one transaction: sync 69.6 letters/s, bare loop to the server 74.3, to the sink
620 (ratios 0.94 and 0.11); after: sync 76.7, bare 79.0, sink 622 (0.97 and 0.12). The sink ratio (≥ 0.5)
is out of reach while each letter is checked: the check alone costs ~4.2 ms of CPU, so two cores check at
most ~240 letters/s with nothing else running, and the sink takes 620.

Each run that sends the queued letters now has a server of its own: every copy of the workstation sends the
same letter ids with the same idempotency keys, so before, every run after the first was answered as
replays (no check, no write) and "best of 3" picked a replay. The letters are the example without its
secrecy class (most letters are not secret). Measured on a faster 2-core machine (2026-12, SQLite, 200
letters, best of 3, other jobs running): sink 788, bare loop to the server 172, sync engine 174, `sync
--once` with start-up 112, the engine against the sink 938 letters/s; ratios 1.01 and 0.22. The sink ratio
stays out of reach for the same reason: the check (2.2–2.8 ms of CPU here) and the server's own work
(3.5 ms unchecked) against a sink that stores a body in about 1 ms.
"""

import argparse
import base64
import cProfile
import datetime as dt
import json
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import requests
from bench.sync_parts import BIN, SUBJECTS, cloud_server, make_letters, queued_workstation, sink_server
from sqlalchemy import insert

from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.store.db import open_store
from eoffice_desktop.store.letters import LetterRepository
from eoffice_desktop.store.models import Letter, LetterVersion, RegisterEntry
from eoffice_desktop.store.registers import Registers

NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}  # the bench's tokens stay out of it


def bodies(letters: list[Path]) -> list[bytes]:
    """Each letter's upload body as the client builds it (its letter data as metadata)."""
    from eoffice_desktop.letterdata import read_letter_data

    made = []
    for path in letters:
        pdf = path.read_bytes()
        carried = read_letter_data(pdf)
        body = {
            "letter_id": str(uuid.uuid4()),
            "recipient_agency": "CM",
            "metadata": carried[1] if carried else {},
            "pdf": base64.b64encode(pdf).decode("ascii"),
        }
        made.append(json.dumps(body, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return made


def bare_loop(url: str, token: str, payloads: list[bytes]) -> float:
    """Letters per second of a plain `requests` loop: one POST per letter, a fresh key each."""
    session = requests.Session()
    start = time.perf_counter()
    for body in payloads:
        response = session.post(
            f"{url}/v1/letters",
            data=body,
            headers={
                "Authorization": f"Bearer {token}",
                "Idempotency-Key": str(uuid.uuid4()),
                "Content-Type": "application/json",
            },
            timeout=60,
        )
        assert response.status_code == 201, response.text[:200]
    return len(payloads) / (time.perf_counter() - start)


def engine_run(
    template: Path,
    work: Path,
    url: str,
    token: str,
    config: Path,
    profile: Path | None = None,
    in_flight: int | None = None,
) -> float:
    """Letters per second of the engine as `sync --once` builds it, on a copy of the queued workstation."""
    from eoffice_desktop.config import load_config
    from eoffice_desktop.desk.syncing import sync_engine

    data_dir = work / f"engine-{uuid.uuid4().hex[:8]}"
    shutil.copytree(template, data_dir)
    store = open_store(data_dir)
    engine = sync_engine(store, load_config(config), url, token, "bench")
    if in_flight:
        engine.in_flight = in_flight
    profiler = cProfile.Profile() if profile else None
    start = time.perf_counter()
    if profiler:
        profiler.enable()
    result = engine.run_once()
    if profiler:
        profiler.disable()
    elapsed = time.perf_counter() - start
    store.close()
    assert result.delivered == result.total, result
    if profiler and profile:
        profiler.dump_stats(profile)
        pstats.Stats(str(profile)).sort_stats("cumulative").print_stats(30)
    return result.total / elapsed


def command_run(template: Path, work: Path, url: str, token: str, config: Path) -> tuple[float, int]:
    """`eoffice-desktop sync --once` on a copy of the queued workstation: letters per second (its start-up
    included) and how many it delivered."""
    data_dir = work / f"command-{uuid.uuid4().hex[:8]}"
    shutil.copytree(template, data_dir)
    command = [str(BIN / "eoffice-desktop"), "--config", str(config), "--data-dir", str(data_dir)]
    command += ["sync", "--server", url, "--token", token, "--once"]
    start = time.perf_counter()
    env = {**os.environ, **NO_KEYRING}
    done = subprocess.run(command, check=False, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    assert done.returncode == 0, done.stderr
    delivered = int(done.stdout.split("delivered ")[1].split(",")[0])
    return delivered / elapsed, delivered


def bench_sync(
    count: int,
    cache: Path,
    database_url: str | None,
    rounds: int,
    profile: Path | None,
    in_flight: int | None,
) -> None:
    work = Path(tempfile.mkdtemp(prefix="eoffice-bench-sync-"))
    config = work / "config.toml"
    config.write_text("", encoding="utf-8")
    letters = make_letters(cache, count)
    template = queued_workstation(cache, letters, config)
    payloads = bodies(letters)
    size = sum(p.stat().st_size for p in letters) / len(letters)
    runs: dict[str, list[float]] = {"sink": [], "bare": [], "sync": [], "command": [], "engine_sink": []}
    root = cache / "root.pem"
    with sink_server(work / "sink") as sink:
        bare_loop(sink, "-", payloads[:10])  # warm up
        for n in range(rounds):
            # every copy of the workstation sends the same letter ids with the same keys: each run that
            # sends them gets a server of its own, or the second would only be answered as replays
            with cloud_server(work / f"cloud-{n}", database_url, root) as (url, tokens):
                bare_loop(url, tokens["bare"], payloads[:10])
                runs["bare"].append(bare_loop(url, tokens["bare"], payloads))
                engine = engine_run(template, work, url, tokens["ws"], config, profile, in_flight)
                runs["sync"].append(engine)
            runs["sink"].append(bare_loop(sink, "-", payloads))
            with cloud_server(work / f"cloud-{n}-command", database_url, root) as (url, tokens):
                bare_loop(url, tokens["bare"], payloads[:10])
                rate, delivered = command_run(template, work, url, tokens["ws"], config)
            assert delivered == count
            runs["command"].append(rate)
            # the client alone: the engine against the sink (its feed and directory calls fail there)
            runs["engine_sink"].append(engine_run(template, work, sink, "-", config, None, in_flight))
    best = {name: max(rates) for name, rates in runs.items()}
    server = "PostgreSQL" if database_url else "SQLite"
    print(f"{count} real signed letters ({size / 1024:.0f} KB each), server on {server}, best of {rounds}")
    print("(the server checks every letter's signatures, as a deployment does)")
    print(f"bare requests loop → minimal sink : {best['sink']:7.1f} letters/s")
    print(f"bare requests loop → server       : {best['bare']:7.1f} letters/s")
    print(f"sync engine (as sync --once)      : {best['sync']:7.1f} letters/s")
    print(f"sync --once command (with start-up): {best['command']:6.1f} letters/s")
    print(f"sync engine → minimal sink        : {best['engine_sink']:7.1f} letters/s  (client alone)")
    print(f"ratio sync / bare to the server   : {best['sync'] / best['bare']:7.2f}  (target ≥ 0.8)")
    print(f"ratio sync / bare to the sink     : {best['sync'] / best['sink']:7.2f}  (target ≥ 0.5)")
    shutil.rmtree(work, ignore_errors=True)


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
    parser.add_argument("--letters", type=int, default=200)
    parser.add_argument(
        "--cache",
        type=Path,
        help="where the signed letters are kept between runs (default: a folder in the temp directory)",
    )
    parser.add_argument("--database-url", help="the server's database (default: SQLite)")
    parser.add_argument("--rounds", type=int, default=1, help="measure this many times, keep the best")
    parser.add_argument("--profile", type=Path, help="cProfile the engine's run into this file")
    parser.add_argument("--in-flight", type=int, help="uploads at once (default: the engine's)")
    parser.add_argument("--store-letters", type=int, default=100_000, help="0: skip the store part")
    args = parser.parse_args()
    cache = args.cache or Path(tempfile.gettempdir()) / f"eoffice-bench-signed-{args.letters}"
    bench_sync(args.letters, cache, args.database_url, args.rounds, args.profile, args.in_flight)
    if args.store_letters:
        bench_store(args.store_letters)


if __name__ == "__main__":
    main()
