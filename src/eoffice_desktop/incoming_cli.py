"""The commands of a received letter's way (docs/incoming.md, "Command line"): inbox show and present,
minute, circulate, the case actions of `act`, and the receive register with holder, action taken and
overdue. They only parse and print; desk/incoming.py and desk/incoming_view.py do the work.

`inbox` and `register` are the sync and store commands' own, given more actions here; `act` dispatches by
what its ID names (routing_cli.py)."""

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeAlias

from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.routing_cli import CASE_ACTS, _person, _print_json, _workspace, signing_options

SubCommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"  # what add_subparsers gives


def add_commands(sub: SubCommands, inbox: SubCommands, register: SubCommands) -> None:
    """The commands of received letters' ways, with more actions for the sync commands' ``inbox`` group and
    the store commands' ``register`` group (what their own ``add_commands`` return)."""
    show = inbox.add_parser("show", help="a received letter: its signature verdict and its way (case)")
    show.add_argument("letter_id", metavar="ID", help="the letter's server id (see `inbox list --json`)")
    show.add_argument("--json", action="store_true")
    show.add_argument("--no-verify", action="store_true", help="do not check the signatures")
    show.add_argument("--trust", action="append", default=[], type=Path, metavar="CA.pem")
    present = inbox.add_parser("present", help="saraban: present a received letter to the heads, in order")
    present.add_argument("letter_id", metavar="ID")
    present.add_argument("--summary", required=True, metavar="TEXT", help="สรุปเรื่อง")
    present.add_argument("--step", action="append", required=True, metavar="PERSON", help="a head, in order")
    _person(present)

    listing = register.add_parser("list", help="a register, newest first (receive: holder, action, overdue)")
    listing.add_argument("--kind", choices=["receive"], default="receive")
    listing.add_argument("--limit", type=int, default=100)
    listing.add_argument("--offset", type=int, default=0)
    listing.add_argument("--json", action="store_true")

    p = sub.add_parser("minute", help="the head: minute (เกษียน) a received letter, signed with your token")
    p.add_argument("letter_id", metavar="ID")
    p.add_argument("--text", required=True, metavar="TEXT")
    p.add_argument(
        "--assign",
        action="append",
        default=[],
        metavar="PERSON_OR_UNIT",
        help="a person's id or a unit's name (repeatable); none: on to the next head, or closed (ทราบ)",
    )
    p.add_argument("--due", metavar="YYYY-MM-DD", help="when the assignees are to have done it")
    signing_options(p)
    _person(p)

    p = sub.add_parser("circulate", help="circulate a received letter (แจ้งเวียน) to people or units")
    p.add_argument("letter_id", metavar="ID")
    p.add_argument("--to", action="append", required=True, metavar="PERSON_OR_UNIT")
    p.add_argument("--note", default="", metavar="TEXT")
    _person(p)


