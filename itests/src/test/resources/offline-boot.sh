#!/usr/bin/env bash
# Runs inside a fresh network namespace (unshare --net): only loopback exists, and we bring it up ourselves.
# Starts SafeGrid (with no SAFEGRID_ADMIN_PASSWORD, so it generates one), waits for it, logs in with the generated
# password and reads the emergency module, proves the outside is unreachable, then stops it.
# Prints lines the test checks: READY <status> <ms>, LOG <status>, OUTSIDE <curl exit code>.
set -u
ip link set lo up
start=$(date +%s%3N)
"$KARAF_HOME/bin/karaf" server > "$KARAF_HOME/console.log" 2>&1 &
pid=$!
status=000
for _ in $(seq 1 240); do
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$SAFEGRID_HTTP_PORT/api/health")
  [ "$status" = 200 ] && break
  kill -0 $pid 2>/dev/null || break
  sleep 0.5
done
echo "READY $status $(( $(date +%s%3N) - start ))"
password=$(cat "$KARAF_HOME/data/initial-admin-password" 2>/dev/null)
for _ in $(seq 1 60); do
  log=$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$password" \
    "http://127.0.0.1:$SAFEGRID_HTTP_PORT/api/dept/emergency/log")
  [ "$log" = 200 ] && break
  sleep 0.5
done
echo "LOG $log"
curl -s -m 5 -o /dev/null https://repo1.maven.org/maven2/ ; echo "OUTSIDE $?"
"$KARAF_HOME/bin/stop" > /dev/null 2>&1
wait $pid
