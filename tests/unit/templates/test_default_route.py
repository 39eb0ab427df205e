"""A template's default_route is checked by the rules of a route when the template is read."""

from pathlib import Path

import pytest

from eoffice_desktop.domain.routes import StepKind, StepSpec
from eoffice_desktop.resources import resource_path
from eoffice_desktop.templates.errors import TemplateError
from eoffice_desktop.templates.loader import load_template


def _memo(tmp_path: Path, route: str) -> Path:
    source = resource_path("templates", "memo.toml").read_text(encoding="utf-8")
    path = tmp_path / "memo.toml"
    path.write_text(
        source.replace('id = "memo"', f'id = "memo"\ndefault_route = {route}', 1), encoding="utf-8"
    )
    return path


def test_a_default_route_is_read_in_order(tmp_path: Path) -> None:
    template = load_template(_memo(tmp_path, '["P002:review", "P003:SIGN"]'))
    assert template.default_route == (StepSpec("P002", StepKind.REVIEW), StepSpec("P003", StepKind.SIGN))


def test_bundled_templates_have_none() -> None:
    assert load_template(resource_path("templates", "memo.toml")).default_route == ()


@pytest.mark.parametrize(
    ("route", "message"),
    [
        ('["P002:review"]', "last step"),
        ('["P002:sign", "P003:sign"]', "only the last step signs"),
        ('["P002:read", "P003:sign"]', "unknown step kind"),
        ('"P002:sign"', "list of steps"),
    ],
)
def test_a_default_route_against_the_rules_names_the_file(tmp_path: Path, route: str, message: str) -> None:
    with pytest.raises(TemplateError, match=message) as caught:
        load_template(_memo(tmp_path, route))
    assert "memo.toml" in str(caught.value) and "default_route" in str(caught.value)
