#!/usr/bin/env bash
# Installs the offline "real VS Code" test harness into <project>/.cache/vscode-real/:
#   - npm: code-server 4.100.3 (= VS Code 1.100.3 server + web workbench; the last line that runs on
#     Node 20) and playwright-core (drives Debian's headless Chromium)
#   - Debian (apt, only if something is missing, skipped with SKIP_APT=1): chromium, ripgrep,
#     libkrb5-dev (headers for VS Code's optional `kerberos` module), fonts-noto-cjk (CJK glyphs in
#     screenshots)
# code-server's own postinstall cannot be used (it refuses to run as root without
# npm_config_unsafe_perm, then runs `npm install` in lib/vscode where @vscode/ripgrep downloads from
# GitHub and kerberos/argon2 try GitHub prebuilds). So the same steps are done here with
# --ignore-scripts and offline node-gyp builds against the headers in /usr/include/node.
# Nothing is downloaded from anywhere but the npm registry and apt.
#
# Idempotent: when the marker file records the same versions, this returns at once.
# Usage: bash test/harness/setup.sh      env: SKIP_APT=1, FORCE=1 (reinstall), VSCODE_REAL_HARNESS=dir
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PROJECT="$(cd "$HERE/../.." && pwd)"
HARNESS="${VSCODE_REAL_HARNESS:-$PROJECT/.cache/vscode-real}"
CODE_SERVER_VERSION=4.100.3
PLAYWRIGHT_CORE_VERSION=1.65.1
STAMP="code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_CORE_VERSION node-abi@$(node -p process.versions.modules) harness@2"
MARKER="$HARNESS/.installed"
APT_PACKAGES=(chromium ripgrep libkrb5-dev fonts-noto-cjk)

missing_apt() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
  for p in libkrb5-dev fonts-noto-cjk; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  echo "${missing[*]:-}"
}

ensure_apt() {
  local missing
  missing="$(missing_apt)"
  [ -z "$missing" ] && return 0
  if [ -n "${SKIP_APT:-}" ]; then
    echo "setup.sh: SKIP_APT set; missing system packages: $missing" >&2
    return 0
  fi
  local SUDO=()
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO=(sudo -n); else
      echo "setup.sh: missing system packages ($missing) and not root; run: sudo apt-get install ${APT_PACKAGES[*]}" >&2
      return 0
    fi
  fi
  echo "=== [$(date +%T)] apt-get install $missing"
  "${SUDO[@]}" apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq $missing >/dev/null
}

ensure_apt

# Fast path: already installed with these versions.
if [ -z "${FORCE:-}" ] && [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$STAMP" ] \
   && [ -f "$HARNESS/node_modules/code-server/out/node/entry.js" ]; then
  exit 0
fi

GYP="$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")/node_modules/node-gyp/bin/node-gyp.js"  # npm's bundled node-gyp
step() { echo; echo "=== [$(date +%T)] $*"; }
t0=$SECONDS

node -e 'if (+process.versions.node.split(".")[0] !== 20) { console.error("code-server 4.100.3 needs Node 20, this is " + process.version); process.exit(1) }'
[ -f /usr/include/node/node_api.h ] || { echo "Node headers missing in /usr/include/node (needed for offline node-gyp builds)" >&2; exit 1; }
[ -f "$GYP" ] || { echo "npm's node-gyp not found at $GYP" >&2; exit 1; }
# node-gyp gets --nodedir=/usr explicitly below (headers in /usr/include/node, no download)

step "npm ci code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_CORE_VERSION --ignore-scripts (into $HARNESS)"
rm -rf "$HARNESS"
mkdir -p "$HARNESS/build-logs"
cp "$HERE/harness-package.json" "$HARNESS/package.json"
if [ -f "$HERE/harness-package-lock.json" ]; then
  cp "$HERE/harness-package-lock.json" "$HARNESS/package-lock.json"
  (cd "$HARNESS" && npm ci --ignore-scripts --no-audit --no-fund)
else
  (cd "$HARNESS" && npm install --ignore-scripts --no-audit --no-fund)
fi
VS="$HARNESS/node_modules/code-server/lib/vscode"

step "build argon2 from source (its install script wants a GitHub prebuild)"
(cd "$HARNESS/node_modules/argon2" && ../.bin/node-pre-gyp rebuild --build-from-source --nodedir=/usr >"$HARNESS/build-logs/argon2.log" 2>&1) \
  || { tail -30 "$HARNESS/build-logs/argon2.log"; exit 1; }

step "npm install --omit=dev --ignore-scripts in code-server/lib/vscode (VS Code's runtime deps)"
(cd "$VS" && npm install --omit=dev --ignore-scripts --no-audit --no-fund)

step "build VS Code's native modules offline with node-gyp"
for m in @vscode/spdlog native-watchdog node-pty @vscode/deviceid kerberos; do
  if [ "$m" = kerberos ] && [ ! -f /usr/include/gssapi/gssapi.h ]; then
    echo "  - $m: skipped (no gssapi headers; apt-get install libkrb5-dev). Only used for Kerberos proxy auth."
    continue
  fi
  echo "  - $m"
  log="$HARNESS/build-logs/$(basename "$m").log"
  (cd "$VS/node_modules/$m" && node "$GYP" rebuild --nodedir=/usr -j 2 >"$log" 2>&1) || { tail -30 "$log"; exit 1; }
done

step "ripgrep: Debian's /usr/bin/rg instead of @vscode/ripgrep's GitHub download"
mkdir -p "$VS/node_modules/@vscode/ripgrep/bin"
ln -sfn "$(command -v rg || echo /usr/bin/rg)" "$VS/node_modules/@vscode/ripgrep/bin/rg"

step "rest of code-server's postinstall: symlinks + built-in extensions' deps"
ln -sfn node_modules "$VS/node_modules.asar"
(cd "$VS/bin/remote-cli" && ln -sfn code-linux.sh code-server)
(cd "$VS/bin/helpers" && ln -sfn browser-linux.sh browser.sh)
(cd "$VS/extensions" && npm install --omit=dev --ignore-scripts --no-audit --no-fund)

step "smoke check"
SMOKE_TMP="$(mktemp -d)"   # keep code-server's default config/log writes out of $HOME
XDG_CONFIG_HOME="$SMOKE_TMP" XDG_DATA_HOME="$SMOKE_TMP" XDG_CACHE_HOME="$SMOKE_TMP" \
  node "$HARNESS/node_modules/code-server/out/node/entry.js" --version
rm -rf "$SMOKE_TMP"
(cd "$VS" && node -e "require('./node_modules/@vscode/spdlog'); require('./node_modules/node-pty'); require('$HARNESS/node_modules/argon2'); console.log('native modules load')")
echo "$STAMP" > "$MARKER"
echo
echo "harness ready in $HARNESS ($(du -sh "$HARNESS" | cut -f1)), took $((SECONDS - t0)) s"
