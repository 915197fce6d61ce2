#!/usr/bin/env bash
# Complaints, suggestions and 随手拍 (issue: every case tracked to a public answer), on PostgreSQL:
#
# 1. Submissions: CASES (default 10,000) cases sent through the resident's form (without photos)
#    by 32 concurrent clients, after WARMUP (2,000) unmeasured ones. Each comes from an address of
#    its own (X-Forwarded-For, the limits count per address) with a verified phone of its own and
#    the form's token, made here with the portal's own keys (read from its database) rather than
#    by text message and proof of work, as ballots.sh does: the bytes are the same, and the
#    benchmark measures the case, not an SMS gateway or a phone's CPU. Every answer must be the
#    redirect to the case's status page, and every case kept. Prints cases/s and their p99, and
#    pgbench's tpcb-like rate at 32 clients on the same server in the same run for scale.
# 2. The officer's inbox with INBOX (default 100,000) cases in the database (every department, a
#    fifth of those awaiting an answer overdue): GET /admin/cases.xhtml filtered by department and
#    overdue, sorted by deadline (the inbox's order), as an officer signed in opens it from a
#    bookmark, by INBOX_CLIENTS (default 4) officers at once who never pause. Target: p99 < 200 ms.
# 3. The public case list (/feedback) through nginx with the example configuration
#    (src/main/deploy/nginx.conf, its cache in front of the portal) against nginx serving the same
#    gzip bytes as a static file, as nginx-front.sh measures the news pages, and the news home
#    page the same way in the same run. Target: the news pages' ratio.
#
# RUNS (3) of each measurement, DURATION (20) seconds each; prints every run and the medians.
# PARTS (default "submissions inbox front") chooses which of the three to measure.
# Needs: a built WAR (mvn -q package -DskipTests), wrk, nginx (nginx-light), envsubst, pgbench,
# python3, PostgreSQL at 127.0.0.1:5432 as user postgres. Only localhost is ever targeted.
set -euo pipefail
export PORTAL_TRUSTED_PROXIES=127.0.0.1
GENERATED=${GENERATED:-100}
source "$(dirname "$0")/news-portal.sh"
cases=${CASES:-10000}
warmup=${WARMUP:-2000}
inbox=${INBOX:-100000}
inbox_clients=${INBOX_CLIENTS:-4}
parts=" ${PARTS:-submissions inbox front} "
for tool in pgbench python3; do command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 1; }; done
p99_of() {
    awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 }; print v }' "$1"
}

echo "generating $inbox cases..."
psql_ -d $db <<SQL
INSERT INTO feedback_case (kind, category_code, description, address, consent_publish, secret_hash, state, department, received_at, due_at,
    answered_at, reminded_at, escalated_at, supporters, reopened, changed_at, version)
SELECT (ARRAY['COMPLAINT','SUGGESTION','SNAPSHOT'])[1 + n % 3], g.code,
       '第' || n || '号诉求：小区门口的人行道砖块松动，下雨天踩上去溅一身泥水，老人孩子走路容易摔倒，希望尽快修复。', '滨河区人民路' || (n % 500) || '号',
       n % 2 = 0, 'bench', s.state, g.department, now() - (n % 400) * interval '1 day', due.at,
       CASE WHEN s.state IN ('ANSWERED', 'CLOSED') THEN now() - (n % 400) * interval '1 day' + interval '2 days' END,
       now(), now(), 0, 0, now(), 1 -- reminded and escalated already: the deadline watch has nothing to catch up on
FROM generate_series(1, $inbox) n
JOIN LATERAL (SELECT code, department FROM feedback_category ORDER BY position OFFSET n % 8 LIMIT 1) g ON TRUE
JOIN LATERAL (SELECT (ARRAY['RECEIVED','ACCEPTED','IN_PROGRESS','ANSWERED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','REJECTED'])[1 + n % 10] AS state) s ON TRUE
JOIN LATERAL (SELECT now() + CASE WHEN n % 5 = 0 THEN -(1 + n % 30) ELSE 1 + n % 10 END * interval '1 day' AS at) due ON TRUE;
UPDATE public_version SET changed_at = GREATEST(now(), changed_at + interval '1 millisecond');
ANALYZE;
SQL

