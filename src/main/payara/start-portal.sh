#!/usr/bin/env bash
# Starts one portal instance on Payara Micro, in the current folder (the embedded
# database's data/ and the search-index/ are relative to it):
#
#   start-portal.sh [--prepare] [WAR]        WAR defaults to target/portal.war
#
# Payara Micro is unpacked once into PORTAL_RUNTIME_DIR, and a class-data archive of
# Payara and the portal (CDS: the classes already parsed and verified) is made there by
# one trial start and kept while the WAR, the Payara jar, the JVM and its options stay
# the same (the build is reproducible: unchanged sources give the same WAR). With it and
# jvm.options a first start takes 11.5 s instead of 17 on 2 cores, in 440 MB instead of
# 615 (src/benchmarks/startup.sh). --prepare does only the unpacking and the archive.
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
archive=$runtime/portal.jsa
cds=()
if [ "${PORTAL_CDS:-on}" != off ]; then
    # The archive belongs to these files' contents. Reading them (130 MB) took most of a
    # second of every start, so they are read only when their size or time has changed.
    java_home=$(dirname "$(dirname "$(readlink -f "$(command -v "$java")")")")
    inputs=("$war" "$payara_jar" "$settings/jvm.options" "$settings/pre-boot-commands.asadmin"
        "$java_home/lib/modules" "$java_home/lib/server/libjvm.so")
    stamp=$(stat -L -c '%n %s %Y %i' "${inputs[@]}")
    if [ -f "$archive" ] && [ "$(cat "$archive.stamp" 2>/dev/null)" = "$stamp" ]; then
        key=$(cat "$archive.key" 2>/dev/null || true)
    else
        key=$(cat "${inputs[@]}" | sha256sum)
    fi
    if [ ! -f "$archive" ] || [ "$(cat "$archive.key" 2>/dev/null)" != "$key" ]; then
        echo "start-portal: one trial start to make the class-data archive (once per build, about 30 s)"
        fresh_root
        trial=$(mktemp -d)
        # On a throwaway embedded database and a port nobody waits on (not PORTAL_PORT, where a
        # load balancer or script would take the trial for the portal): it deploys and stops.
        (cd "$trial" && env -u PORTAL_DB_URL -u PORTAL_DB_USER -u PORTAL_DB_PASSWORD -u PORTAL_DB_DRIVER -u PORTAL_IMPORT_DIR \
            PORTAL_MEDIA_DIR="$trial/media" PORTAL_INDEX_DIR="$trial/index" PORTAL_ADMIN_PASSWORD=trial-start-only \
            "$java" @"$settings/jvm.options" -XX:ArchiveClassesAtExit="$archive.new" -jar "$launcher" \
            "${payara_args[@]}" --port $((20000 + RANDOM % 20000)) --autobindhttp --warmup --deploy "$war" >"$runtime/trial-start.log" 2>&1) \
            || { echo "start-portal: the trial start failed, see $runtime/trial-start.log; starting without the archive" >&2; }
        rm -rf "$trial"
        rm -f "$archive" "$archive.key" "$archive.stamp"
        if [ -f "$archive.new" ]; then mv "$archive.new" "$archive"; echo "$key" >"$archive.key"; fi
    fi
    [ -f "$archive" ] && echo "$stamp" >"$archive.stamp"
    [ -f "$archive" ] && cds=(-XX:SharedArchiveFile="$archive")
fi
$prepare_only && exit 0

fresh_root
# shellcheck disable=SC2086 # PORTAL_JAVA_OPTS is a list of options
exec "$java" @"$settings/jvm.options" "${cds[@]}" ${PORTAL_JAVA_OPTS:-} -jar "$launcher" \
    "${payara_args[@]}" --port "$port" --deploy "$war"
