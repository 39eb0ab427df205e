"""sync/ changes the local store only through store/ repositories: it imports neither SQLAlchemy nor the ORM
models (also enforced by ruff's banned-api in sync/ruff.toml)."""

import ast
from pathlib import Path

import eoffice_desktop.sync

FORBIDDEN = ("sqlalchemy", "eoffice_desktop.store.models")


def _imported(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if isinstance(node, ast.ImportFrom) and node.module:
        return [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
    return []


def test_sync_imports_no_sqlalchemy_or_orm_models() -> None:
    offenders = []
    for path in Path(eoffice_desktop.sync.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            offenders += [
                f"{path.name}: {name}"
                for name in _imported(node)
                if any(name == f or name.startswith(f + ".") for f in FORBIDDEN)
            ]
    assert offenders == []
