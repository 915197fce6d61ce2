# Sourced by the news page benchmarks (news-pages.sh, nginx-front.sh): starts the built
# portal on a fresh PostgreSQL database with the demo content plus $generated generated
# articles, and cleans everything up at exit. Sets portal_port, db, work, article (a
# generated article's id), and offers psql_, measure and median.
# PORTAL_JAVA_OPTS adds JVM options to the portal (e.g. a flight recording, with PORTAL_CDS=off:
# -XX:StartFlightRecording=filename=/tmp/news.jfr,settings=profile); PORTAL_PORT moves the
# portal (default 18180); the scripts' nginx take the ports after it.
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
runs=${RUNS:-3}; duration=${DURATION:-20}; generated=${GENERATED:-10000}
portal_port=${PORTAL_PORT:-18180}
db=portal_bench_$$
work=$(mktemp -d)
chmod 755 "$work" # nginx's workers (not root) read and write below it
psql_() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
for tool in wrk nginx psql; do command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 1; }; done
[ -f target/portal.war ] && [ -f target/payara-micro.jar ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }

payara_pid=; payara_pids=(); nginx_pids=()
cleanup() {
    for pid in "${nginx_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${payara_pids[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
    psql_ -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true
    rm -rf "$work"
}
trap cleanup EXIT

psql_ -d postgres -c "CREATE DATABASE $db ENCODING 'UTF8' TEMPLATE template0"
# start_portal PORT NAME [VARIABLE=value...]: one more instance of the built portal on the
# benchmark's database, started as in production (src/main/payara/start-portal.sh: Payara Micro
# --nohazelcast --disablephonehome, so nothing leaves this machine; jvm.options, class-data
# archive; its runtime folder target/benchmark-runtime[-NAME] is kept between runs, so only the
# first makes the archive), with these settings; returns when it is ready.
start_portal() {
    local port=$1 name=$2; shift 2
    mkdir -p "$work/$name"
    (cd "$work/$name" && exec env PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" PORTAL_DB_USER=postgres PORTAL_DB_PASSWORD="${PGPASSWORD:-}" \
        PORTAL_ADMIN_PASSWORD=bench-password-1 PORTAL_MEDIA_DIR="$work/media" PORTAL_INDEX_DIR="$work/$name/index" \
        PORTAL_PORT=$port PORTAL_RUNTIME_DIR="$OLDPWD/target/benchmark-runtime${name#main}" PAYARA_JAR="$OLDPWD/target/payara-micro.jar" "$@" \
        bash "$OLDPWD/src/main/payara/start-portal.sh" "$OLDPWD/target/portal.war" >"$work/$name/payara.log" 2>&1) &
    local pid=$!
    payara_pids+=($pid)
    until [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$port/health/ready)" = 200 ]; do
        kill -0 $pid 2>/dev/null || { cat "$work/$name/payara.log" >&2; exit 1; }; sleep 0.5
    done
}
echo "starting the portal on PostgreSQL ($db)..."
start_portal $portal_port main
payara_pid=${payara_pids[0]}

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
UPDATE public_version SET changed_at = GREATEST(now(), changed_at + interval '1 millisecond');
ANALYZE;
SQL
article=$(psql_ -d $db -c "SELECT id FROM article WHERE created_by = 'bench' ORDER BY id LIMIT 1 OFFSET 10")
echo "article page: /news/$article"

# wrk's requests/s and p99 latency (ms) of one run; any error answer ends the benchmark.
measure() {
    local out; out=$(wrk -t2 -c32 -d"${duration}s" --latency "$@" 2>&1)
    if grep -q 'Non-2xx' <<<"$out"; then echo "error answers while measuring $*:" >&2; echo "$out" >&2; exit 1; fi
    local rps; rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
    local p99; p99=$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 }; print v }' <<<"$out")
    echo "$rps $p99"
}
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

