"""The reference server (eoffice_cloud) on loopback, in a background thread of this process.

Its state (SQLite and the letter blobs) is kept in the demo directory, so letters sent in one demo session
are still there in the next; the port is chosen by the OS each time. Its packages (FastAPI, uvicorn) come
with the ``demo`` extra: when they are missing the error says so.
"""

import logging
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eoffice_desktop.demo.errors import DemoError
from eoffice_desktop.resources import resource_path

if TYPE_CHECKING:
    from eoffice_cloud.storage import CloudStore

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
START_TIMEOUT_S = 15.0
INSTALL_HINT = "pip install 'eoffice-desktop[demo]' (from a checkout: .venv/bin/pip install '.[demo]')"


@dataclass(frozen=True)
class Agency:
    code: str
    name: str  # as in the demo's directory (resources/demo/directory.csv)
    workstation: str  # the demo's one workstation of this agency


USER_AGENCY = Agency("DEMO-A", "สำนักงานตัวอย่าง ก", "demo-a-desk")
OTHER_AGENCY = Agency("DEMO-B", "สำนักงานตัวอย่าง ข", "demo-b-desk")


@dataclass
class DemoServer:
    url: str
    store: "CloudStore"
    _server: Any = field(repr=False)
    _thread: threading.Thread = field(repr=False)

    def token(self, agency: Agency) -> str:
        """A fresh workstation token for ``agency``'s demo workstation (the previous one stops working).
        The server keeps only its hash, so the demo makes one each start instead of storing it."""
        from eoffice_cloud.storage import create_token

        return create_token(self.store, agency.workstation, agency.code)

    def person_token(self, person_id: str, workstation: str) -> str:
        """A fresh token for ``person_id`` (of the demo's people) on ``workstation``."""
        from eoffice_cloud.storage import create_token

        return create_token(self.store, workstation, None, person_id)

    def publish_people(self) -> int:
        """The demo agencies' people (resources/demo/people.csv), as IT imports them; returns how many."""
        from eoffice_cloud.people import import_people

        done = import_people(self.store, resource_path("demo", "people.csv"))
        return done.added + done.updated + done.unchanged

    def publish_directory(self) -> int:
        """The demo's agency directory and recipient group (resources/demo/directory.csv, groups.csv), as IT
        imports them; again at every start (an unchanged file changes nothing). Returns the agencies."""
        from eoffice_cloud.directory import import_agencies, import_groups

        done = import_agencies(self.store, resource_path("demo", "directory.csv"))
        import_groups(self.store, resource_path("demo", "groups.csv"))
        return done.added + done.updated + done.unchanged

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self.store.engine.dispose()
        log.info("demo server stopped")


def start_server(data_dir: Path, trust: Path) -> DemoServer:
    """The reference server on 127.0.0.1 (a free port), serving from ``data_dir`` and accepting letters
    signed under the demo root ``trust`` (as a deployment checks them against its CAs); returns once it
    answers."""
    try:
        import uvicorn

        from eoffice_cloud.app import create_app
        from eoffice_cloud.settings import ServerSettings
        from eoffice_cloud.storage import open_cloud
    except ImportError as exc:
        if getattr(sys, "frozen", False):  # the .deb and the MSI carry no web server, on purpose
            raise DemoError(
                "the installed program has no demo (it carries no web server); try the demo from a source "
                "checkout: ./scripts/setup && .venv/bin/eoffice-desktop demo",
                thai="โปรแกรมที่ติดตั้งแล้วไม่มีการสาธิต (ไม่มีเซิร์ฟเวอร์ในตัว) ลองการสาธิตจากซอร์สโค้ด: "
                "./scripts/setup && .venv/bin/eoffice-desktop demo",
            ) from exc
        raise DemoError(
            f"the demo runs the reference server, whose packages are not installed ({exc.name}): "
            f"{INSTALL_HINT}",
            thai=f"การสาธิตต้องใช้เซิร์ฟเวอร์ตัวอย่าง ซึ่งยังไม่ได้ติดตั้งแพ็กเกจ ({exc.name}) กรุณาติดตั้ง: {INSTALL_HINT}",
        ) from exc
    store = open_cloud(data_dir)
    app = create_app(store, ServerSettings(trust_anchors=(trust,)))
    config = uvicorn.Config(app, host=HOST, port=0, log_level="error", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="demo-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT_S
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            server.should_exit = True
            store.engine.dispose()
            raise DemoError("the demo server did not start", thai="เริ่มเซิร์ฟเวอร์สาธิตไม่ได้")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    url = f"http://{HOST}:{port}"
    log.info("demo server at %s (data in %s)", url, data_dir)
    return DemoServer(url, store, server, thread)
