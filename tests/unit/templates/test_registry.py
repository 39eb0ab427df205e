from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from eoffice_desktop.domain.fields import FieldSpec
from eoffice_desktop.resources import resource_path
from eoffice_desktop.templates import TemplateError, default_registry
from eoffice_desktop.templates.loader import load_template
from eoffice_desktop.templates.registry import TemplateRegistry, load_salutations

KINDS = {"external-letter", "memo", "stamped-letter", "order", "announcement"}


def test_bundled_templates_cover_the_kinds() -> None:
    registry = default_registry()
    assert {t.id for t in registry} >= KINDS
    for template in registry:
        described = template.describe()
        assert described["id"] and described["title"] and described["fields"]


def test_external_letter_declares_the_issue_fields() -> None:
    template = default_registry().get("external-letter")
    names = set(template.field_names())
    assert names >= set(
        [
            "number",
            "date",
            "agency",
            "address",
            "subject",
            "salutation",
            "recipient",
            "reference",
            "enclosures",
            "body",
            "closing",
            "signer",
            "owner_unit",
            "contact",
            "speed",
            "secrecy",
        ]
    )
    required = {f.name for f in template.fields if f.required}
    assert "reference" not in required and "contact" not in required and "subject" in required


def test_unknown_template_is_named() -> None:
    with pytest.raises(TemplateError, match="unknown template 'nope'"):
        default_registry().get("nope")


def test_an_agency_directory_overrides_and_adds_templates(tmp_path: Path) -> None:
    source = resource_path("templates", "memo.toml").read_text(encoding="utf-8")
    (tmp_path / "memo.toml").write_text(source.replace('title = "บันทึกข้อความ"', 'title = "บันทึก (ปรับ)"'))
    (tmp_path / "memo-short.toml").write_text(source.replace('id = "memo"', 'id = "memo-short"'))
    registry = TemplateRegistry.from_dirs(
        [resource_path("templates"), tmp_path], load_salutations(resource_path("salutations.toml"))
    )
    assert registry.get("memo").title == "บันทึก (ปรับ)"
    assert registry.get("memo-short").id == "memo-short"


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        (('type = "row"', 'type = "table"'), "ElementType"),
        (('id = "memo"', 'id = "memo"\ncolour = "red"'), "unknown key"),
        (('type = "doc-number"', 'type = "number"'), "FieldType"),
        (('text = "{subject}"', 'text = "{subjct}"'), r"placeholder \{subjct\} names no declared field"),
        (('field = "body"', 'field = "bodies"'), "field 'bodies' is not declared"),
        (("{contact.phone:nobreak}", "{contact.mobile}"), r"\{contact.mobile\}"),
        (('label_en = "Subject"', 'label_english = "Subject"'), "unknown key"),
        (('label_en = "Subject"', "label_en = 12"), "label_en must be text"),
        (("rank = 20", 'rank = "first"'), "rank must be a whole number"),
        (('"A letter within the same ministry, department or province"', "[1]"), "description_en must"),
    ],
)
def test_malformed_templates_are_reported_with_their_file(
    tmp_path: Path, patch: tuple[str, str], message: str
) -> None:
    source = resource_path("templates", "memo.toml").read_text(encoding="utf-8")
    path = tmp_path / "memo.toml"
    path.write_text(source.replace(*patch, 1), encoding="utf-8")
    with pytest.raises(TemplateError, match=message) as err:
        load_template(path)
    assert str(path) in str(err.value)


def _all_fields(fields: Sequence[FieldSpec]) -> Iterator[FieldSpec]:
    for spec in fields:
        yield spec
        yield from _all_fields(spec.fields)


def test_every_bundled_template_speaks_english_too() -> None:
    for template in default_registry():
        assert template.title_en.isascii() and template.description_en, template.id
        for spec in _all_fields(template.fields):
            assert spec.label_en and spec.label_en.isascii(), (template.id, spec.name)
            assert bool(spec.description_en) == bool(spec.description), (template.id, spec.name)


def test_the_kinds_used_most_come_first() -> None:
    ranked = [t.id for t in default_registry().by_rank()]
    assert ranked[:2] == ["external-letter", "memo"] and set(ranked) >= KINDS
