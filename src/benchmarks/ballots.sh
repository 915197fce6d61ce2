#!/usr/bin/env bash
# A city's vote (issue: 道德模范 campaigns): VOTERS (100,000, the seeds' figure) voters each
# casting one ballot of 10 choices, at 64 concurrent clients on PostgreSQL with every rule and
# fraud signal on (the verified phone's proof, the form's token, the ballot's rules, the key
# per voter, every signal's query), while readers load the results page (the running tally)
# ten times a second. Prints ballots accepted per second, their p99, the whole vote's time
# and the results page's p99, against pgbench's tpcb-like rate on the same server in the same
# run. Target: the whole vote in under 3.5 minutes (>= 500 ballots/s), p99 < 100 ms, results
# p99 < 50 ms.
#
# Two figures per run, because 64 clients that never pause cannot show both targets at once:
# their ballots queue, so by Little's law their mean wait is 64 / rate (128 ms at 500 ballots/s),
# whatever the portal does. The whole vote is sent that way (its rate, time and p99); then
# PACED (30,000) more voters come at the target rate RATE (500/s): the same 64 clients, each
# pausing between ballots (64 / RATE, less the ~10 ms a ballot takes unqueued), and their p99
# is what a city's voters would see at that rate. The script prints the rate they reached.
#
# Voters and readers go through nginx with the example configuration (src/main/deploy/nginx.conf),
# as a city runs the portal: the running tally may be answered from nginx's copy for a second,
# the ballots pass through to the portal.
#
# The voters' phone proofs and form tokens are made here with the portal's own keys (read
# from its database) rather than by text message and proof of work: the bytes are the same,
# and the benchmark measures the ballot, not an SMS gateway or a phone's CPU. Each voter has
# a phone, a visitor cookie and an address of its own (4 voters per /24: below the night-time
# threshold per /24, so the vote counts whatever the hour the benchmark runs; every signal's
# query still runs for every ballot); their page was "open" a minute. Every answer must be the 303 to a receipt. RUNS (3)
# votes, each in a new campaign of 50 candidates, after an unmeasured warm-up vote of WARMUP
# (20,000) ballots; prints every run and the medians.
#
# Needs: a built WAR (mvn -q package -DskipTests), wrk, nginx (nginx-light), envsubst, pgbench, python3, PostgreSQL at
# 127.0.0.1:5432 as user postgres. Only localhost is ever targeted.
set -euo pipefail
export PORTAL_TRUSTED_PROXIES=127.0.0.1
GENERATED=${GENERATED:-100}
source "$(dirname "$0")/news-portal.sh"
voters=${VOTERS:-100000}
warmup=${WARMUP:-20000}
paced=${PACED:-30000}
target_rate=${RATE:-500}
pause=$((64000 / target_rate - 10))
command -v pgbench >/dev/null || { echo "pgbench is missing" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is missing" >&2; exit 1; }

command -v envsubst >/dev/null || { echo "envsubst is missing (apt-get install gettext-base)" >&2; exit 1; }
front_port=$((portal_port + 3))
mkdir -p "$work/front"
PORTAL_LISTEN=127.0.0.1:$front_port PORTAL_SERVERS="server 127.0.0.1:$portal_port;" PORTAL_NGINX_DIR=$work/front \
    envsubst '${PORTAL_LISTEN} ${PORTAL_SERVERS} ${PORTAL_NGINX_DIR}' <src/main/deploy/nginx.conf >"$work/front.conf"
nginx -c "$work/front.conf" -p "$work" -g 'daemon off;' &
nginx_pids+=($!)
until curl -sf -o /dev/null "http://127.0.0.1:$front_port/"; do sleep 0.2; done

# The keys the portal signs tokens and phone proofs with: made by its first token, and here.
curl -s -o /dev/null "http://127.0.0.1:$portal_port/api/participation/form?name=ballot"
psql_ -d $db -c "INSERT INTO site_secret (name, secret) SELECT 'contact-proof', encode(decode(md5(random()::text) || md5(random()::text), 'hex'), 'base64')
                WHERE NOT EXISTS (SELECT 1 FROM site_secret WHERE name = 'contact-proof')"
form_key=$(psql_ -d $db -c "SELECT secret FROM site_secret WHERE name = 'form-token'")
proof_key=$(psql_ -d $db -c "SELECT secret FROM site_secret WHERE name = 'contact-proof'")

# A campaign voting now (the official rule: at most 10 per category, 50 in all, once per
# voter; tally public), 10 candidates in each of the 5 categories. Prints its slug.
new_campaign() {
    local slug=bench-$1-$$
    psql_ -d $db <<SQL >/dev/null
INSERT INTO campaign (slug, title, summary, phase, launched_at, nominations_from, review_from, notice_from, voting_from, counting_from,
    results_from, archived_from, max_per_category, max_total, ballot_frequency, voter_check, tally_public, public_weight, jury_size, changed_at, version)
VALUES ('$slug', '基准评选 $slug', '基准测试。', 'VOTING', now() - interval '40 days', now() - interval '40 days', now() - interval '30 days',
    now() - interval '20 days', now() - interval '1 day', now() + interval '3 days', now() + interval '4 days', now() + interval '60 days',
    10, 50, 'ONCE', 'PHONE', TRUE, 100, 0, now(), 1);
INSERT INTO campaign_category (campaign_id, position, code, name, seats)
SELECT c.id, k, (ARRAY['HELPING_OTHERS','COURAGE','HONESTY','DEDICATION','FAMILY'])[k + 1], (ARRAY['助人为乐','见义勇为','诚实守信','敬业奉献','孝老爱亲'])[k + 1], 2
FROM campaign c, generate_series(0, 4) k WHERE c.slug = '$slug';
INSERT INTO campaign_nominee (campaign_id, category_id, number, name, district, story, source, unit_name, status, submitted_at, changed_at, version)
SELECT g.campaign_id, g.id, g.position * 10 + n, '候选人' || (g.position * 10 + n), '滨河区', repeat('热心帮助邻里，照顾独居老人，组织志愿服务。', 5),
       'UNIT', '江川市总工会', 'PASSED', now(), now(), 1
FROM campaign_category g JOIN campaign c ON c.id = g.campaign_id, generate_series(1, 10) n WHERE c.slug = '$slug';
ANALYZE;
SQL
    echo "$slug"
}

# One line per voter: address, cookie and the form's body, tab-separated.
write_ballots() {
    local slug=$1 count=$2 first_phone=$3 file=$4
    local ids; ids=$(psql_ -d $db -c "SELECT string_agg(n.id::text, ',') FROM campaign_nominee n JOIN campaign c ON c.id = n.campaign_id WHERE c.slug = '$slug'")
    python3 - "$form_key" "$proof_key" "$ids" "$count" "$first_phone" "$file" <<'PY'
import base64, hashlib, hmac, os, random, sys, time
form_key, proof_key = base64.b64decode(sys.argv[1]), base64.b64decode(sys.argv[2])
ids, count, first, path = sys.argv[3].split(","), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
b64 = lambda raw: base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
sign = lambda key, text: b64(hmac.new(key, text.encode(), hashlib.sha256).digest())
opened = int(time.time()) - 60
with open(path, "w") as out:
    for i in range(count):
        visitor = b64(os.urandom(16))
        proof = b64(("PHONE|139%08d|%d" % (first + i, opened)).encode())
        token = b64(("ballot|%s|%d|0|%s" % (visitor, opened, b64(os.urandom(16)))).encode())
        subnet = (first + i) // 4
        address = "10.%d.%d.%d" % (subnet // 250 % 250, subnet % 250, 1 + i % 4)
        picks = "&".join("pick=" + p for p in random.sample(ids, 10))
        body = "%s&contactProof=%s.%s&token=%s.%s&answer=0" % (picks, proof, sign(proof_key, proof), token, sign(form_key, token))
        out.write("%s\t%s\t%s\n" % (address, visitor, body))
PY
}

cat > "$work/ballots.lua" <<'LUA'
-- Each thread sends its share of the file's ballots once, then stops. wrk asks the first
-- thread for one request before it starts, to check the script, and never sends it: that
-- request is built without moving on.
local threads = {}
function setup(thread) table.insert(threads, thread); thread:set("index", #threads) end
function init(args)
    lines, step, pause = {}, tonumber(args[2]), tonumber(args[3])
    for line in io.lines(args[1]) do table.insert(lines, line) end
    next_line = wrk.thread:get("index")
    checking = next_line == 1
end
local function ballot(n)
    local address, visitor, body = lines[n]:match("([^\t]+)\t([^\t]+)\t(.+)")
    return wrk.format("POST", path, { ["Content-Type"] = "application/x-www-form-urlencoded", ["X-Forwarded-For"] = address,
        ["Cookie"] = "portal_visitor=" .. visitor }, body)
end
-- A voter's pause before its next ballot (0: none).
function delay() return pause end
request = function()
    if checking then checking = false; return ballot(next_line) end
    if next_line > #lines then wrk.thread:stop(); return wrk.format("GET", "/health/ready") end
    next_line = next_line + step
    return ballot(next_line - step)
end
LUA

# Sends a file's ballots at 64 connections, each pausing $4 ms (none if not given) between its
# ballots, while readers load the results, until every ballot is kept (wrk runs until
# interrupted); prints ballots/s, their p99, seconds, the results page's p99.
vote() {
    local slug=$1 file=$2 count=$3 pause=${4:-0}
    local lua="$work/ballots-$slug.lua"
    { echo "path = '/campaigns/$slug/vote'"; cat "$work/ballots.lua"; } > "$lua"
    # Readers open the results page ten times a second (a city's readers, not a closed loop that would take the voters' CPU).
    (while :; do curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$front_port/campaigns/$slug/results"; sleep 0.1; done) > "$work/results.times" &
    local readers=$!
    local start; start=$(date +%s.%N)
    wrk -t2 -c64 -d3600s --latency -s "$lua" "http://127.0.0.1:$front_port" -- "$file" 2 "$pause" > "$work/vote.out" 2>&1 &
    local voting=$!
    local kept=0
    while [ "$kept" -lt "$count" ] && kill -0 $voting 2>/dev/null; do
        sleep 1 # counting the kept ballots costs the server too: once a second
        kept=$(psql_ -d $db -c "SELECT COUNT(*) FROM ballot b JOIN campaign c ON c.id = b.campaign_id WHERE c.slug = '$slug'")
    done
    local end; end=$(date +%s.%N)
    kill -INT $voting 2>/dev/null || true; kill $readers 2>/dev/null || true; wait $voting $readers 2>/dev/null || true
    if grep -q 'Non-2xx' "$work/vote.out"; then echo "refused ballots:" >&2; cat "$work/vote.out" >&2; exit 1; fi
    [ "$kept" = "$count" ] || { echo "$count ballots sent, $kept kept" >&2; cat "$work/vote.out" >&2; exit 1; }
    local p99; p99=$(p99_of "$work/vote.out")
    local results_p99; results_p99=$(sort -g "$work/results.times" | awk '{ a[NR] = $1 } END { i = int(NR * 0.99); if (i < 1) i = 1; printf "%.1f", a[i] * 1000 }')
    awk -v n="$count" -v s="$start" -v e="$end" -v p="$p99" -v r="$results_p99" 'BEGIN { printf "%.0f %s %.1f %s\n", n / (e - s), p, e - s, r }'
}
p99_of() {
    awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 }; print v }' "$1"
}

pgdb=pgbench_bench_$$
psql_ -d postgres -c "CREATE DATABASE $pgdb"
trap 'psql_ -d postgres -c "DROP DATABASE IF EXISTS $pgdb WITH (FORCE)" || true; cleanup' EXIT
pgbench -h 127.0.0.1 -U postgres -i -s 10 -q $pgdb >/dev/null 2>&1

phone=0
if [ "$warmup" -gt 0 ]; then
    echo "warming up with $warmup ballots (not measured)..."
    slug=$(new_campaign warmup); write_ballots "$slug" "$warmup" $phone "$work/warmup.txt"; phone=$((phone + warmup))
    vote "$slug" "$work/warmup.txt" "$warmup" >/dev/null
fi
all_rate=(); all_p99=(); all_time=(); all_results=(); all_pg=(); all_paced_rate=(); all_paced_p99=()
for i in $(seq 1 "$runs"); do
    slug=$(new_campaign "run$i"); write_ballots "$slug" "$voters" $phone "$work/run.txt"; phone=$((phone + voters))
    read -r rate p99 seconds results < <(vote "$slug" "$work/run.txt" "$voters")
    slug=$(new_campaign "paced$i"); write_ballots "$slug" "$paced" $phone "$work/paced.txt"; phone=$((phone + paced))
    read -r paced_rate paced_p99 _ _ < <(vote "$slug" "$work/paced.txt" "$paced" "$pause")
    pg=$(pgbench -h 127.0.0.1 -U postgres -c 64 -j 2 -T 30 -n $pgdb 2>/dev/null | awk '/^tps/ { print $3; exit }')
    echo "run $i: $voters ballots in $seconds s: $rate ballots/s (p99 $p99 ms), results page p99 $results ms; pgbench tpcb-like $pg tps," \
        "ratio $(awk -v a="$rate" -v b="$pg" 'BEGIN { printf "%.1f", 100 * a / b }') %; at $target_rate/s: $paced ballots at $paced_rate/s, p99 $paced_p99 ms"
    all_rate+=("$rate"); all_p99+=("$p99"); all_time+=("$seconds"); all_results+=("$results"); all_pg+=("$pg"); all_paced_rate+=("$paced_rate"); all_paced_p99+=("$paced_p99")
done
flagged=$(psql_ -d $db -c "SELECT COUNT(*) FILTER (WHERE status = 'COUNTED') || ' counted, ' || COUNT(*) FILTER (WHERE status = 'SET_ASIDE') || ' set aside'
    FROM ballot b JOIN campaign c ON c.id = b.campaign_id WHERE c.slug LIKE 'bench-run%' OR c.slug LIKE 'bench-paced%'")
echo "median of $runs: $(median "${all_rate[@]}") ballots/s, p99 $(median "${all_p99[@]}") ms, the whole vote $(median "${all_time[@]}") s," \
    "results page p99 $(median "${all_results[@]}") ms; pgbench $(median "${all_pg[@]}") tps," \
    "ratio $(awk -v a="$(median "${all_rate[@]}")" -v b="$(median "${all_pg[@]}")" 'BEGIN { printf "%.1f", 100 * a / b }') %; at $target_rate/s: $(median "${all_paced_rate[@]}") ballots/s, p99 $(median "${all_paced_p99[@]}") ms; ballots $flagged"
