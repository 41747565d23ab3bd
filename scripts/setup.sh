#!/usr/bin/env bash
# Tiercraft's install command (`npm run setup`, or `bash scripts/setup.sh` before npm packages exist).
#
# 1. Node.js ≥ 20 and npm: installed with apt-get on Debian/Ubuntu when missing.
# 2. The system packages the tests use: Chromium (headless browser tests of the task pane),
#    LibreOffice Calc (recalculates the generated workbooks and prints them to PDF) and poppler-utils
#    (pdftotext, pdfinfo and pdffonts read back the printed pages and the customer quote PDF), with
#    apt-get as root or through sudo; otherwise it says what to install and carries on (the build, the
#    dev server and the unit tests other than the PDF's do not need them).
# 3. The npm dependencies: `npm ci` from package-lock.json (`npm install` without a lockfile),
#    skipped when node_modules is up to date with the lockfile.
# 4. The compiled command line, dist/cli/tiercraft.cjs (scripts/build-cli.mjs): npm ci builds it as the
#    `prepare` script; built here too when missing or older than src/, as when npm ci was skipped.
#
# Idempotent: a second run with everything present takes about a second.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }

SUDO=()
can_install=false
if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    can_install=true
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
    can_install=true
  fi
fi

apt_updated=false
apt_install() {
  if ! $apt_updated; then
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    apt_updated=true
  fi
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
}

# --- Node.js and npm
node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  if $can_install; then
    say "installing Node.js and npm (apt-get install nodejs npm)"
    apt_install nodejs npm
  else
    say "Node.js ≥ 20 and npm are needed: install them (https://nodejs.org) and run this again."
    exit 1
  fi
fi
if [ "$(node_major)" -lt 20 ]; then
  say "Node.js $(node -v) is too old: Tiercraft needs Node.js ≥ 20 (see package.json engines)."
  exit 1
fi

# --- System packages for the integration tests
missing=()
if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM_PATH:-}" ]; then
  missing+=(chromium)
fi
if ! command -v soffice >/dev/null 2>&1; then
  missing+=(libreoffice-calc-nogui)
fi
if ! command -v pdftotext >/dev/null 2>&1 || ! command -v pdfinfo >/dev/null 2>&1 || ! command -v pdffonts >/dev/null 2>&1; then
  missing+=(poppler-utils)
fi
if [ ${#missing[@]} -gt 0 ]; then
  if $can_install; then
    say "installing ${missing[*]} (apt-get install -y)"
    apt_install "${missing[@]}"
  else
    say "not installed: ${missing[*]}. The integration tests (npm test) need them, and the unit tests of"
    say "the customer quote PDF read it back with poppler-utils' pdftotext; as root run:"
    say "  apt-get update && apt-get install -y ${missing[*]}"
    say "continuing: the other unit tests, the build and the dev server work without them."
  fi
else
  say "system packages present (chromium, soffice, pdftotext)"
fi

# --- npm dependencies
if [ -f package-lock.json ]; then
  if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ] && [ node_modules/.package-lock.json -nt package.json ]; then
    say "node_modules is up to date with package-lock.json"
  else
    say "npm ci"
    npm ci --no-audit --no-fund
  fi
else
  say "npm install (no package-lock.json)"
  npm install --no-audit --no-fund
fi
# --- The compiled command line (bin/tiercraft.mjs runs it)
built=$(node scripts/build-cli.mjs --if-stale)
say "$built"
say "done. Next: npm start (playground on http://localhost:3000), npm test"
