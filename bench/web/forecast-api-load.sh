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
source "$(dirname "$0")/demo-server.sh"

publish_demo
key=$("$work/app/akutprognos" apikey add load-test --db "$work/demo.db")
serve_demo
url="http://127.0.0.1:$port/api/forecasts"
curl -sf -H "X-Api-Key: $key" "$url" >/dev/null
hey -n 500 -c 10 -H "X-Api-Key: $key" "$url" >/dev/null
hey -z 20s -c 20 -q 25 -H "X-Api-Key: $key" "$url"
