"""The ``eoffice-desktop`` command."""

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from eoffice_desktop import __version__
from eoffice_desktop.config import load_config
from eoffice_desktop.errors import EOfficeError

log = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eoffice-desktop",
        description="Draft, sign and send Thai official letters (หนังสือราชการ).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details")
    parser.add_argument("--config", type=Path, help="configuration file (default: the user config file)")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="the local store (default: EOFFICE_DATA_DIR or the user data dir)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("gui", help="open the window (also what no command does)")
    p.add_argument(
        "--language", choices=["th", "en"], help="language of the window (default: EOFFICE_LANGUAGE or Thai)"
    )

    p = sub.add_parser(
        "demo",
        help="prepare a demo workspace (token, local server, sample letters) and open the window on it",
        description="Prepare a demo workspace and open the window on it: a SoftHSM2 token (PIN 123456) "
        "with a DEMO certificate, the reference server on 127.0.0.1 with agencies DEMO-A (yours) and "
        "DEMO-B, and sample letters. Needs softhsm2 from apt; installs nothing.",
    )
    p.add_argument(
        "--dir", type=Path, metavar="DIR", help="the demo's directory (default: the user data dir's demo/)"
    )
    p.add_argument("--reset", action="store_true", help="wipe the demo directory and prepare it afresh")
    p.add_argument("--language", choices=["th", "en"], help="language of the window (default: Thai)")
    p.add_argument(
        "--no-window",
        action="store_true",
        help="prepare, print how to use it from the command line, and keep the server running until Ctrl+C",
    )

    p = sub.add_parser("templates", help="list the letter templates")
    p.add_argument("--json", action="store_true", help="print JSON: id, title, fields of each template")

    p = sub.add_parser("draft", help="render a letter (or a mail merge) to PDF")
    p.add_argument("--template", required=True, metavar="ID", help="template id (see 'templates')")
    p.add_argument("--data", required=True, type=Path, metavar="FILE.json", help="the letter's data")
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--out", type=Path, metavar="FILE.pdf", help="where to write the letter")
    out.add_argument("--out-dir", type=Path, metavar="DIR", help="with --merge: one PDF per CSV row here")
    p.add_argument("--merge", type=Path, metavar="ROWS.csv", help="mail merge: CSV headers are data keys")
    p.add_argument("--emblem", type=Path, metavar="PATH", help="Garuda emblem image (PNG, JPEG, SVG)")

    from eoffice_desktop.incoming_cli import add_commands as add_incoming_commands
    from eoffice_desktop.people_cli import add_commands as add_people_commands
    from eoffice_desktop.routing_cli import add_commands as add_routing_commands
    from eoffice_desktop.signing.cli import add_commands
    from eoffice_desktop.store.cli import add_commands as add_store_commands
    from eoffice_desktop.support.cli import add_commands as add_support_commands
    from eoffice_desktop.sync.cli import add_commands as add_sync_commands

    add_commands(sub)
    register = add_store_commands(sub)
    inbox = add_sync_commands(sub)
    add_support_commands(sub)
    add_routing_commands(sub)
    add_people_commands(sub)
    add_incoming_commands(sub, inbox=inbox, register=register)
    return parser


