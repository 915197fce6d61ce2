#!/usr/bin/env bash
# Search benchmark (issue: Lucene search), on PostgreSQL with the demo content plus
# GENERATED (default 100000) articles made by recombining the shared corpus's
# paragraphs with a fixed seed (java/GenerateArticles.java). Measures, RUNS times
# (default 3) each (the rebuild REBUILD_RUNS times, default RUNS), and prints every run
# and the medians:
#  1. full rebuild rate: the portal started with no index rebuilds it from the database;
#  2. GET /api/search latency (p50/p99) with 16 concurrent clients (wrk, DURATION s, after
#     WARMUP s, default 60, of unmeasured load: the server's JIT needs that long on two
#     processors busy with searching) over search-queries.txt, and the same queries through the
#     portal's own Search class in-process over the same index (java/.../SearchLatency.java);
#  3. publish-to-searchable: an article saved, submitted and approved through the staff
#     pages (plain form posts), then the time until /api/search finds it (median of 20).
#
# Needs: a built WAR (mvn -q package -DskipTests), wrk, jq, PostgreSQL at 127.0.0.1:5432 as user
# postgres (PGPASSWORD if needed). Only localhost is ever targeted.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
runs=${RUNS:-3}; duration=${DURATION:-20}; generated=${GENERATED:-100000}; clients=16
rebuild_runs=${REBUILD_RUNS:-$runs}; warmup=${WARMUP:-60}
port=18083
db=portal_search_bench_$$
work=$(mktemp -d)
base="http://127.0.0.1:$port"
psql_() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
for tool in wrk psql curl jq java javac mvn; do command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 1; }; done
[ -f target/portal.war ] && [ -f target/payara-micro.jar ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }
payara_pid=
cleanup() {
    [ -n "$payara_pid" ] && kill "$payara_pid" 2>/dev/null && wait "$payara_pid" 2>/dev/null || true
    psql_ -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true
    rm -rf "$work"
}
trap cleanup EXIT

