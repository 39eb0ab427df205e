"""The WiX source (.wxs) of eoffice-desktop's MSI, generated from a PyInstaller one-folder Windows bundle.

wixl (msitools) builds MSIs from WiX sources but does not harvest a directory, so this module lists the
bundle itself (checked by inputs.py): one component per file, keyed by the file, with a component GUID
derived from the file's install path (uuid5), so that every build of every version gives a file the same
GUID and upgrades replace files cleanly. Standard library only: it runs with the system python3 on the
build machine.

Identifiers that must never change between releases are constants here: UPGRADE_CODE (MajorUpgrade finds
the installed version by it) and GUID_NAMESPACE (component and product codes are derived from it).
"""

from __future__ import annotations

import hashlib
import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from installers.msi.inputs import (
    CODEPAGE,
    EXE_NAME,
    WINDOW_EXE_NAME,
    bundle_arch,
    bundle_files,
    check_version,
)

PRODUCT = "eoffice-desktop"
MANUFACTURER = "eoffice-desktop developers"

# Never change these two: installed copies are found and replaced through them.
UPGRADE_CODE = "{85BA7F2F-A2F8-4B40-9BE8-0DFF99E73DBB}"
GUID_NAMESPACE = uuid.UUID("85ba7f2f-a2f8-4b40-9be8-0dff99e73dbb")

# Machine policy: public MSI properties written as REG_SZ values of the same names under HKLM\POLICY_KEY,
# which the program reads as machine policy (config: SERVERURL -> sync.server, PKCS11MODULE ->
# signing.module, TSAURLS -> signing.tsa, TRUSTDIR -> signing.trust, EMBLEM -> render.emblem, LOCKED ->
# the locked keys).
POLICY_KEY = r"Software\Policies\eoffice-desktop"
POLICY_PROPERTIES = ("SERVERURL", "PKCS11MODULE", "TSAURLS", "TRUSTDIR", "EMBLEM", "LOCKED")

# sequence numbers of the custom actions that keep a policy property's earlier value (see _policy)
KEEP_SEQUENCE = 41
TAKE_SEQUENCE = 51

# Shortcut's key path: a per-machine install keeps it under HKLM (the shortcut goes to the all-users
# Start menu with ALLUSERS=1).
SHORTCUT_KEY = r"Software\eoffice-desktop"

LANGUAGE = 1033

# where make_msi's .wxs expects the bundle and the icon, relative to itself
BUNDLE_SOURCE = "bundle"
ICON_SOURCE = "eoffice-desktop.ico"

WIX_NS = "http://schemas.microsoft.com/wix/2006/wi"

_SHORT_CHARS = re.compile(r"[A-Za-z0-9_^$~!#%&{}@`'()-]+")


def _ident(prefix: str, key: str) -> str:
    """A stable MSI identifier (letters, digits, underscores; at most 72 characters) for `key`."""
    return f"{prefix}_{hashlib.sha1(key.encode()).hexdigest()[:32]}"


def msi_filename(name: str) -> str:
    """MSI Filename column: the name alone if it is a valid 8.3 name, else "SHORT~.EXT|long name"."""
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    if (
        0 < len(stem) <= 8
        and len(extension) <= 3
        and "." not in stem
        and _SHORT_CHARS.fullmatch(stem.replace("~", "")) is not None
        and (not extension or _SHORT_CHARS.fullmatch(extension) is not None)
    ):
        return name
    digest = hashlib.sha1(name.encode()).hexdigest()[:8]
    short_extension = re.sub(r"[^A-Za-z0-9]", "", extension)[:3]
    short = f"{digest}.{short_extension}" if short_extension else digest
    return f"{short}|{name}"


def component_guid(arch: str, key: str) -> str:
    """Component GUID of an install path (or registry value): the same in every build and version."""
    return "{" + str(uuid.uuid5(GUID_NAMESPACE, f"{arch}/{key}".lower())).upper() + "}"


def product_code(version: str, arch: str) -> str:
    """One ProductCode per version and architecture, so that rebuilding a version does not install twice."""
    return "{" + str(uuid.uuid5(GUID_NAMESPACE, f"product/{arch}/{version}")).upper() + "}"


