"""Publishing letter templates to every workstation through the changes feed."""

import datetime as dt
import json
import tempfile
from pathlib import Path

from eoffice_cloud.models import FeedEvent
from eoffice_cloud.storage import CloudStore


def publish_template(store: CloudStore, path: Path) -> str:
    """Check the template as the desktop program reads it, then queue it for every workstation."""
    from eoffice_desktop.templates.loader import load_template

    text = path.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as directory:
        copy = Path(directory) / path.name
        copy.write_text(text, encoding="utf-8")
        template = load_template(copy)  # raises TemplateError naming what is wrong
    if template.id != path.stem:
        raise ValueError(f"{path}: id '{template.id}' does not match the file name")
    with store.sessions.begin() as session:
        session.add(
            FeedEvent(
                kind="template",
                payload_json=json.dumps({"id": template.id, "toml": text}, ensure_ascii=False),
                created_at=dt.datetime.now(dt.UTC),
            )
        )
    return template.id
