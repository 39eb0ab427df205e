"""The `sync` command."""

import argparse
import getpass
import sys
import time

from eoffice_desktop.store.db import open_store
from eoffice_desktop.sync.client import CloudClient
from eoffice_desktop.sync.engine import Offline, Progress, SyncEngine

INTERVAL_S = 30.0


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("sync", help="deliver queued letters to the central server")
    p.add_argument("--server", required=True, metavar="URL")
    p.add_argument("--token", required=True, metavar="TOKEN", help="this workstation's token")
    p.add_argument("--once", action="store_true", help="work until the outbox is empty, then exit")


def cmd_sync(args: argparse.Namespace) -> int:
    store = open_store(args.data_dir)
    engine = SyncEngine(store, CloudClient(args.server, args.token), getpass.getuser())

    def report(progress: Progress) -> None:
        print(f"\rsent {progress.delivered + progress.rejected}/{progress.total}", end="", file=sys.stderr)

    try:
        while True:
            try:
                done = engine.run_once(report)
                if done.total:
                    print(file=sys.stderr)
                print(f"delivered {done.delivered}, rejected {done.rejected}")
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


COMMANDS = {"sync": cmd_sync}
