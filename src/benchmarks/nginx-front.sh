#!/usr/bin/env bash
# The public home and article pages through nginx run with the example configuration
# (src/main/deploy/nginx.conf, its cache in front of the portal), against nginx serving the
# same bytes as static files, in the same run; then how long a withdrawn article is still
# shown through nginx.
#
# Both sides are asked with 'Accept-Encoding: gzip', as every browser asks: through nginx the
# portal's gzipped page, statically the same gzip bytes (gzip_static). On PostgreSQL, with the
# demo content plus GENERATED (default 10000) generated articles; wrk with 32 connections for
# DURATION seconds (default 20), RUNS times (default 3), after a 10 s warm-up per page; prints
# every run, the medians, through nginx / static and p99 latency. Target: at least 80 %.
#
# Withdrawal: WITHDRAWALS (default 3) articles, each read through nginx under load so that
# nginx holds it, then withdrawn in the database as another portal instance would (the slow
# path: this instance learns of it by its once-a-second check), then asked for through nginx
# every 50 ms until it answers 410. Prints each delay; more than 2 s fails the benchmark.
#
# Needs what news-pages.sh needs, and envsubst (gettext-base). Only localhost is targeted.
# (news-portal.sh starts the portal and both nginx: serve_through_nginx.)
set -euo pipefail
source "$(dirname "$0")/news-portal.sh"
serve_through_nginx / "/news/$article"

targets=(static-home front-home static-article front-article)
declare -A rps p99 url
url[static-home]=http://127.0.0.1:$static_port/; url[front-home]=http://127.0.0.1:$front_port/
url[static-article]=http://127.0.0.1:$static_port/news/$article; url[front-article]=http://127.0.0.1:$front_port/news/$article
for i in $(seq 1 "$runs"); do
    for target in "${targets[@]}"; do
        r=$(measure "${gzip[@]}" "${url[$target]}")
        echo "$(date +%T) run $i $target: $(cut -d' ' -f1 <<<"$r") req/s, p99 $(cut -d' ' -f2 <<<"$r") ms"
        rps[$target]+=" $(cut -d' ' -f1 <<<"$r")"; p99[$target]+=" $(cut -d' ' -f2 <<<"$r")"
    done
done
echo
echo "medians of $runs runs (wrk -t2 -c32 -d${duration}s, Accept-Encoding: gzip on both sides, PostgreSQL, demo content + $generated articles):"
for target in "${targets[@]}"; do
    printf '  %-16s %10.1f req/s   p99 %7.2f ms\n' "$target" "$(median ${rps[$target]})" "$(median ${p99[$target]})"
done
for page in home article; do
    awk -v f="$(median ${rps[front-$page]})" -v s="$(median ${rps[static-$page]})" -v page=$page \
        'BEGIN { printf "  %s: through nginx / static = %.1f %% (target: 80 %%)\n", page, 100 * f / s }'
done

echo
echo "withdrawn articles through nginx (withdrawn in the database, as by another instance):"
slowest=0
for id in $(psql_ -d $db -c "SELECT id FROM article WHERE created_by = 'bench' ORDER BY id LIMIT ${WITHDRAWALS:-3} OFFSET 20"); do
    page=http://127.0.0.1:$front_port/news/$id
    wrk -t1 -c4 -d4s "${gzip[@]}" "$page" >/dev/null 2>&1 &
    load=$!
    sleep 1
    held "$page" || { echo "nginx does not hold /news/$id" >&2; exit 1; }
    start=$(date +%s.%N)
    psql_ -d $db -c "UPDATE article SET status = 'WITHDRAWN', published_revision_id = NULL, public_changed_at = now(), version = version + 1 WHERE id = $id;
                     UPDATE public_version SET changed_at = GREATEST(now(), changed_at + interval '1 millisecond');
                     INSERT INTO search_outbox (doc_type, doc_id, created_at) VALUES ('article', $id, now())"
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "${gzip[@]}" "$page")" = 410 ]; do
        awk -v s="$start" -v n="$(date +%s.%N)" 'BEGIN { exit !(n - s > 10) }' && { echo "/news/$id still shown after 10 s" >&2; exit 1; }
        sleep 0.05
    done
    delay=$(awk -v s="$start" -v n="$(date +%s.%N)" 'BEGIN { printf "%.2f", n - s }')
    wait $load || true
    echo "  /news/$id: 410 through nginx after $delay s"
    slowest=$(awk -v a="$slowest" -v b="$delay" 'BEGIN { print (b > a ? b : a) }')
done
awk -v s="$slowest" 'BEGIN { printf "  slowest: %.2f s (limit: 2 s)\n", s; exit !(s <= 2) }'
