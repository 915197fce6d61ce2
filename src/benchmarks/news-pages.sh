#!/usr/bin/env bash
# Throughput of the public home and article pages, against the same pages' bytes
# served as static files by nginx, in the same run (issue: news publishing).
#
# On PostgreSQL, with the demo content plus GENERATED (default 10000) generated
# articles; wrk with 32 connections for DURATION seconds (default 20), RUNS times
# (default 3); prints every run, the medians, the portal/nginx ratio and p99 latency.
# The portal is warmed up for 10 s per page first (JIT), unmeasured.
# Also the uncached rendering rate (a unique query string per request defeats the
# page cache), so the cache's effect is visible.
#
# Needs: a built WAR (mvn -q package -DskipTests), wrk and nginx (apt-get install wrk
# nginx-light), PostgreSQL at 127.0.0.1:5432 as user postgres (PGPASSWORD if needed).
# Only localhost is ever targeted.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-3}; duration=${DURATION:-20}; generated=${GENERATED:-10000}
portal_port=18080; nginx_port=18081
db=portal_bench_$$
work=$(mktemp -d)
psql_() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
for tool in wrk nginx psql; do command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 1; }; done
[ -f target/portal.war ] && [ -f target/payara-micro.jar ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }

payara_pid=; nginx_pid=
cleanup() {
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
    [ -n "$payara_pid" ] && kill "$payara_pid" 2>/dev/null && wait "$payara_pid" 2>/dev/null || true
    psql_ -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true
    rm -rf "$work"
}
trap cleanup EXIT

psql_ -d postgres -c "CREATE DATABASE $db ENCODING 'UTF8' TEMPLATE template0"
echo "starting the portal on PostgreSQL ($db)..."
(cd "$work" && PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" PORTAL_DB_USER=postgres PORTAL_DB_PASSWORD="${PGPASSWORD:-}" \
    PORTAL_ADMIN_PASSWORD=bench-password-1 PORTAL_MEDIA_DIR="$work/media" PORTAL_INDEX_DIR="$work/index" \
    exec java -jar "$OLDPWD/target/payara-micro.jar" --nohazelcast --disablephonehome --port $portal_port --contextroot / \
    --postbootcommandfile "$OLDPWD/src/main/payara/post-boot-commands.asadmin" \
    --logproperties "$OLDPWD/src/main/payara/logging.properties" --deploy "$OLDPWD/target/portal.war" >"$work/payara.log" 2>&1) &
payara_pid=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$portal_port/health/ready)" = 200 ]; do
    kill -0 $payara_pid 2>/dev/null || { cat "$work/payara.log" >&2; exit 1; }; sleep 0.5
done

echo "generating $generated articles..."
psql_ -d $db <<SQL
INSERT INTO article (channel_id, status, created_by, pinned, headline, first_published_at, public_changed_at, view_count, created_at, updated_at, version)
SELECT 1 + (n % 5), 'PUBLISHED', 'bench', FALSE, FALSE, now() - n * interval '37 minutes', now() - n * interval '37 minutes', 0, now(), now(), 1
FROM generate_series(1, $generated) n;
INSERT INTO article_revision (article_id, number, title, summary, body, channel_id, pinned, headline, saved_by, saved_at)
SELECT a.id, 1, '文明城市创建工作动态第' || a.id || '期：志愿服务进社区',
       '各街道扎实推进文明城市创建，志愿者走进社区开展文明劝导和环境整治。',
       repeat('<p>今年以来，我市坚持以创建全国文明城市为抓手，深入开展志愿服务、公益广告宣传和背街小巷整治，市民文明素质和城市文明程度不断提升。</p>', 12),
       a.channel_id, FALSE, FALSE, 'bench', now()
FROM article a WHERE a.created_by = 'bench';
UPDATE article a SET current_revision_id = r.id, published_revision_id = r.id FROM article_revision r WHERE r.article_id = a.id AND a.created_by = 'bench';
ANALYZE;
SQL
article=$(psql_ -d $db -c "SELECT id FROM article WHERE created_by = 'bench' ORDER BY id LIMIT 1 OFFSET 10")
echo "article page: /news/$article"

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
nginx_pid=$!
sleep 1

cat > "$work/uncached.lua" <<'LUA'
request = function() return wrk.format(nil, wrk.path .. "?nocache=" .. math.random(1, 1000000000)) end
LUA

# wrk's requests/s and p99 latency (ms) of one run.
measure() {
    local out; out=$(wrk -t2 -c32 -d"${duration}s" --latency "$@" 2>&1)
    local rps; rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
    local p99; p99=$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 }; print v }' <<<"$out")
    echo "$rps $p99"
}
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

# Warm-up (not measured): the JVM compiles the hot paths and the page cache fills.
for page in / "/news/$article"; do wrk -t2 -c32 -d10s "http://127.0.0.1:$portal_port$page" >/dev/null 2>&1; done

declare -A rps p99
for target in portal-home nginx-home portal-article nginx-article portal-article-uncached; do
    rps[$target]=""; p99[$target]=""
done
for i in $(seq 1 "$runs"); do
    for target in portal-home nginx-home portal-article nginx-article portal-article-uncached; do
        case $target in
            portal-home) r=$(measure "http://127.0.0.1:$portal_port/") ;;
            nginx-home) r=$(measure "http://127.0.0.1:$nginx_port/") ;;
            portal-article) r=$(measure "http://127.0.0.1:$portal_port/news/$article") ;;
            nginx-article) r=$(measure "http://127.0.0.1:$nginx_port/news/$article") ;;
            portal-article-uncached) r=$(measure -s "$work/uncached.lua" "http://127.0.0.1:$portal_port/news/$article") ;;
        esac
        echo "run $i $target: $(cut -d' ' -f1 <<<"$r") req/s, p99 $(cut -d' ' -f2 <<<"$r") ms"
        rps[$target]+=" $(cut -d' ' -f1 <<<"$r")"; p99[$target]+=" $(cut -d' ' -f2 <<<"$r")"
    done
done
echo
echo "medians of $runs runs (wrk -t2 -c32 -d${duration}s, PostgreSQL, demo content + $generated articles):"
for target in portal-home nginx-home portal-article nginx-article portal-article-uncached; do
    printf '  %-24s %10.1f req/s   p99 %7.2f ms\n' "$target" "$(median ${rps[$target]})" "$(median ${p99[$target]})"
done
for page in home article; do
    awk -v p="$(median ${rps[portal-$page]})" -v n="$(median ${rps[nginx-$page]})" -v page=$page \
        'BEGIN { printf "  %s: portal / nginx = %.1f %%\n", page, 100 * p / n }'
done
