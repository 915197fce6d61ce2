#!/usr/bin/env bash
# Cold start of the portal: seconds from launching Payara Micro to the first HTTP 200 of
# the home page, resident memory (RSS) then, and the CPU time spent; then the same once the
# portal reports ready (/health/ready: the start-up work, the demo city included, done too). Each run starts from
# an empty H2 database (first start: migrations, the administrator account and the demo
# content included). Two ways of starting, taking turns, RUNS (default 3) times each:
#   plain  java -jar payara-micro.jar ... --deploy portal.war (the JVM's defaults)
#   script src/main/payara/start-portal.sh (jvm.options, class-data archive)
# and for each run when the steps of the start ended (from the portal's log).
# Prints every run, the medians and the ratios. Build first: mvn -q package -DskipTests
# PROFILE=1 then starts once more through the script with async-profiler (from Maven Central;
# Java Flight Recorder crashes the JVM on the class-data archive) sampling the wall clock of
# every thread, and prints where the main thread, which deploys the portal, spent its time:
# target/startup-profile.txt keeps the stacks (collapsed) for a closer look.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-3}
port=${PORT:-18080}
root=$PWD
[ -f target/portal.war ] && [ -f target/payara-micro.jar ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }
runtime=$(mktemp -d)
trap 'rm -rf "$runtime"' EXIT
export PORTAL_RUNTIME_DIR=$runtime/payara PORTAL_PORT=$port PAYARA_JAR=$root/target/payara-micro.jar
echo "preparing the start script's runtime folder and class-data archive (not measured)..."
bash src/main/payara/start-portal.sh --prepare target/portal.war >/dev/null

# When each step of the start ended, in seconds after $1 (ns), from the log $2.
steps() {
    local start=$1 log=$2 out="" label pattern ms
    for step in "core:startup time : Embedded" "deployed:was successfully deployed" "work done:event=portal-started" "web:ready in"; do
        label=${step%%:*}; pattern=${step#*:}
        ms=$(grep -m1 -F "$pattern" "$log" | sed -n 's/.*timeMillis: \([0-9]*\).*/\1/p')
        [ -n "$ms" ] && out+="$label $(awk -v s="$start" -v m="$ms" 'BEGIN { printf "%.1f", m / 1000 - s / 1e9 }') s, "
    done
    echo "${out%, }"
}

# Waits for a 200 from the path $1 of the portal started as $pid.
await_200() {
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$1")" = "200" ]; do
        kill -0 "$pid" 2>/dev/null || { echo "Payara exited; see $work/payara.log" >&2; exit 1; }
        sleep 0.05
    done
}
since() { awk -v s="$1" -v e="$(date +%s%N)" 'BEGIN { printf "%.1f", (e - s) / 1e9 }'; }
rss_mib() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$pid/status"; }

declare -A times rss cpu readies ready_rsses
for i in $(seq 1 "$runs"); do
    for way in plain script; do
        work=$(mktemp -d)
        start=$(date +%s%N)
        if [ $way = plain ]; then
            (cd "$work" && PORTAL_ADMIN_PASSWORD=bench-password-1 exec java -jar "$root/target/payara-micro.jar" \
                --nohazelcast --disablephonehome --port "$port" --contextroot / --rootdir "$work/payara-root" \
                --prebootcommandfile "$root/src/main/payara/pre-boot-commands.asadmin" \
                --logproperties "$root/src/main/payara/logging.properties" \
                --deploy "$root/target/portal.war" >"$work/payara.log" 2>&1) &
        else
            (cd "$work" && PORTAL_ADMIN_PASSWORD=bench-password-1 exec bash "$root/src/main/payara/start-portal.sh" \
                "$root/target/portal.war" >"$work/payara.log" 2>&1) &
        fi
        pid=$!
        await_200 /
        t=$(since "$start")
        r=$(rss_mib)
        c=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$pid/stat")
        await_200 /health/ready
        ready=$(since "$start")
        ready_rss=$(rss_mib)
        echo "run $i $way: first 200 after ${t} s, RSS ${r} MiB, CPU ${c} s; ready after ${ready} s, RSS ${ready_rss} MiB ($(steps "$start" "$work/payara.log"))"
        times[$way]+="$t "; rss[$way]+="$r "; cpu[$way]+="$c "; readies[$way]+="$ready "; ready_rsses[$way]+="$ready_rss "
        kill "$pid"; wait "$pid" 2>/dev/null || true
        rm -rf "$work"
    done
