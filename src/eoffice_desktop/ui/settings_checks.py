"""What the settings dialog says about values: the signature levels in plain words, and what is wrong with
changed values before anything is written (addresses, files that must exist, a level that needs a TSA)."""

from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate finds translate("SettingsDialog", "…") calls


def level_name(level: str) -> str:
    names = {
        "B-B": translate("SettingsDialog", "B-B: basic, works offline"),
        "B-T": translate("SettingsDialog", "B-T: with a trusted time"),
        "B-LT": translate("SettingsDialog", "B-LT: for long-term checking"),
        "B-LTA": translate("SettingsDialog", "B-LTA: for archiving"),
    }
    return names.get(level, level)


def level_explanation(level: str) -> str:
    explanations = {
        "B-B": translate(
            "SettingsDialog",
            "The signature alone. Works without a network; the signing time is the computer's clock.",
        ),
        "B-T": translate(
            "SettingsDialog",
            "Adds a trusted time from a timestamp authority: needs the network and at least one "
            "timestamp authority.",
        ),
        "B-LT": translate(
            "SettingsDialog",
            "Also embeds the certificates' status, so the signature can be checked after they expire. "
            "Needs a timestamp authority and the network.",
        ),
        "B-LTA": translate(
            "SettingsDialog",
            "Also adds an archive timestamp that keeps the signature verifiable for many years. Needs a "
            "timestamp authority and the network.",
        ),
    }
    return explanations.get(level, "")


def is_web_address(text: str) -> bool:
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not any(c.isspace() for c in text)


def problems(
    changes: Mapping[str, Any], values: Mapping[str, Any], locked: Mapping[str, str]
) -> list[tuple[str, str]]:
    """What is wrong with the changed values (``changes``, as ``save_settings`` takes them), each with the
    setting to fix it in; ``values`` are all the fields as they are now."""
    found: list[tuple[str, str]] = []
    server = changes.get("sync.server")
    if server and not is_web_address(server):
        found.append(
            (
                translate(
                    "SettingsDialog",
                    "Server: enter an address that starts with https:// or http://, e.g. "
                    "https://eoffice.example.go.th",
                ),
                "sync.server",
            )
        )
    for number, url in enumerate(changes.get("signing.tsa") or [], start=1):
        if not is_web_address(url):
            found.append(
                (
                    translate(
                        "SettingsDialog", "Timestamp authorities: line %1 is not an http(s) address: %2"
                    )
                    .replace("%1", str(number))
                    .replace("%2", url),
                    "signing.tsa",
                )
            )
    files = [
        ("signing.module", translate("SettingsDialog", "PKCS#11 module: the file %1 does not exist")),
        ("render.emblem", translate("SettingsDialog", "Emblem: the file %1 does not exist")),
    ]
    for key, message in files:
        if changes.get(key) and not Path(changes[key]).is_file():
            found.append((message.replace("%1", changes[key]), key))
    for path in changes.get("signing.trust") or []:
        if not Path(path).exists():
            found.append(
                (
                    translate("SettingsDialog", "Trust anchors: %1 does not exist").replace("%1", path),
                    "signing.trust",
                )
            )
    needs_tsa = values["signing.level"] != "B-B" and not values["signing.tsa"]
    if needs_tsa and {"signing.level", "signing.tsa"} & changes.keys():
        found.append(
            (
                translate(
                    "SettingsDialog", "Signature level %1 needs at least one timestamp authority"
                ).replace("%1", values["signing.level"]),
                "signing.tsa" if "signing.tsa" not in locked else "signing.level",
            )
        )
    return found
