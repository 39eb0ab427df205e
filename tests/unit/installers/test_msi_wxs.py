"""Identifiers of the MSI's WiX source (installers/msi/wxs.py) that upgrades depend on."""

from installers.msi.wxs import component_guid, msi_filename, product_code


def test_component_guids_never_change() -> None:
    """Released MSIs carry these GUIDs; deriving them differently would break upgrades of installed copies."""
    exe = component_guid("x64", "ProgramFiles64Folder/eoffice-desktop/eoffice-desktop.exe")
    assert exe == "{CA04B19E-6C47-5C7C-ABEB-28BB3CD2A96C}"
    assert component_guid("x64", "ProgramFiles64Folder/eoffice-desktop/EOFFICE-DESKTOP.EXE") == exe
    assert component_guid("x86", "ProgramFilesFolder/eoffice-desktop/eoffice-desktop.exe") != exe


def test_one_product_code_per_version_and_architecture() -> None:
    assert product_code("0.1.0", "x64") == product_code("0.1.0", "x64")
    assert product_code("0.1.0", "x64") != product_code("0.1.1", "x64")
    assert product_code("0.1.0", "x64") != product_code("0.1.0", "x86")


def test_msi_file_names_with_a_short_name_unless_already_8_3() -> None:
    assert msi_filename("LICENSE") == "LICENSE"
    assert msi_filename("qwindows.dll") == "qwindows.dll"
    short, long = msi_filename("base_library.zip").split("|")
    assert long == "base_library.zip"
    assert len(short) == 12 and short.endswith(".zip")
    short, long = msi_filename("my data").split("|")
    assert (len(short), long) == (8, "my data")
    assert msi_filename("café notes.txt") == msi_filename("café notes.txt"), "the same in every build"
