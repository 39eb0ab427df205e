"""The commands of a letter's way through the office: letters (new, list, show, export), route, tasks, act.
They only parse and print; desk/routing.py does the work."""

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eoffice_desktop.errors import EOfficeError

if TYPE_CHECKING:
    from eoffice_desktop.desk.routing import RouteSigning
    from eoffice_desktop.workspace import Workspace

ACTS = ("approve", "return", "forward", "sign")
CASE_ACTS = ("acknowledge", "done", "pass", "reply")
"""Actions on a received letter's assignment (incoming_cli.py): `act` dispatches by what its ID names."""


def _person(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--person",
        metavar="ID",
        help="whom this action is by (default: [identity] person of the settings, else whom sync learnt)",
    )


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("letters", help="letters in the local store: new drafts, lists, their way")
    letters = p.add_subparsers(dest="letters_command", metavar="ACTION", required=True)
    new = letters.add_parser("new", help="a new draft from a template and its data; prints its id")
    new.add_argument("--template", required=True, metavar="ID")
    new.add_argument("--data", required=True, type=Path, metavar="LETTER.json")
    listing = letters.add_parser("list", help="letters, newest first")
    listing.add_argument("--state", metavar="STATE", help="only letters in this state (draft, routing, …)")
    listing.add_argument("--limit", type=int, default=100)
    listing.add_argument("--json", action="store_true")
    show = letters.add_parser("show", help="a letter: versions, route, history, actions not yet sent")
    show.add_argument("letter_id", metavar="ID")
    show.add_argument("--json", action="store_true")
    export = letters.add_parser("export", help="the letter's current PDF")
    export.add_argument("letter_id", metavar="ID")
    export.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    slip = letters.add_parser("slip", help="the routing slip (บันทึกการเสนอ): the letter's way as an A4 PDF")
    slip.add_argument("letter_id", metavar="ID")
    slip.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    copy = letters.add_parser(
        "file-copy", help="the file copy (สำเนาคู่ฉบับ): the letter with ร่าง / พิมพ์ / ทาน / ตรวจ from its route"
    )
    copy.add_argument("letter_id", metavar="ID")
    copy.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")

    p = sub.add_parser("route", help="submit a draft on its way: reviewers in order, then the signer")
    p.add_argument("letter_id", metavar="ID")
    p.add_argument(
        "--step",
        action="append",
        metavar="PERSON:KIND",
        help="a step, in order: PERSON:review, PERSON:approve, and last PERSON:sign (default: the template's "
        "default_route, else [routing] default_route of the settings)",
    )
    p.add_argument("--note", default="", metavar="TEXT")
    p.add_argument("--send-by", metavar="PERSON", help="who sends it once signed (default: the drafter)")
    p.add_argument("--number", action="store_true", help="take the next number of the letter's series first")
    p.add_argument(
        "--number-after",
        action="store_true",
        help="leave the number and date blank for the saraban desk (`number ID` once signed); "
        "default: [routing] numbering of the settings",
    )
    _person(p)

    p = sub.add_parser("number", help="saraban: number and date a signed letter (numbering after signing)")
    p.add_argument("letter_id", metavar="ID")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the letter's date (default: today)")

    p = sub.add_parser("tasks", help="letters waiting for you, urgent first")
    p.add_argument("--json", action="store_true")
    _person(p)

    p = sub.add_parser(
        "act",
        help="act on the step of a letter that waits for you, or on your assignment of a received letter",
    )
    p.add_argument("letter_id", metavar="ID")
    p.add_argument("action", choices=ACTS + CASE_ACTS)
    p.add_argument("target", nargs="?", metavar="PERSON", help="forward, pass: whom it goes to")
    p.add_argument("--note", default="", metavar="TEXT", help="a comment (required to return, and for done)")
    p.add_argument("--template", metavar="ID", help="reply: the template of the reply's draft")
    p.add_argument("--data", type=Path, metavar="LETTER.json", help="reply: the reply's data")
    p.add_argument(
        "--to-step", type=int, metavar="N", help="return: to step N (1 is the first); default: to the drafter"
    )
    signing_options(p, "approve, sign: the token's library")
    _person(p)


def signing_options(p: argparse.ArgumentParser, module_help: str = "the token's library") -> None:
    """The token and signing options, as `sign` takes them."""
    from eoffice_desktop.signing.cli import LEVELS

    p.add_argument("--pkcs11-module", type=Path, metavar="PATH", help=module_help)
    p.add_argument("--token-label", metavar="LABEL")
    p.add_argument("--token-serial", metavar="SERIAL")
    p.add_argument("--cert-label", metavar="LABEL")
    p.add_argument("--cert-id", metavar="HEX")
    p.add_argument("--pin-env", metavar="VAR", help="read the PIN from this environment variable")
    p.add_argument("--level", choices=LEVELS, default=None, help="default: [signing] level of the settings")
    p.add_argument("--tsa", action="append", default=[], metavar="URL")
    p.add_argument("--trust", action="append", default=[], type=Path, metavar="CA.pem")
    p.add_argument("--no-signature-image", action="store_true")