start_portal() {
    (cd "$work" && PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" PORTAL_DB_USER=postgres PORTAL_DB_PASSWORD="${PGPASSWORD:-}" \
        PORTAL_ADMIN_PASSWORD=bench-password-1 PORTAL_NEWS_SELF_APPROVAL=true \
        PORTAL_MEDIA_DIR="$work/media" PORTAL_INDEX_DIR="$work/index" \
        exec java -Xmx2g -jar "$root/target/payara-micro.jar" --nohazelcast --disablephonehome --port $port --contextroot / \
        --prebootcommandfile "$root/src/main/payara/pre-boot-commands.asadmin" \
        --logproperties "$root/src/main/payara/logging.properties" --deploy "$root/target/portal.war" >>"$work/payara.log" 2>&1) &
    payara_pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' $base/health/ready)" = 200 ]; do
        kill -0 $payara_pid 2>/dev/null || { tail -50 "$work/payara.log" >&2; exit 1; }; sleep 0.5
    done
}
stop_portal() { kill "$payara_pid"; wait "$payara_pid" 2>/dev/null || true; payara_pid=; }
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
rebuilds() { grep -c 'event=search-index-rebuilt' "$work/payara.log" || true; }
# Until the portal's process has used under 5 % of one processor for 5 s: after a rebuild,
# Lucene goes on merging segments in the background, which is not what searches cost.
wait_idle() {
    local hz; hz=$(getconf CLK_TCK)
    while :; do
        local before after
        before=$(awk '{ print $14 + $15 }' "/proc/$payara_pid/stat"); sleep 5; after=$(awk '{ print $14 + $15 }' "/proc/$payara_pid/stat")
        [ $(( (after - before) * 100 / (5 * hz) )) -lt 5 ] && return
    done
}

psql_ -d postgres -c "CREATE DATABASE $db ENCODING 'UTF8' TEMPLATE template0"
echo "starting the portal on PostgreSQL ($db)..."
start_portal

echo "generating $generated articles from the shared corpus..."
java src/benchmarks/java/GenerateArticles.java ../shared/corpus "$generated" "$work/articles.tsv"
psql_ -d $db <<SQL
CREATE TABLE bench_source (n SERIAL, title TEXT, summary TEXT, body TEXT);
\copy bench_source (title, summary, body) FROM '$work/articles.tsv'
INSERT INTO article (channel_id, status, created_by, pinned, headline, first_published_at, public_changed_at, view_count, created_at, updated_at, version)
SELECT 1 + (n % 5), 'PUBLISHED', 'bench-' || n, FALSE, FALSE, now() - n * interval '7 minutes', now() - n * interval '7 minutes', 0, now(), now(), 1
FROM bench_source;
INSERT INTO article_revision (article_id, number, title, summary, body, channel_id, pinned, headline, saved_by, saved_at)
SELECT a.id, 1, s.title, s.summary, s.body, a.channel_id, FALSE, FALSE, 'bench', now()
FROM article a JOIN bench_source s ON a.created_by = 'bench-' || s.n;
UPDATE article a SET current_revision_id = r.id, published_revision_id = r.id FROM article_revision r
WHERE r.article_id = a.id AND a.created_by LIKE 'bench-%';
DROP TABLE bench_source;
ANALYZE;
SQL
total=$(psql_ -d $db -c "SELECT COUNT(*) FROM article WHERE published_revision_id IS NOT NULL")
echo "public articles: $total"

# 1. Rebuild: a start with no index rebuilds it from the database in the background.
rates=""
for i in $(seq 1 "$rebuild_runs"); do
    stop_portal
    rm -rf "$work/index"
    before=$(rebuilds)
    start_portal
    until [ "$(rebuilds)" -gt "$before" ]; do sleep 1; done
    line=$(grep 'event=search-index-rebuilt' "$work/payara.log" | tail -1)
    rate=$(sed -E 's/.*rate=([0-9]+).*/\1/' <<<"$line"); seconds=$(sed -E 's/.*seconds=([0-9.]+).*/\1/' <<<"$line")
    documents=$(sed -E 's/.*documents=([0-9]+).*/\1/' <<<"$line")
    echo "run $i rebuild: $documents documents in $seconds s = $rate articles/s"
    rates+=" $rate"
done
echo "waiting for the index's background merging to finish..."
wait_idle

# 2. Latency: HTTP through wrk, and in-process over the same index directory.
lua="$work/queries.lua"
{
    echo 'local queries = {'
    while IFS= read -r q; do [ -n "$q" ] && printf '  "/api/search?q=%s",\n' "$(jq -rn --arg q "$q" '$q|@uri')"; done < src/benchmarks/search-queries.txt
    echo '}'
    echo 'local i = 0'
    echo 'request = function() i = i + 1; return wrk.format("GET", queries[(i % #queries) + 1]) end'
} > "$lua"
cp=$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=compile)
javac -d "$work/bench-classes" -cp "target/classes:$cp" src/benchmarks/java/city/civility/portal/search/SearchLatency.java
latency_ms() { awk -v want="$1" '$1 == want { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 }; print v }'; }
wrk -t2 -c$clients -d"${warmup}s" -s "$lua" "$base" >/dev/null 2>&1 # warm-up, not measured
http50=""; http99=""; in50=""; in99=""
for i in $(seq 1 "$runs"); do
    out=$(wrk -t2 -c$clients -d"${duration}s" --latency -s "$lua" "$base" 2>&1)
    p50=$(latency_ms 50% <<<"$out"); p99=$(latency_ms 99% <<<"$out"); rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
    errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" || true)
    echo "run $i HTTP: $rps req/s, p50 $p50 ms, p99 $p99 ms ${errors:+($errors)}"
    http50+=" $p50"; http99+=" $p99"
    out=$(java -Xmx1g -cp "$work/bench-classes:target/classes:$cp" city.civility.portal.search.SearchLatency \
        "$work/index" src/benchmarks/search-queries.txt $clients "$duration")
    p50=$(sed -E 's/.*p50 ([0-9.]+) ms.*/\1/' <<<"$out"); p99=$(sed -E 's/.*p99 ([0-9.]+) ms.*/\1/' <<<"$out")
    echo "run $i $out"
    in50+=" $p50"; in99+=" $p99"
