"""Prepare the demo workspace: token, PKI, server, stores, configuration; one call, safe to repeat.

Layout of the demo directory::

    .eoffice-demo      marks the directory as the demo's (only such a directory is ever wiped)
    softhsm2.conf      SoftHSM configuration; tokens/ the demo token
    pki/root.pem       the demo root: trust anchor; pki/signer.pem the certificate the token holds
    cloud/             the reference server's database and letters (and the demo's agency directory)
    config.toml        the window's configuration (rewritten at every start: the server's port changes)
    data/              the user's letter store (agency DEMO-A)
    agency-b/          the store of the other agency's workstation (DEMO-B), which sends the user a letter
"""

import getpass
import hashlib
import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from eoffice_desktop.demo.errors import DemoError
from eoffice_desktop.demo.server import OTHER_AGENCY, USER_AGENCY, DemoServer, start_server
from eoffice_desktop.demo.token import DemoToken, ensure_token, find_softhsm
from eoffice_desktop.durable import write_atomically

log = logging.getLogger(__name__)

MARKER = ".eoffice-demo"
CONFIG_FILE = "config.toml"
DATA_DIR = "data"
OTHER_DATA_DIR = "agency-b"
CLOUD_DIR = "cloud"
LEVEL = "B-B"  # no timestamp authority in the demo


@dataclass
class Demo:
    """A prepared demo workspace with its server running; :meth:`close` stops the server."""

    directory: Path
    data_dir: Path  # the user's store
    config_path: Path
    server_url: str
    sync_token: str = field(repr=False)  # the user's workstation token (DEMO-A): for the window, never stored
    agency: str
    other_agency: str
    token_label: str
    pin: str
    module: Path
    trust_anchor: Path
    certificate_subject: str
    certificate_sha256: str
    token_created: bool  # False: the token of an earlier run was reused
    letters_added: int  # sample letters added to the user's store by this run
    agencies: int  # in the demo server's agency directory
    server: DemoServer = field(repr=False)

    def summary(self) -> list[str]:
        """What was prepared, for the terminal (the PIN is shown: it is the demo token's)."""
        made = "made now" if self.token_created else "reused"
        return [
            f"demo workspace ready: {self.directory}",
            f"  token        {self.token_label!r} (SoftHSM2, {made}), user PIN {self.pin}",
            f"  certificate  {self.certificate_subject}: a DEMO certificate, not valid for real letters",
            f"  trust anchor {self.trust_anchor} (eOffice DEMO Root CA)",
            f"  server       {self.server_url} (the reference server on loopback)",
            f"  agencies     {self.agency} สำนักงานตัวอย่าง ก (yours), {self.other_agency} สำนักงานตัวอย่าง ข;",
            f"               {self.agencies} in the directory, and a group: Khon Kaen's district offices",
            f"  letters      drafts and one waiting for signature in {self.data_dir};",
            f"               a letter signed by {self.other_agency} arrives in the inbox on the first sync;",
            "               you are นายทดลอง ใช้งาน (A-DIR): two memos from the clerk wait in งานของฉัน",
            f"  config       {self.config_path}",
        ]

    def command_line_hints(self) -> list[str]:
        """How to try the command line on the running demo (``--no-window``): each line runs as printed, in a
        POSIX shell (this program's real path, the real token and server, quoted for the shell)."""
        from eoffice_desktop.demo.letters import samples
        from eoffice_desktop.program import program_command, shell_join

        program = program_command()
        series = str(samples()["user"]["series"])  # the series the demo leased a block of numbers for
        on_store: list[str | Path] = [*program, "--data-dir", self.data_dir, "--config", self.config_path]
        softhsm = f"SOFTHSM2_CONF={self.directory / 'softhsm2.conf'}"
        token = self.sync_token
        return [
            f"  workstation token of {self.agency} (this demo server only): {self.sync_token}",
            "try, in another terminal (each line runs as printed):",
            f"  {shell_join([*on_store, 'status'])}",
            f"  {shell_join([*on_store, 'numbers', 'next', '--series', series])}",
            f"  {shell_join(['env', softhsm, *program, 'tokens', '--pkcs11-module', self.module])}",
            f"  {shell_join([*on_store, 'sync', '--server', self.server_url, '--once', '--token', token])}",
            "  # sync keeps the token in the OS keyring, where there is one; the window's demo does not",
            f"  {shell_join([*on_store, 'inbox', 'list'])}",
            "serving until Ctrl+C",
        ]

    def close(self) -> None:
        self.server.stop()

    def __enter__(self) -> "Demo":
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _claim(directory: Path, reset: bool) -> None:
    """Make ``directory`` the demo's. A non-empty directory without the demo's marker is refused: the demo
    never writes into (or with ``reset`` wipes) a directory that is not its own."""
    if directory.exists():
        if not directory.is_dir():
            raise DemoError(f"{directory} is not a directory", thai=f"{directory} ไม่ใช่โฟลเดอร์")
        ours = (directory / MARKER).is_file()
        if not ours and any(directory.iterdir()):
            raise DemoError(
                f"{directory} is not empty and is not a demo directory: choose another with --dir",
                thai=f"โฟลเดอร์ {directory} มีข้อมูลอื่นอยู่และไม่ใช่โฟลเดอร์สาธิต กรุณาเลือกโฟลเดอร์อื่นด้วย --dir",
            )
        if reset and ours:
            log.info("wiping the demo directory %s", directory)
            shutil.rmtree(directory)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / MARKER).write_text("eoffice-desktop demo workspace\n", encoding="utf-8")