@contextlib.contextmanager
def _workspace(args: argparse.Namespace) -> Iterator["Workspace"]:
    from eoffice_desktop.workspace import open_workspace

    workspace = open_workspace(args.data_dir, args.config)
    try:
        yield workspace
    finally:
        workspace.close()


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def cmd_letters(args: argparse.Namespace) -> int:
    command = args.letters_command
    with _workspace(args) as workspace:
        if command == "new":
            return _new(workspace, args)
        if command == "list":
            return _list(workspace, args)
        if command == "show":
            return _show(workspace, args)
        from eoffice_desktop.desk.routing import current_pdf
        from eoffice_desktop.durable import write_atomically

        if command == "slip":
            from eoffice_desktop.desk.routing_slip import routing_slip

            pdf = routing_slip(workspace, args.letter_id).pdf
        elif command == "file-copy":
            from eoffice_desktop.desk.file_copy import file_copy

            pdf = file_copy(workspace, args.letter_id).pdf
        else:
            pdf = current_pdf(workspace, args.letter_id)
        try:
            write_atomically(args.out, pdf)
        except OSError as exc:
            raise EOfficeError(f"cannot write {args.out}: {exc.strerror or exc}") from exc
        print(args.out)
        return 0


def _new(workspace: "Workspace", args: argparse.Namespace) -> int:
    from eoffice_desktop.desk.profile import with_profile
    from eoffice_desktop.desk.routing import new_letter
    from eoffice_desktop.drafting import read_letter_data

    template = workspace.services.templates.get(args.template)
    data = with_profile(template, workspace.services.config.profile, read_letter_data(args.data))
    print(new_letter(workspace, template.id, data).id)
    return 0


def _list(workspace: "Workspace", args: argparse.Namespace) -> int:
    from eoffice_desktop.domain.lifecycle import LetterState

    try:
        state = LetterState(args.state) if args.state else None
    except ValueError:
        known = ", ".join(s.value for s in LetterState)
        raise EOfficeError(f"unknown state {args.state!r} (known: {known})") from None
    records = workspace.letters.page(state, limit=max(args.limit, 1))
    if args.json:
        from eoffice_desktop.desk.letter_details import letter_json

        _print_json([letter_json(r) for r in records])
    else:
        for r in records:
            print(f"{r.id}  {r.state.value:9} {r.number or '-'}  {r.subject}")
    return 0


def _show(workspace: "Workspace", args: argparse.Namespace) -> int:
    from eoffice_desktop.desk.letter_details import letter_details

    details = letter_details(workspace, args.letter_id)
    if args.json:
        _print_json(details.to_json())
        return 0
    record = details.record
    if record is not None:
        print(f"{record.id}  {record.state.thai} ({record.state.value})  version {record.version}")
        print(f"  {record.number or '-'}  {record.subject}")
    else:
        print(f"{args.letter_id}  {details.letter.get('subject') or ''}")
    if details.route:
        route = details.route
        print(f"  route round {route.round}: {route.state.thai}; waits for {route.holder or '-'}")
        for step in route.steps:
            acting = f" (by {step.holder} for {step.person})" if step.acting else ""
            print(f"    {step.position + 1}. {step.person} {step.kind.thai}: {step.state.value}{acting}")
    for action in details.actions:
        said = f": {action['message']}" if action["message"] else ""
        print(f"  {action['action']['kind']} by {action['action']['person']}: {action['state']}{said}")
    return 0


def cmd_route(args: argparse.Namespace) -> int:
    from eoffice_desktop.desk.routing import NO_ROUTE, default_steps, resolve_person, submit
    from eoffice_desktop.domain.routes import StepSpec

    steps = [StepSpec.parse(text) for text in args.step or ()]
    if args.number and args.number_after:
        raise EOfficeError(
            "--number and --number-after exclude each other", thai="เลือกออกเลขก่อนหรือหลังลงนามอย่างใดอย่างหนึ่ง"
        )
    with _workspace(args) as workspace:
        if not steps:
            steps = list(default_steps(workspace, workspace.letters.get(args.letter_id).template))
            if not steps:  # said in both languages: the clerk may read either
                raise EOfficeError(f"{NO_ROUTE}\n{NO_ROUTE.thai}", thai=NO_ROUTE.thai)
        person = resolve_person(workspace, args.person)
        route = submit(
            workspace,
            args.letter_id,
            steps,
            person,
            args.note,
            number=args.number,
            send_by=args.send_by,
            numbering="after" if args.number_after else None,
        )
    print(f"{args.letter_id}: submitted (round {route.round}); waits for {route.holder}")
    return 0


