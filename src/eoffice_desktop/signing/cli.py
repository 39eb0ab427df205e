"""The signing commands of ``eoffice-desktop``: tokens, sign, verify."""

import argparse
import contextlib
import getpass
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eoffice_desktop.errors import EOfficeError

if TYPE_CHECKING:
    from eoffice_desktop.signing.batch import LetterJob
    from eoffice_desktop.signing.pin import PinRequest
    from eoffice_desktop.signing.revocation import RevocationChecker

# pyHanko and python-pkcs11 load only when a signing command runs: the other commands start fast
LEVELS = ("B-B", "B-T", "B-LT", "B-LTA")


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("tokens", help="list tokens and their certificates")
    p.add_argument("--pkcs11-module", type=Path, required=True, metavar="PATH")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("sign", help="sign letters with a PKCS#11 token")
    p.add_argument("inputs", nargs="+", type=Path, metavar="IN.pdf")
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--out", type=Path, metavar="OUT.pdf", help="with one input")
    out.add_argument("--out-dir", type=Path, metavar="DIR", help="signed letters keep their file names")
    p.add_argument("--pkcs11-module", type=Path, required=True, metavar="PATH")
    p.add_argument("--token-label", metavar="LABEL")
    p.add_argument("--token-serial", metavar="SERIAL")
    p.add_argument("--cert-label", metavar="LABEL")
    p.add_argument("--cert-id", metavar="HEX")
    p.add_argument("--pin-env", metavar="VAR", help="read the PIN from this environment variable")
    p.add_argument("--level", choices=LEVELS, default="B-B")
    p.add_argument(
        "--tsa", action="append", default=[], metavar="URL", help="timestamp authority (repeat: failover)"
    )
    p.add_argument("--trust", action="append", default=[], type=Path, metavar="CA.pem")
    p.add_argument("--invisible", action="store_true", help="no visible signature appearance")
    p.add_argument("--signer-name", help="name in the appearance (default: the certificate's)")
    p.add_argument("--signer-position", help="position in the appearance (default: the certificate's title)")
    p.add_argument(
        "--field",
        metavar="NAME",
        help="sign into this empty reserved field, e.g. Initials1 (default: the signer's field Signature1 "
        "while it is empty, else a new one)",
    )
    p.add_argument(
        "--certify",
        action="store_true",
        help="the first signature certifies the letter (DocMDP): later only form filling and signing",
    )
    _revocation_timeout(p)
    image = p.add_mutually_exclusive_group()
    image.add_argument(
        "--signature-image",
        type=Path,
        metavar="PATH",
        help="handwritten-signature image (PNG or JPEG) above the name (default: the one in your profile)",
    )
    image.add_argument(
        "--no-signature-image", action="store_true", help="no signature image, even if your profile has one"
    )

    p = sub.add_parser("augment", help="add a trusted time to a letter signed offline (B-B → B-T)")
    p.add_argument("input", type=Path, metavar="IN.pdf")
    p.add_argument("--out", type=Path, required=True, metavar="OUT.pdf")
    p.add_argument(
        "--tsa", action="append", required=True, metavar="URL", help="timestamp authority (repeat)"
    )
    p.add_argument("--level", choices=LEVELS, default="B-T")
    p.add_argument("--trust", action="append", default=[], type=Path, metavar="CA.pem")

    p = sub.add_parser(
        "verify",
        help="validate the signatures of PDF files",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Validate the signatures of PDF files, the signers' certificates checked for "
        "revocation:\nfirst the validation data in the letter (B-LT), then OCSP or the CRL at the "
        "certificates' addresses,\nthen the answers kept in the local store (--data-dir) from earlier "
        "checks.",
        epilog="exit status:\n"
        "  0  every file is valid, revocation checked\n"
        "  1  a file is not valid (a revoked certificate included), or an error\n"
        f"  {EXIT_UNCHECKED}  every file is valid, but the revocation of a certificate could not be checked "
        "(offline,\n     the responder unreachable, no answer embedded or kept): not confirmed valid",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE.pdf")
    p.add_argument("--trust", action="append", default=[], type=Path, metavar="CA.pem")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--offline",
        action="store_true",
        help="fetch nothing: revocation from the letter's own data and the answers kept in the store",
    )
    _revocation_timeout(p)


