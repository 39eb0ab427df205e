"""The signing commands of ``eoffice-desktop``: tokens, sign, verify."""

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eoffice_desktop.errors import EOfficeError

if TYPE_CHECKING:
    from eoffice_desktop.signing.pin import PinRequest

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

    p = sub.add_parser("verify", help="validate the signatures of PDF files")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE.pdf")
    p.add_argument("--trust", action="append", default=[], type=Path, metavar="CA.pem")
    p.add_argument("--json", action="store_true")


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


def cmd_sign(args: argparse.Namespace) -> int:
    from eoffice_desktop.durable import make_output_dir, remove_if_empty
    from eoffice_desktop.signing.batch import BatchSigner, LetterJob, Level, SignOptions
    from eoffice_desktop.signing.errors import WrongPin
    from eoffice_desktop.signing.tokens import TokenChoice, TokenService
    from eoffice_desktop.signing.verify import load_trust_anchors

    if args.out and len(args.inputs) != 1:
        raise EOfficeError("--out takes one input; for several use --out-dir DIR")
    jobs = [LetterJob(src, args.out or args.out_dir / src.name) for src in args.inputs]
    for job in jobs:
        if job.out.resolve() == job.source.resolve():
            raise EOfficeError(f"{job.source}: the output must not replace the input")
    level = Level(args.level)
    if level is not Level.B_B and not args.tsa:
        raise EOfficeError(f"--level {level} needs a timestamp authority: --tsa URL")
    anchors = load_trust_anchors(args.trust)  # a bad anchor file is reported before the PIN is asked
    if args.invisible and args.signature_image:
        raise EOfficeError("--signature-image is drawn on the visible signature: not with --invisible")
    image = None
    if not args.invisible:  # a bad image, or one the machine forbids, is reported before the PIN is asked
        from eoffice_desktop.config import load_config
        from eoffice_desktop.desk.signature_image import stamp_image

        image = stamp_image(load_config(args.config), args.signature_image, use=not args.no_signature_image)
    signer = BatchSigner(
        TokenService(args.pkcs11_module),
        TokenChoice(args.token_label, args.token_serial),
        args.cert_label,
        args.cert_id,
    )
    options = SignOptions(
        level=level,
        tsa_urls=tuple(args.tsa),
        visible=not args.invisible,
        signer_name=args.signer_name,
        signer_position=args.signer_position,
        trust=tuple(anchors),
        signature_image=image,
    )
    made = make_output_dir(args.out_dir) if args.out_dir else []
    try:
        result = signer.sign(jobs, TerminalPin(args.pin_env), options)
    except WrongPin as exc:
        if not args.pin_env:
            raise
        raise EOfficeError(f"{exc} (the PIN came from the environment variable {args.pin_env})") from None
    finally:
        remove_if_empty(made)  # a directory made for this run goes again when nothing was signed into it
    for letter in result.letters:
        if letter.skipped:
            print(f"{letter.job.out}: already signed")
        elif letter.signed:
            print(f"{letter.job.out}: signed")
        else:
            print(f"{letter.job.source}: NOT signed: {letter.problem}", file=sys.stderr)
    return 0 if result.all_signed else 1


def cmd_verify(args: argparse.Namespace) -> int:
    from eoffice_desktop.signing.verify import load_trust_anchors, verify_file

    anchors = load_trust_anchors(args.trust)
    reports = [verify_file(path, anchors) for path in args.files]
    if args.json:
        json.dump([r.describe() for r in reports], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for report in reports:
            print(f"{report.file}: {'VALID' if report.valid else 'NOT VALID'}")
            for problem, thai in zip(report.problems, report.problems_th, strict=True):
                print(f"  {problem}\n  {thai}")
            for sig in report.signatures:
                when = sig.timestamp_time or sig.signing_time or "?"
                print(
                    f"  {sig.field}: {sig.signer}, {sig.level}, {when}, covers {sig.coverage}: "
                    f"{'valid' if sig.valid else 'NOT valid'}"
                )
                for problem, thai in zip(sig.problems, sig.problems_th, strict=True):
                    print(f"    - {problem}\n      {thai}")
            if not args.trust:
                print("  (no --trust given: no certificate can be trusted)")
    return 0 if all(r.valid for r in reports) else 1


def cmd_augment(args: argparse.Namespace) -> int:
    from eoffice_desktop.signing.augment import augment
    from eoffice_desktop.signing.batch import Level
    from eoffice_desktop.signing.verify import load_trust_anchors, verify_file

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
        print(f"  verify: {'VALID' if report.valid else 'NOT VALID: ' + problems}")
        return 0 if report.valid else 1
    return 0


COMMANDS = {"tokens": cmd_tokens, "sign": cmd_sign, "augment": cmd_augment, "verify": cmd_verify}