done

# 3. Publish-to-searchable through the staff pages (self-approval on for this benchmark).
jar="$work/cookies"
viewstate() { grep -m1 -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | sed -E 's/.*value="([^"]*)"/\1/'; }
login=$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml") # the sign-in form's token goes with its cookie (SignInForm)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "signIn=signIn" --data-urlencode "signIn:username=admin" \
    --data-urlencode "signIn:password=bench-password-1" --data-urlencode "signIn:submit=submit" \
    --data-urlencode "signInToken=$(grep -o 'name="signInToken" value="[^"]*"' <<<"$login" | sed 's/.*value="//; s/"$//')" \
    --data-urlencode "jakarta.faces.ViewState=$(viewstate <<<"$login")" "$base/login.xhtml"
channel=$(psql_ -d $db -c "SELECT id FROM channel WHERE slug = 'news'")
fields() {
    printf '%s\n' "article=article" "article:title=$1" "article:subtitle=" "article:channel_input=$channel" "article:author=" \
        "article:source=" "article:summary=" "article:body_input=<p>$1：市民自发组织的文明劝导活动。</p>" "article:tags="
}
post() { # url, then name=value lines on stdin
    local args=(); while IFS= read -r line; do args+=(--data-urlencode "$line"); done
    curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "${args[@]}" "$1"
}
times=""
for i in $(seq 1 20); do
    word="基准测试词$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n' | tr '0-9' 'g-p')"
    vs=$(viewstate <<<"$(curl -s -c "$jar" -b "$jar" "$base/admin/article.xhtml")")
    location=$( { fields "$word"; echo "article:save=article:save"; echo "jakarta.faces.ViewState=$vs"; } | post "$base/admin/article.xhtml")
    id=$(sed -E 's/.*id=([0-9]+).*/\1/' <<<"$location")
    [[ "$id" =~ ^[0-9]+$ ]] || { echo "saving through the editor failed: $location" >&2; exit 1; }
    vs=$(viewstate <<<"$(curl -s -c "$jar" -b "$jar" "$base/admin/article.xhtml?id=$id")")
    { fields "$word"; echo "article:submit=article:submit"; echo "jakarta.faces.ViewState=$vs"; } | post "$base/admin/article.xhtml?id=$id" >/dev/null
    vs=$(viewstate <<<"$(curl -s -c "$jar" -b "$jar" "$base/admin/article.xhtml?id=$id")")
    printf '%s\n' "review=review" "review:publishAt_input=" "review:reason=" "review:approve=review:approve" "jakarta.faces.ViewState=$vs" \
        | post "$base/admin/article.xhtml?id=$id" >/dev/null
    start=$(date +%s%N)
    query=$(jq -rn --arg q "$word" '$q|@uri')
    until [[ "$(curl -s "$base/api/search?q=$query")" == *'"total":1'* ]]; do
        [ $(( ($(date +%s%N) - start) / 1000000 )) -lt 10000 ] || { echo "article $id never became searchable" >&2; exit 1; }
    done
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    times+=" $ms"
done
echo "publish-to-searchable (ms, 20 articles):$times"

echo
echo "medians of $runs runs (PostgreSQL, $total public articles, $clients clients, ${duration}s):"
printf '  rebuild                  %8.0f articles/s (of %s)\n' "$(median $rates)" "$rebuild_runs"
printf '  HTTP /api/search         p50 %7.2f ms   p99 %7.2f ms\n' "$(median $http50)" "$(median $http99)"
printf '  in-process Search        p50 %7.2f ms   p99 %7.2f ms\n' "$(median $in50)" "$(median $in99)"
awk -v h="$(median $http50)" -v p="$(median $in50)" 'BEGIN { printf "  HTTP p50 / in-process p50 = %.2f\n", h / p }'
printf '  publish-to-searchable    median %s ms (of 20)\n' "$(median $times)"
