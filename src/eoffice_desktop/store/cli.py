"""Commands on the local store: queue add, status, register search."""

import argparse
import datetime as dt
import getpass
import json
import sys
from pathlib import Path
from typing import Any, TypeAlias

from eoffice_desktop.errors import EOfficeError

SubCommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"  # what add_subparsers gives


def add_commands(sub: SubCommands) -> SubCommands:
    """The store's commands; the `register` group returned, for the receive register's `list` to join
    (incoming_cli.py)."""
    p = sub.add_parser("queue", help="the outbox: letters waiting to be sent")
    queue = p.add_subparsers(dest="queue_command", metavar="ACTION", required=True)
    add = queue.add_parser("add", help="queue signed letters for delivery")
    add.add_argument("files", nargs="*", type=Path, metavar="FILE.pdf")
    add.add_argument(
        "--letter",
        action="append",
        default=[],
        metavar="ID",
        help="a signed letter of the store (one whose route came back signed; see `letters list`)",
    )
    add.add_argument(
        "--to",
        action="append",
        default=[],
        metavar="AGENCY_CODE",
        help="a recipient agency whose inbox receives it (repeat for several: each gets it once)",
    )
    add.add_argument(
        "--to-unit",
        action="append",
        default=[],
        metavar="UNIT",
        help='a memo to a unit of your own agency, e.g. "กองกลาง" (repeatable; --to may be left out)',
    )
    add.add_argument(
        "--to-person",
        action="append",
        default=[],
        metavar="PERSON_ID",
        help="a memo to a person of your own agency (repeatable, with --to-unit too; see `people search`)",
    )
    add.add_argument("--trust", action="append", default=[], type=Path, metavar="CA.pem")

    p = sub.add_parser("directory", help="the agency directory held for offline use (updated by sync)")
    directory = p.add_subparsers(dest="directory_command", metavar="ACTION", required=True)
    find = directory.add_parser("search", help="agencies by any part of their Thai name or code")
    find.add_argument("text", nargs="?", default="", help="nothing: the whole directory")
    find.add_argument("--limit", type=int, default=50)
    find.add_argument("--json", action="store_true")

    p = sub.add_parser("status", help="letters per lifecycle state")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("register", help="the send and receive registers")
    register = p.add_subparsers(dest="register_command", metavar="ACTION", required=True)
    search = register.add_parser(
        "search", help="find entries by any part of their text (Thai substrings too)"
    )
    search.add_argument("text")
    search.add_argument("--kind", choices=["send", "receive"])
    search.add_argument("--limit", type=int, default=50)
    search.add_argument("--json", action="store_true")
    return register


def _actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def cmd_queue(args: argparse.Namespace) -> int:
    from eoffice_desktop.signing.trust_anchors import load_trust_anchors
    from eoffice_desktop.store.db import open_store
    from eoffice_desktop.sync.addressing import AddresseeRefused, address
    from eoffice_desktop.sync.outbox import QueueRefused, queue_signed, queue_stored

    if not args.files and not args.letter:
        raise EOfficeError(
            "queue add: give FILE.pdf or --letter ID", thai="ระบุไฟล์หนังสือ หรือ --letter รหัสหนังสือ"
        )
    anchors = load_trust_anchors(args.trust)
    if not anchors:
        print(
            "warning: no trust anchors (--trust): signatures are checked as intact and unmodified only",
            file=sys.stderr,
        )
    store = open_store(args.data_dir)
    failed = 0
    try:
        _check_recipients(store, args.to)
        try:
            addressed = address(store, args.to, args.to_unit, args.to_person)
        except AddresseeRefused as exc:  # said in both languages: nothing is queued
            print(f"eoffice-desktop: error: {exc}\n{exc.thai}", file=sys.stderr)
            return 1
        for path in args.files:
            try:
                queued = queue_signed(store, path, _actor(), addressed, anchors)
            except QueueRefused as exc:
                print(f"eoffice-desktop: refused: {exc}", file=sys.stderr)
                failed += 1
                continue
            print(f"{path}: queued (send register no. {queued.register_no})")
        for letter_id in args.letter:
            try:
                queued = queue_stored(store, letter_id, _actor(), addressed, anchors)
            except QueueRefused as exc:
                print(f"eoffice-desktop: refused: {letter_id}: {exc}", file=sys.stderr)
                failed += 1
                continue
            print(f"{letter_id}: queued (send register no. {queued.register_no})")
    finally:
        store.close()
    return 1 if failed else 0