@dataclass(frozen=True)
class Msi:
    """What build.py needs besides the .wxs: the architecture for wixl, and fix-ups wixl cannot express."""

    wxs: str
    arch: str
    version: str
    policy_components: dict[str, str]  # property -> component id, to be given the condition "PROPERTY"


def _sub(parent: ET.Element, tag: str, **attributes: str) -> ET.Element:
    return ET.SubElement(parent, f"{{{WIX_NS}}}{tag}", attributes)


def _policy(product: ET.Element, install_dir: ET.Element, arch: str, win64: str) -> dict[str, str]:
    """Properties SERVERURL … LOCKED, each written to HKLM policy by a component of its own.

    A property keeps the value an earlier install wrote when it is not given again (an upgrade without the
    command-line properties keeps the machine's configuration): the registry is searched before the
    command line is applied (WiX's "remember property" pattern, with set-property custom actions around
    AppSearch, in both sequences).
    """
    components = {}
    for name in POLICY_PROPERTIES:
        # Secure="yes" is not read by wixl 0.101; build.py writes SecureCustomProperties instead
        prop = _sub(product, "Property", Id=name)
        _sub(
            prop,
            "RegistrySearch",
            Id=f"find_{name}",
            Root="HKLM",
            Key=POLICY_KEY,
            Name=name,
            Type="raw",
            Win64=win64,
        )
        # set-property actions (type 51); Impersonate="yes" because wixl 0.101 otherwise adds the
        # no-impersonate flag, which only deferred actions may carry
        _sub(
            product,
            "CustomAction",
            Id=f"keep_{name}",
            Property=f"CMDLINE_{name}",
            Value=f"[{name}]",
            Impersonate="yes",
        )
        _sub(
            product,
            "CustomAction",
            Id=f"take_{name}",
            Property=name,
            Value=f"[CMDLINE_{name}]",
            Impersonate="yes",
        )
        component_id = f"policy_{name}"
        component = _sub(
            install_dir,
            "Component",
            Id=component_id,
            Guid=component_guid(arch, f"HKLM/{POLICY_KEY}/{name}"),
            Win64=win64,
        )
        _sub(
            component,
            "RegistryValue",
            Id=f"reg_{name}",
            Root="HKLM",
            Key=POLICY_KEY,
            Name=name,
            Type="string",
            Value=f"[{name}]",
            KeyPath="yes",
        )
        components[name] = component_id
    # Explicit numbers between the standard FindRelatedProducts (25), AppSearch (50) and
    # LaunchConditions (100): wixl's ordering by Before/After alone put some after InstallFinalize.
    for sequence in ("InstallUISequence", "InstallExecuteSequence"):
        element = _sub(product, sequence)
        for number, name in enumerate(POLICY_PROPERTIES):
            _sub(element, "Custom", Action=f"keep_{name}", Sequence=str(KEEP_SEQUENCE + number))
            take = _sub(element, "Custom", Action=f"take_{name}", Sequence=str(TAKE_SEQUENCE + number))
            take.text = f"CMDLINE_{name}"
    return components


