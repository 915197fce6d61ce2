#!/usr/bin/env bash
# Cold start of the portal: seconds from launching Payara Micro to the first HTTP 200
# of the home page, and resident memory (RSS) once it answers. Each run starts from an
# empty H2 database (first start: migrations and the administrator account included).
# Prints every run and the median of RUNS (default 3). Build first: mvn -q package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-3}
port=${PORT:-18080}
war=target/portal.war
jar=target/payara-micro.jar
[ -f "$war" ] && [ -f "$jar" ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }

times=(); rss=()
for i in $(seq 1 "$runs"); do
    work=$(mktemp -d)
    start=$(date +%s%N)
    (cd "$work" && PORTAL_ADMIN_PASSWORD=bench-password-1 exec java -jar "$OLDPWD/$jar" \
        --nohazelcast --disablephonehome --port "$port" --contextroot / \
        --prebootcommandfile "$OLDPWD/src/main/payara/pre-boot-commands.asadmin" \
        --logproperties "$OLDPWD/src/main/payara/logging.properties" \
        --deploy "$OLDPWD/$war" >"$work/payara.log" 2>&1) &
    pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")" = "200" ]; do
        kill -0 "$pid" 2>/dev/null || { echo "Payara exited; see $work/payara.log" >&2; exit 1; }
        sleep 0.1
    done
    end=$(date +%s%N)
    t=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", (e - s) / 1e9 }')
    r=$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$pid/status")
    echo "run $i: first 200 after ${t} s, RSS ${r} MiB"
    times+=("$t"); rss+=("$r")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rm -rf "$work"
done
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
echo "median of $runs: first 200 after $(median "${times[@]}") s, RSS $(median "${rss[@]}") MiB"
