#!/bin/sh
# Benchmark (not a test): how long it takes to show a week of the booking view,
# against a running Coachcal with the demo data, e.g.
#   COACHCAL_DATA_DIR=/tmp/bench PORT=8090 java -cp "scheduling-web/target/launcher/*" app.coachcal.launcher.Coachcal &
#   scheduling-web/src/test/bench/week-view.sh http://localhost:8090
# 1. server response time of GET /book/?from=... for 8 weeks (curl, signed in; 5 runs a week after one warm-up);
# 2. in Debian's Chromium: a full page load of each week, and with script the switch to the next/previous
#    week (WeekViewBenchmark.java). The target is 300 ms.
set -eu
BASE=${1:-http://localhost:8090}
EMAIL=${EMAIL:-client1@example.com}
PASSWORD=${PASSWORD:-coachcal-demo}
ZONE=${ZONE:-America/Los_Angeles}
HERE=$(cd "$(dirname "$0")" && pwd)
MODULE=$(cd "$HERE/../../.." && pwd)
JAR=$(mktemp)
trap 'rm -f "$JAR" "$JAR.cp"' EXIT

view_state() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
curl -s -c "$JAR" -b "$JAR" "$BASE/login" | view_state > "$JAR.vs"
curl -s -c "$JAR" -b "$JAR" -o /dev/null \
  --data-urlencode "sign-in=sign-in" --data-urlencode "email=$EMAIL" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "sign-in-button=Sign in" --data-urlencode "jakarta.faces.ViewState=$(cat "$JAR.vs")" "$BASE/login"
rm -f "$JAR.vs"

monday=$(TZ="$ZONE" date -d "$(TZ="$ZONE" date +%F) -$(( $(TZ="$ZONE" date +%u) - 1 )) days" +%F)
echo "server response time of GET /book/?from=... as $EMAIL (ms; median of 5 after a warm-up):"
for week in 0 1 2 3 4 5 6 7; do
  from=$(date -d "$monday +$week weeks" +%F)
  curl -s -b "$JAR" -o /dev/null "$BASE/book/?from=$from"
  times=$(for run in 1 2 3 4 5; do
    curl -s -b "$JAR" -o /dev/null -w '%{time_total}\n' "$BASE/book/?from=$from"
  done | sort -n)
  median=$(echo "$times" | sed -n 3p)
  max=$(echo "$times" | tail -1)
  title=$(curl -s -b "$JAR" "$BASE/book/?from=$from" | grep -o '<title>[^<]*' | sed 's/<title>//')
  awk -v f="$from" -v m="$median" -v x="$max" -v t="$title" \
    'BEGIN { printf "  week of %s: median %.1f ms, max %.1f ms  (%s)\n", f, m * 1000, x * 1000, t }'
done

(cd "$MODULE" && ../mvnw -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$JAR.cp" >/dev/null)
java -cp "$(cat "$JAR.cp")" "$HERE/WeekViewBenchmark.java" "$BASE" "$EMAIL" "$PASSWORD" "$ZONE"
