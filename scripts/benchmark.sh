#!/usr/bin/env bash
# Benchmark at the designed volume (prints figures, asserts only that every call answers 200; see docs/benchmarks.md).
#
#   scripts/benchmark.sh                 10,000 enterprises, 1,000,000 submissions, 100,000 hazards: fresh distribution,
#                                        generated data, then the lists and boards timed as admin and as a department
#                                        user; figures printed and written to itests/target/benchmark.txt
#   scripts/benchmark.sh --scale 0.1     the same at a tenth of the volume (a quick look)
#   scripts/benchmark.sh --seed 7        other data of the same shape (default seed 4242)
#   scripts/benchmark.sh --generate <jdbc-url> [--user U --password P] [--scale F] [--seed N] [--today YYYY-MM-DD]
#                                        only fill a database for other benchmarks: the Derby directory of a stopped
#                                        SafeGrid that has been started once (jdbc:derby:/path/to/data/derby/safegrid)
#                                        or a PostgreSQL database SafeGrid has created its tables in
#
# Needs the assembled distribution in the local Maven repository; builds everything once (tests skipped) if it is not
# there yet (MAVEN_REPOSITORY names another local repository). Takes several minutes at full scale on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
repo="${MAVEN_REPOSITORY:-$HOME/.m2/repository}"
dist="$repo/org/safegrid/safegrid-distribution/$version/safegrid-distribution-$version.tar.gz"
if [ ! -f "$dist" ]; then
  echo "no assembled distribution at $dist: building (mvn -B install -DskipTests)"
  mvn -B -q install -DskipTests
fi

if [ "${1:-}" = "--generate" ]; then
  shift
  [ $# -ge 1 ] || { echo "usage: $0 --generate <jdbc-url> [--user U --password P] [--scale F] [--seed N] [--today D]" >&2; exit 2; }
  exec mvn -B -q -Pbenchmark -pl itests test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
    -Dexec.args="-Dderby.stream.error.file=target/generator-derby.log -cp %classpath org.safegrid.itests.bench.ScaleData $*"
fi

scale=1
seed=4242
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    *) echo "unknown option $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done

mvn -B -Pbenchmark -pl itests verify -Dsafegrid.benchmark.scale="$scale" -Dsafegrid.benchmark.seed="$seed"
echo
echo "figures written to itests/target/benchmark.txt"