PROFILE = """[profile]   # the demo office: every new letter starts with it (File > Settings > Office profile)
agency = "สำนักงานตัวอย่าง ก"
agency_code = "ตย 0101"
address = ["๙๙ ถนนตัวอย่าง แขวงทดลอง", "เขตสาธิต กรุงเทพฯ ๑๐๙๙๙"]
owner_unit = "กลุ่มงานบริหารทั่วไป"
phone = "0 2000 0001"
email = "saraban@demo-a.example"
signers = [
  { name = "นายทดลอง ใช้งาน", positions = ["ผู้อำนวยการสำนักงานตัวอย่าง ก"] },
  { name = "นางสาวสาธิต ทดสอบ", positions = [
    "รองผู้อำนวยการสำนักงานตัวอย่าง ก", "ปฏิบัติราชการแทน ผู้อำนวยการสำนักงานตัวอย่าง ก",
  ] },
]
"""


def write_config(directory: Path, server_url: str, token: DemoToken) -> Path:
    """The window's configuration: the demo server, the SoftHSM module, the demo root as trust anchor."""
    path = directory / CONFIG_FILE
    trust = token.root.relative_to(directory).as_posix()  # paths in the file are relative to it
    text = (
        "# written by `eoffice-desktop demo` at every start (the server's port changes): edits are lost\n"
        "[sync]\n"
        f'server = "{server_url}"\n\n'
        "[identity]\n"
        'person = "A-DIR"\n\n'
        "[signing]\n"
        f'module = "{token.module}"\n'
        f'trust = ["{trust}"]\n'
        f'level = "{LEVEL}"\n\n' + PROFILE
    )
    write_atomically(path, text.encode("utf-8"))
    from eoffice_desktop.config import load_config

    load_config(path)  # what the window will read: a mistake here shows now, not in the window
    return path


def _actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "demo"


def prepare_demo(directory: Path, *, reset: bool = False) -> Demo:
    """Prepare (or reuse) the demo workspace in ``directory`` and start its server on loopback.

    Repeating it reuses the token, the PKI and the stores and adds no letter twice; ``reset`` wipes the
    directory first. Must run before this process loads a PKCS#11 module (see demo/token.py). Without
    SoftHSM2 it raises :class:`DemoError` before writing anything.
    """
    directory = directory.expanduser().absolute()
    find_softhsm()  # the one thing the demo needs from the system: checked before anything is written
    _claim(directory, reset)
    token = ensure_token(directory)
    server = start_server(directory / CLOUD_DIR, token.root)
    try:
        return _populate(directory, token, server)
    except BaseException:
        server.stop()
        raise


def _populate(directory: Path, token: DemoToken, server: DemoServer) -> Demo:
    from eoffice_desktop.app import build_services
    from eoffice_desktop.demo.letters import Signing, seed_user_letters, send_incoming
    from eoffice_desktop.demo.office import USER_PERSON, route_to_user
    from eoffice_desktop.signing.certs import CertificateInfo
    from eoffice_desktop.signing.trust_anchors import load_trust_anchors
    from eoffice_desktop.store.db import open_store
    from eoffice_desktop.sync.client import CloudClient, new_session
    from eoffice_desktop.sync.engine import SyncEngine

    agencies = server.publish_directory()
    server.publish_people()
    user_token = server.person_token(USER_PERSON, USER_AGENCY.workstation)  # you act as the director
    other_token = server.token(OTHER_AGENCY)
    config_path = write_config(directory, server.url, token)
    actor = _actor()
    data_dir = directory / DATA_DIR
    store = open_store(data_dir)
    try:
        client = CloudClient(server.url, user_token, session=new_session())
        added = seed_user_letters(store, build_services(config_path, data_dir), client, actor)
        SyncEngine(store, client, actor).pull_directory()  # the send dialog has it before any sync
    finally:
        store.close()
    other_dir = directory / OTHER_DATA_DIR
    other = open_store(other_dir)
    try:
        signing = Signing(token.module, token.label, token.pin, load_trust_anchors([token.root]))
        send_incoming(
            other,
            build_services(config_path, other_dir),
            CloudClient(server.url, other_token, session=new_session()),
            signing,
            USER_AGENCY.code,
            actor,
        )
    finally:
        other.close()
    routed = route_to_user(directory, config_path, server, actor)
    certificate = CertificateInfo.from_der(token.certificate_der, "", b"")
    return Demo(
        directory=directory,
        data_dir=data_dir,
        config_path=config_path,
        server_url=server.url,
        sync_token=user_token,
        agency=USER_AGENCY.code,
        other_agency=OTHER_AGENCY.code,
        token_label=token.label,
        pin=token.pin,
        module=token.module,
        trust_anchor=token.root,
        certificate_subject=certificate.common_name,
        certificate_sha256=hashlib.sha256(token.certificate_der).hexdigest(),
        token_created=token.created,
        letters_added=added + routed,
        agencies=agencies,
        server=server,
    )
