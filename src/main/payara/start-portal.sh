#!/usr/bin/env bash
# Starts one portal instance on Payara Micro, in the current folder (the embedded
# database's data/ and the search-index/ are relative to it):
#
#   start-portal.sh [--prepare] [WAR]        WAR defaults to target/portal.war
#
# Payara Micro is unpacked once into PORTAL_RUNTIME_DIR, and so is the WAR: the portal is
# deployed from the unpacked folder (Payara would unpack the 50 MB WAR again at every start),
# and the libraries that hold no Jakarta EE component (Lucene, ICU, POI, Flyway, the JDBC
# driver and the rest but PrimeFaces, OmniFaces and the web jars) go on the server's class
# path (the runtime's lib/), where the deployment does not parse their 24,000 classes for
# annotations. A class-data archive of Payara and the portal (CDS:
# the classes already parsed and verified) is made there by one trial start. Both are kept
# while the WAR, the Payara jar, the JVM and its options stay the same (the build is
# reproducible: unchanged sources give the same WAR). With them and jvm.options a first
# start takes about 30 % less time and half the memory of a plain java -jar payara-micro.jar on 2
# cores (src/benchmarks/startup.sh). --prepare does only the unpacking and the archive.
#
# PORTAL_PORT (8080), PORTAL_RUNTIME_DIR (target/payara-runtime), PORTAL_CDS (on; off
# starts without the archive, e.g. to record the start with Java Flight Recorder, which
# crashes the JVM on this archive), PORTAL_JAVA_OPTS (more JVM options), PAYARA_JAR
# (target/payara-micro.jar), JAVA_HOME (else java from the PATH). All other PORTAL_*
# settings reach the portal (README).
# One runtime folder serves one instance at a time: a second instance on the same machine
# needs its own PORTAL_RUNTIME_DIR and PORTAL_PORT.
set -euo pipefail
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

settings=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
prepare_only=false
if [ "${1:-}" = --prepare ]; then prepare_only=true; shift; fi
war=$(realpath "${1:-target/portal.war}")
payara_jar=$(realpath "${PAYARA_JAR:-target/payara-micro.jar}")
runtime=$(realpath -m "${PORTAL_RUNTIME_DIR:-target/payara-runtime}")
port=${PORTAL_PORT:-8080}
for file in "$war" "$payara_jar"; do
    [ -f "$file" ] || { echo "start-portal: $file is missing (build first: mvn -q package -DskipTests)" >&2; exit 1; }
done

mkdir -p "$runtime"
exec 9>"$runtime/.lock"
flock -n 9 || { echo "start-portal: another instance runs from $runtime; give this one its own PORTAL_RUNTIME_DIR" >&2; exit 1; }

launcher=$runtime/launch-micro.jar
if [ ! -f "$launcher" ] || [ "$payara_jar" -nt "$launcher" ]; then
    echo "start-portal: unpacking Payara Micro into $runtime"
    find "$runtime" -mindepth 1 -maxdepth 1 ! -name .lock -exec rm -rf {} +
    "$java" -jar "$payara_jar" --rootdir "$runtime" --outputlauncher >/dev/null
    cp -a "$runtime/config" "$runtime/config.pristine"
fi

# Payara Micro keeps what it deployed in its root folder and would deploy that copy again
# before the WAR given below: every start begins from the configuration as unpacked.
fresh_root() {
    rm -rf "$runtime/applications" "$runtime/generated" "$runtime/autodeploy" "$runtime/logs" "$runtime/osgi-cache" "$runtime/config"
    cp -a "$runtime/config.pristine" "$runtime/config"
}

payara_args=(--nohazelcast --disablephonehome --contextroot /
    --prebootcommandfile "$settings/pre-boot-commands.asadmin"
    --logproperties "$settings/logging.properties")
export MALLOC_ARENA_MAX=2 # glibc's per-thread arenas held tens of MB the JVM had freed

# What is unpacked and archived belongs to these files' contents. Reading them (130 MB) took
# most of a second of every start, so they are read only when their size or time has changed.
java_home=$(dirname "$(dirname "$(readlink -f "$(command -v "$java")")")")
inputs=("$war" "$payara_jar" "${BASH_SOURCE[0]}" "$settings/jvm.options" "$settings/pre-boot-commands.asadmin"
    "$java_home/lib/modules" "$java_home/lib/server/libjvm.so")
stamp=$(stat -L -c '%n %s %Y %i' "${inputs[@]}")
if [ "$(cat "$runtime/inputs.stamp" 2>/dev/null)" = "$stamp" ] && [ -f "$runtime/inputs.key" ]; then
    key=$(cat "$runtime/inputs.key")
else
    key=$(cat "${inputs[@]}" | sha256sum)
    echo "$key" >"$runtime/inputs.key"
    echo "$stamp" >"$runtime/inputs.stamp"
fi

