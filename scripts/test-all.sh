#!/usr/bin/env bash
# Runs every test: unit tests, feature verification, and the integration tests against the assembled
# distribution (REST, SSH, hot deploy, restart, offline boot, headless Chromium).
# Installs what the tests need on a fresh Debian machine: Chromium for the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

mvn -B install
