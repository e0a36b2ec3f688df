#!/usr/bin/env bash
# Scale-out check (issue 13): two toitsu instances on one machine against one PostgreSQL database.
#   usage: ops/two-instances.sh JAR JDBC_URL OWNER_ROLE OWNER_PASSWORD APP_ROLE APP_PASSWORD [SECONDS]
# 1. a user signs in (password + TOTP) on instance A; the session cookie alone opens a page on instance B
#    (sessions are in PostgreSQL);
# 2. the reminder job is scheduled every 10 s on both instances for SECONDS (default 130): ShedLock lets one
#    instance run it per lock period (lockAtLeastFor 1 min), the other skips; the job counters of both instances
#    (Prometheus toitsu_jobs_total) show it.
# The database should be empty or a demo database: the instances run in demo mode.
set -euo pipefail
jar=$1 url=$2 owner=$3 owner_password=$4 app=$5 app_password=$6 seconds=${7:-130}
token=two-instances-scrape-$$
logs=$(mktemp -d)
pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT

start() { # PORT
  SPRING_DATASOURCE_URL=$url SPRING_DATASOURCE_USERNAME=$app SPRING_DATASOURCE_PASSWORD=$app_password \
    SPRING_FLYWAY_USER=$owner SPRING_FLYWAY_PASSWORD=$owner_password TOITSU_DEMO_ENABLED=true \
    TOITSU_SECRET_KEY=two-instances-secret-key-0123456789abcdef TOITSU_METRICS_SCRAPE_TOKEN=$token \
    TOITSU_WORKFLOW_REMINDERS_CRON='*/10 * * * * *' SERVER_PORT=$1 \
    java -jar "$jar" >"$logs/$1.log" 2>&1 &
  pids+=($!)
}
ready() { # PORT
  for _ in $(seq 1 180); do
    curl -sf "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null && return 0
    sleep 1
  done
  echo "instance on port $1 did not become ready; log: $logs/$1.log" >&2
  tail -30 "$logs/$1.log" >&2
  return 1
}
jobs_of() { # PORT OUTCOME
  curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$1/actuator/prometheus" |
    awk -v o="$2" '/^toitsu_jobs_total\{/ && /job="workflow-reminders"/ && $0 ~ "outcome=\"" o "\"" {s += $NF} END {print s + 0}'
}

start 18081
ready 18081 # the first instance migrates and loads the demo data alone
start 18082
ready 18082
started_at=$(date +%s)

cookie=$(python3 "$(dirname "$0")/../perf/signin.py" http://127.0.0.1:18081 ciso toitsu-demo-2026 JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP)
page=$(curl -sf -H "Cookie: $cookie" http://127.0.0.1:18082/account)
if grep -q 'ciso' <<<"$page"; then
  echo "session: signed in on A (18081), the cookie alone opened /account on B (18082) as ciso"
else
  echo "session: B did not recognise the session made on A" >&2
  exit 1
fi

sleep $((seconds - ($(date +%s) - started_at)))
elapsed=$(($(date +%s) - started_at))
a_started=$(jobs_of 18081 started) b_started=$(jobs_of 18082 started)
a_skipped=$(jobs_of 18081 skipped) b_skipped=$(jobs_of 18082 skipped)
runs=$((a_started + b_started))
limit=$((elapsed / 60 + 2)) # one run per lock period of 1 minute, counting the first one from before B started
echo "jobs over ${elapsed}s: A started $a_started skipped $a_skipped; B started $b_started skipped $b_skipped"
if [ "$runs" -ge 1 ] && [ "$runs" -le "$limit" ] && [ $((a_skipped + b_skipped)) -ge 1 ]; then
  echo "scheduled job: $runs run(s) in the cluster (at most $limit allowed), the other attempts skipped"
else
  echo "scheduled job: $runs run(s), expected between 1 and $limit with skipped attempts" >&2
  exit 1
fi
