"""The demo's office: its people, and a clerk on her own workstation who puts letters on their way to you.

You are นายทดลอง ใช้งาน (A-DIR), the director of DEMO-A; the window's token stands for you. The clerk
(A-CLERK) drafts two memos in her store (``clerk/`` in the demo directory), submits them on routes that
pass through you and syncs them to the demo server, so that they wait in งานของฉัน on the window's first
sync: one to sign, one to check and initial before the deputy (A-DEP) signs.
"""

import datetime as dt
import logging
from pathlib import Path

from eoffice_desktop.demo.letters import ensure_numbers, sample_id, samples
from eoffice_desktop.demo.server import DemoServer

log = logging.getLogger(__name__)

USER_PERSON = "A-DIR"
CLERK_DIR = "clerk"
CLERK_WORKSTATION = "demo-a-clerk"


def route_to_user(directory: Path, config_path: Path, server: DemoServer, actor: str) -> int:
    """The clerk's routed letters, submitted and synced once (a later run adds none again); how many were
    submitted by this run."""
    from eoffice_desktop.desk.routing import new_letter, submit
    from eoffice_desktop.domain.routes import StepSpec
    from eoffice_desktop.store.db import StoreError
    from eoffice_desktop.sync.client import CloudClient, new_session
    from eoffice_desktop.sync.engine import SyncEngine
    from eoffice_desktop.workspace import open_workspace

    routed = samples()["routed"]
    series = str(samples()["user"]["series"])
    clerk = str(routed["drafter"])
    token = server.person_token(clerk, CLERK_WORKSTATION)
    client = CloudClient(server.url, token, session=new_session())
    workspace = open_workspace(directory / CLERK_DIR, config_path)
    submitted = 0
    try:
        ensure_numbers(workspace.store, client, series)  # the clerk numbers her letters as she submits them
        for spec in routed["letters"]:
            letter_id = sample_id(spec["key"])
            try:
                workspace.letters.get(letter_id)
                continue  # submitted by an earlier run
            except StoreError:
                pass
            data = {**spec["data"], "number": series, "date": dt.date.today().isoformat()}
            new_letter(workspace, spec["template"], data, letter_id=letter_id)
            steps = [StepSpec.parse(text) for text in spec["steps"]]
            submit(workspace, letter_id, steps, clerk, spec["note"], number=True)
            submitted += 1
        SyncEngine(workspace.store, client, actor, person=clerk).run_once()
    finally:
        workspace.close()
    log.info("demo: %d letters put on their way to %s", submitted, USER_PERSON)
    return submitted