EXIT_UNCHECKED = 3
"""`verify`: valid, but the revocation of a certificate was not checked."""


def _revocation_timeout(parser: argparse.ArgumentParser) -> None:
    from eoffice_desktop.signing.revocation import DEFAULT_TIMEOUT

    parser.add_argument(
        "--revocation-timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"for each OCSP or CRL request (default {DEFAULT_TIMEOUT:g})",
    )


@contextlib.contextmanager
def revocation_checker(args: argparse.Namespace, online: bool = True) -> Iterator["RevocationChecker"]:
    """How the command checks revocation: online unless told otherwise, with the answers kept in the local
    store of ``--data-dir`` when there is one (none is created for it)."""
    from eoffice_desktop.paths import data_dir
    from eoffice_desktop.signing.revocation import RevocationChecker
    from eoffice_desktop.store.db import DATABASE_FILE, StoreError, open_store
    from eoffice_desktop.store.revocation_cache import RevocationCache

    store = None
    directory = data_dir(getattr(args, "data_dir", None))
    if (directory / DATABASE_FILE).is_file():
        try:
            store = open_store(directory)
        except StoreError as exc:
            print(f"eoffice-desktop: warning: no revocation cache: {exc}", file=sys.stderr)
    try:
        yield RevocationChecker(
            online=online,
            timeout=args.revocation_timeout,
            cache=RevocationCache(store) if store is not None else None,
        )
    finally:
        if store is not None:
            store.close()


class TerminalPin:
    """Asks on the terminal without echo, or takes the PIN from an environment variable (never from argv)."""

    def __init__(self, env: str | None) -> None:
        self.env = env

    def pin(self, request: "PinRequest") -> str | None:
        if self.env:
            value = os.environ.get(self.env)
            if not value:
                raise EOfficeError(f"environment variable {self.env} holds no PIN")
            return value
        if not sys.stdin.isatty():
            raise EOfficeError("no terminal to ask for the PIN: use --pin-env VAR")
        english, _thai = request.status.message()  # few tries left: said where the PIN is typed
        note = f" ({english})" if english else ""
        try:
            return getpass.getpass(f"PIN for token {request.token_label!r}{note}: ") or None
        except (EOFError, KeyboardInterrupt):
            return None

    def confirm_final_try(self, request: "PinRequest") -> bool:
        from eoffice_desktop.signing.pin import PinStatus

        english, _thai = PinStatus.FINAL_TRY.message()
        if self.env or not sys.stdin.isatty():
            print(f"eoffice-desktop: refused: {english} (confirm on a terminal)", file=sys.stderr)
            return False
        answer = input(f"Warning: {english}. Type YES to go on: ")
        return answer.strip() == "YES"

    def warn(self, request: "PinRequest", message: str) -> None:
        """Kept to itself: the prompt says it (see :meth:`pin`); a PIN from --pin-env is not typed now, so
        a warning would only be noise when it is right (the token then resets its count), and a wrong one
        is reported once, by its error, with the tries left."""