def _bilingual(command: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """A command whose errors are said in English and Thai (the clerk may read either)."""

    def run(args: argparse.Namespace) -> int:
        try:
            return command(args)
        except EOfficeError as exc:
            if exc.thai and exc.thai != str(exc):
                raise EOfficeError(f"{exc}\n{exc.thai}", thai=exc.thai) from exc
            raise

    return run


def _inbox(args: argparse.Namespace) -> int:
    from eoffice_desktop.sync.cli import cmd_inbox

    if args.inbox_command == "show":
        return _show(args)
    if args.inbox_command == "present":
        return _present(args)
    return cmd_inbox(args)


def _show(args: argparse.Namespace) -> int:
    from eoffice_desktop.desk.incoming_view import show

    with _workspace(args) as workspace:
        shown = show(workspace, args.letter_id, verify=not args.no_verify, trust=args.trust)
    if args.json:
        _print_json(shown)
        return 0
    letter = shown["letter"]
    sender = letter["sender_name"] or letter["sender_agency"]
    print(f"{letter['receive_number']}  {letter['number']}  {letter['subject']}  (from {sender})")
    if shown["verdict"]:
        print(f"  {shown['verdict']['english']} / {shown['verdict']['thai']}")
    print(f"  state: {shown['state']}; held by {_holders(shown['holders'])}")
    for minute in shown["minutes"]:
        print(f"  minute by {minute['by']}: {minute['text']}")
    for a in shown["assignments"]:
        who = a["holder"].get("person") or a["holder"].get("unit")
        print(f"  {a['assignment_id']}  {who}: {a['state']}{': ' + a['note'] if a['note'] else ''}")
    for action in shown["actions"]:
        said = f": {action['message']}" if action["message"] else ""
        print(f"  {action['action']['kind']} by {action['action']['person']}: {action['state']}{said}")
    return 0


def _holders(holders: list[dict[str, str]]) -> str:
    return ", ".join(h.get("person") or h.get("unit") or "" for h in holders) or "-"


def _present(args: argparse.Namespace) -> int:
    from eoffice_desktop.desk.incoming import present
    from eoffice_desktop.desk.routing import resolve_person

    with _workspace(args) as workspace:
        person = resolve_person(workspace, args.person)
        case = present(workspace, args.letter_id, person, args.summary, args.step)
    print(f"{args.letter_id}: presented; waits for {case.holder}")
    return 0


def _register(args: argparse.Namespace) -> int:
    from eoffice_desktop.store.cli import cmd_register

    if args.register_command != "list":
        return cmd_register(args)
    from eoffice_desktop.desk.incoming_view import receive_register

    if args.limit < 1 or args.offset < 0:
        raise EOfficeError("--limit must be at least 1 and --offset not negative")
    with _workspace(args) as workspace:
        rows = receive_register(workspace, limit=args.limit, offset=args.offset)
    if args.json:
        _print_json(rows)
        return 0
    for row in rows:
        late = "  [overdue]" if row["overdue"] else ""
        print(
            f"{row['year']}/{row['reg_no']}  {row['number']}  {row['subject']}  ({row['from_party']})  "
            f"{row['state']}; {_holders(row['holders'])}; {row['action'] or '-'}{late}"
        )
    return 0


def _due(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise EOfficeError(f"--due {text!r} is not YYYY-MM-DD", thai="วันที่ต้องอยู่ในรูป YYYY-MM-DD") from None


def _minute(args: argparse.Namespace) -> int:
    from eoffice_desktop.desk.incoming import minute
    from eoffice_desktop.desk.routing import resolve_person
    from eoffice_desktop.routing_cli import _signing

    due = _due(args.due)
    with _workspace(args) as workspace:
        person = resolve_person(workspace, args.person)
        case = minute(
            workspace,
            args.letter_id,
            person,
            args.text,
            lambda: _signing(workspace, args),
            assign=args.assign,
            due=due,
        )
    holders = _holders([h.to_wire() for h in case.holders()])
    print(f"{args.letter_id}: minuted ({case.state.thai}); held by {holders}")
    return 0


def _circulate(args: argparse.Namespace) -> int:
    from eoffice_desktop.desk.incoming import circulate
    from eoffice_desktop.desk.routing import resolve_person

    with _workspace(args) as workspace:
        person = resolve_person(workspace, args.person)
        case = circulate(workspace, args.letter_id, person, args.to, args.note)
    print(f"{args.letter_id}: circulated to {', '.join(args.to)} ({case.state.thai})")
    return 0


def act_on_case(args: argparse.Namespace) -> int:
    """`act ID acknowledge|done --note TEXT|pass PERSON|reply --template ID --data LETTER.json` on a received
    letter."""
    from eoffice_desktop.desk.incoming import act, forward, reply
    from eoffice_desktop.desk.routing import resolve_person
    from eoffice_desktop.domain.case_model import CaseActionKind
    from eoffice_desktop.drafting import read_letter_data

    if args.action not in (*CASE_ACTS, "forward"):
        raise EOfficeError(
            f"{args.letter_id} is a received letter: act ID {'|'.join(CASE_ACTS)}|forward",
            thai=f"หนังสือนี้เป็นหนังสือรับ ใช้ได้เฉพาะ {', '.join(CASE_ACTS)}, forward",
        )
    kind = CaseActionKind(args.action)
    if (kind in (CaseActionKind.PASS, CaseActionKind.FORWARD)) != bool(args.target):
        raise EOfficeError(
            f"{kind.value} names the person: act ID {kind.value} PERSON", thai="ต้องระบุผู้รับงานต่อ"
        )
    if kind is CaseActionKind.REPLY and not (args.template and args.data):
        raise EOfficeError(
            "reply makes a draft: act ID reply --template ID --data LETTER.json",
            thai="การตอบหนังสือต้องระบุแบบหนังสือและข้อมูล (--template, --data)",
        )
    if kind is CaseActionKind.DONE and not args.note.strip():
        raise EOfficeError("done says what was done (--note)", thai="ต้องระบุว่าได้ดำเนินการอย่างไร (--note)")
    with _workspace(args) as workspace:
        person = resolve_person(workspace, args.person)
        if kind is CaseActionKind.REPLY:
            from eoffice_desktop.desk.profile import with_profile

            template = workspace.services.templates.get(args.template)
            data = with_profile(template, workspace.services.config.profile, read_letter_data(args.data))
            made = reply(workspace, args.letter_id, person, template.id, data, args.note)
            print(made.letter.id)
            print(
                f"{args.letter_id}: replied with draft {made.letter.id}; route it "
                f"(`route {made.letter.id}`), then send it to {made.recipient_agency}",
                file=sys.stderr,
            )
            return 0
        if kind is CaseActionKind.FORWARD:
            case = forward(workspace, args.letter_id, person, args.target, args.note)
        else:
            case = act(workspace, args.letter_id, kind, person, args.note, pass_to=args.target)
    print(f"{args.letter_id}: {kind.value} done ({case.state.thai})")
    return 0


def _act(args: argparse.Namespace) -> int:
    from eoffice_desktop.desk.incoming import is_case
    from eoffice_desktop.routing_cli import cmd_act

    with _workspace(args) as workspace:
        received = is_case(workspace, args.letter_id)
    if received:
        return act_on_case(args)
    if args.action in CASE_ACTS:
        raise EOfficeError(
            f"{args.action} is an action on a received letter; {args.letter_id} is not in the inbox here",
            thai="คำสั่งนี้ใช้กับหนังสือรับ แต่ไม่พบหนังสือนี้ในหนังสือเข้าของเครื่องนี้",
        )
    return cmd_act(args)


COMMANDS = {
    "inbox": _bilingual(_inbox),
    "register": _bilingual(_register),
    "minute": _bilingual(_minute),
    "circulate": _bilingual(_circulate),
    "act": _bilingual(_act),
}
