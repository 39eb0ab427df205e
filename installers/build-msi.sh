#!/usr/bin/env bash
# Build dist/eoffice-desktop-<version>.msi with wixl from a PyInstaller one-folder bundle made on Windows:
#   installers/build-msi.sh BUNDLE_DIR [--out-dir DIR] [--icon FILE.ico]
# Needs the Debian packages wixl and msitools, and python3 (3.11+, standard library only).
# See installers/README.md, section "MSI".
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
PYTHONPATH="$root${PYTHONPATH:+:$PYTHONPATH}" exec "${PYTHON:-python3}" -m installers.msi.build "$@"
