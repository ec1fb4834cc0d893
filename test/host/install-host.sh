#!/usr/bin/env bash
# Installs the offline VS Code test host (code-server, which embeds VS Code's server, Node extension
# host and web workbench) into a git-ignored cache, following ../shared/vscode-host/RECIPE.md.
# Idempotent: does nothing when the cached version is complete. Also checks the Debian packages the
# host and its native modules need, and installs them with apt-get when missing and running as root.
#
# Usage: bash test/host/install-host.sh [--print-dir]
#   env CODE_SERVER_VERSION (default 4.100.3: the newest that runs on Node 20, contains VS Code 1.100.3)
#   env VSCODE_HOST_CACHE   (default <repo>/.cache/vscode-host)
#   env CHROMIUM_PATH       (default /usr/bin/chromium, from Debian's chromium package)
set -euo pipefail

VERSION="${CODE_SERVER_VERSION:-4.100.3}"
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${VSCODE_HOST_CACHE:-$REPO_ROOT/.cache/vscode-host}"
TARGET="$CACHE/code-server-$VERSION"
STAMP="$TARGET/.installed"

log() { echo "[install-host] $*" >&2; }

# --- Debian packages --------------------------------------------------------------------------
# command name -> Debian package. libkrb5-dev has no command, so it is checked through dpkg.
declare -A NEED_CMD=([chromium]=chromium [rg]=ripgrep [g++]=g++ [make]=make [python3]=python3 [pkg-config]=pkg-config)

missing_debs() {
  local cmd
  for cmd in "${!NEED_CMD[@]}"; do
    # CHROMIUM_PATH (also read by the launcher) may point at a Chromium installed another way.
    if [ "$cmd" = chromium ] && [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then continue; fi
    command -v "$cmd" >/dev/null 2>&1 || echo "${NEED_CMD[$cmd]}"
  done
  dpkg-query -W -f='${Status}' libkrb5-dev 2>/dev/null | grep -q 'install ok installed' || echo libkrb5-dev
}

ensure_debs() {
  local missing
  missing="$(missing_debs | sort -u | tr '\n' ' ')"
  missing="${missing% }"
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    log "missing Debian packages: $missing"
    log "run as root:  apt-get update && apt-get install -y --no-install-recommends $missing"
    exit 3
  fi
  log "installing Debian packages: $missing"
  export DEBIAN_FRONTEND=noninteractive
  # Try without a fresh index first (fast when CI already ran apt-get update), then with one.
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing >/dev/null 2>&1 || {
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends $missing
  }
  local still
  still="$(missing_debs | tr '\n' ' ')"
  if [ -n "${still// /}" ]; then
    log "still missing after apt-get: $still"
    exit 3
  fi
}

host_complete() {
  [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$VERSION" ] &&
    [ -f "$TARGET/node_modules/code-server/out/node/entry.js" ] &&
    [ -x "$TARGET/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ]
}

if [ "${1:-}" = "--print-dir" ]; then
  echo "$TARGET/node_modules/code-server"
  exit 0
fi

ensure_debs

if host_complete; then
  log "code-server $VERSION is cached in $TARGET"
  exit 0
fi

mkdir -p "$CACHE"
# One installer at a time (two test runs may start together); the second waits and then finds it done.
exec 9>"$CACHE/.lock"
flock 9
if host_complete; then
  log "code-server $VERSION was installed by a concurrent run"
  exit 0
fi

started=$SECONDS
STAGE="$CACHE/.staging-$VERSION-$$"
rm -rf "$STAGE"
mkdir -p "$STAGE"
trap 'rm -rf "$STAGE"' EXIT
log "installing code-server $VERSION into $TARGET (about a minute with a warm npm cache)"

# Node's headers ship in /usr/include/node on Debian; without this node-gyp would fetch them online.
if [ -f /usr/include/node/node.h ]; then export npm_config_nodedir=/usr; fi
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
# Without a package.json here npm would walk up and install into the repository itself.
printf '{ "name": "vscode-test-host", "private": true }\n' >"$STAGE/package.json"

INSTALL_LOG="$CACHE/install.log"
: >"$INSTALL_LOG"
# Runs one install step with its output in install.log; on failure shows the log's tail and stops.
step() {
  local what="$1"
  shift
  log "$what"
  if ! "$@" >>"$INSTALL_LOG" 2>&1; then
    tail -n 40 "$INSTALL_LOG" >&2
    log "failed: $what (full log: $INSTALL_LOG)"
    exit 1
  fi
}

cd "$STAGE"
# Its postinstall downloads from GitHub, which is unreachable: skip it and do its steps by hand.
step "npm install code-server@$VERSION" npm install --no-save --ignore-scripts "code-server@$VERSION"
# argon2's prebuilt download fails offline; the rebuild falls back to a local node-gyp build.
step "build argon2" npm rebuild argon2

VS="$STAGE/node_modules/code-server/lib/vscode"
cd "$VS"
step "install VS Code's server modules" npm install --omit=dev --ignore-scripts
# @vscode/ripgrep skips its download when bin/ exists; workspace.findFiles needs rg.
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
# node-pty's install runs `npx node-gyp`; npm_config_yes answers its prompt.
step "build native modules (node-pty, spdlog, native-watchdog, kerberos)" \
  env npm_config_yes=true npm rebuild --foreground-scripts
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
cd extensions
step "install the built-in extensions' modules" npm install --omit=dev

# A rebuild that skipped its scripts (a stricter npm policy) would still exit 0: check the binaries.
for bin in node_modules/node-pty/build/Release/pty.node node_modules/@vscode/spdlog/build/Release/spdlog.node \
  node_modules/native-watchdog/build/Release/watchdog.node; do
  [ -f "$VS/$bin" ] || { log "native module not built: $VS/$bin (see $INSTALL_LOG)"; exit 1; }
done
ls "$STAGE"/node_modules/argon2/lib/binding/*/argon2.node >/dev/null 2>&1 ||
  { log "argon2 was not built (see $INSTALL_LOG)"; exit 1; }

cd "$CACHE"
echo "$VERSION" >"$STAGE/.installed"
rm -rf "$TARGET"
mv "$STAGE" "$TARGET"
trap - EXIT
# Older versions are dead weight once the new one is in place.
for old in "$CACHE"/code-server-*; do
  [ "$old" = "$TARGET" ] || rm -rf "$old"
done
log "code-server $VERSION installed in $((SECONDS - started)) s"
