#!/usr/bin/env bash
# Likes (点赞) accepted per second at 64 concurrent clients on PostgreSQL, all rules on
# (the visitor cookie, one like per entry, visitor and day refused by the database's key,
# the per-address limits, the round's window), against pgbench's simple-update rate on the
# same server in the same run (issue: 身边好人). Target: >= 2,000 likes/s or >= 30 % of
# pgbench, p99 < 50 ms.
#
# Each like comes from a new visitor (a random cookie) at a random address behind the trusted
# proxy, to one of CANDIDATES (default 200) candidates of the current round; every answer must
# be a 200 (any refusal ends the benchmark). RUNS (3) runs of DURATION (20) s each, after an
# unmeasured warm-up of WARMUP (60) s: the steady state of a server that has been running (the
# JIT compiles the hot paths fully only after many thousand calls, see jvm.options); prints
# every run, the medians and the ratio. The round's window is set to
# the whole month, so the benchmark runs on any day.
#
# Needs: a built WAR (mvn -q package -DskipTests), wrk, pgbench, PostgreSQL at 127.0.0.1:5432
# as user postgres. Only localhost is ever targeted.
set -euo pipefail
export PORTAL_TRUSTED_PROXIES=127.0.0.1 PORTAL_GOODPEOPLE_LIKES_FROM=1 PORTAL_GOODPEOPLE_LIKES_UNTIL=31
GENERATED=${GENERATED:-100}
source "$(dirname "$0")/news-portal.sh"
candidates=${CANDIDATES:-200}
command -v pgbench >/dev/null || { echo "pgbench is missing" >&2; exit 1; }

month=$(TZ=Asia/Shanghai date +%Y-%m)
psql_ -d $db <<SQL
INSERT INTO good_person (tracking_number, status, nominee_name, district, category, story, consent, nominator_name,
    nominator_contact, submitted_at, decided_at, changed_at, version, round_month)
SELECT 'GP-BENCH-' || n, 'APPROVED', '测试候选人' || n, '滨河区', 'HELPING_OTHERS',
       repeat('热心帮助邻里，照顾独居老人，组织志愿服务。', 5), TRUE, 'bench', '13800000000', now(), now(), now(), 1, '$month'
FROM generate_series(1, $candidates) n;
ANALYZE;
SQL
ids=$(psql_ -d $db -c "SELECT string_agg(id::text, ',') FROM good_person WHERE nominator_name = 'bench'")

cat > "$work/likes.lua" <<LUA
local ids = {$ids}
local chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
local threads = 0
function setup(thread) threads = threads + 1; thread:set("id", threads) end
function init(args) math.randomseed(os.time() * 100 + wrk.thread:get("id")) end
local function visitor()
    local t = {}
    for i = 1, 22 do local k = math.random(1, 64); t[i] = chars:sub(k, k) end
    return table.concat(t)
end
request = function()
    local id = ids[math.random(1, #ids)]
    local headers = {
        ["Cookie"] = "portal_visitor=" .. visitor(),
        ["X-Forwarded-For"] = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254),
        ["Accept"] = "application/json"
    }
    return wrk.format("POST", "/api/goodpeople/likes/" .. id, headers, "")
end
LUA

# pgbench's own database on the same server.
pgdb=pgbench_bench_$$
psql_ -d postgres -c "CREATE DATABASE $pgdb"
trap 'psql_ -d postgres -c "DROP DATABASE IF EXISTS $pgdb WITH (FORCE)" || true; cleanup' EXIT
pgbench -h 127.0.0.1 -U postgres -i -s 10 -q $pgdb >/dev/null 2>&1

likes_measure() {
    local out; out=$(wrk -t2 -c64 -d"${duration}s" --latency -s "$work/likes.lua" "http://127.0.0.1:$portal_port" 2>&1)
    if grep -q 'Non-2xx' <<<"$out"; then echo "refused likes while measuring:" >&2; echo "$out" >&2; exit 1; fi
    local rps; rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
    local p99; p99=$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 }; print v }' <<<"$out")
    echo "$rps $p99"
}

echo "warming up (not measured)..."
DURATION_SAVED=$duration; duration=${WARMUP:-60}; likes_measure >/dev/null; duration=$DURATION_SAVED

all_likes=(); all_p99=(); all_pg=()
for i in $(seq 1 "$runs"); do
    read -r rps p99 < <(likes_measure)
    pg=$(pgbench -h 127.0.0.1 -U postgres -b simple-update -c 64 -j 2 -T "$duration" -n $pgdb 2>/dev/null | awk '/^tps/ { print $3; exit }')
    echo "run $i: likes $rps/s (p99 ${p99} ms), pgbench simple-update $pg tps, ratio $(awk -v a="$rps" -v b="$pg" 'BEGIN { printf "%.1f", 100 * a / b }') %"
    all_likes+=("$rps"); all_p99+=("$p99"); all_pg+=("$pg")
done
counted=$(psql_ -d $db -c "SELECT SUM(likes) || ' likes counted, ' || (SELECT COUNT(*) FROM good_person_like l JOIN good_person g
    ON g.id = l.good_person_id WHERE g.nominator_name = 'bench') || ' kept' FROM good_person WHERE nominator_name = 'bench'")
echo "median of $runs: likes $(median "${all_likes[@]}")/s, p99 $(median "${all_p99[@]}") ms, pgbench $(median "${all_pg[@]}") tps," \
    "ratio $(awk -v a="$(median "${all_likes[@]}")" -v b="$(median "${all_pg[@]}")" 'BEGIN { printf "%.1f", 100 * a / b }') %; $counted"
