#!/usr/bin/env bash
# Smoke-test a frozen eoffice-desktop: PROGRAM is the bundle's executable (or the bundle folder holding it).
#
#   installers/smoke-test.sh build/bundle/eoffice-desktop [EXPECTED_VERSION]
#
# Runs in a throwaway HOME with its own data directory and no machine policy (EOFFICE_POLICY may name one to
# test, e.g. the package's commented policy.toml), headless (QT_QPA_PLATFORM=offscreen). Each check is a
# function; `self-test --json` and `diagnostics` run when the program has those commands, and the cheap
# checks below run always. Exits non-zero at the first failure, saying which check and why.
set -euo pipefail

program=${1:?usage: smoke-test.sh PROGRAM_OR_BUNDLE_DIR [EXPECTED_VERSION]}
[ -d "$program" ] && program="$program/eoffice-desktop"
[ -x "$program" ] || { echo "smoke-test: no program at $program" >&2; exit 2; }
program=$(readlink -f "$program")
expected_version=${2:-}
here=$(cd "$(dirname "$0")/.." && pwd)

work=$(mktemp -d "${TMPDIR:-/tmp}/eoffice-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" XDG_STATE_HOME="$work/home/.local/state"
export EOFFICE_DATA_DIR="$work/data" QT_QPA_PLATFORM=offscreen
export EOFFICE_POLICY=${EOFFICE_POLICY:-$work/no-policy.toml}
unset EOFFICE_CONFIG
mkdir -p "$HOME"

fail() { echo "smoke-test: FAILED: $*" >&2; exit 1; }
ok() { echo "smoke-test: ok: $*"; }

check_self_test() {
  if ! "$program" --help | grep -qw "self-test"; then
    echo "smoke-test: (this program has no self-test command yet: skipped)"
    return 0
  fi
  "$program" self-test --json >"$work/self-test.json" || {
    cat "$work/self-test.json" >&2
    fail "self-test --json exited non-zero"
  }
  python3 - "$work/self-test.json" <<'EOF' || fail "self-test --json"
import json, sys
checks = json.load(open(sys.argv[1], encoding="utf-8"))
assert isinstance(checks, list) and checks, "no checks in the output"
for check in checks:
    status = check.get("status") or ("passed" if check["ok"] else "failed")
    print(f"  {status:8} {check['name']}: {check.get('detail', '')}")
EOF
  ok "self-test --json"
}

check_diagnostics() {
  if ! "$program" --help | grep -qw "diagnostics"; then
    echo "smoke-test: (this program has no diagnostics command yet: skipped)"
    return 0
  fi
  "$program" diagnostics --out "$work/diagnostics.zip" >"$work/diagnostics.log" 2>&1 \
    || { cat "$work/diagnostics.log" >&2; fail "diagnostics --out"; }
  python3 - "$work/diagnostics.zip" <<'EOF' || fail "the diagnostics zip"
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as archive:
    names = archive.namelist()
    assert "versions.json" in names, names
    json.loads(archive.read("versions.json"))
EOF
  ok "diagnostics --out FILE.zip"
}

check_version() {
  local got
  got=$("$program" --version) || fail "--version"
  [ -z "$expected_version" ] || [ "$got" = "eoffice-desktop $expected_version" ] \
    || fail "--version says '$got', expected 'eoffice-desktop $expected_version'"
  ok "--version: $got"
}

check_templates() {
  "$program" templates --json >"$work/templates.json" || fail "templates --json"
  python3 - "$work/templates.json" <<'EOF' || fail "templates --json lists the bundled templates"
import json, sys
ids = {t["id"] for t in json.load(open(sys.argv[1], encoding="utf-8"))}
missing = {"external-letter", "memo", "order", "announcement", "stamped-letter"} - ids
assert not missing, f"missing templates: {missing}"
EOF
  ok "templates --json"
}

check_draft() {
  # a real letter with the hard Thai words (tone marks moved by shaping, sara am): they must copy back exactly,
  # which needs the bundled font, fontTools and the ToUnicode repair inside the frozen program
  python3 - "$here/examples/external-letter.json" "$work/letter.json" <<'EOF'
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
data["subject"] = "ขอเชิญประชุมเรื่องน้ำท่วมที่ปั้นน้ำใจ"
json.dump(data, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
EOF
  "$program" draft --template external-letter --data "$work/letter.json" --out "$work/letter.pdf" \
    >/dev/null 2>"$work/draft.err" || { cat "$work/draft.err" >&2; fail "draft"; }
  pdftotext -enc UTF-8 "$work/letter.pdf" "$work/letter.txt" || fail "pdftotext of the drafted letter"
  python3 - "$work/letter.txt" <<'EOF' || fail "the drafted letter's Thai text reads back exactly"
import sys, unicodedata
text = open(sys.argv[1], encoding="utf-8").read().replace("\u0e4d\u0e32", "\u0e33")  # sara am, normalised
text = "".join(unicodedata.normalize("NFC", text).split())
for expected in ("ขอเชิญประชุมเรื่องน้ำท่วมที่ปั้นน้ำใจ", "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", "ที่ดศ๐๒๐๑/๑๒๓"):
    assert expected in text, f"{expected!r} is not in the PDF's text"
EOF
  ok "draft external-letter (Thai text copies back)"
}

check_store() {
  # opening the store runs the Alembic migrations (files on disk inside the bundle)
  "$program" status --json >"$work/status.json" || fail "status --json (store migrations)"
  "$program" register search "หนังสือ" --json >/dev/null || fail "register search (store)"
  python3 - "$EOFFICE_DATA_DIR/eoffice.sqlite3" <<'EOF' || fail "the store is migrated"
import sqlite3, sys
revision = sqlite3.connect(sys.argv[1]).execute("SELECT version_num FROM alembic_version").fetchone()
assert revision and revision[0], "no schema revision"
print(f"  schema revision {revision[0]}")
EOF
  ok "store (status, register search)"
}

check_tokens() {
  # loading a PKCS#11 module from the frozen program (python-pkcs11's compiled core)
  local module
  for module in /usr/lib/softhsm/libsofthsm2.so /usr/lib/x86_64-linux-gnu/opensc-pkcs11.so; do
    if [ -f "$module" ]; then
      "$program" tokens --pkcs11-module "$module" --json >/dev/null || fail "tokens --pkcs11-module $module"
      ok "tokens --pkcs11-module $module"
      return 0
    fi
  done
  echo "smoke-test: (no SoftHSM2 or OpenSC module on this machine: PKCS#11 loading not checked)"
}

check_window() {
  # the window starts (Qt platform plugin, widgets, translations) and keeps running until stopped
  local rc=0
  timeout 15 "$program" gui >"$work/gui.log" 2>&1 || rc=$?
  [ "$rc" -eq 124 ] || { cat "$work/gui.log" >&2; fail "the window exited by itself (status $rc)"; }
  if grep -q "Traceback" "$work/gui.log"; then cat "$work/gui.log" >&2; fail "the window logged a traceback"; fi
  ok "the window opens (offscreen)"
}

check_self_test
check_diagnostics
check_version
check_templates
check_draft
check_store
check_tokens
check_window
echo "smoke-test: all checks passed for $program"
