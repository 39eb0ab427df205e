"""The drafting service: letter data + template → PDF files, written atomically; mail merge from CSV."""

import csv
import dataclasses
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eoffice_desktop.domain.errors import FieldError
from eoffice_desktop.domain.fields import FieldType, ValidationContext, validate
from eoffice_desktop.durable import OutputError, make_output_dir, remove_if_empty, write_atomically
from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.render import RenderOptions, RenderResult, render_letter
from eoffice_desktop.templates import Template, TemplateRegistry


class InputError(EOfficeError):
    """Letter data or a merge file cannot be read."""


def read_letter_data(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise InputError(f"cannot read letter data {path}: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"letter data {path} is not valid JSON (UTF-8): {exc}") from exc
    if not isinstance(data, dict):
        raise InputError(f"letter data {path} must be a JSON object with the letter's fields")
    return data


def validate_letter(
    template: Template, data: Mapping[str, Any], registry: TemplateRegistry
) -> dict[str, Any]:
    return validate(data, template.fields, ValidationContext(registry.salutations))


def check_writable_dir(directory: Path) -> None:
    if not directory.is_dir():
        raise OutputError(f"output directory {directory} does not exist")
    if not os.access(directory, os.W_OK | os.X_OK):
        raise OutputError(f"output directory {directory} is not writable")


@dataclass(frozen=True)
class Drafted:
    path: Path
    result: RenderResult


def draft(
    template: Template, data: Mapping[str, Any], out: Path, registry: TemplateRegistry, options: RenderOptions
) -> Drafted:
    values = validate_letter(template, data, registry)
    check_writable_dir(out.parent if str(out.parent) else Path("."))
    result = render_letter(template, values, dataclasses.replace(options, embed_data=data))
    write_atomically(out, result.pdf)
    return Drafted(out, result)


# mail merge --------------------------------------------------------------------------------------------


def read_merge_rows(path: Path, template: Template) -> list[dict[str, Any]]:
    """Rows of a CSV whose headers are data keys (dotted for nested ones: ``signer.name``)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames:
                raise InputError(f"merge file {path} has no header row")
            rows = [dict(row) for row in reader]
    except OSError as exc:
        raise InputError(f"cannot read merge file {path}: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"merge file {path} is not a valid UTF-8 CSV: {exc}") from exc
    if not rows:
        raise InputError(f"merge file {path} has no data rows")
    for number, row in enumerate(rows, start=2):
        if None in row or any(v is None for v in row.values()):
            raise InputError(f"merge file {path}, line {number}: the row has a different number of columns")
    list_fields = _list_fields(template)
    return [{key: _cell(key, value, list_fields) for key, value in row.items()} for row in rows]


def _list_fields(template: Template) -> set[str]:
    names = set()
    for spec in template.fields:
        if spec.type in (FieldType.LINES, FieldType.LIST, FieldType.PARAGRAPHS):
            names.add(spec.name)
        for sub in spec.fields:
            if sub.type in (FieldType.LINES, FieldType.LIST, FieldType.PARAGRAPHS):
                names.add(f"{spec.name}.{sub.name}")
    return names


def _cell(key: str, value: str, list_fields: set[str]) -> Any:
    if key in list_fields:
        return [line for line in value.splitlines() if line.strip()]
    return value


def merge_row(base: Mapping[str, Any], row: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON data with the row's values laid over it; ``a.b`` headers set nested keys."""
    merged: dict[str, Any] = json.loads(json.dumps(base))
    for key, value in row.items():
        if key.startswith("_"):
            continue
        target = merged
        *parents, leaf = key.split(".")
        for parent in parents:
            child = target.get(parent)
            if not isinstance(child, dict):
                child = target[parent] = {}
            target = child
        if value in ("", []):
            continue  # an empty cell keeps the JSON's value
        target[leaf] = value
    return merged


def merge_file_name(number: int, row: Mapping[str, Any]) -> str:
    """``_file`` names a row's PDF; otherwise letters are numbered 001.pdf, 002.pdf …"""
    name = str(row.get("_file") or "").strip()
    if name:
        if Path(name).name != name or name.startswith("."):
            raise InputError(f"merge row {number}: _file must be a plain file name, got {name!r}")
        return name if name.lower().endswith(".pdf") else f"{name}.pdf"
    return f"{number:03d}.pdf"


def draft_merge(
    template: Template,
    base: Mapping[str, Any],
    rows: Iterable[Mapping[str, Any]],
    out_dir: Path,
    registry: TemplateRegistry,
    options: RenderOptions,
) -> list[Drafted]:
    """One PDF per row. Every row is validated before anything is written; on any failure no PDF remains.
    ``out_dir`` is created (with its parents) when missing, and removed again when the merge fails."""
    jobs = []
    merged: dict[Path, dict[str, Any]] = {}
    names: set[str] = set()
    for number, row in enumerate(rows, start=1):
        name = merge_file_name(number, row)
        if name in names:
            raise InputError(f"merge row {number}: file name {name} is used by an earlier row")
        names.add(name)
        try:
            values = validate_letter(template, merge_row(base, row), registry)
        except FieldError as exc:
            raise FieldError(exc.field, f"{exc.problem} (merge row {number})") from exc
        jobs.append((out_dir / name, values))
        merged[out_dir / name] = merge_row(base, row)
    made = make_output_dir(out_dir)
    try:
        return _write_merge(template, jobs, merged, out_dir, options)
    except BaseException:
        remove_if_empty(made)
        raise


def _write_merge(
    template: Template,
    jobs: list[tuple[Path, dict[str, Any]]],
    merged: Mapping[Path, dict[str, Any]],
    out_dir: Path,
    options: RenderOptions,
) -> list[Drafted]:
    """Render every letter into a temporary file, then rename them all into place."""
    check_writable_dir(out_dir)
    rendered: list[tuple[Path, Path, RenderResult]] = []
    try:
        for path, values in jobs:
            result = render_letter(template, values, dataclasses.replace(options, embed_data=merged[path]))
            tmp = path.with_name(f".{path.name}.merge.part")
            write_atomically(tmp, result.pdf)
            rendered.append((tmp, path, result))
        for tmp, path, _ in rendered:
            os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(f"cannot write into {out_dir}: {exc.strerror or exc}") from exc
    finally:
        for tmp, _, _ in rendered:
            tmp.unlink(missing_ok=True)
    return [Drafted(path, result) for _, path, result in rendered]
