#!/usr/bin/env bash
# The forecast API under a fixed rate of 500 requests/s for 20 s on loopback, with an API key, measured by
# Debian's `hey` (20 workers × 25 requests/s). Prints hey's report; the target is p99 under 20 ms.
# Run from the repository root: bash bench/web/forecast-api-load.sh
set -euo pipefail
command -v hey >/dev/null || { echo "needs hey: apt-get install hey" >&2; exit 2; }
work=$(mktemp -d)
port=${PORT:-5099}
cleanup() { [ -n "${server:-}" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

dotnet publish src/Akutprognos.Cli -c Release -o "$work/app" >/dev/null
"$work/app/akutprognos" demo --no-serve --db "$work/demo.db" >/dev/null 2>&1
key=$("$work/app/akutprognos" apikey add load-test --db "$work/demo.db")
"$work/app/akutprognos" serve --db "$work/demo.db" --urls "http://127.0.0.1:$port" >/dev/null 2>"$work/serve.log" &
server=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/health" >/dev/null && break
  sleep 1
done
url="http://127.0.0.1:$port/api/forecasts"
curl -sf -H "X-Api-Key: $key" "$url" >/dev/null
hey -n 500 -c 10 -H "X-Api-Key: $key" "$url" >/dev/null
hey -z 20s -c 20 -q 25 -H "X-Api-Key: $key" "$url"
