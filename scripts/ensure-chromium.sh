#!/usr/bin/env bash
# The browser tests drive Debian's Chromium. Install it when it is missing, so `npm test` works on a new machine.
# Test tools never download a browser of their own: that fails on machines without general internet access.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "Chromium is missing: installing Debian's chromium package (needs root)…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
