#!/usr/bin/env bash
# The Tomorrow page in Debian's headless Chromium (/usr/bin/chromium, driven by Playwright for .NET): milliseconds from
# navigation until every card shows its number and every chart is drawn, over N navigations (default 20), p50/p95.
# The app is published in Release, the demo region built and served on loopback as in forecast-api-load.sh.
# The target: usable within 1 s. Run from the repository root: bash bench/web/tomorrow-page-load.sh [N]
set -euo pipefail
[ -x /usr/bin/chromium ] || { echo "needs Debian's chromium: apt-get install chromium" >&2; exit 2; }
navigations=${1:-20}
work=$(mktemp -d)
port=${PORT:-5098}
cleanup() { [ -n "${server:-}" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

dotnet publish src/Akutprognos.Cli -c Release -o "$work/app" >/dev/null
dotnet build bench/Akutprognos.Page.Bench -c Release -o "$work/bench" >/dev/null
"$work/app/akutprognos" demo --no-serve --db "$work/demo.db" >/dev/null 2>&1
password=$("$work/app/akutprognos" user add page-bench --role viewer --db "$work/demo.db")
"$work/app/akutprognos" serve --db "$work/demo.db" --urls "http://127.0.0.1:$port" >/dev/null 2>"$work/serve.log" &
server=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/health" >/dev/null && break
  sleep 1
done
"$work/bench/Akutprognos.Page.Bench" "http://127.0.0.1:$port" page-bench "$password" "$navigations"
