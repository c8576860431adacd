#!/usr/bin/env bash
# Benchmark (prints figures, asserts nothing): boot to ready of the assembled distribution, fresh and on restart,
# as the median of N runs, and the resident memory of the idle JVM after boot.
#   scripts/measure-boot.sh [runs]     (build first: mvn -B install -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
dist=karaf-distribution/target/assembly
work=$(mktemp -d)
export SAFEGRID_HTTP_PORT=${SAFEGRID_HTTP_PORT:-8481} SAFEGRID_SSH_PORT=${SAFEGRID_SSH_PORT:-8482}
export SAFEGRID_RMI_REGISTRY_PORT=${SAFEGRID_RMI_REGISTRY_PORT:-8483} SAFEGRID_RMI_SERVER_PORT=${SAFEGRID_RMI_SERVER_PORT:-8484}
export SAFEGRID_ADMIN_PASSWORD=Measure-Passw0rd HOME="$work/home" JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
mkdir -p "$HOME"

now_ms() { date +%s%3N; }
wait_ready() {
  local start=$1
  for _ in $(seq 1 1200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$SAFEGRID_HTTP_PORT/api/health")" = 200 ] && { echo $(( $(now_ms) - start )); return; }
    sleep 0.1
  done
  echo "timeout" >&2; exit 1
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

fresh=(); restart=(); rss=()
for i in $(seq 1 "$runs"); do
  rm -rf "$work/k"; cp -r "$dist" "$work/k"
  t=$(now_ms); "$work/k/bin/start"; fresh+=("$(wait_ready "$t")")
  sleep 30
  pid=$(cat "$work/k/karaf.pid" 2>/dev/null || pgrep -f "karaf.base=$work/k" | head -1)
  rss+=("$(( $(ps -o rss= -p "$pid") / 1024 ))")
  "$work/k/bin/stop"; while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  t=$(now_ms); "$work/k/bin/start"; restart+=("$(wait_ready "$t")")
  pid=$(cat "$work/k/karaf.pid" 2>/dev/null || pgrep -f "karaf.base=$work/k" | head -1)
  "$work/k/bin/stop"; while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
done
echo "boot to ready, fresh   (ms): ${fresh[*]}  median $(printf '%s\n' "${fresh[@]}" | median)"
echo "boot to ready, restart (ms): ${restart[*]}  median $(printf '%s\n' "${restart[@]}" | median)"
echo "idle RSS after boot    (MB): ${rss[*]}  median $(printf '%s\n' "${rss[@]}" | median)"
rm -rf "$work"
