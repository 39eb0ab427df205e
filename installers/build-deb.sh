#!/usr/bin/env bash
# Build the Debian package: dist/eoffice-desktop_<version>_<arch>.deb
#
#   installers/build-deb.sh
#
# From a clean clone on Debian (root, or a user with sudo for apt-get): installs the Debian packages it needs,
# makes a build virtual environment (build/venv, not the repository's .venv), installs the package there
# non-editable with a pinned PyInstaller, freezes the program with installers/eoffice-desktop.spec
# (build/bundle/eoffice-desktop), smoke-tests the frozen program (installers/smoke-test.sh) and packages it
# with dpkg-deb. PYTHON chooses the interpreter (default /usr/bin/python3: PyInstaller needs a Python built
# with a shared libpython, which Debian's is).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
started=$(date +%s)
umask 022

PYINSTALLER="pyinstaller==6.22.3"
PYINSTALLER_HOOKS="pyinstaller-hooks-contrib==2026.9"
PYTHON=${PYTHON:-/usr/bin/python3}
MAINTAINER=${DEB_MAINTAINER:-"eoffice-desktop developers <packaging@eoffice-desktop.invalid>"}  # set yours
venv=build/venv
bundle=build/bundle/eoffice-desktop
stage=build/deb/root

step() { echo "== $*"; }

step "Debian packages for building"
. scripts/_apt.sh
apt_install scripts/system-packages installers/linux/build-packages
# PyInstaller bundles libpython, which Debian ships in libpython3.X (python3 alone does not pull it in)
mkdir -p build
"$PYTHON" -c 'import sys; print(f"libpython{sys.version_info[0]}.{sys.version_info[1]}")' >build/libpython.list
apt_install build/libpython.list

step "build environment $venv ($("$PYTHON" --version))"
[ -x "$venv/bin/python" ] || "$PYTHON" -m venv "$venv"
"$venv/bin/pip" install -q --upgrade pip
"$venv/bin/pip" install -q . "$PYINSTALLER" "$PYINSTALLER_HOOKS"
"$venv/bin/pip" install -q --force-reinstall --no-deps .  # this checkout's code, even at the same version
version=$("$venv/bin/python" -c 'from importlib.metadata import version; print(version("eoffice-desktop"))')
if ! [[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "build-deb: the package version '$version' (pyproject.toml) must be three numbers, like 1.2.3" >&2
  exit 1
fi
arch=$(dpkg --print-architecture)
deb="dist/eoffice-desktop_${version}_${arch}.deb"

step "freezing eoffice-desktop $version with PyInstaller"
rm -rf "$bundle"
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath build/bundle --workpath build/pyinstaller installers/eoffice-desktop.spec

step "smoke-testing the frozen program"
# with the package's commented policy file as the machine policy: the frozen program must accept it
EOFFICE_POLICY="$root/installers/linux/policy.toml" installers/smoke-test.sh "$bundle" "$version"

step "staging the package"
rm -rf build/deb
install -d "$stage/DEBIAN" "$stage/usr/lib" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/icons/hicolor/scalable/apps" "$stage/usr/share/icons/hicolor/256x256/apps" \
  "$stage/usr/share/doc/eoffice-desktop" "$stage/etc/eoffice-desktop"
cp -a "$bundle" "$stage/usr/lib/eoffice-desktop"
chmod -R u+rwX,go+rX,go-w "$stage/usr/lib/eoffice-desktop"
find "$stage/usr/lib/eoffice-desktop/_internal" -type f -name '*.so*' -exec chmod 0644 {} +  # libraries
ln -s ../lib/eoffice-desktop/eoffice-desktop "$stage/usr/bin/eoffice-desktop"
install -m 0644 installers/linux/eoffice-desktop.desktop "$stage/usr/share/applications/"
install -m 0644 resources/icons/eoffice-desktop.svg "$stage/usr/share/icons/hicolor/scalable/apps/"
"$venv/bin/python" installers/render_icon.py resources/icons/eoffice-desktop.svg \
  "$stage/usr/share/icons/hicolor/256x256/apps/eoffice-desktop.png" 256
chmod 0644 "$stage/usr/share/icons/hicolor/256x256/apps/eoffice-desktop.png"
install -m 0644 installers/linux/policy.toml "$stage/etc/eoffice-desktop/policy.toml"
install -m 0644 installers/linux/copyright "$stage/usr/share/doc/eoffice-desktop/copyright"
printf '%s\n' "eoffice-desktop ($version) unstable; urgency=medium" "" \
  "  * Built from $(git rev-parse --short HEAD 2>/dev/null || echo 'a source tree') by installers/build-deb.sh." "" \
  " -- $MAINTAINER  $(date -R ${SOURCE_DATE_EPOCH:+-d @$SOURCE_DATE_EPOCH})" \
  | gzip -9n >"$stage/usr/share/doc/eoffice-desktop/changelog.gz"
install -d "$stage/usr/share/lintian/overrides"
install -m 0644 installers/linux/lintian-overrides "$stage/usr/share/lintian/overrides/eoffice-desktop"
echo "/etc/eoffice-desktop/policy.toml" >"$stage/DEBIAN/conffiles"

# Depends: what the bundled Qt needs from the system (scripts/system-packages, without the build-only
# python3/venv and the demo's softhsm2) and the libraries of Qt's xcb (X11) and Wayland platform plugins.
# PyInstaller copies some of them into the bundle from the build machine; declaring them keeps the
# package right when it does not (a library missing there, as libxcb-cursor0 usually is).
depends=(
  "libc6 (>= 2.28)" libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 libdbus-1-3 libthai0
  libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0
  libxcb-xkb1 libxkbcommon-x11-0 libwayland-client0 libwayland-cursor0
)
installed_size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat >"$stage/DEBIAN/control" <<EOF
Package: eoffice-desktop
Version: $version
Architecture: $arch
Maintainer: $MAINTAINER
Installed-Size: $installed_size
Depends: $(IFS=,; echo "${depends[*]}" | sed 's/,/, /g')
Recommends: pcscd, opensc, hicolor-icon-theme, fonts-tlwg-laksaman
Suggests: softhsm2
Section: misc
Priority: optional
Description: draft, sign and send Thai official letters (หนังสือราชการ)
 eoffice-desktop is the desktop client Thai government offices use to draft
 official letters from the official templates, sign them with a smart-card
 token (PKCS#11: OpenSC, SafeNet, ePass) and send them to the central e-Office
 server. It works offline first: drafting, numbering, signing and queueing
 never need the network.
 .
 IT configures workstations through /etc/eoffice-desktop/policy.toml.
EOF

step "building $deb"
mkdir -p dist
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
dpkg-deb --info "$deb" | sed -n '/Package:/,/Description:/p'
if command -v lintian >/dev/null; then  # optional: PyInstaller's bundle is overridden, the rest should be clean
  lintian --tag-display-limit 0 "$deb" || true
fi
echo "built $deb ($(du -h "$deb" | cut -f1)) in $(($(date +%s) - started)) s"
