"""The sync engine as the configuration sets it up: the one place the window and the `sync` command build it,
so both deliver alike.

Letters signed offline (B-B) get a trusted time before their first upload when a timestamp authority is
configured ([signing] tsa, or `sync --tsa`), and validation data too (B-LT) when trust anchors are
([signing] trust, or `sync --trust`). What the command line gives replaces what the configuration says.
"""

import logging
from collections.abc import Sequence
from pathlib import Path

from eoffice_desktop.config import Config
from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.store.db import Store
from eoffice_desktop.sync.client import CloudClient, new_session
from eoffice_desktop.sync.engine import AugmentPolicy, SyncEngine
from eoffice_desktop.workspace import Workspace

log = logging.getLogger(__name__)


def augment_policy(
    config: Config, tsa: Sequence[str] = (), trust: Sequence[Path] = ()
) -> AugmentPolicy | None:
    """How letters signed offline are upgraded before upload; None when no authority is configured.

    Anchors given here (``trust``) that cannot be read are an error, said at once; configured ones that
    cannot be read are logged and left out (the letters then go B-T): a broken setting must not stop
    delivery, and the settings' own check reports it."""
    anchors: tuple[object, ...] = ()
    if trust or config.trust:  # pyHanko loads only then: `sync` starts quicker without
        from eoffice_desktop.signing.trust_anchors import load_trust_anchors
    if trust:  # checked even without an authority: a wrong file is said at once, not when first needed
        anchors = tuple(load_trust_anchors(list(trust)))
    elif config.trust:
        try:
            anchors = tuple(load_trust_anchors(list(config.trust)))
        except EOfficeError as exc:
            log.warning("configured trust anchors left out of the timestamping before upload: %s", exc)
    urls = tuple(tsa) or config.tsa
    return AugmentPolicy(urls, anchors) if urls else None


def sync_engine(
    store: Store,
    config: Config,
    server: str,
    token: str,
    actor: str,
    *,
    augment: AugmentPolicy | None = None,
    proxy: str | None = None,
) -> SyncEngine:
    """The engine for ``server``. ``augment``: :func:`augment_policy` with the command line's overrides;
    by default the configuration's. ``proxy``: instead of the system's."""
    client = CloudClient(server, token, session=new_session(proxy))
    return SyncEngine(store, client, actor, augment=augment or augment_policy(config), person=config.person)


def workspace_engine(workspace: Workspace, server: str, token: str) -> SyncEngine:
    """What the window syncs with: the workspace's store, configuration and user."""
    return sync_engine(workspace.store, workspace.services.config, server, token, workspace.actor)
