#!/usr/bin/env bash
# Installs what the end-to-end tests and `npm run demo` need, and nothing else:
#   - from Debian: chromium (the browser Playwright drives), and, for code-server's native modules,
#     libkrb5-dev (kerberos) and ripgrep (seeds @vscode/ripgrep, whose postinstall would fetch it from GitHub);
#   - from npm: code-server (VS Code in a browser, with a real Node extension host), into a cache outside the repo.
# Each step runs only when its result is missing, so a second run (warm cache) takes about a second.
# Nothing is downloaded from anywhere but Debian's mirrors and the npm registry.
#
#   UNRES_CACHE        cache root (default: $HOME/.cache/unres)
#   UNRES_CODE_SERVER  code-server version (default: 4.100.3, the last one whose engine is Node 20)
#
# Prints the code-server binary path on its last line.
set -euo pipefail

CACHE="${UNRES_CACHE:-$HOME/.cache/unres}"
CS_VERSION="${UNRES_CODE_SERVER:-4.100.3}"
CS_DIR="$CACHE/code-server-$CS_VERSION"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
MARKER="$CS_DIR/.unres-installed"
# @vscode/ripgrep inside code-server 4.100.3 and the release asset its postinstall looks for in its cache.
RG_PKG_VERSION="1.15.11"
RG_ASSET="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"

# code-server writes ~/.config/code-server/config.yaml and ~/.local/share/code-server on any run, even
# --version, unless told otherwise: keep those inside the cache.
cs() { XDG_CONFIG_HOME="$CS_DIR/.xdg/config" XDG_DATA_HOME="$CS_DIR/.xdg/data" "$CS_BIN" "$@"; }

log() { printf 'e2e-setup: %s\n' "$*" >&2; }
start=$(date +%s)

# 1. Debian packages, only those missing.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
dpkg-query -W -f='${Status}' libkrb5-dev 2>/dev/null | grep -q 'install ok installed' || missing+=(libkrb5-dev)
# Chinese (and Japanese, Korean) labels of the language picker and of zh drafts: without a CJK font they show as boxes.
dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'install ok installed' || missing+=(fonts-noto-cjk)
if ((${#missing[@]})); then
	log "apt-get install ${missing[*]}"
	SUDO=""
	[ "$(id -u)" -eq 0 ] || SUDO="sudo"
	export DEBIAN_FRONTEND=noninteractive
	$SUDO apt-get update -qq </dev/null
	$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null
fi

# 2. code-server from npm, re-used when the cache holds a complete install.
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ -f "$MARKER" ] && cs --version >/dev/null 2>&1; then
	log "code-server $CS_VERSION cached in $CS_DIR"
else
	if [ "$CS_VERSION" = "4.100.3" ] && [ "$node_major" != "20" ]; then
		log "code-server $CS_VERSION needs Node 20, this is Node $(node --version)"
		exit 1
	fi
	log "installing code-server $CS_VERSION into $CS_DIR (about a minute)"
	rm -rf "$CS_DIR"
	mkdir -p "$CS_DIR"
	# The ripgrep postinstall looks in os.tmpdir()/vscode-ripgrep-cache-<version> first: seed it from Debian's rg.
	seed_tmp=$(mktemp -d "${TMPDIR:-/tmp}/unres-cs-install.XXXXXX")
	trap 'rm -rf "$seed_tmp"' EXIT
	mkdir -p "$seed_tmp/rg" "$seed_tmp/vscode-ripgrep-cache-$RG_PKG_VERSION"
	cp "$(command -v rg)" "$seed_tmp/rg/rg"
	tar czf "$seed_tmp/vscode-ripgrep-cache-$RG_PKG_VERSION/$RG_ASSET" -C "$seed_tmp/rg" rg
	# yes=true: node-pty's postinstall runs npx node-gyp (~/.npmrc may say yes=false).
	# unsafe-perm: code-server's postinstall refuses to run as root without it.
	(
		cd "$CS_DIR"
		TMPDIR="$seed_tmp" npm_config_yes=true npm_config_update_notifier=false npm_config_fund=false \
			npm_config_audit=false npm install --prefix "$CS_DIR" --unsafe-perm --no-save --loglevel=error \
			"code-server@$CS_VERSION" </dev/null
	)
	cs --version >/dev/null
	date -u +%FT%TZ >"$MARKER"
	rm -rf "$seed_tmp"
	trap - EXIT
fi

log "ready in $(($(date +%s) - start)) s: chromium $(chromium --version 2>/dev/null | awk '{print $2}'), code-server $(cs --version 2>/dev/null | head -1 | awk '{print $1}')"
echo "$CS_BIN"
