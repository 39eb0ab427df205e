"""Drafting in the window: a partly filled letter is checked field by field and previewed as the clerk types,
saved as a draft, numbered from the leased block, merged from a CSV, and sent for signature."""

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eoffice_desktop.domain.errors import DomainError, FieldError
from eoffice_desktop.domain.fields import FieldType, ValidationContext, validate
from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.domain.numbering import CIRCULAR_MARK, DocumentNumber
from eoffice_desktop.domain.thai import latin_digits, parse_date
from eoffice_desktop.drafting import merge_row, read_merge_rows, validate_letter
from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.store.letters import LetterRecord
from eoffice_desktop.store.numbers import NumberPool
from eoffice_desktop.templates import Template
from eoffice_desktop.workspace import Workspace


@dataclass(frozen=True)
class Checked:
    """What a partly filled letter has right (typed values) and wrong (per top-level field)."""

    values: dict[str, Any]
    problems: dict[str, FieldError]

    @property
    def complete(self) -> bool:
        return not self.problems


def _top_field(path: str) -> str:
    return re.split(r"[.\[]", path, maxsplit=1)[0]


def check_partial(workspace: Workspace, template: Template, data: Mapping[str, Any]) -> Checked:
    """Every problem of ``data``, not only the first: a bad or missing field is noted and left out, and the
    rest is checked again, so the preview shows what is right while the form marks what is not."""
    ctx = ValidationContext(workspace.services.templates.salutations)
    specs = list(template.fields)
    remaining = dict(data)
    problems: dict[str, FieldError] = {}
    for _ in range(len(specs) + len(remaining) + 1):
        try:
            return Checked(validate(remaining, specs, ctx), _series_hints(template, data, problems))
        except FieldError as exc:
            top = _top_field(exc.field)
            problems.setdefault(top, exc)
            remaining.pop(top, None)
            # left out from now on: not required, and not derived again (a closing that cannot be derived)
            specs = [
                dataclasses.replace(s, required=False, derive=None) if s.name == top else s for s in specs
            ]
    raise AssertionError("validation did not settle")  # pragma: no cover


def _series_hints(
    template: Template, data: Mapping[str, Any], problems: dict[str, FieldError]
) -> dict[str, FieldError]:
    """A number field that holds only its series (as a new letter starts) is waiting for Take a number."""
    for spec in template.fields:
        value = data.get(spec.name)
        if spec.name not in problems or spec.type is not FieldType.DOC_NUMBER or not isinstance(value, str):
            continue
        if value.strip() and "/" not in value:
            problems[spec.name] = FieldError(
                spec.name,
                f"only the series {value.strip()} so far: take a number",
                thai=f"มีเพียงอักษรย่อ {value.strip()} กดปุ่ม ออกเลข เพื่อออกเลขที่หนังสือ",
            )
    return problems


def preview_pdf(workspace: Workspace, template: Template, data: Mapping[str, Any]) -> tuple[bytes, Checked]:
    """The letter as far as it is right, rendered exactly as it will be (missing fields are left out)."""
    from eoffice_desktop.render import render_letter

    checked = check_partial(workspace, template, data)
    result = render_letter(template, checked.values, workspace.services.render_options())
    return result.pdf, checked


def save_draft(
    workspace: Workspace, letter_id: str, template: Template, data: Mapping[str, Any]
) -> LetterRecord:
    """Create the draft under ``letter_id`` (made by the editor) or store its new data."""
    return workspace.letters.save_draft(letter_id, template.id, data)


def send_for_signature(
    workspace: Workspace, letter_id: str, template: Template, data: Mapping[str, Any]
) -> LetterRecord:
    """Check the whole letter, render the PDF that will be signed (with the letter's data inside it), and move
    the letter to รอลงนาม. A problem raises FieldError naming the field; nothing changes then."""
    pdf = signable_pdf(workspace, template, data)
    letters = workspace.letters
    letters.save_draft(letter_id, template.id, data)
    letters.set_pdf(letter_id, pdf, signed=False)
    return letters.move(letter_id, LetterState.READY)


def signable_pdf(workspace: Workspace, template: Template, data: Mapping[str, Any]) -> bytes:
    """The PDF that will be signed: the whole letter checked (FieldError naming the field), rendered with the
    letter's data inside it."""
    from eoffice_desktop.render import render_letter

    values = validate_letter(template, data, workspace.services.templates)
    options = dataclasses.replace(workspace.services.render_options(), embed_data=dict(data))
    return render_letter(template, values, options).pdf


def series_of(text: str) -> str:
    """The numbering series a number field holds: ``ดศ 0201/15`` → ``ดศ 0201``; ``ดศ 0201/ว`` stays circular;
    a bare prefix is the series itself."""
    text = " ".join(latin_digits(text).split())
    if not text:
        raise EOfficeError(
            "type the series first (e.g. ดศ 0201), then take a number",
            thai="พิมพ์อักษรย่อและเลขประจำส่วนราชการก่อน (เช่น ดศ ๐๒๐๑) แล้วจึงกดออกเลข",
        )
    try:
        return DocumentNumber.parse(text).series
    except DomainError:
        pass
    head, _, tail = text.partition("/")
    head = head.strip()
    if tail.strip().startswith(CIRCULAR_MARK):
        return f"{head}/{CIRCULAR_MARK}"
    return head


def take_number(workspace: Workspace, text: str, year: int | None = None) -> str:
    """Issue the next number of the field's series from the leased block: works offline; a number is never
    issued twice."""
    return str(NumberPool(workspace.store).next_number(series_of(text), year))


def iso_date(text: str) -> str | None:
    """A date typed the Thai way (``4/12/2569``, Thai or Latin digits, BE or CE) or as ISO, in ISO form;
    None when it is not a date."""
    date = parse_date(text)
    return date.isoformat() if date is not None else None


def merge_drafts(
    workspace: Workspace, template: Template, base: Mapping[str, Any], csv_path: Path
) -> list[LetterRecord]:
    """Mail merge into the store: one draft per CSV row over ``base``. Every row is checked first; when one is
    wrong (FieldError naming the row) no draft is made."""
    rows = read_merge_rows(csv_path, template)
    merged = []
    for number, row in enumerate(rows, start=1):
        data = merge_row(base, {k: v for k, v in row.items() if k != "_file"})
        try:
            validate_letter(template, data, workspace.services.templates)
        except FieldError as exc:
            raise FieldError(
                exc.field, f"{exc.problem} (merge row {number})", thai=f"{exc.problem_th} (แถวที่ {number})"
            ) from exc
        merged.append(data)
    letters = workspace.letters
    return [letters.create(template.id, data) for data in merged]
