"""What the frozen bundle carries, listed one by one: data files, hidden imports, modules left out.

Read by installers/eoffice-desktop.spec (PyInstaller) and by tests/unit/installers/test_bundle.py, which
checks that every listed file exists, every hidden import resolves and every resources/ entry is either
carried or deliberately left out. Plain Python, no PyInstaller import: the tests run without it.
"""

from pathlib import Path

# resources/ entries the program reads (eoffice_desktop.resources finds them under
# sys._MEIPASS/eoffice_desktop/resources)
RESOURCES = ("templates", "translations", "icons", "color", "salutations.toml")
RESOURCES_LEFT_OUT = {
    "demo": "the demo needs the reference server (the demo extra), which the bundle does not carry",
}

# the letter font (render/fonts.py: <fontpkg_sarabun>/files/Sarabun-{Regular,Bold}.ttf) and its licence
SARABUN_FILES = ("files/Sarabun-Regular.ttf", "files/Sarabun-Bold.ttf", "LICENSE")

# distribution metadata read at run time: our version (eoffice_desktop.__version__), keyring's backend entry
# points, pyHanko's and its validator's versions
METADATA = ("eoffice-desktop", "keyring", "pyHanko", "pyhanko-certvalidator")

HIDDEN_IMPORTS = (
    # imported by Alembic's env.py and migration files, which PyInstaller does not see
    "alembic.op",
    "alembic.context",
    "alembic.ddl.sqlite",
    "alembic.runtime.migration",
    "alembic.script",
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "eoffice_desktop.store.models",
    # keyring finds its backends through entry points
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    # platformdirs picks its platform's module at run time
    "platformdirs.unix",
    "platformdirs.windows",
    "platformdirs.macos",
    # PKCS#11 tokens: python-pkcs11's compiled core and the helpers pyHanko loads lazily
    "pkcs11._pkcs11",
    "pkcs11.defaults",
    "pkcs11.util.x509",
    "pkcs11.util.rsa",
    "pkcs11.util.ec",
    "pyhanko.sign.pkcs11",
    "pyhanko.sign.validation",
    # HTTPS against the OS trust store
    "truststore",
)

# never in the desktop bundle: the reference server and the demo's extra, test and build tools
EXCLUDES = (
    "eoffice_cloud",
    "fastapi",
    "starlette",
    "uvicorn",
    "pydantic",
    "pydantic_core",
    "psycopg",
    "psycopg_binary",
    "httptools",
    "uvloop",
    "watchfiles",
    "websockets",
    "pytest",
    "pytestqt",
    "fitz",
    "pymupdf",
    "mypy",
    "hatchling",
    "tkinter",
    "IPython",
)

SHARED_LIBRARY_SUFFIXES = (".so", ".dll", ".dylib")

Data = list[tuple[str, str]]


class BundleError(Exception):
    """A file the bundle must carry is missing."""


def _need(path: Path) -> str:
    if not path.is_file():
        raise BundleError(f"the bundle needs {path}, which is missing")
    return str(path)


def app_datas(app: Path) -> Data:
    """The program's own data files, from the installed package ``app`` (…/site-packages/eoffice_desktop)."""
    resources = app / "resources"
    translations = sorted((resources / "translations").glob("*.qm"))
    if not translations:
        raise BundleError(
            f"{resources / 'translations'} has no compiled translations (.qm): install the package "
            "non-editable (pip install .), not from a source checkout or an editable install"
        )
    datas: Data = []
    for entry in RESOURCES:
        source = resources / entry
        if entry == "translations":  # only the compiled catalogues; the .ts sources stay out
            datas += [(str(qm), "eoffice_desktop/resources/translations") for qm in translations]
        elif source.is_dir():
            items = [p for p in sorted(source.iterdir()) if p.is_file() and p.name != "README.md"]
            if not items:
                raise BundleError(f"{source} is empty")
            datas += [(str(item), f"eoffice_desktop/resources/{entry}") for item in items]
        else:
            datas.append((_need(source), "eoffice_desktop/resources"))
    # Alembic reads env.py, script.py.mako and versions/*.py as files on disk
    # (store/db.py: MIGRATIONS = <package>/store/migrations)
    migrations = app / "store" / "migrations"
    target = "eoffice_desktop/store/migrations"
    datas.append((_need(migrations / "env.py"), target))
    datas.append((_need(migrations / "script.py.mako"), target))
    versions = sorted((migrations / "versions").glob("*.py"))
    if not versions:
        raise BundleError(f"no migrations in {migrations / 'versions'}")
    datas += [(str(v), f"{target}/versions") for v in versions]
    return datas


def font_datas(sarabun: Path) -> Data:
    """The bundled Sarabun from the installed ``fontpkg_sarabun`` package folder."""
    return [(_need(sarabun / name), str(Path("fontpkg_sarabun", name).parent)) for name in SARABUN_FILES]


def pdfium_files(pdfium: Path, pdfium_raw: Path) -> tuple[Data, Data]:
    """pypdfium2's version files, and pypdfium2_raw's version files and pdfium shared library: (datas,
    binaries)."""
    datas = [(str(p), "pypdfium2") for p in sorted(pdfium.glob("*.json"))]
    datas += [(str(p), "pypdfium2_raw") for p in sorted(pdfium_raw.glob("*.json"))]
    binaries = [
        (str(p), "pypdfium2_raw") for p in sorted(pdfium_raw.iterdir()) if p.suffix in SHARED_LIBRARY_SUFFIXES
    ]
    if not binaries:
        raise BundleError(f"no pdfium library in {pdfium_raw}")
    return datas, binaries