def _check_recipients(store: Any, codes: list[str]) -> None:
    """Refuse codes the agency directory held here does not know (a typo is caught now, offline, rather
    than refused by the server later); without a directory yet, the server judges."""
    from eoffice_desktop.store.directory import Directory

    directory = Directory(store)
    if directory.etag() is None:
        return
    unknown = [entry.code for entry in directory.entries(codes) if not entry.listed]
    if unknown:
        listed = ", ".join(unknown)
        raise EOfficeError(
            f"not in the agency directory: {listed} (see `directory search`; sync to update it)",
            thai=f"ไม่พบหน่วยงานรหัส {listed} ในทะเบียนหน่วยงาน (ดูด้วยคำสั่ง directory search หรือซิงก์เพื่อปรับปรุง)",
        )


REJECTED_SHOWN = 20
"""`status` lists the newest rejected letters with the server's reason, up to this many."""


def cmd_status(args: argparse.Namespace) -> int:
    from eoffice_desktop.domain.lifecycle import LetterState
    from eoffice_desktop.store.db import open_store
    from eoffice_desktop.store.letters import LetterRepository

    store = open_store(args.data_dir)
    try:
        letters = LetterRepository(store, _actor())
        counts = letters.counts()
        rejected = letters.page(LetterState.REJECTED, limit=REJECTED_SHOWN) if counts.get("rejected") else []
    finally:
        store.close()
    if args.json:
        json.dump(counts, sys.stdout)
        sys.stdout.write("\n")
    else:
        for state, count in counts.items():
            print(f"{state:10} {count}")
        for letter in rejected:  # why, newest first: what the clerk has to act on
            print(f"rejected: {letter.number or '-'}  {letter.subject}: {letter.reject_reason or ''}")
    return 0


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def cmd_register(args: argparse.Namespace) -> int:
    from eoffice_desktop.store.db import open_store
    from eoffice_desktop.store.registers import Registers

    if args.limit < 1:
        raise EOfficeError("--limit must be at least 1")
    store = open_store(args.data_dir)
    try:
        rows = Registers(store).search(args.text, kind=args.kind, limit=args.limit)
    finally:
        store.close()
    if args.json:
        json.dump(
            [{k: _jsonable(v) for k, v in vars(r).items()} for r in rows], sys.stdout, ensure_ascii=False
        )
        sys.stdout.write("\n")
    else:
        for row in rows:
            parties = f"{row.from_party} → {row.to_party}"
            print(f"{row.kind} {row.year}/{row.reg_no}  {row.number}  {row.subject}  ({parties})")
    return 0


def cmd_directory(args: argparse.Namespace) -> int:
    from eoffice_desktop.store.db import open_store
    from eoffice_desktop.store.directory import Directory

    if args.limit < 1:
        raise EOfficeError("--limit must be at least 1")
    store = open_store(args.data_dir)
    try:
        directory = Directory(store)
        found = directory.search(args.text, limit=args.limit)
        held = directory.etag() is not None
    finally:
        store.close()
    if args.json:
        json.dump([vars(entry) for entry in found], sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    elif not held:
        print("no agency directory yet: sync with the server to get it", file=sys.stderr)
    else:
        for entry in found:
            place = f"  ({entry.place})" if entry.place else ""
            print(f"{entry.code}  {entry.name_th}{place}")
    return 0


COMMANDS = {"queue": cmd_queue, "status": cmd_status, "register": cmd_register, "directory": cmd_directory}