# The unpacked portal. A library stays in the WAR only if it brings a component: web resources
# (META-INF/resources), CDI beans, JSF components or tags, a web fragment or a servlet
# container initializer. Flyway, which moves, is given the portal's class loader to find the
# migrations; ImageIO finds its plug-ins through the server's class path as well.
app=$runtime/app/portal
unpack=$(command -v "$java_home/bin/jar" || command -v unzip || true)
if [ -n "$unpack" ] && [ "$(cat "$runtime/app/.key" 2>/dev/null)" != "$key" ]; then
    rm -rf "$runtime/app"
    rm -f "$runtime"/lib/*.jar
    mkdir -p "$app"
    case $unpack in
        */jar) (cd "$app" && "$unpack" xf "$war") ;;
        *) unzip -q "$war" -d "$app" ;;
    esac
    component='^META-INF/(resources/|beans\.xml|faces-config\.xml|.*\.taglib\.xml|web-fragment\.xml|services/jakarta\.servlet\.ServletContainerInitializer)'
    for lib in "$app"/WEB-INF/lib/*.jar; do
        if command -v unzip >/dev/null; then entries=$(unzip -Z1 "$lib"); else entries=$("$java_home/bin/jar" tf "$lib"); fi
        grep -qE "$component" <<<"$entries" || mv "$lib" "$runtime/lib/"
    done
    echo "$key" >"$runtime/app/.key"
fi
deployed=$war
[ "$(cat "$runtime/app/.key" 2>/dev/null)" = "$key" ] && deployed=$app

archive=$runtime/portal.jsa
cds=()
if [ "${PORTAL_CDS:-on}" != off ]; then
    if [ ! -f "$archive" ] || [ "$(cat "$archive.key" 2>/dev/null)" != "$key" ]; then
        echo "start-portal: one trial start to make the class-data archive (once per build, about 30 s)"
        fresh_root
        trial=$(mktemp -d)
        # On a throwaway embedded database and a port nobody waits on (not PORTAL_PORT, where a
        # load balancer or script would take the trial for the portal).
        (cd "$trial" && exec env -u PORTAL_DB_URL -u PORTAL_DB_USER -u PORTAL_DB_PASSWORD -u PORTAL_DB_DRIVER -u PORTAL_IMPORT_DIR \
            PORTAL_MEDIA_DIR="$trial/media" PORTAL_INDEX_DIR="$trial/index" PORTAL_ADMIN_PASSWORD=trial-start-only \
            "$java" @"$settings/jvm.options" -XX:ArchiveClassesAtExit="$archive.new" -jar "$launcher" \
            "${payara_args[@]}" --port $((20000 + RANDOM % 20000)) --autobindhttp --deploy "$deployed" >"$runtime/trial-start.log" 2>&1) &
        trial_pid=$!
        # Once the portal is ready (Payara's "ready", and the start-up work, which runs beside the
        # deployment, logged as done), the trial is asked to stop (SIGTERM) and the JVM writes the
        # archive as it exits (Payara's --warmup, which stops once deployed, did not stop while that
        # work ran). A trial that fails to deploy or is not ready in five minutes, or does not stop
        # within a minute, is ended, and this start goes on without the archive (the next start
        # makes it again).
        log=$runtime/trial-start.log
        for _ in $(seq 600); do
            kill -0 $trial_pid 2>/dev/null || break
            grep -qE "Exception while deploying|event=startup-work-failed" "$log" 2>/dev/null && break
            grep -q ") ready in " "$log" 2>/dev/null && grep -q "event=portal-started" "$log" && break
            sleep 0.5
        done
        kill -TERM $trial_pid 2>/dev/null || true
        stopped_at=$SECONDS
        while kill -0 $trial_pid 2>/dev/null && [ $((SECONDS - stopped_at)) -lt 60 ]; do sleep 0.5; done
        if kill -0 $trial_pid 2>/dev/null; then
            echo "start-portal: the trial start did not stop; starting without the archive this time" >&2
            kill -KILL $trial_pid 2>/dev/null || true
            stopped_at=killed
        fi
        wait $trial_pid 2>/dev/null || [ -f "$archive.new" ] \
            || { echo "start-portal: the trial start failed, see $runtime/trial-start.log; starting without the archive" >&2; }
        [ "$stopped_at" = killed ] && rm -f "$archive.new" # perhaps half written
        rm -rf "$trial"
        rm -f "$archive" "$archive.key"
        if [ -f "$archive.new" ]; then mv "$archive.new" "$archive"; echo "$key" >"$archive.key"; fi
    fi
    [ -f "$archive" ] && cds=(-XX:SharedArchiveFile="$archive")
fi
$prepare_only && exit 0

fresh_root
# shellcheck disable=SC2086 # PORTAL_JAVA_OPTS is a list of options
exec "$java" @"$settings/jvm.options" "${cds[@]}" ${PORTAL_JAVA_OPTS:-} -jar "$launcher" \
    "${payara_args[@]}" --port "$port" --deploy "$deployed"
