"""installers/build-msi.sh builds a deployable MSI: checked by reading its tables back with msitools.

The bundle is a stand-in (tests/windows_bundle.py): the MSI's contents and logic are what is tested, not
the Windows program; wixl and msitools come from scripts/test-packages.
"""

import re
import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers import ROOT
from tests.windows_bundle import X86, make_bundle, windows_icon

BUILD_MSI = ROOT / "installers" / "build-msi.sh"
UPGRADE_CODE = "{85BA7F2F-A2F8-4B40-9BE8-0DFF99E73DBB}"  # must never change: upgrades find the product by it
POLICY_KEY = r"Software\Policies\eoffice-desktop"
PROPERTIES = ("SERVERURL", "PKCS11MODULE", "TSAURLS", "TRUSTDIR", "EMBLEM", "LOCKED")
MSIDBCOMPONENTATTRIBUTES64BIT = 256
MSIDBUPGRADEATTRIBUTESONLYDETECT = 2
HKLM = "2"

pytestmark = pytest.mark.slow


def package_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        version: str = tomllib.load(file)["project"]["version"]
    return version


def build(bundle: Path, out: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BUILD_MSI), str(bundle), "--out-dir", str(out), *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
    )


def table(msi: Path, name: str) -> list[dict[str, str]]:
    """Rows of one table, by column name (msiinfo export: names, types, key line, then the rows).

    msiinfo writes a table's binary streams into a folder of the table's name in the working directory:
    the MSI's own folder here, never the checkout."""
    lines = subprocess.run(
        ["msiinfo", "export", msi.name, name], cwd=msi.parent, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    columns = lines[0].split("\t")
    return [dict(zip(columns, line.split("\t"), strict=True)) for line in lines[3:]]


def long_name(filename: str) -> str:
    return filename.rpartition("|")[2]


@dataclass
class Built:
    bundle: Path
    msi: Path

    def rows(self, name: str) -> list[dict[str, str]]:
        return table(self.msi, name)

    def properties(self) -> dict[str, str]:
        return {row["Property"]: row["Value"] for row in self.rows("Property")}

    def sequence(self, name: str) -> dict[str, int]:
        return {row["Action"]: int(row["Sequence"]) for row in self.rows(name)}

    def installed_paths(self) -> dict[str, str]:
        """File id -> the path it installs to below INSTALLDIR, from the Directory and File tables."""
        directories = {row["Directory"]: row for row in self.rows("Directory")}

        def path(directory: str) -> str:
            if directory == "INSTALLDIR":
                return ""
            row = directories[directory]
            return path(row["Directory_Parent"]) + long_name(row["DefaultDir"]) + "/"

        components = {row["Component"]: row for row in self.rows("Component")}
        return {
            row["File"]: path(components[row["Component_"]]["Directory_"]) + long_name(row["FileName"])
            for row in self.rows("File")
        }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    work = tmp_path_factory.mktemp("msi")
    bundle = make_bundle(work / "eoffice-desktop")
    result = build(bundle, work / "dist")
    assert result.returncode == 0, result.stderr
    msi = work / "dist" / f"eoffice-desktop-{package_version()}.msi"
    assert result.stdout.strip() == str(msi)
    assert sorted(p.name for p in (work / "dist").iterdir()) == [msi.name], "nothing else left in dist/"
    return Built(bundle, msi)


def test_product_identity_and_per_machine_install(built: Built) -> None:
    properties = built.properties()
    assert properties["ProductVersion"] == package_version()
    assert properties["UpgradeCode"] == UPGRADE_CODE
    assert properties["ProductName"] == "eoffice-desktop"
    assert properties["ALLUSERS"] == "1"
    summary = subprocess.run(["msiinfo", "suminfo", built.msi], capture_output=True, text=True, check=True)
    assert re.search(r"^Template: x64;", summary.stdout, re.MULTILINE)
    directories = {row["Directory"]: row for row in built.rows("Directory")}
    assert directories["INSTALLDIR"]["Directory_Parent"] == "ProgramFiles64Folder"
    assert directories["INSTALLDIR"]["DefaultDir"] == "eoffice-desktop"
    for component in built.rows("Component"):
        assert int(component["Attributes"]) & MSIDBCOMPONENTATTRIBUTES64BIT, component["Component"]


def test_major_upgrade_replaces_older_and_refuses_downgrade(built: Built) -> None:
    version = package_version()
    upgrades = {row["ActionProperty"]: row for row in built.rows("Upgrade")}
    assert {row["UpgradeCode"] for row in upgrades.values()} == {UPGRADE_CODE}
    older = upgrades["WIX_UPGRADE_DETECTED"]
    assert (older["VersionMin"], older["VersionMax"]) == ("", version)
    newer = upgrades["WIX_DOWNGRADE_DETECTED"]
    assert (newer["VersionMin"], newer["VersionMax"]) == (version, "")
    assert int(newer["Attributes"]) & MSIDBUPGRADEATTRIBUTESONLYDETECT
    (condition,) = built.rows("LaunchCondition")
    assert condition["Condition"] == "NOT WIX_DOWNGRADE_DETECTED"
    assert "newer version" in condition["Description"]
    execute = built.sequence("InstallExecuteSequence")
    assert execute["FindRelatedProducts"] < execute["InstallValidate"] < execute["RemoveExistingProducts"]
    assert execute["RemoveExistingProducts"] < execute["InstallInitialize"]


def test_policy_properties_written_to_hklm_policy_key_only_when_given(built: Built) -> None:
    secure = built.properties()["SecureCustomProperties"].split(";")
    assert set(PROPERTIES) <= set(secure), "public properties must reach the elevated install"
    registry = {row["Name"]: row for row in built.rows("Registry") if row["Key"] == POLICY_KEY}
    assert sorted(registry) == sorted(PROPERTIES)
    components = {row["Component"]: row for row in built.rows("Component")}
    for name, row in registry.items():
        assert row["Root"] == HKLM
        assert row["Value"] == f"[{name}]", "REG_SZ of the property's value"
        component = components[row["Component_"]]
        assert component["Condition"] == name, "no empty value written when the property is not given"
        assert component["KeyPath"] == row["Registry"]


def test_policy_properties_kept_on_upgrade_unless_given_again(built: Built) -> None:
    """An upgrade without the properties keeps the machine's policy: the registry is searched first, and
    a value given on the command line wins over it."""
    searches = {row["Property"]: row["Signature_"] for row in built.rows("AppSearch")}
    locators = {row["Signature_"]: row for row in built.rows("RegLocator")}
    actions = {row["Action"]: row for row in built.rows("CustomAction")}
    for sequence in ("InstallUISequence", "InstallExecuteSequence"):
        numbers = built.sequence(sequence)
        conditions = {row["Action"]: row["Condition"] for row in built.rows(sequence)}
        for name in PROPERTIES:
            locator = locators[searches[name]]
            assert (locator["Root"], locator["Key"], locator["Name"]) == (HKLM, POLICY_KEY, name)
            keep = next(a for a in actions.values() if a["Target"] == f"[{name}]")
            take = next(a for a in actions.values() if a["Source"] == name)
            assert take["Target"] == f"[{keep['Source']}]"
            assert numbers[keep["Action"]] < numbers["AppSearch"] < numbers[take["Action"]]
            assert numbers[take["Action"]] < numbers["LaunchConditions"] < numbers["CostFinalize"]
            assert conditions[take["Action"]] == keep["Source"]


def test_start_menu_shortcut_to_the_program(built: Built) -> None:
    (shortcut,) = built.rows("Shortcut")
    assert shortcut["Directory_"] == "ProgramMenuFolder"
    assert long_name(shortcut["Name"]) == "eoffice-desktop"
    assert shortcut["WkDir"] == "INSTALLDIR"
    file_id = re.fullmatch(r"\[#(\w+)\]", shortcut["Target"])
    assert file_id, shortcut["Target"]
    assert built.installed_paths()[file_id.group(1)] == "eoffice-desktop.exe"
    keypath = next(row for row in built.rows("Component") if row["Component"] == shortcut["Component_"])
    registry = next(row for row in built.rows("Registry") if row["Registry"] == keypath["KeyPath"])
    assert registry["Root"] == HKLM


def test_the_shortcut_starts_the_program_without_a_console_when_the_bundle_has_it(tmp_path: Path) -> None:
    """The spec builds eoffice-desktop-window.exe on Windows: a console program would open a console
    window beside the letters' window."""
    bundle = make_bundle(tmp_path / "bundle")
    (bundle / "eoffice-desktop-window.exe").write_bytes((bundle / "eoffice-desktop.exe").read_bytes())
    result = build(bundle, tmp_path / "dist")
    assert result.returncode == 0, result.stderr
    built = Built(bundle, Path(result.stdout.strip()))
    (shortcut,) = built.rows("Shortcut")
    file_id = re.fullmatch(r"\[#(\w+)\]", shortcut["Target"])
    assert file_id and built.installed_paths()[file_id.group(1)] == "eoffice-desktop-window.exe"


def test_icon_for_the_shortcut_and_add_remove_programs(built: Built, tmp_path: Path) -> None:
    icon = tmp_path / "eoffice-desktop.ico"
    windows_icon(icon)
    result = build(built.bundle, tmp_path / "dist", "--icon", icon)
    assert result.returncode == 0, result.stderr
    msi = Path(result.stdout.strip())
    ((name, _),) = [(row["Name"], row["Data"]) for row in table(msi, "Icon")]
    assert table_properties(msi)["ARPPRODUCTICON"] == name
    (shortcut,) = table(msi, "Shortcut")
    assert shortcut["Icon_"] == name
    stored = subprocess.run(["msiinfo", "extract", msi, f"Icon.{name}"], capture_output=True, check=True)
    assert stored.stdout == icon.read_bytes()


def test_every_bundle_file_installed_with_its_content(built: Built, tmp_path: Path) -> None:
    bundle_files = {p.relative_to(built.bundle).as_posix() for p in built.bundle.rglob("*") if p.is_file()}
    assert sorted(built.installed_paths().values()) == sorted(bundle_files)
    subprocess.run(["msiextract", "-C", str(tmp_path), str(built.msi)], capture_output=True, check=True)
    extracted = tmp_path / "eoffice-desktop"
    for relative in bundle_files:
        assert (extracted / relative).read_bytes() == (built.bundle / relative).read_bytes(), relative


def test_next_version_upgrades_the_same_components(built: Built, tmp_path: Path) -> None:
    """Component GUIDs depend on the install path only, so a new version replaces the files it shares."""
    major, minor, patch = package_version().split(".")
    next_version = f"{major}.{minor}.{int(patch) + 1}"
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(f'[project]\nname = "eoffice-desktop"\nversion = "{next_version}"\n')
    result = build(built.bundle, tmp_path / "dist", "--pyproject", pyproject)
    assert result.returncode == 0, result.stderr
    (next_msi,) = (tmp_path / "dist").glob("*.msi")
    assert next_msi.name == f"eoffice-desktop-{next_version}.msi"
    then = {row["Component"]: row["ComponentId"] for row in built.rows("Component")}
    now = {row["Component"]: row["ComponentId"] for row in table(next_msi, "Component")}
    assert now == then
    assert built.properties()["ProductCode"] != table_properties(next_msi)["ProductCode"]
    assert table_properties(next_msi)["UpgradeCode"] == UPGRADE_CODE


def table_properties(msi: Path) -> dict[str, str]:
    return {row["Property"]: row["Value"] for row in table(msi, "Property")}


def test_32_bit_bundle_goes_to_program_files_x86(tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path / "eoffice-desktop", machine=X86)
    result = build(bundle, tmp_path / "dist")
    assert result.returncode == 0, result.stderr
    msi = Path(result.stdout.strip())
    directories = {row["Directory"]: row for row in table(msi, "Directory")}
    assert directories["INSTALLDIR"]["Directory_Parent"] == "ProgramFilesFolder"
    for component in table(msi, "Component"):
        assert not int(component["Attributes"]) & MSIDBCOMPONENTATTRIBUTES64BIT


@pytest.mark.parametrize("version", ["1.0", "1.2.3rc1", "1.2.3.4", "300.0.0"])
def test_version_windows_cannot_compare_refused(tmp_path: Path, version: str) -> None:
    bundle = make_bundle(tmp_path / "eoffice-desktop")
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(f'[project]\nname = "eoffice-desktop"\nversion = "{version}"\n')
    result = build(bundle, tmp_path / "dist", "--pyproject", pyproject)
    assert result.returncode != 0
    assert f"version {version!r}" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "dist").exists(), "nothing written"


def test_not_a_windows_bundle_refused(tmp_path: Path) -> None:
    (tmp_path / "linux-bundle").mkdir()
    (tmp_path / "linux-bundle" / "eoffice-desktop").write_bytes(b"\x7fELF")
    result = build(tmp_path / "linux-bundle", tmp_path / "dist")
    assert result.returncode != 0
    assert "eoffice-desktop.exe is missing" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "dist").exists()
