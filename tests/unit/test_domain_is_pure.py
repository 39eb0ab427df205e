"""domain/ imports neither Qt nor SQLAlchemy (also enforced by ruff's banned-api in domain/ruff.toml)."""

import ast
from pathlib import Path

import eoffice_desktop.domain

FORBIDDEN = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "requests")


def test_domain_imports_no_qt_or_sqlalchemy() -> None:
    offenders = []
    for path in Path(eoffice_desktop.domain.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in FORBIDDEN]
    assert offenders == []
