"""What the PyInstaller bundle carries (installers/bundle.py), checked without running PyInstaller (too slow
for CI; installers/build-deb.sh freezes and smoke-tests the real program)."""

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.helpers import ROOT

INSTALLERS = ROOT / "installers"


def _load_bundle() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eoffice_installers_bundle", INSTALLERS / "bundle.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


bundle = _load_bundle()


@pytest.fixture
def installed_app(tmp_path: Path) -> Path:
    """The package as a wheel installs it: the source package with resources/ inside and compiled
    catalogues (a stand-in .qm per .ts here; tests/integration/test_packaging.py checks the real wheel)."""
    app = tmp_path / "eoffice_desktop"
    shutil.copytree(ROOT / "src" / "eoffice_desktop", app, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "resources", app / "resources")
    for source in (app / "resources" / "translations").glob("*.ts"):
        source.with_suffix(".qm").write_bytes(b"stand-in")
    return app


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.submodule_search_locations, f"{name} is not installed"
    return Path(next(iter(spec.submodule_search_locations)))


def test_every_resource_is_carried_or_deliberately_left_out() -> None:
    entries = {p.name for p in (ROOT / "resources").iterdir() if p.name != "README.md"}
    listed = set(bundle.RESOURCES) | set(bundle.RESOURCES_LEFT_OUT)
    assert entries - listed == set(), "carry the new resources/ entry in installers/bundle.py or say why not"
    assert listed - entries == set(), "installers/bundle.py lists resources/ entries that no longer exist"
    assert not set(bundle.RESOURCES) & set(bundle.RESOURCES_LEFT_OUT)


def test_data_files_exist_and_land_where_the_program_looks(installed_app: Path) -> None:
    datas = bundle.app_datas(installed_app)
    for source, _ in datas:
        assert Path(source).is_file(), source
    targets = {(Path(source).name, target) for source, target in datas}
    for template in (ROOT / "resources" / "templates").glob("*.toml"):
        assert (template.name, "eoffice_desktop/resources/templates") in targets
    assert ("salutations.toml", "eoffice_desktop/resources") in targets
    assert ("eoffice-desktop.svg", "eoffice_desktop/resources/icons") in targets
    assert ("eoffice_th.qm", "eoffice_desktop/resources/translations") in targets
    assert not any(name.endswith(".ts") for name, _ in targets), "catalogue sources are not carried"
    # every migration Alembic needs, as files on disk (store/db.py: MIGRATIONS)
    migrations = ROOT / "src" / "eoffice_desktop" / "store" / "migrations"
    assert ("env.py", "eoffice_desktop/store/migrations") in targets
    assert ("script.py.mako", "eoffice_desktop/store/migrations") in targets
    for version in (migrations / "versions").glob("*.py"):
        assert (version.name, "eoffice_desktop/store/migrations/versions") in targets


def test_a_source_tree_without_compiled_catalogues_is_refused(installed_app: Path) -> None:
    for qm in (installed_app / "resources" / "translations").glob("*.qm"):
        qm.unlink()
    with pytest.raises(bundle.BundleError, match="non-editable"):
        bundle.app_datas(installed_app)


def test_font_and_pdfium_files_exist_in_the_installed_packages() -> None:
    fonts = bundle.font_datas(_package_dir("fontpkg_sarabun"))
    assert {(Path(s).name, t) for s, t in fonts} >= {
        ("Sarabun-Regular.ttf", "fontpkg_sarabun/files"),
        ("Sarabun-Bold.ttf", "fontpkg_sarabun/files"),
    }
    datas, binaries = bundle.pdfium_files(_package_dir("pypdfium2"), _package_dir("pypdfium2_raw"))
    assert binaries and all(Path(s).is_file() for s, _ in datas + binaries)


def test_the_font_the_renderer_uses_is_the_one_carried() -> None:
    from eoffice_desktop.render.fonts import bundled_fontset_faces

    carried = {Path(s).resolve() for s, _ in bundle.font_datas(_package_dir("fontpkg_sarabun"))}
    assert {face.path.resolve() for face in bundled_fontset_faces()} <= carried


@pytest.mark.parametrize("name", bundle.HIDDEN_IMPORTS)
def test_hidden_imports_exist(name: str) -> None:
    assert importlib.util.find_spec(name) is not None, f"{name} is not importable: a typo in bundle.py?"


def test_the_server_and_the_demo_extra_stay_out() -> None:
    assert {"eoffice_cloud", "fastapi", "uvicorn", "starlette", "psycopg"} <= set(bundle.EXCLUDES)
    assert not any(name.split(".")[0] in bundle.EXCLUDES for name in bundle.HIDDEN_IMPORTS)


def test_the_spec_uses_the_lists() -> None:
    spec = (INSTALLERS / "eoffice-desktop.spec").read_text(encoding="utf-8")
    for use in (
        "bundle.app_datas(",
        "bundle.font_datas(",
        "bundle.pdfium_files(",
        "bundle.HIDDEN_IMPORTS",
        "bundle.EXCLUDES",
        "bundle.METADATA",
        "launcher.py",
    ):
        assert use in spec, use
    assert (INSTALLERS / "launcher.py").is_file()