def _cmd_templates(args: argparse.Namespace) -> int:
    from eoffice_desktop.templates import default_registry

    registry = default_registry(tuple(load_config(args.config).template_dirs))  # no Qt needed to list
    if args.json:
        json.dump([t.describe() for t in registry], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for template in registry:
        required = [f.name for f in template.fields if f.required]
        print(f"{template.id:18} {template.title} ({template.title_en})")
        print(f"{'':18} required: {', '.join(required)}")
    return 0


def _cmd_draft(args: argparse.Namespace) -> int:
    from eoffice_desktop import drafting
    from eoffice_desktop.app import build_services
    from eoffice_desktop.desk.profile import with_profile

    services = build_services(args.config, args.data_dir)
    registry = services.templates
    template = registry.get(args.template)
    if args.merge and not args.out_dir:
        raise EOfficeError("--merge needs --out-dir DIR (one PDF per row)")
    if args.out_dir and not args.merge:
        raise EOfficeError("--out-dir goes with --merge; for one letter use --out FILE.pdf")
    options = services.render_options(args.emblem)
    data = with_profile(template, services.config.profile, drafting.read_letter_data(args.data))
    if args.merge:
        rows = drafting.read_merge_rows(args.merge, template)
        done = drafting.draft_merge(template, data, rows, args.out_dir, registry, options)
        _report_warnings(done[0].result.warnings if done else ())
        for item in done:
            print(f"{item.path} ({item.result.pages} page{'s' if item.result.pages > 1 else ''})")
        return 0
    drafted = drafting.draft(template, data, args.out, registry, options)
    _report_warnings(drafted.result.warnings)
    print(f"{drafted.path} ({drafted.result.pages} page{'s' if drafted.result.pages > 1 else ''})")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    import time

    import platformdirs

    if args.data_dir or args.config:
        raise EOfficeError("the demo keeps its own data and configuration: use --dir DIR")
    directory = args.dir or Path(platformdirs.user_data_dir("eoffice-desktop", appauthor=False)) / "demo"
    if not args.no_window:
        _require_display("to try the demo here, use `{}`", "demo", *_dir_args(args.dir), "--no-window")
        # rendering the sample letters must not make a window-less Qt application first
        from eoffice_desktop.ui.gui import ensure_application

        ensure_application()
    from eoffice_desktop.demo import prepare_demo

    print(f"preparing the demo workspace in {directory} …", flush=True)
    with prepare_demo(directory, reset=args.reset) as demo:
        print("\n".join(demo.summary()), flush=True)
        if not args.no_window:
            from eoffice_desktop.ui.gui import run_gui

            print("opening the window; the demo server stops when it closes", flush=True)
            return run_gui(
                demo.data_dir, demo.config_path, args.language, sync_token=demo.sync_token, demo=True
            )
        print("\n".join(demo.command_line_hints()), flush=True)
        try:
            while demo.server.running:
                time.sleep(0.5)
        except KeyboardInterrupt:
            print("demo server stopped")
            return 0
        return 1  # the server stopped by itself


def _dir_args(directory: Path | None) -> list[str]:
    return ["--dir", str(directory)] if directory else []


def _require_display(advice: str, *command: str) -> None:
    """Stop with a plain message, before Qt aborts the process, when the window has no display to open on;
    ``advice`` holds ``{}`` for the command line of this program with ``command``."""
    from eoffice_desktop.display import display_problem
    from eoffice_desktop.program import program_line

    problem = display_problem()
    if problem is not None:
        raise EOfficeError(
            f"{problem}: the window needs a graphical desktop (or ssh -X); "
            + advice.format(program_line(*command))
        )


def _report_warnings(warnings: Sequence[str]) -> None:
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)


BROKEN_PIPE = 128 + 13  # as a program killed by SIGPIPE: what `set -o pipefail` sees from `yes | head -1`


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; its exit status. Output cut short by its reader (``| head``) ends the command
    quietly with :data:`BROKEN_PIPE`: no traceback, nothing more written."""
    try:
        code = _run(argv)
        if sys.stdout is not None:
            sys.stdout.flush()  # here, not at exit, where a closed pipe could only be reported as ignored
        return code
    except BrokenPipeError:
        _silence_stdout()
        return BROKEN_PIPE


def _silence_stdout() -> None:
    """Point the standard output at the null device: what is still buffered goes nowhere at exit."""
    if sys.stdout is None:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # an in-memory stdout (tests): nothing is left to fail
        pass


def _run(argv: Sequence[str] | None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    from eoffice_desktop.support.logs import setup_logging

    setup_logging(args.verbose)  # stderr as before (errors; everything with -v), and the rotating log file
    log.info("eoffice-desktop %s: %s", __version__, args.command or "gui")
    try:  # mistakes in the settings are said once (here, and in the log); the command runs on the valid ones
        problems = load_config(args.config).problems
        for problem in problems:
            log.warning("configuration: %s", problem)
        _report_warnings(problems)
    except EOfficeError as exc:
        print(f"eoffice-desktop: error: {exc}", file=sys.stderr)
        return 1
    from eoffice_desktop.incoming_cli import COMMANDS as INCOMING
    from eoffice_desktop.people_cli import COMMANDS as PEOPLE
    from eoffice_desktop.routing_cli import COMMANDS as ROUTING
    from eoffice_desktop.signing.cli import COMMANDS as SIGNING
    from eoffice_desktop.store.cli import COMMANDS as STORE
    from eoffice_desktop.support.cli import COMMANDS as SUPPORT
    from eoffice_desktop.sync.cli import COMMANDS as SYNC

    commands = {
        "templates": _cmd_templates,
        "draft": _cmd_draft,
        "demo": _cmd_demo,
        **SIGNING,
        **STORE,
        **SYNC,
        **SUPPORT,
        **ROUTING,
        **PEOPLE,
        **INCOMING,  # after ROUTING and SYNC: `act`, `inbox` and `register` know received letters' ways too
    }
    if args.command in (None, "gui"):
        try:
            _require_display("the other commands work without one: `{}`", "--help")
            from eoffice_desktop.ui.gui import run_gui

            return run_gui(args.data_dir, args.config, getattr(args, "language", None))
        except EOfficeError as exc:
            print(f"eoffice-desktop: error: {exc}", file=sys.stderr)
            return 1
    try:
        return commands[args.command](args)
    except EOfficeError as exc:
        print(f"eoffice-desktop: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
