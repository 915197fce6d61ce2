#!/usr/bin/env bash
# 公益广告 (issue: ads scheduled onto the site and the city's screens, counted), on PostgreSQL:
#
# 1. Ads never cost the page cache its speed: the home and article pages through nginx (the
#    example configuration, src/main/deploy/nginx.conf) against nginx serving the same bytes as
#    static files, as nginx-front.sh measures them, with the demo city's ads scheduled on every
#    placement and without any (their schedules set aside and put back), taking turns in the same
#    run. Target: the ratio with ads within 10 % of the ratio without.
# 2. The impression counter: BEACONS (default 200,000) beacons, after WARMUP (20,000) unmeasured,
#    sent by 64 clients that never pause (java/SendBeacons.java: exactly that many, each answered),
#    RUNS times; then the impressions in the database must equal the beacons answered 204, every
#    one. Target: 5,000 beacons/s without losing a count.
#
# RUNS (3), DURATION (20) seconds a page measurement, GENERATED (10000) articles besides the demo
# content. Needs a built WAR (mvn -q package -DskipTests), wrk, nginx (nginx-light), envsubst,
# java, PostgreSQL at 127.0.0.1:5432 as user postgres. Only localhost is targeted.
set -euo pipefail
# The 64 clients are all 127.0.0.1: the per-address limit of beacons (600 a minute) is lifted here.
export PORTAL_LIMITS_AD_BEACONS=${PORTAL_LIMITS_AD_BEACONS:-1000000000/PT1M}
source "$(dirname "$0")/news-portal.sh"
beacons=${BEACONS:-200000}
warmup=${WARMUP:-20000}
pages=(/ "/news/$article")

on_air() { psql_ -d $db -c "SELECT COUNT(*) FROM ad_schedule"; }
[ "$(on_air)" -gt 0 ] || { echo "the demo city's ads are not scheduled" >&2; exit 1; }
psql_ -d $db -c "CREATE TABLE bench_schedules AS SELECT * FROM ad_schedule"
# Moves the public version on, as a schedule made in the office does: the pages are made again.
changed() { psql_ -d $db -c "UPDATE public_version SET changed_at = GREATEST(now(), changed_at + interval '1 millisecond')"; sleep 1.5; }
without_ads() { psql_ -d $db -c "DELETE FROM ad_schedule"; changed; }
with_ads() { psql_ -d $db -c "INSERT INTO ad_schedule SELECT * FROM bench_schedules"; changed; }
banner() { curl -sf "${gzip[@]}" "http://127.0.0.1:$front_port/" | gunzip | grep -c 'class="ad-slide"' || true; }

serve_through_nginx "${pages[@]}"
declare -A rps
for i in $(seq 1 "$runs"); do
    for state in without with; do
        ${state}_ads
        copy_pages "${pages[@]}"
        same_bytes "${pages[@]}" # nginx has taken the new pages
        slides=$(banner)
        if [ "$state" = with ] && [ "$slides" -eq 0 ]; then echo "no banner on the home page with ads on air" >&2; exit 1; fi
        if [ "$state" = without ] && [ "$slides" -ne 0 ]; then echo "a banner on the home page without ads on air" >&2; exit 1; fi
        for page in home article; do
            path=$([ $page = home ] && echo / || echo "/news/$article")
            static=$(measure "${gzip[@]}" "http://127.0.0.1:$static_port$path")
            front=$(measure "${gzip[@]}" "http://127.0.0.1:$front_port$path")
            ratio=$(awk -v f="${front%% *}" -v s="${static%% *}" 'BEGIN { printf "%.1f", 100 * f / s }')
            echo "$(date +%T) run $i $page $state ads ($slides on the banner): static ${static%% *} req/s, through nginx ${front%% *} req/s: $ratio %"
            rps[$page-$state]+=" $ratio"
        done
    done
done

echo "beacons: warming up with $warmup..."
ads=$(psql_ -d $db -c "SELECT string_agg(CAST(ad_id AS VARCHAR), ',') FROM ad_schedule WHERE placement_code = 'home-banner'")
counted() { psql_ -d $db -c "SELECT COALESCE(SUM(impressions), 0) FROM ad_count WHERE placement_code = 'home-banner'"; }
send() { java src/benchmarks/java/SendBeacons.java 127.0.0.1 "$portal_port" 64 "$1" home-banner "$ads"; }
send "$warmup" >/dev/null
all_rate=(); all_p99=()
for i in $(seq 1 "$runs"); do
    sleep 2.5 # the sums are written once a second
    before=$(counted)
    read -r sent accepted seconds rate p99 < <(send "$beacons")
    sleep 2.5
    after=$(counted)
    echo "$(date +%T) beacons run $i: $sent sent, $accepted answered 204, in $seconds s: $rate/s, p99 $p99 ms; counted $((after - before))"
    [ "$accepted" = "$sent" ] || { echo "beacons refused" >&2; exit 1; }
    [ $((after - before)) = "$accepted" ] || { echo "$accepted beacons answered, $((after - before)) counted" >&2; exit 1; }
    all_rate+=("$rate"); all_p99+=("$p99")
done

echo
echo "medians of $runs runs (PostgreSQL, demo content + $generated articles, the demo's ads on every placement):"
for page in home article; do
    awk -v w="$(median ${rps[$page-with]})" -v o="$(median ${rps[$page-without]})" -v page=$page \
        'BEGIN { printf "  %-8s through nginx / static: %.1f %% with ads, %.1f %% without: %.1f %% of it (target: at least 90 %%)\n", page, w, o, 100 * w / o }'
done
echo "  beacons: $(median "${all_rate[@]}")/s at 64 clients, p99 $(median "${all_p99[@]}") ms, every one counted (target: 5,000/s)"
