#!/usr/bin/env bash
# Throughput of the public home and article pages, against the same pages' bytes
# served as static files by nginx, in the same run (issue: news publishing).
#
# On PostgreSQL, with the demo content plus GENERATED (default 10000) generated
# articles; wrk with 32 connections for DURATION seconds (default 20), RUNS times
# (default 3); prints every run, the medians, the portal/nginx ratio and p99 latency.
# The portal is warmed up for 10 s per page first (JIT), unmeasured.
# Also the uncached rendering rate (a unique query string per request defeats the
# page cache), so the cache's effect is visible, and the home page of a second instance on
# the same database with the 身边好人 block switched off (PORTAL_GOODPEOPLE_ON_HOME_PAGE=false):
# the cached home page with the block should stay within 10 % of its rate without it
# (issue: 身边好人). TARGETS measures only some of: portal-home portal-home-plain nginx-home
# portal-article nginx-article portal-article-uncached.
#
# PORTAL_JAVA_OPTS adds JVM options to the portal, PORTAL_PORT moves it (news-portal.sh).
#
# Needs: a built WAR (mvn -q package -DskipTests), wrk and nginx (apt-get install wrk
# nginx-light), PostgreSQL at 127.0.0.1:5432 as user postgres (PGPASSWORD if needed).
# Only localhost is ever targeted.
set -euo pipefail
source "$(dirname "$0")/news-portal.sh"
nginx_port=$((portal_port + 1))
plain_port=$((portal_port + 2))
echo "starting a second instance without the 身边好人 home block..."
start_portal $plain_port plain PORTAL_GOODPEOPLE_ON_HOME_PAGE=false
grep -q 'id="goodpeople-home-heading"' <(curl -sf "http://127.0.0.1:$portal_port/") || { echo "the home page lacks the 身边好人 block" >&2; exit 1; }
! grep -q 'id="goodpeople-home-heading"' <(curl -sf "http://127.0.0.1:$plain_port/") || { echo "the second instance shows the block" >&2; exit 1; }

mkdir -p "$work/www/news"
curl -s "http://127.0.0.1:$portal_port/" -o "$work/www/index.html"
curl -s "http://127.0.0.1:$portal_port/news/$article" -o "$work/www/news/$article.html"
cat > "$work/nginx.conf" <<NGINX
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    include /etc/nginx/mime.types;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/www;
        location = / { try_files /index.html =404; }
        location /news/ { try_files \$uri.html =404; }
    }
}
NGINX
nginx -c "$work/nginx.conf" -p "$work" -g 'daemon off;' &
nginx_pids+=($!)
sleep 1
for page in / "/news/$article"; do # both sides answer 200 with the same bytes, or the comparison means nothing
    cmp -s <(curl -sf "http://127.0.0.1:$portal_port$page") <(curl -sf "http://127.0.0.1:$nginx_port$page") \
        || { echo "nginx does not serve the portal's bytes of $page" >&2; exit 1; }
done

cat > "$work/uncached.lua" <<'LUA'
request = function() return wrk.format(nil, wrk.path .. "?nocache=" .. math.random(1, 1000000000)) end
LUA

# Warm-up (not measured): the JVM compiles the hot paths and the page cache fills.
for page in / "/news/$article"; do wrk -t2 -c32 -d10s "http://127.0.0.1:$portal_port$page" >/dev/null 2>&1; done
wrk -t2 -c32 -d10s "http://127.0.0.1:$plain_port/" >/dev/null 2>&1

declare -A rps p99
targets=${TARGETS:-"portal-home portal-home-plain nginx-home portal-article nginx-article portal-article-uncached"}
for target in $targets; do
    rps[$target]=""; p99[$target]=""
done
for i in $(seq 1 "$runs"); do
    for target in $targets; do
        case $target in
            portal-home) r=$(measure "http://127.0.0.1:$portal_port/") ;;
            portal-home-plain) r=$(measure "http://127.0.0.1:$plain_port/") ;;
            nginx-home) r=$(measure "http://127.0.0.1:$nginx_port/") ;;
            portal-article) r=$(measure "http://127.0.0.1:$portal_port/news/$article") ;;
            nginx-article) r=$(measure "http://127.0.0.1:$nginx_port/news/$article") ;;
            portal-article-uncached) r=$(measure -s "$work/uncached.lua" "http://127.0.0.1:$portal_port/news/$article") ;;
        esac
        echo "$(date +%T) run $i $target: $(cut -d' ' -f1 <<<"$r") req/s, p99 $(cut -d' ' -f2 <<<"$r") ms"
        rps[$target]+=" $(cut -d' ' -f1 <<<"$r")"; p99[$target]+=" $(cut -d' ' -f2 <<<"$r")"
    done
done
echo
echo "medians of $runs runs (wrk -t2 -c32 -d${duration}s, PostgreSQL, demo content + $generated articles):"
for target in $targets; do
    printf '  %-24s %10.1f req/s   p99 %7.2f ms\n' "$target" "$(median ${rps[$target]})" "$(median ${p99[$target]})"
done
[ -n "${rps[portal-home]:-}" ] && [ -n "${rps[portal-home-plain]:-}" ] && awk -v a="$(median ${rps[portal-home]})" -v b="$(median ${rps[portal-home-plain]})" \
    'BEGIN { printf "  home with the 身边好人 block / without = %.1f %%\n", 100 * a / b }'
for page in home article; do
    [ -n "${rps[portal-$page]:-}" ] && [ -n "${rps[nginx-$page]:-}" ] || continue
    awk -v p="$(median ${rps[portal-$page]})" -v n="$(median ${rps[nginx-$page]})" -v page=$page \
        'BEGIN { printf "  %s: portal / nginx = %.1f %%\n", page, 100 * p / n }'
done
