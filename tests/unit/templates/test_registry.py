from pathlib import Path

import pytest

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