def cmd_tasks(args: argparse.Namespace) -> int:
    from eoffice_desktop.desk.incoming import case_tasks
    from eoffice_desktop.desk.routing import resolve_person, tasks

    with _workspace(args) as workspace:
        person = resolve_person(workspace, args.person)
        found = tasks(workspace, person)
        received = case_tasks(workspace, person)
    if args.json:
        cases = [{"letter_id": t.case.case_id, "way": "incoming", **t.describe()} for t in received]
        _print_json([t.describe() for t in found] + cases)
        return 0
    for task in found:
        shown = task.describe()
        step = f"step {shown['step']} {shown['step_kind']}" if shown["step"] else task.kind.value
        print(f"{task.letter_id}  {task.speed or '-':10} {step:16} {task.subject}")
    for case_task in received:
        due = f" (due {case_task.task.due})" if case_task.task.due else ""
        speed = case_task.case.letter.speed or "-"
        subject = case_task.case.letter.subject
        print(f"{case_task.case.case_id}  {speed:10} {case_task.task.kind:16} {subject}{due}")
    return 0


def cmd_act(args: argparse.Namespace) -> int:
    from eoffice_desktop.desk.routing import act, resolve_person
    from eoffice_desktop.domain.routes import ActionKind

    kind = ActionKind(args.action)
    if kind is ActionKind.FORWARD and not args.target:
        raise EOfficeError("forward names the person: act ID forward PERSON", thai="ต้องระบุผู้รับงานต่อ")
    if kind is not ActionKind.FORWARD and args.target:
        raise EOfficeError(f"{args.action} takes no person ({args.target!r})")
    if args.to_step is not None and (kind is not ActionKind.RETURN or args.to_step < 1):
        raise EOfficeError("--to-step N goes with return, N from 1")
    with _workspace(args) as workspace:
        person = resolve_person(workspace, args.person)
        signing = _signing(workspace, args) if kind in (ActionKind.APPROVE, ActionKind.SIGN) else None
        route = act(
            workspace,
            args.letter_id,
            kind,
            person,
            args.note,
            forward_to=args.target,
            return_to=args.to_step - 1 if args.to_step is not None else None,
            signing=signing,
        )
    print(f"{args.letter_id}: {kind.value} done ({route.state.thai}); waits for {route.holder or '-'}")
    return 0


def _signing(workspace: "Workspace", args: argparse.Namespace) -> "RouteSigning":
    """The person's token and signing options, as `sign` takes them (the settings fill what is not given)."""
    from eoffice_desktop.desk.routing import RouteSigning
    from eoffice_desktop.desk.signature_image import stamp_image
    from eoffice_desktop.signing.batch import BatchSigner, SignOptions
    from eoffice_desktop.signing.cli import TerminalPin
    from eoffice_desktop.signing.levels import Level
    from eoffice_desktop.signing.tokens import TokenChoice, TokenService
    from eoffice_desktop.signing.trust_anchors import load_trust_anchors

    config = workspace.services.config
    module = args.pkcs11_module or config.pkcs11_module
    if module is None:
        raise EOfficeError(
            "approving and signing need the token: --pkcs11-module PATH", thai="ต้องระบุโทเค็น (--pkcs11-module)"
        )
    level = Level(args.level or config.level)
    tsa = tuple(args.tsa) or config.tsa
    if level is not Level.B_B and not tsa:
        raise EOfficeError(f"--level {level} needs a timestamp authority: --tsa URL")
    options = SignOptions(
        level=level,
        tsa_urls=tsa,
        trust=tuple(load_trust_anchors(list(args.trust) or list(config.trust))),
        signature_image=stamp_image(config, None, use=not args.no_signature_image),
    )
    signer = BatchSigner(
        TokenService(module), TokenChoice(args.token_label, args.token_serial), args.cert_label, args.cert_id
    )
    return RouteSigning(signer, TerminalPin(args.pin_env), options)


def cmd_number(args: argparse.Namespace) -> int:
    import datetime as dt

    from eoffice_desktop.desk.numbering import number_letter

    try:
        day = dt.date.fromisoformat(args.date) if args.date else None
    except ValueError:
        raise EOfficeError(
            f"--date {args.date!r} is not YYYY-MM-DD", thai="วันที่ต้องอยู่ในรูป YYYY-MM-DD"
        ) from None
    with _workspace(args) as workspace:
        done = number_letter(workspace, args.letter_id, day)
    print(f"{done.letter_id}: numbered {done.number}, dated {done.date}")
    return 0


COMMANDS = {
    "letters": cmd_letters,
    "route": cmd_route,
    "tasks": cmd_tasks,
    "act": cmd_act,
    "number": cmd_number,
}
