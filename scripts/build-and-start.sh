#!/usr/bin/env bash
# Builds SafeGrid and starts it in the background from run/safegrid (kept between runs, data included).
#   scripts/build-and-start.sh           build, then start run/safegrid (unpacked on first use)
#   scripts/build-and-start.sh --fresh   replace run/safegrid (its data too) with the new build
# Environment: SAFEGRID_ADMIN_PASSWORD (first start only), SAFEGRID_HTTP_PORT (default 8181).
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B install -DskipTests -DskipITs

archive=$(ls karaf-distribution/target/safegrid-distribution-*.tar.gz | head -1)
if [ "${1:-}" = "--fresh" ] && [ -d run/safegrid ]; then
  run/safegrid/bin/stop >/dev/null 2>&1 || true
  rm -rf run/safegrid
fi
if [ ! -d run/safegrid ]; then
  mkdir -p run
  tar -xzf "$archive" -C run
  mv run/safegrid-distribution-* run/safegrid
fi

export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
run/safegrid/bin/start
port="${SAFEGRID_HTTP_PORT:-8181}"
echo "Starting SafeGrid on http://localhost:${port}/ ..."
for _ in $(seq 1 180); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:${port}/api/health")" = 200 ]; then
    echo "SafeGrid is up: http://localhost:${port}/"
    if [ -f run/safegrid/data/initial-admin-password ]; then
      echo "First login: user 'admin', password in run/safegrid/data/initial-admin-password"
    fi
    echo "Stop it with: run/safegrid/bin/stop"
    exit 0
  fi
  sleep 1
done
echo "SafeGrid did not answer within 3 minutes; see run/safegrid/data/log/karaf.log" >&2
exit 1
