"""The `sync` command."""

import argparse
import getpass
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from eoffice_desktop.errors import EOfficeError

if TYPE_CHECKING:
    from eoffice_desktop.store.db import Store
    from eoffice_desktop.store.inbox import Reader

INTERVAL_S = 30.0
SubCommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"  # what add_subparsers gives


def add_commands(sub: SubCommands) -> SubCommands:
    """The sync, numbers and inbox commands; the `inbox` group returned, for received letters' ways to add
    their actions to (incoming_cli.py)."""
    p = sub.add_parser("sync", help="deliver queued letters to the central server")
    p.add_argument("--server", required=True, metavar="URL")
    p.add_argument(
        "--token", metavar="TOKEN", help="this workstation's token (kept in the OS keyring for next time)"
    )
    p.add_argument("--once", action="store_true", help="work until the outbox is empty, then exit")
    p.add_argument(
        "--proxy", metavar="URL", help="HTTP(S) proxy (default: the system's, HTTPS_PROXY/NO_PROXY)"
    )
    p.add_argument(
        "--tsa",
        action="append",
        default=[],
        metavar="URL",
        help="timestamp authority: letters signed offline (B-B) get a trusted time before upload "
        "(default: [signing] tsa of the settings)",
    )
    p.add_argument(
        "--trust",
        action="append",
        default=[],
        type=Path,
        metavar="CA.pem",
        help="with a timestamp authority: also embed validation data (B-LT) (default: [signing] trust)",
    )

    p = sub.add_parser("numbers", help="document numbers leased from the server, issued offline")
    numbers = p.add_subparsers(dest="numbers_command", required=True, metavar="ACTION")
    reserve = numbers.add_parser("reserve", help="lease a block of running numbers (online)")
    reserve.add_argument("--server", required=True, metavar="URL")
    reserve.add_argument("--token", required=True)
    reserve.add_argument("--series", required=True, help='e.g. "ดศ 0201" (circular letters: "ดศ 0201/ว")')
    reserve.add_argument("--count", type=int, required=True)
    reserve.add_argument("--proxy", metavar="URL", help="HTTP(S) proxy (default: the system's)")
    take = numbers.add_parser("next", help="issue the next number of a series (offline)")
    take.add_argument("--series", required=True)

    p = sub.add_parser("inbox", help="letters received for this agency")
    inbox = p.add_subparsers(dest="inbox_command", required=True, metavar="ACTION")
    listing = inbox.add_parser("list", help="received letters, newest first, a page at a time")
    listing.add_argument(
        "--json",
        action="store_true",
        help='an object: {"total": N, "offset": …, "limit": …, "items": [the letters of this page]}',
    )
    listing.add_argument("--limit", type=int, default=100, help="letters per page (default 100)")
    listing.add_argument(
        "--offset", type=int, default=0, help="letters to skip (the next page: --offset 100)"
    )
    listing.add_argument(
        "--mine",
        action="store_true",
        help="only the letters for the person this workstation acts for (see `whoami`): addressed to "
        "them or their unit, and those for the whole agency",
    )
    return inbox


def _token(server: str, given: str | None) -> str:
    """The token given now (saved in the OS keyring), else the one the keyring holds for ``server``."""
    from eoffice_desktop.sync.secrets import keyring_available, load_token, save_token

    if given:
        if not save_token(server, given) and not keyring_available():
            print(
                "note: no OS keyring here: the token is not saved; give --token every time", file=sys.stderr
            )
        return given
    stored = load_token(server)
    if stored is None:
        raise EOfficeError(
            f"no token for {server}: give --token (it is then kept in the OS keyring)",
            thai="ไม่มีโทเค็นของเครื่องนี้ กรุณาระบุ --token",
        )
    return stored


def cmd_sync(args: argparse.Namespace) -> int:
    from eoffice_desktop.config import load_config
    from eoffice_desktop.desk.syncing import augment_policy, sync_engine
    from eoffice_desktop.store.db import open_store
    from eoffice_desktop.sync.engine import Offline, Progress

    config = load_config(args.config)
    augment = augment_policy(config, args.tsa, args.trust)  # a bad --trust file: said before anything
    token = _token(args.server, args.token)
    store = open_store(args.data_dir)
    engine = sync_engine(
        store, config, args.server, token, getpass.getuser(), augment=augment, proxy=args.proxy
    )

    def report(progress: Progress) -> None:
        done = progress.delivered + progress.rejected
        now = f": {progress.current[:40]}" if progress.current else ""
        print(
            f"\rsent {done}/{progress.total} ({progress.bytes_sent // 1024} KB){now}".ljust(79),
            end="",
            file=sys.stderr,
        )

    try:
        while True:
            try:
                done = engine.run_once(report)
                if done.total:
                    print(file=sys.stderr)
                print(f"delivered {done.delivered}, rejected {done.rejected}, received {done.received}")
                if done.rejected:
                    print_rejected(store, done.rejected)
                for told in (*done.route_notes, *done.case_notes):
                    what = "already done" if told.outcome == "noted" else "refused"
                    print(f"{what}: {told.letter_id}  {told.subject}: {told.reason}")
                if args.once:
                    return 0 if done.delivered + done.rejected == done.total else 1
            except Offline as exc:
                print(f"eoffice-desktop: {exc}", file=sys.stderr)
                if args.once:
                    return 1
            time.sleep(INTERVAL_S)
    except KeyboardInterrupt:
        return 130
    finally:
        store.close()