# The keys the portal signs form tokens and phone proofs with: made by its first token, and here.
curl -s -o /dev/null "http://127.0.0.1:$portal_port/api/participation/form?name=feedback"
psql_ -d $db -c "INSERT INTO site_secret (name, secret) SELECT 'contact-proof', encode(decode(md5(random()::text) || md5(random()::text), 'hex'), 'base64')
                WHERE NOT EXISTS (SELECT 1 FROM site_secret WHERE name = 'contact-proof')"
form_key=$(psql_ -d $db -c "SELECT secret FROM site_secret WHERE name = 'form-token'")
proof_key=$(psql_ -d $db -c "SELECT secret FROM site_secret WHERE name = 'contact-proof'")

# One line per case: its address, visitor cookie and multipart body (CRLF written as "~").
write_cases() {
    local count=$1 first=$2 file=$3
    python3 - "$form_key" "$proof_key" "$count" "$first" "$file" <<'PY'
import base64, hashlib, hmac, os, sys, time
form_key, proof_key = base64.b64decode(sys.argv[1]), base64.b64decode(sys.argv[2])
count, first, path = int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
b64 = lambda raw: base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
sign = lambda key, text: b64(hmac.new(key, text.encode(), hashlib.sha256).digest())
categories = ["SANITATION", "TRAFFIC", "STREET_VENDING", "PUBLIC_FACILITIES", "NOISE", "UNCIVIL_BEHAVIOUR", "DAMAGED_ADS", "OTHER"]
opened = int(time.time()) - 60
with open(path, "w") as out:
    for i in range(count):
        n = first + i
        visitor = b64(os.urandom(16))
        proof = b64(("PHONE|138%08d|%d" % (n, opened)).encode())
        token = b64(("feedback|%s|%d|0|%s" % (visitor, opened, b64(os.urandom(16)))).encode())
        fields = [("case", "case"), ("case:kind", "COMPLAINT"), ("case:category", categories[n % 8]),
                  ("case:description", "第%d号：小区门口的路灯坏了一个星期，晚上一片漆黑，老人孩子走路很不安全，希望尽快修复。" % n),
                  ("case:address", "滨河区人民路%d号" % (n % 500)), ("case:latitude", ""), ("case:longitude", ""), ("case:contact", ""),
                  ("case:contactProof", proof + "." + sign(proof_key, proof)), ("case:consent", "on"), ("case:submit", "提交"),
                  ("jakarta.faces.ViewState", "stateless"), ("token", token + "." + sign(form_key, token)), ("answer", "0")]
        boundary = "----bench" + b64(os.urandom(9))
        body = "".join('--%s~Content-Disposition: form-data; name="%s"~~%s~' % (boundary, k, v) for k, v in fields) + "--%s--~" % boundary
        address = "10.%d.%d.%d" % (n // 62500 % 250, n // 250 % 250, 1 + n % 250)
        out.write("%s\t%s\t%s\t%s\n" % (address, visitor, boundary, body))
PY
}
cat > "$work/cases.lua" <<'LUA'
-- Each thread sends its share of the file's cases once, then stops (see ballots.sh).
local threads = {}
function setup(thread) table.insert(threads, thread); thread:set("index", #threads) end
function init(args)
    lines, step = {}, tonumber(args[2])
    for line in io.lines(args[1]) do table.insert(lines, line) end
    next_line = wrk.thread:get("index")
    checking = next_line == 1
end
local function case(n)
    local address, visitor, boundary, body = lines[n]:match("([^\t]+)\t([^\t]+)\t([^\t]+)\t(.+)")
    return wrk.format("POST", "/feedback/new", { ["Content-Type"] = "multipart/form-data; boundary=" .. boundary,
        ["X-Forwarded-For"] = address, ["Cookie"] = "portal_visitor=" .. visitor }, (body:gsub("~", "\r\n")))
end
request = function()
    if checking then checking = false; return case(next_line) end
    if next_line > #lines then wrk.thread:stop(); return wrk.format("GET", "/health/ready") end
    next_line = next_line + step
    return case(next_line - step)
end
response = function(status, headers, body)
    if status ~= 302 and status ~= 200 then io.stderr:write("refused: " .. status .. "\n") end
    if status == 200 and body:find("form%-messages") then io.stderr:write("refused: the form came back\n") end
end
LUA
kept_cases() { psql_ -d $db -c "SELECT COUNT(*) FROM feedback_case WHERE secret_hash <> 'bench'"; }
# Sends a file's cases at 32 connections until every one is kept; prints cases/s, p99, seconds.
submit() {
    local file=$1 count=$2 before; before=$(kept_cases)
    local start; start=$(date +%s.%N)
    wrk -t2 -c32 -d3600s --latency -s "$work/cases.lua" "http://127.0.0.1:$portal_port" -- "$file" 2 > "$work/cases.out" 2>&1 &
    local sending=$! kept=0
    while [ "$kept" -lt "$count" ] && kill -0 $sending 2>/dev/null; do
        sleep 1
        kept=$(( $(kept_cases) - before ))
    done
    local end; end=$(date +%s.%N)
    kill -INT $sending 2>/dev/null || true; wait $sending 2>/dev/null || true
    if grep -q 'refused' "$work/cases.out"; then echo "refused cases:" >&2; grep -m5 refused "$work/cases.out" >&2; exit 1; fi
    [ "$kept" = "$count" ] || { echo "$count cases sent, $kept kept" >&2; cat "$work/cases.out" >&2; exit 1; }
    awk -v n="$count" -v s="$start" -v e="$end" -v p="$(p99_of "$work/cases.out")" 'BEGIN { printf "%.0f %s %.1f\n", n / (e - s), p, e - s }'
}

if [[ $parts == *" submissions "* ]]; then
    pgdb=pgbench_cases_$$
    psql_ -d postgres -c "CREATE DATABASE $pgdb"
    trap 'psql_ -d postgres -c "DROP DATABASE IF EXISTS $pgdb WITH (FORCE)" || true; cleanup' EXIT
    pgbench -h 127.0.0.1 -U postgres -i -s 10 -q $pgdb >/dev/null 2>&1

    echo "warming up with $warmup cases (not measured)..."
    write_cases "$warmup" 0 "$work/warmup.txt"
    submit "$work/warmup.txt" "$warmup" >/dev/null
    phone=$warmup
    all_rate=(); all_p99=(); all_pg=()
    for i in $(seq 1 "$runs"); do
        write_cases "$cases" $phone "$work/run.txt"; phone=$((phone + cases))
        read -r rate p99 seconds < <(submit "$work/run.txt" "$cases")
        pg=$(pgbench -h 127.0.0.1 -U postgres -c 32 -j 2 -T 20 -n $pgdb 2>/dev/null | awk '/^tps/ { print $3; exit }')
        echo "$(date +%T) submissions run $i: $cases cases in $seconds s: $rate cases/s, p99 $p99 ms; pgbench tpcb-like $pg tps"
        all_rate+=("$rate"); all_p99+=("$p99"); all_pg+=("$pg")
    done
fi

if [[ $parts == *" inbox "* ]]; then
    # The officer's inbox, signed in as the first administrator.
    jar=$work/officer.jar
    base=http://127.0.0.1:$portal_port
    viewstate() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
    login=$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml")
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "signIn=signIn" --data-urlencode "signIn:username=admin" \
        --data-urlencode "signIn:password=bench-password-1" --data-urlencode "signIn:submit=submit" \
        --data-urlencode "signInToken=$(grep -o 'name="signInToken" value="[^"]*"' <<<"$login" | sed 's/.*value="//; s/"$//')" \
        --data-urlencode "jakarta.faces.ViewState=$(viewstate <<<"$login")" "$base/login.xhtml"
    session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -1)
    department=市城市管理局
    inbox_path="/admin/cases.xhtml?department=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$department")&overdue=true"
    page=$(curl -s -b "JSESSIONID=$session" "$base$inbox_path")
    grep -qE 'class="[^"]*\boverdue\b' <<<"$page" || { echo "the inbox shows no overdue case: not signed in, or nothing generated" >&2; echo "$page" | head -c 3000 >&2; exit 1; }
    overdue=$(psql_ -d $db -c "SELECT COUNT(*) FROM feedback_case WHERE department = '$department' AND due_at < now()
                                 AND state IN ('RECEIVED', 'ACCEPTED', 'IN_PROGRESS')")
    echo "inbox: $department, overdue: $overdue of $(psql_ -d $db -c 'SELECT COUNT(*) FROM feedback_case') cases"
    wrk -t2 -c"$inbox_clients" -d10s -H "Cookie: JSESSIONID=$session" "$base$inbox_path" >/dev/null 2>&1
    all_inbox_rps=(); all_inbox_p99=()
    for i in $(seq 1 "$runs"); do
        out=$(wrk -t2 -c"$inbox_clients" -d"${duration}s" --latency -H "Cookie: JSESSIONID=$session" "$base$inbox_path" 2>&1)
        grep -q 'Non-2xx' <<<"$out" && { echo "error answers from the inbox:" >&2; echo "$out" >&2; exit 1; }
        rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out"); p99=$(p99_of <(echo "$out"))
        echo "$(date +%T) inbox run $i: $rps pages/s, p99 $p99 ms"
        all_inbox_rps+=("$rps"); all_inbox_p99+=("$p99")
    done
fi

if [[ $parts == *" front "* ]]; then
    # The public case list, and the news home page for comparison, through nginx's cache, against
    # nginx serving the same gzip bytes as static files, in the same run (as nginx-front.sh).
    serve_through_nginx /feedback /
    declare -A rps
    for i in $(seq 1 "$runs"); do
        for page in /feedback /; do
            static=$(measure "${gzip[@]}" "http://127.0.0.1:$static_port$page")
            front=$(measure "${gzip[@]}" "http://127.0.0.1:$front_port$page")
            echo "$(date +%T) run $i $page: static $(cut -d' ' -f1 <<<"$static") req/s, through nginx $(cut -d' ' -f1 <<<"$front") req/s (p99 $(cut -d' ' -f2 <<<"$front") ms)"
            rps[static$page]+=" $(cut -d' ' -f1 <<<"$static")"; rps[front$page]+=" $(cut -d' ' -f1 <<<"$front")"
        done
    done
fi

echo
echo "medians of $runs runs (PostgreSQL, $inbox generated cases besides those sent):"
[[ $parts == *" submissions "* ]] && echo "  submissions: $(median "${all_rate[@]}") cases/s at 32 clients, p99 $(median "${all_p99[@]}") ms; pgbench tpcb-like $(median "${all_pg[@]}") tps" \
    "($(awk -v a="$(median "${all_rate[@]}")" -v b="$(median "${all_pg[@]}")" 'BEGIN { printf "%.1f", 100 * a / b }') %)"
[[ $parts == *" inbox "* ]] && echo "  inbox ($department, overdue, by deadline): $(median "${all_inbox_rps[@]}") pages/s at $inbox_clients clients, p99 $(median "${all_inbox_p99[@]}") ms (target: < 200 ms)"
if [[ $parts == *" front "* ]]; then
    for page in /feedback /; do
        awk -v f="$(median ${rps[front$page]})" -v s="$(median ${rps[static$page]})" -v page="$page" \
            'BEGIN { printf "  %-9s through nginx %.1f req/s, static %.1f req/s: %.1f %%\n", page, f, s, 100 * f / s }'
    done
    echo "  (target: the public case list at the news pages' ratio)"
fi
