"""Commands for IT: self-test and diagnostics."""

import argparse
import json
import sys
from pathlib import Path

from eoffice_desktop.config import load_config


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "self-test",
        help="check this machine: fonts, token module, data directory, database, rendering, trust anchors, "
        "server, TSAs",
        description="Check that this machine can draft, sign and sync letters. Exits 1 when a required "
        "check fails.",
    )
    p.add_argument(
        "--json", action="store_true", help="print a JSON list of checks (name, ok, required, detail)"
    )

    p = sub.add_parser(
        "diagnostics",
        help="write a zip for support: versions, configuration, self-test, logs, tokens "
        "(never a PIN or letter content)",
    )
    p.add_argument("--out", required=True, type=Path, metavar="FILE.zip", help="where to write the zip")


def cmd_self_test(args: argparse.Namespace) -> int:
    from eoffice_desktop.paths import data_dir
    from eoffice_desktop.support.selftest import failed_required, format_results, run_self_test

    # mistakes in the settings do not stop it (Config.problems): the configuration check names them
    results = run_self_test(load_config(args.config), data_dir(args.data_dir))
    if args.json:
        json.dump([r.describe() for r in results], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(format_results(results))
    return 1 if failed_required(results) else 0


def cmd_diagnostics(args: argparse.Namespace) -> int:
    from eoffice_desktop.paths import data_dir
    from eoffice_desktop.support.diagnostics import write_diagnostics

    written = write_diagnostics(args.out, load_config(args.config), data_dir(args.data_dir))
    print(f"{args.out}: {', '.join(written)}")
    print(
        "it holds no PIN, no token secret and no letter content; check it before you send it", file=sys.stderr
    )
    return 0


COMMANDS = {"self-test": cmd_self_test, "diagnostics": cmd_diagnostics}