def print_rejected(store: "Store", count: int) -> None:
    """The ``count`` letters rejected last, each with the server's reason (Thai, then English)."""
    from eoffice_desktop.domain.lifecycle import LetterState
    from eoffice_desktop.store.letters import LetterRepository

    for letter in LetterRepository(store, "").page(LetterState.REJECTED, limit=count):
        reason = letter.reject_reason or "(no reason given)"
        print(f"rejected: {letter.number or '-'}  {letter.subject}: {reason}")


def cmd_numbers(args: argparse.Namespace) -> int:
    from eoffice_desktop.store.db import open_store
    from eoffice_desktop.store.numbers import NumberPool, normalise_series
    from eoffice_desktop.sync.backend import ServerError
    from eoffice_desktop.sync.client import CloudClient, new_session

    store = open_store(args.data_dir)
    try:
        pool = NumberPool(store)
        if args.numbers_command == "next":
            print(pool.next_number(args.series))
            return 0
        if args.count < 1 or args.count > 1000:
            raise EOfficeError("--count must be between 1 and 1000")
        try:
            lease = CloudClient(args.server, args.token, session=new_session(args.proxy)).lease_numbers(
                normalise_series(args.series), args.count
            )
        except ServerError as exc:
            raise EOfficeError(f"cannot reserve numbers: {exc}", thai="จองเลขไม่ได้") from exc
        pool.add_block(lease)
        print(f"reserved {lease['series']} {lease['first']}-{lease['last']} ({lease['year']})")
        return 0
    finally:
        store.close()


def _reader(store: "Store", config_path: Path | None) -> "Reader":
    """Whom `inbox list --mine` lists for: the person this workstation acts for, and their unit."""
    from eoffice_desktop.config import load_config
    from eoffice_desktop.desk.people import acting
    from eoffice_desktop.store.inbox import Reader

    who = acting(store, load_config(config_path))
    if who is None:
        raise EOfficeError(
            "--mine: this workstation acts for nobody yet: sync with a person's token or set "
            "[identity] person",
            thai="เครื่องนี้ยังไม่ได้ระบุผู้ใช้งาน: ซิงก์ด้วยโทเค็นของบุคคล หรือตั้งค่า [identity] person",
        )
    return Reader(who.person_id, who.person.unit if who.person is not None else "")


def cmd_inbox(args: argparse.Namespace) -> int:
    from eoffice_desktop.desk.agencies import agency_name
    from eoffice_desktop.store.db import open_store
    from eoffice_desktop.store.directory import Directory
    from eoffice_desktop.store.inbox import Inbox

    if args.limit < 1:
        raise EOfficeError("--limit must be at least 1")
    if args.offset < 0:
        raise EOfficeError("--offset cannot be negative")
    store = open_store(args.data_dir)
    try:
        reader = _reader(store, args.config) if args.mine else None
        inbox = Inbox(store, "")
        items = inbox.list(args.limit, args.offset, reader=reader)
        total = inbox.count(reader=reader)
        names = Directory(store).thai_names({i.sender_agency for i in items if not i.sender_name})
    finally:
        store.close()
    if args.json:
        page = {
            "total": total,
            "offset": args.offset,
            "limit": args.limit,
            "items": [item.describe() for item in items],
        }
        json.dump(page, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    for item in items:
        stamp = f"{item.register_year}/{item.register_no}"
        sender = agency_name(item.sender_agency, item.sender_name, names)
        classes = "".join(f"  [{c}]" for c in (item.speed, item.secrecy) if c)
        to = ", ".join((*item.to_units, *item.to_people))
        addressed = f"  (to {to})" if to else ""
        print(f"{stamp}  {item.number}  {item.subject}  (from {sender}){addressed}{classes}")
    if len(items) < total:  # a page, not the whole inbox: say so, and how to see the rest
        shown = f"{args.offset + 1}–{args.offset + len(items)}" if items else "none"
        more = f"; the next: --offset {args.offset + len(items)}" if args.offset + len(items) < total else ""
        print(f"showing {shown} of {total}{more}", file=sys.stderr)
    return 0


COMMANDS = {"sync": cmd_sync, "numbers": cmd_numbers, "inbox": cmd_inbox}
