"""Commands on the people of the agency held for offline use: people search, people list, whoami."""

import argparse
import json
import sys
from typing import Any

from eoffice_desktop.domain.people import Person
from eoffice_desktop.errors import EOfficeError


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("people", help="the people of your agency, held for offline use (updated by sync)")
    people = p.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    find = people.add_parser("search", help="people by any part of their Thai name, position, unit or id")
    find.add_argument("text")
    find.add_argument("--limit", type=int, default=50)
    find.add_argument("--json", action="store_true")
    listing = people.add_parser("list", help="everyone held, in Thai dictionary order")
    listing.add_argument("--json", action="store_true")

    p = sub.add_parser(
        "whoami",
        help="the person this workstation acts for ([identity] person, else the person of its sync token)",
    )
    p.add_argument("--json", action="store_true")


def _wire(person: Person) -> dict[str, Any]:
    return {**person.to_wire(), "label": person.label}


def _line(person: Person) -> str:
    roles = ", ".join(r.thai for r in person.roles)
    unit = f"  {person.unit}" if person.unit else ""
    return f"{person.person_id}  {person.label}{unit}" + (f"  ({roles})" if roles else "")


def cmd_people(args: argparse.Namespace) -> int:
    from eoffice_desktop.desk.people import find, held
    from eoffice_desktop.store.db import open_store

    limit = getattr(args, "limit", None)
    if limit is not None and limit < 1:
        raise EOfficeError("--limit must be at least 1")
    store = open_store(args.data_dir)
    try:
        found = find(store, getattr(args, "text", ""), limit=limit)
        synced = held(store)
    finally:
        store.close()
    if args.json:
        json.dump([_wire(p) for p in found], sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    elif not synced:
        print("no people yet: sync with the server to get your agency's people", file=sys.stderr)
    else:
        for person in found:
            print(_line(person))
    return 0


def cmd_whoami(args: argparse.Namespace) -> int:
    from eoffice_desktop.config import load_config
    from eoffice_desktop.desk.people import acting
    from eoffice_desktop.store.db import open_store

    config = load_config(args.config)
    store = open_store(args.data_dir)
    try:
        who = acting(store, config)
    finally:
        store.close()
    if who is None:
        raise EOfficeError(
            "this workstation acts for nobody yet: sync with a person's token "
            "(`eoffice-cloud token create --person ID`) or set [identity] person",
            thai="เครื่องนี้ยังไม่ได้ระบุผู้ใช้งาน: ซิงก์ด้วยโทเค็นของบุคคล หรือตั้งค่า [identity] person",
        )
    if args.json:
        shown = {
            "person_id": who.person_id,
            "source": who.source,
            "workstation": who.workstation,
            "person": _wire(who.person) if who.person else None,
        }
        json.dump(shown, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    how = "set in [identity] person" if who.source == "setting" else "the person of this workstation's token"
    if who.person is None:
        print(f"{who.person_id}  (not among the people held: sync, or check [identity] person)")
    else:
        print(_line(who.person))
    print(f"({how})")
    return 0


COMMANDS = {"people": cmd_people, "whoami": cmd_whoami}