def cmd_tokens(args: argparse.Namespace) -> int:
    from eoffice_desktop.signing.tokens import TokenChoice, TokenService

    service = TokenService(args.pkcs11_module)
    listing: list[dict[str, Any]] = []
    for present in service.tokens():
        _info, certificates = service.certificates(TokenChoice(present.label, present.serial))
        listing.append({**present.describe(), "certificates": [c.describe() for c in certificates]})
    if args.json:
        json.dump(listing, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not listing:
        print("no token is present")
    for token in listing:
        pin = "" if token["pin_status"] == "ok" else f", PIN {token['pin_status']}"
        pad = ", PIN pad" if token["pin_pad"] else ""
        print(f"{token['label']} (serial {token['serial']}, {token['model']}{pin}{pad})")
        for cert in token["certificates"]:
            state = "signing" if cert["can_sign"] else "not for signing: " + "; ".join(cert["problems"])
            valid = f"{cert['not_before'][:10]} to {cert['not_after'][:10]}"
            print(f"  {cert['label']} [id {cert['id']}] {cert['subject']}")
            print(
                f"      issuer {cert['issuer']}; valid {valid}; usage {', '.join(cert['key_usage'])}; {state}"
            )
    return 0


def _check_sign_options(args: argparse.Namespace, level: Any) -> None:
    """Options of `sign` that cannot go together, said before anything else is asked."""
    if args.field and args.invisible:
        raise EOfficeError(
            f"--field {args.field} names a visible spot: it cannot take an --invisible signature",
            thai=f"ช่อง {args.field} เป็นช่องลงนามที่มองเห็นได้ ใช้ร่วมกับ --invisible ไม่ได้",
        )
    if args.invisible and args.signature_image:
        raise EOfficeError("--signature-image is drawn on the visible signature: not with --invisible")
    if level.value != "B-B" and not args.tsa:
        raise EOfficeError(f"--level {level} needs a timestamp authority: --tsa URL")


def _signature_image(args: argparse.Namespace) -> bytes | None:
    """The stamp's handwritten signature: a bad image, or one the machine forbids, is reported before the
    PIN is asked."""
    if args.invisible:
        return None
    from eoffice_desktop.config import load_config
    from eoffice_desktop.desk.signature_image import stamp_image

    return stamp_image(load_config(args.config), args.signature_image, use=not args.no_signature_image)


def cmd_sign(args: argparse.Namespace) -> int:
    from eoffice_desktop.durable import make_output_dir, remove_if_empty, write_atomically
    from eoffice_desktop.signing.batch import BatchSigner, LetterJob, LetterResult, SignOptions
    from eoffice_desktop.signing.errors import SigningError, WrongPin
    from eoffice_desktop.signing.levels import Level
    from eoffice_desktop.signing.tokens import TokenChoice, TokenService
    from eoffice_desktop.signing.trust_anchors import load_trust_anchors

    if args.out and len(args.inputs) != 1:
        raise EOfficeError("--out takes one input; for several use --out-dir DIR")
    files = [(src, args.out or args.out_dir / src.name) for src in args.inputs]
    for source, out in files:
        if out.resolve() == source.resolve():
            raise EOfficeError(f"{source}: the output must not replace the input")
    level = Level(args.level)
    _check_sign_options(args, level)
    anchors = load_trust_anchors(args.trust)  # a bad anchor file is reported before the PIN is asked
    if args.out and not args.out.parent.is_dir():
        raise SigningError(f"output directory {args.out.parent} does not exist")
    image = _signature_image(args)
    signer = BatchSigner(
        TokenService(args.pkcs11_module),
        TokenChoice(args.token_label, args.token_serial),
        args.cert_label,
        args.cert_id,
    )
    jobs, done = _letters(files, signer.certificate().der)
    written: dict[LetterJob, str | None] = {}  # job → why its signed output could not be written

    def write(letter: LetterResult) -> None:  # as each letter is signed: a pulled token keeps the earlier
        if letter.signed_pdf is not None:
            try:
                write_atomically(jobs[letter.job][1], letter.signed_pdf)
                written[letter.job] = None
            except OSError as exc:
                written[letter.job] = f"{type(exc).__name__}: {exc}"

    made = make_output_dir(args.out_dir) if args.out_dir else []
    try:
        with revocation_checker(args) as revocation:
            options = SignOptions(
                level=level,
                tsa_urls=tuple(args.tsa),
                visible=not args.invisible,
                signer_name=args.signer_name,
                signer_position=args.signer_position,
                trust=tuple(anchors),
                field=args.field,
                certify=args.certify,
                revocation=revocation,
                signature_image=image,
            )
            result = (
                signer.sign(list(jobs), TerminalPin(args.pin_env), options, progress=write) if jobs else None
            )
    except WrongPin as exc:
        if not args.pin_env:
            raise
        raise EOfficeError(f"{exc} (the PIN came from the environment variable {args.pin_env})") from None
    finally:
        remove_if_empty(made)  # a directory made for this run goes again when nothing was signed into it
    for out in done:
        print(f"{out}: already signed")
    failed = False
    for letter in result.letters if result else []:
        source, out = jobs[letter.job]
        problem = written.get(letter.job, "signed, but not written") if letter.signed else letter.problem
        if problem is None:
            print(f"{out}: signed")
        else:
            failed = True
            print(f"{source}: NOT signed: {problem}", file=sys.stderr)
    return 1 if failed else 0


def _letters(
    files: list[tuple[Path, Path]], der: bytes
) -> tuple[dict["LetterJob", tuple[Path, Path]], list[Path]]:
    """The letters to sign, each with its input and output file; and the outputs an earlier run of the
    same batch signed already (skipped: re-running a batch a pulled token stopped signs only the rest)."""
    from eoffice_desktop.signing.batch import LetterJob
    from eoffice_desktop.signing.errors import InputRefused

    jobs: dict[LetterJob, tuple[Path, Path]] = {}
    done: list[Path] = []
    for source, out in files:
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise InputRefused(f"cannot read {source}: {exc.strerror or exc}") from exc
        if _signed_by(out, der):
            done.append(out)
        else:
            jobs[LetterJob(data, str(source))] = (source, out)
    return jobs, done


def _signed_by(out: Path, der: bytes) -> bool:
    """An output from an earlier run of this batch: a PDF whose last signature is by this certificate."""
    if not out.is_file():
        return False
    try:
        from pyhanko.pdf_utils.reader import PdfFileReader

        with out.open("rb") as handle:
            signatures = PdfFileReader(handle, strict=False).embedded_signatures
            return bool(signatures) and signatures[-1].signer_cert.dump() == der
    except Exception:
        return False


def cmd_verify(args: argparse.Namespace) -> int:
    from eoffice_desktop.signing.trust_anchors import load_trust_anchors
    from eoffice_desktop.signing.verify import verify_file

    anchors = load_trust_anchors(args.trust)
    with revocation_checker(args, online=not args.offline) as revocation:
        reports = [verify_file(path, anchors, revocation) for path in args.files]
    if args.json:
        json.dump([r.describe() for r in reports], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for report in reports:
            print(f"{report.file}: {_STATUS[report.status]}")
            if report.status == "valid-unchecked":
                print("  ลงนามถูกต้อง แต่ยังยืนยันไม่ได้ ตรวจสอบการเพิกถอนใบรับรองไม่ได้")
            for problem, thai in zip(report.problems, report.problems_th, strict=True):
                print(f"  {problem}\n  {thai}")
            for note, thai in report.notes:
                print(f"  {note}\n  {thai}")
            for sig in report.signatures:
                when = sig.timestamp_time or sig.signing_time or "?"
                print(
                    f"  {sig.field}: {sig.signer}, {sig.level}, {when}, covers {sig.coverage}: "
                    f"{'valid' if sig.valid else 'NOT valid'}; revocation {sig.revocation}"
                )
                for problem, thai in zip(sig.problems, sig.problems_th, strict=True):
                    print(f"    - {problem}\n      {thai}")
            if not args.trust:
                print("  (no --trust given: no certificate can be trusted)")
    if any(r.status == "invalid" for r in reports):
        return 1
    return EXIT_UNCHECKED if any(r.status == "valid-unchecked" for r in reports) else 0


_STATUS = {
    "valid": "VALID",
    "valid-unchecked": "VALID BUT NOT CONFIRMED: the revocation of a certificate could not be checked",
    "invalid": "NOT VALID",
}


def cmd_augment(args: argparse.Namespace) -> int:
    from eoffice_desktop.signing.augment import augment
    from eoffice_desktop.signing.levels import Level
    from eoffice_desktop.signing.trust_anchors import load_trust_anchors
    from eoffice_desktop.signing.verify import verify_file

    if args.out.resolve() == args.input.resolve():
        raise EOfficeError("the output must not replace the input")
    anchors = load_trust_anchors(args.trust)
    done = augment(args.input, args.out, tuple(args.tsa), Level(args.level), anchors)
    print(
        f"{done.out}: timestamped {done.timestamped_at:%Y-%m-%d %H:%M:%S %Z}"
        if done.timestamped_at
        else str(done.out)
    )
    if done.gap is not None:
        hours = done.gap.total_seconds() / 3600
        print(f"  signed {done.signed_at:%Y-%m-%d %H:%M:%S %Z}: timestamped {hours:.1f} hours after signing")
    if anchors:
        report = verify_file(args.out, anchors)
        problems = "; ".join(p for s in report.signatures for p in s.problems)
        said = _STATUS[report.status] + (f": {problems}" if report.status == "invalid" else "")
        print(f"  verify: {said}")
        return {"valid": 0, "valid-unchecked": 3}.get(report.status, 1)  # as `verify` exits
    return 0


COMMANDS = {"tokens": cmd_tokens, "sign": cmd_sign, "augment": cmd_augment, "verify": cmd_verify}