# serve_through_nginx PAGE...: nginx in front of the portal with the example configuration
# (src/main/deploy/nginx.conf, its cache) on front_port, and nginx serving the same gzip bytes of
# these pages as static files on static_port (gzip_static), as the benchmarks compare them; returns
# once both serve every page the same bytes and the front answers from its cache. copy_pages
# PAGE... writes the static copies again from what the portal answers now (after a change).
# Both sides are asked with 'Accept-Encoding: gzip', as every browser asks.
static_port=$((portal_port + 2)); front_port=$((portal_port + 3))
gzip=(-H 'Accept-Encoding: gzip')
static_file() { [ "$1" = / ] && echo /index.html || echo "$1.html"; }
copy_pages() {
    local page file
    for page; do
        file=$work/www$(static_file "$page")
        mkdir -p "$(dirname "$file")"
        curl -sf "http://127.0.0.1:$portal_port$page" -o "$file"
        curl -sf "${gzip[@]}" "http://127.0.0.1:$portal_port$page" -o "$file.gz"
    done
}
# Whether nginx answers this page from its cache (X-Cache, see nginx.conf), fresh or just revalidated.
held() { [[ "$(curl -s -o /dev/null -w '%header{x-cache}' "${gzip[@]}" "$1")" =~ ^(HIT|REVALIDATED|UPDATING)$ ]]; }
# The front serves the portal's gzip bytes of these pages from its cache, or a comparison means
# nothing; a page just changed is given a few seconds (the front revalidates once a second).
same_bytes() {
    local page tries
    for page; do
        for tries in $(seq 1 25); do
            cmp -s <(curl -sf "${gzip[@]}" "http://127.0.0.1:$front_port$page") <(curl -sf "${gzip[@]}" "http://127.0.0.1:$static_port$page") && break
            if [ "$tries" = 25 ]; then
                echo "nginx does not serve the portal's gzip bytes of $page; what differs:" >&2
                diff <(curl -sf "${gzip[@]}" "http://127.0.0.1:$static_port$page" | gunzip) <(curl -sf "${gzip[@]}" "http://127.0.0.1:$front_port$page" | gunzip) | head -20 >&2 || true
                exit 1
            fi
            sleep 0.2
        done
        held "http://127.0.0.1:$front_port$page" || { echo "nginx does not cache $page" >&2; exit 1; }
    done
}
serve_through_nginx() {
    command -v envsubst >/dev/null || { echo "envsubst is missing (apt-get install gettext-base)" >&2; exit 1; }
    mkdir -p "$work/www" "$work/front"
    copy_pages "$@"
    local locations="" page
    for page; do locations+="        location = $page { try_files $(static_file "$page") =404; }"$'\n'; done
    cat > "$work/static.conf" <<NGINX
worker_processes auto;
pid $work/static.pid;
error_log $work/static-error.log;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    access_log $work/static-access.log combined buffer=64k flush=5s; # as the front logs
    sendfile on;
    tcp_nopush on;
    gzip_static on;
    server {
        listen 127.0.0.1:$static_port;
        root $work/www;
$locations    }
}
NGINX
    PORTAL_LISTEN=127.0.0.1:$front_port PORTAL_SERVERS="server 127.0.0.1:$portal_port;" PORTAL_NGINX_DIR=$work/front \
        envsubst '${PORTAL_LISTEN} ${PORTAL_SERVERS} ${PORTAL_NGINX_DIR}' <src/main/deploy/nginx.conf >"$work/front.conf"
    local conf
    for conf in static front; do
        nginx -c "$work/$conf.conf" -p "$work" -g 'daemon off;' &
        nginx_pids+=($!)
    done
    until curl -sf -o /dev/null "http://127.0.0.1:$static_port$1" && curl -sf -o /dev/null "http://127.0.0.1:$front_port$1"; do sleep 0.2; done
    for page; do
        curl -sf -o /dev/null "http://127.0.0.1:$front_port$page" # a client without gzip first (a crawler, a script), as on a real site
    done
    same_bytes "$@"
    for page; do wrk -t2 -c32 -d10s "${gzip[@]}" "http://127.0.0.1:$front_port$page" >/dev/null 2>&1; done
}
