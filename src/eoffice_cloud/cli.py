"""The `eoffice-cloud` command: serve, token create, template publish, directory import, people import,
series, migrate, stats."""

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eoffice_cloud.storage import CloudStore


def _serve_parser(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    p = sub.add_parser("serve", help="run the server")
    p.add_argument("--data-dir", type=Path, required=True)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument(
        "--database-url", help="e.g. postgresql+psycopg://user@host/db (default: SQLite in the data dir)"
    )
    p.add_argument("--config", type=Path, metavar="FILE.toml", help="the deployment's configuration file")
    p.add_argument(
        "--trust",
        type=Path,
        action="append",
        metavar="CA.pem",
        help="a CA certificate whose signers' letters are accepted (repeatable)",
    )
    p.add_argument("--max-body-mb", type=int, metavar="MB", help="refuse larger requests (413)")
    p.add_argument(
        "--accept-unverified",
        action="store_true",
        default=None,
        help="DEVELOPMENT ONLY: store letters without checking their signatures (no trust anchor needed)",
    )
    p.add_argument(
        "--workers", type=_positive, metavar="N", help="server processes sharing the port (default 1)"
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eoffice-cloud", description="Reference server of the eoffice sync protocol"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _serve_parser(sub)
    p = sub.add_parser("token", help="workstation tokens")
    tokens = p.add_subparsers(dest="token_command", required=True, metavar="ACTION")
    create = tokens.add_parser(
        "create",
        help="enrol a workstation, or a person on a workstation, and print the token",
        description="Print a new token for a workstation (machine-level sync) or, with --person, for a "
        "person: every action taken with a person's token is theirs. Give a person one token per "
        "workstation they use (--workstation names it; default person:ID).",
    )
    create.add_argument("--data-dir", type=Path, required=True)
    create.add_argument("--database-url")
    create.add_argument("--workstation", help="the workstation's name (required without --person)")
    create.add_argument("--agency", metavar="CODE", help="the workstation's agency (default: default)")
    create.add_argument("--person", metavar="PERSON_ID", help="a person of the people list (people import)")
    p = sub.add_parser("template", help="letter templates for every workstation")
    templates = p.add_subparsers(dest="template_command", required=True, metavar="ACTION")
    publish = templates.add_parser("publish", help="send a template to every workstation on its next sync")
    publish.add_argument("file", type=Path, metavar="ID.toml")
    publish.add_argument("--data-dir", type=Path, required=True)
    publish.add_argument("--database-url")
    p = sub.add_parser("directory", help="the agency directory and recipient groups workstations send to")
    directory = p.add_subparsers(dest="directory_command", required=True, metavar="ACTION")
    agencies = directory.add_parser(
        "import",
        help="add or update agencies from a CSV file (UTF-8): "
        "code,name_th[,name_en,parent,ministry,department]",
    )
    agencies.add_argument("file", type=Path, metavar="FILE.csv")
    groups = directory.add_parser(
        "groups",
        help="publish recipient groups from a CSV file (UTF-8): group,code (one row per member); "
        "the file replaces every published group",
    )
    groups.add_argument("file", type=Path, metavar="FILE.csv")
    listing = directory.add_parser("list", help="the agencies and groups workstations get")
    listing.add_argument("--json", action="store_true")
    for made in (agencies, groups, listing):
        made.add_argument("--data-dir", type=Path, required=True)
        made.add_argument("--database-url")
    _people_parser(sub)
    p = sub.add_parser("series", help="which agency each number series belongs to")
    series = p.add_subparsers(dest="series_command", required=True, metavar="ACTION")
    assign = series.add_parser(
        "assign", help="give number series to an agency: only its workstations lease and report their numbers"
    )
    assign.add_argument("series", nargs="+", metavar="SERIES", help='e.g. "ดศ 0201" "ดศ 0201/ว"')
    assign.add_argument("--agency", required=True, metavar="CODE")
    owned = series.add_parser("list", help="each series and its agency")
    owned.add_argument("--json", action="store_true")
    for made in (assign, owned):
        made.add_argument("--data-dir", type=Path, required=True)
        made.add_argument("--database-url")
    p = sub.add_parser(
        "migrate",
        help="bring the database to the newest schema (serve does it too) and copy the letter PDFs an older "
        "server kept in DATA_DIR/blobs into it; prints the schema revision",
    )
    p.add_argument("--data-dir", type=Path, required=True)
    p.add_argument("--database-url")
    p = sub.add_parser("stats", help="counts of stored letters")
    p.add_argument("--data-dir", type=Path, required=True)
    p.add_argument("--database-url")
    p.add_argument("--json", action="store_true")
    return parser


def _people_parser(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    p = sub.add_parser("people", help="the people of each agency: who drafts, reviews, signs")
    people = p.add_subparsers(dest="people_command", required=True, metavar="ACTION")
    added = people.add_parser(
        "import",
        help="add or update people from a CSV file (UTF-8): person_id,agency,name,position,unit,roles"
        "[,certificates] (roles and certificates separated by |)",
    )
    added.add_argument("file", type=Path, metavar="PEOPLE.csv")
    listing = people.add_parser("list", help="the people workstations get")
    listing.add_argument("--agency", metavar="CODE", help="only this agency's people")
    listing.add_argument("--json", action="store_true")
    for made in (added, listing):
        made.add_argument("--data-dir", type=Path, required=True)
        made.add_argument("--database-url")


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    from eoffice_cloud.storage import open_cloud

    args = _parser().parse_args(argv)
    if args.command == "serve":
        return _serve(args)
    store = open_cloud(args.data_dir, args.database_url)
    try:
        return _command(store, args)
    finally:
        store.engine.dispose()


def _command(store: "CloudStore", args: argparse.Namespace) -> int:
    from eoffice_cloud.storage import stats

    if args.command == "template":
        from eoffice_cloud.templates import publish_template

        print(f"published {publish_template(store, args.file)}")
        return 0
    if args.command == "directory":
        return _directory(store, args)
    if args.command == "series":
        return _series(store, args)
    if args.command == "people":
        return _people(store, args)
    if args.command == "migrate":
        return _migrate(store)
    if args.command == "token":
        return _token(store, args)
    counts = stats(store)
    print(json.dumps(counts) if args.json else "\n".join(f"{k}: {v}" for k, v in counts.items()))
    return 0


def _token(store: "CloudStore", args: argparse.Namespace) -> int:
    from eoffice_cloud.storage import UnknownPerson, create_token

    if args.workstation is None and args.person is None:
        print("eoffice-cloud: token create needs --workstation NAME or --person PERSON_ID", file=sys.stderr)
        return 2
    name = args.workstation or f"person:{args.person}"
    try:
        print(create_token(store, name, args.agency, args.person))
    except UnknownPerson as exc:
        print(f"eoffice-cloud: {exc}", file=sys.stderr)
        return 1
    return 0


def _serve(args: argparse.Namespace) -> int:
    import os

    import uvicorn

    from eoffice_cloud.app import SETTINGS_ENV, create_app
    from eoffice_cloud.settings import ServerSettings, SettingsError, load_settings, to_json
    from eoffice_cloud.storage import open_cloud
    from eoffice_cloud.verification import NoTrustAnchors, trust_anchors
    from eoffice_desktop.signing.errors import SigningError

    try:
        settings = load_settings(args.config) if args.config else ServerSettings()
    except SettingsError as exc:
        print(f"eoffice-cloud: {exc}", file=sys.stderr)
        return 2
    settings = settings.overridden(
        database_url=args.database_url,
        trust_anchors=tuple(a.resolve() for a in args.trust) if args.trust else None,
        max_body_bytes=args.max_body_mb * 1024 * 1024 if args.max_body_mb else None,
        accept_unverified=args.accept_unverified,
        workers=args.workers,
    )
    try:
        trust_anchors(settings)  # before anything is made: a server that cannot check letters does not start
    except (NoTrustAnchors, SigningError) as exc:
        print(f"eoffice-cloud: {exc}", file=sys.stderr)
        return 2
    data_dir = args.data_dir.resolve()
    store = open_cloud(data_dir, settings.database_url)
    app = create_app(store, settings)  # settings a server cannot run with fail here, before any worker
    if settings.accept_unverified:
        print(
            "eoffice-cloud: WARNING: letters are accepted without checking their signatures "
            "(--accept-unverified: development only)",
            file=sys.stderr,
        )
    # h11 even where httptools is installed: httptools answers a malformed header in plain text before the
    # application can refuse it in JSON. The event loop is uvloop's when it is installed ("auto").
    if settings.workers == 1:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning", http="h11")
        return 0
    store.engine.dispose()
    # each worker builds its own app from the settings (uvicorn needs an import string for workers)
    os.environ[SETTINGS_ENV] = to_json(settings, data_dir)
    uvicorn.run(
        "eoffice_cloud.app:app_from_environment",
        factory=True,
        workers=settings.workers,
        host=args.host,
        port=args.port,
        log_level="warning",
        http="h11",
    )
    return 0


def _directory(store: "CloudStore", args: argparse.Namespace) -> int:
    from eoffice_cloud.directory import DirectoryFileError, import_agencies, import_groups, snapshot

    try:
        if args.directory_command == "import":
            done = import_agencies(store, args.file)
            print(
                f"agencies: {done.added} added, {done.updated} updated, {done.unchanged} unchanged; "
                f"directory version {done.version}"
            )
        elif args.directory_command == "groups":
            published = import_groups(store, args.file)
            for name, members in published.items():
                print(f"{name}: {len(members)} agencies")
        else:
            shown = snapshot(store)
            if args.json:
                print(json.dumps(shown, ensure_ascii=False))
            else:
                for agency in shown["agencies"]:
                    under = f"  (under {agency['parent']})" if agency["parent"] else ""
                    print(f"{agency['code']}  {agency['name_th']}{under}")
                for group in shown["groups"]:
                    print(f"group {group['name']}: {', '.join(group['members'])}")
    except DirectoryFileError as exc:
        print(f"eoffice-cloud: {exc}", file=sys.stderr)
        return 1
    return 0


def _people(store: "CloudStore", args: argparse.Namespace) -> int:
    from eoffice_cloud.people import PeopleFileError, import_people, snapshot

    if args.people_command == "import":
        try:
            done = import_people(store, args.file)
        except PeopleFileError as exc:
            print(f"eoffice-cloud: {exc}", file=sys.stderr)
            return 1
        print(f"people: {done.added} added, {done.updated} updated, {done.unchanged} unchanged")
        return 0
    shown = snapshot(store, args.agency)
    if args.json:
        print(json.dumps(shown["people"], ensure_ascii=False))
    for person in [] if args.json else shown["people"]:
        roles = "|".join(person["roles"])
        print(f"{person['person_id']}\t{person['agency']}\t{person['name']}\t{person['position']}\t{roles}")
    return 0


def _series(store: "CloudStore", args: argparse.Namespace) -> int:
    from eoffice_cloud.series import SeriesError, assign, owners

    if args.series_command == "assign":
        try:
            before = assign(store, args.agency, args.series)
        except SeriesError as exc:
            print(f"eoffice-cloud: {exc}", file=sys.stderr)
            return 1
        for name, was in before.items():
            change = "" if was == args.agency else f" (was {was})" if was else " (new)"
            print(f"{name}: {args.agency}{change}")
        return 0
    listed = owners(store)
    if args.json:
        print(json.dumps([{"series": o.series, "agency": o.agency, "how": o.how} for o in listed]))
    for owner in [] if args.json else listed:
        print(f"{owner.series}\t{owner.agency}\t{owner.how} {owner.since:%Y-%m-%d}")
    return 0


def _migrate(store: "CloudStore") -> int:
    from eoffice_cloud.blobs import import_blob_directory
    from eoffice_cloud.schema import revision_of

    with store.engine.begin() as connection:  # a no-op for PDFs the migration to 0002 already copied
        copied = import_blob_directory(connection, store.data_dir / "blobs")
    if copied:
        print(f"letter PDFs from {store.data_dir / 'blobs'}: {copied} in the database")
    print(f"schema at revision {revision_of(store.engine)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