done
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
for way in plain script; do
    # shellcheck disable=SC2086 # the lists are space-separated numbers
    echo "median of $runs, $way: first 200 after $(median ${times[$way]}) s, RSS $(median ${rss[$way]}) MiB, CPU $(median ${cpu[$way]}) s; ready after $(median ${readies[$way]}) s, RSS $(median ${ready_rsses[$way]}) MiB"
done
# shellcheck disable=SC2086
awk -v a="$(median ${times[script]})" -v b="$(median ${times[plain]})" -v c="$(median ${rss[script]})" -v d="$(median ${rss[plain]})" \
    'BEGIN { printf "script/plain: time %.0f %%, memory %.0f %%\n", 100 * a / b, 100 * c / d }'

[ "${PROFILE:-0}" = 1 ] || exit 0
tools=$root/target/benchmark-tools
if [ ! -f "$tools/linux-x64/libasyncProfiler.so" ]; then
    mvn -q dependency:copy -Dartifact=tools.profiler:async-profiler:3.0 -DoutputDirectory="$tools"
    (cd "$tools" && unzip -q -o async-profiler-3.0.jar 'linux-x64/*')
fi
profile=$root/target/startup-profile.txt
interval_ms=10
rm -f "$profile"
work=$(mktemp -d)
(cd "$work" && PORTAL_ADMIN_PASSWORD=bench-password-1 \
    PORTAL_JAVA_OPTS="-agentpath:$tools/linux-x64/libasyncProfiler.so=start,event=wall,interval=${interval_ms}ms,threads,collapsed,file=$profile" \
    exec bash "$root/src/main/payara/start-portal.sh" "$root/target/portal.war" >"$work/payara.log" 2>&1) &
pid=$!
await_200 /
kill "$pid"; wait "$pid" 2>/dev/null || true # the profiler writes its file as the JVM exits
rm -rf "$work"
echo "profiled start (slower than the runs above), the main thread's wall clock by what it was doing:"
# A sample counts for the first of these it is in (a Java package or class in its stack).
awk -v ms="$interval_ms" '
    BEGIN {
        k = 0
        label[++k] = "password hash";                       re[k] = "Passwords\\.hash"
        label[++k] = "migrations";                          re[k] = "Migrations\\.migrate"
        label[++k] = "demo content";                        re[k] = "[Dd]emo"
        label[++k] = "search index";                        re[k] = "portal/search/"
        label[++k] = "other portal code";                   re[k] = "city/civility/portal"
        label[++k] = "JSF (Mojarra, PrimeFaces, OmniFaces)"; re[k] = "com/sun/faces|org/primefaces|org/omnifaces"
        label[++k] = "JPA (EclipseLink)";                   re[k] = "org/eclipse/persistence|PersistenceUnitLoader"
        label[++k] = "CDI (Weld)";                          re[k] = "org/jboss/weld"
        label[++k] = "annotation scanning";                 re[k] = "hk2/classmodel|objectweb/asm"
        label[++k] = "EJB container";                       re[k] = "com/sun/ejb|org/glassfish/ejb"
        label[++k] = "web container";                       re[k] = "catalina|com/sun/enterprise/web|org/glassfish/web"
        label[++k] = "deployment";                          re[k] = "ApplicationLifecycle|deployment"
        label[++k] = "Payara boot";                         re[k] = "fish/payara/micro"
    }
    /^\[(main|DestroyJavaVM) tid=/ {
        count = $NF; stack = $0; sub(/ [0-9]+$/, "", stack)
        which = "other (JVM, class loading, waiting)"
        for (i = 1; i <= k; i++) if (stack ~ re[i]) { which = label[i]; break }
        sum[which] += count; total += count
    }
    END {
        for (w in sum) printf "%7.2f s  %s\n", sum[w] * ms / 1000, w | "sort -rn"
        close("sort -rn")
        printf "%7.2f s  in all, until the first 200 and the stop\n", total * ms / 1000
    }' "$profile"
echo "stacks: $profile"
