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
source "$(dirname "$0")/demo-server.sh"

publish_demo
dotnet build bench/Akutprognos.Page.Bench -c Release -o "$work/bench" >/dev/null
password=$("$work/app/akutprognos" user add page-bench --role viewer --db "$work/demo.db")
serve_demo
"$work/bench/Akutprognos.Page.Bench" "http://127.0.0.1:$port" page-bench "$password" "$navigations"
