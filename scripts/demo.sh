#!/usr/bin/env bash
# `npm run demo`: see the extension working in a real VS Code, in one command.
# Installs what is missing (scripts/e2e-setup.sh), builds, packages and installs the extension into code-server,
# and serves the sample drafts at a printed http://127.0.0.1:PORT/ URL. Ctrl+C stops everything.
#   UNRES_DEMO_PORT  port to listen on (default: any free port)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/e2e-setup.sh >/dev/null
npm run --silent build
# exec: node receives Ctrl+C itself and stops code-server's whole process group (scripts/demo.mjs).
exec node scripts/demo.mjs "$@"