def make_msi(bundle: Path, version: str, *, icon: bool = False) -> Msi:
    """The WiX source installing `bundle` per machine into Program Files, with a Start-menu shortcut.

    wixl 0.101 finds sources only relative to the .wxs: the caller puts the bundle (or a link to it) at
    BUNDLE_SOURCE next to the .wxs, and with `icon` the .ico at ICON_SOURCE.
    """
    check_version(version)
    files = bundle_files(bundle)
    arch = bundle_arch(bundle / EXE_NAME)
    win64 = "yes" if arch == "x64" else "no"
    program_files = "ProgramFiles64Folder" if arch == "x64" else "ProgramFilesFolder"

    ET.register_namespace("", WIX_NS)
    wix = ET.Element(f"{{{WIX_NS}}}Wix")
    product = _sub(
        wix,
        "Product",
        Id=product_code(version, arch),
        Name=PRODUCT,
        Language=str(LANGUAGE),
        Codepage=str(CODEPAGE),
        Version=version,
        Manufacturer=MANUFACTURER,
        UpgradeCode=UPGRADE_CODE,
    )
    _sub(
        product,
        "Package",
        InstallerVersion="500",
        Compressed="yes",
        InstallScope="perMachine",
        Description=f"{PRODUCT} {version}",
        Manufacturer=MANUFACTURER,
    )
    _sub(product, "Media", Id="1", Cabinet="eoffice.cab", EmbedCab="yes")
    _sub(
        product,
        "MajorUpgrade",
        DowngradeErrorMessage=f"A newer version of {PRODUCT} is already installed; uninstall it first "
        "to install this older one.",
    )
    if icon:
        _sub(product, "Icon", Id="eoffice_desktop.ico", SourceFile=ICON_SOURCE)
        _sub(product, "Property", Id="ARPPRODUCTICON", Value="eoffice_desktop.ico")

    target = _sub(product, "Directory", Id="TARGETDIR", Name="SourceDir")
    programs = _sub(target, "Directory", Id=program_files)
    install_dir = _sub(programs, "Directory", Id="INSTALLDIR", Name=PRODUCT)
    menu = _sub(target, "Directory", Id="ProgramMenuFolder")

    component_ids = list(_file_components(files, install_dir, arch, win64, program_files))
    windowed = PurePosixPath(WINDOW_EXE_NAME) in files  # no console window beside the program's
    exe_file = _ident("file", WINDOW_EXE_NAME if windowed else EXE_NAME)

    shortcut = _sub(
        menu,
        "Component",
        Id="start_menu_shortcut",
        Guid=component_guid(arch, f"ProgramMenuFolder/{PRODUCT}.lnk"),
        Win64=win64,
    )
    attributes = {"Icon": "eoffice_desktop.ico", "IconIndex": "0"} if icon else {}
    _sub(
        shortcut,
        "Shortcut",
        Id="start_menu",
        Name=msi_filename(PRODUCT),
        Description="Draft, sign and send official letters",
        Target=f"[#{exe_file}]",
        WorkingDirectory="INSTALLDIR",
        **attributes,
    )
    _sub(
        shortcut,
        "RegistryValue",
        Id="reg_start_menu",
        Root="HKLM",
        Key=SHORTCUT_KEY,
        Name="StartMenuShortcut",
        Type="integer",
        Value="1",
        KeyPath="yes",
    )
    component_ids.append("start_menu_shortcut")

    policy_components = _policy(product, install_dir, arch, win64)
    component_ids.extend(policy_components.values())

    feature = _sub(product, "Feature", Id="Complete", Title=PRODUCT, Level="1")
    for component_id in component_ids:
        _sub(feature, "ComponentRef", Id=component_id)

    ET.indent(wix)
    source = ET.tostring(wix, encoding="unicode", xml_declaration=False)
    return Msi(
        wxs='<?xml version="1.0" encoding="utf-8"?>\n' + source + "\n",
        arch=arch,
        version=version,
        policy_components=policy_components,
    )


def _file_components(
    files: Sequence[PurePosixPath],
    install_dir: ET.Element,
    arch: str,
    win64: str,
    program_files: str,
) -> Iterable[str]:
    """One component per file under INSTALLDIR, in nested Directory elements; yields the component ids."""
    directories: dict[PurePosixPath, ET.Element] = {PurePosixPath("."): install_dir}

    def directory(path: PurePosixPath) -> ET.Element:
        if path not in directories:
            parent = directory(path.parent)
            directories[path] = _sub(
                parent, "Directory", Id=_ident("dir", path.as_posix().lower()), Name=msi_filename(path.name)
            )
        return directories[path]

    for relative in files:
        key = relative.as_posix().lower()
        component_id = _ident("cmp", key)
        component = _sub(
            directory(relative.parent),
            "Component",
            Id=component_id,
            Guid=component_guid(arch, f"{program_files}/{PRODUCT}/{key}"),
            Win64=win64,
        )
        _sub(
            component,
            "File",
            Id=_ident("file", key),
            Name=msi_filename(relative.name),
            Source=f"{BUNDLE_SOURCE}/{relative.as_posix()}",
            KeyPath="yes",
        )
        yield component_id
