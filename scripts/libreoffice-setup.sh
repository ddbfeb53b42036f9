#!/usr/bin/env bash
# Installs what the Word export's conversion test needs, only when it is missing, from Debian's mirrors:
#   - libreoffice-writer-nogui: a headless Writer that opens the exported .docx and converts it to PDF;
#   - poppler-utils: pdftoppm, which renders a page of that PDF as a PNG (an artefact of the test run).
# A second run (everything there) takes no time. Called by .ci/run before the tests.
set -euo pipefail
log() { printf 'libreoffice-setup: %s\n' "$*" >&2; }
missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -eq 0 ]; then
	log "soffice and pdftoppm are there"
	exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
log "apt-get install ${missing[*]}"
$SUDO apt-get update -qq </dev/null
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-liberation </dev/null >/dev/null
log "installed: $(command -v soffice) $(command -v pdftoppm)"
