#!/usr/bin/env bash
# Runs every test: unit tests, feature verification, and the integration tests against the assembled
# distribution (REST, SSH, hot deploy, restart, offline boot, PostgreSQL, headless Chromium).
# Installs what the tests need on a fresh Debian machine: Chromium for the browser tests, PostgreSQL for PostgresIT.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
if [ ! -x /usr/bin/chromium ] || ! command -v pg_ctlcluster >/dev/null; then
  $SUDO apt-get update -qq
fi
if [ ! -x /usr/bin/chromium ]; then
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

# A PostgreSQL server for PostgresIT (SafeGrid on a database server by configuration alone).
if [ -z "${SAFEGRID_IT_POSTGRES_URL:-}" ]; then
  if ! command -v pg_ctlcluster >/dev/null; then
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null || true
  fi
  if command -v pg_ctlcluster >/dev/null; then
    version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    $SUDO pg_ctlcluster "$version" main start 2>/dev/null || true
    if [ -z "$SUDO" ]; then AS_POSTGRES="runuser -u postgres --"; else AS_POSTGRES="sudo -u postgres"; fi
    $AS_POSTGRES psql -q -c "DROP DATABASE IF EXISTS safegrid_it" \
      -c "DROP ROLE IF EXISTS safegrid_it" \
      -c "CREATE ROLE safegrid_it LOGIN PASSWORD 'safegrid-it'" \
      -c "CREATE DATABASE safegrid_it OWNER safegrid_it" \
      && export SAFEGRID_IT_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/safegrid_it \
                SAFEGRID_IT_POSTGRES_USER=safegrid_it SAFEGRID_IT_POSTGRES_PASSWORD=safegrid-it
  fi
fi

mvn -B install
