#!/usr/bin/env bash
# The speed and memory of a full backtest (evaluation.md §1): a generated region of seven EDs plus the region,
# five years of hourly arrivals and the evening web signal, 365 test days, every model. Target: < 10 s wall
# clock and < 500 MB peak resident memory for the whole process. Prints the table, then the measurements.
# Usage: bench/backtest-speed.sh [YEARS=5] [SEED=2015]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
years="${1:-5}"; seed="${2:-2015}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet publish "$root/src/Akutprognos.Cli" -c Release -o "$work/bin" >/dev/null
dotnet run -c Release --project "$root/bench/Akutprognos.Forecast.Bench" -- "$work/data" "$years" "$seed"
# One warm-up so the page cache holds the files and the binary, as for any repeated nightly run.
"$work/bin/akutprognos" backtest --arrivals "$work/data/arrivals.csv" --signal "$work/data/visitors.csv" --test-days 30 >/dev/null 2>&1
/usr/bin/time -v "$work/bin/akutprognos" backtest --arrivals "$work/data/arrivals.csv" --signal "$work/data/visitors.csv" \
    > "$work/table.txt" 2> "$work/time.txt"
cat "$work/table.txt"
wall="$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}')"
rss_kb="$(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}')"
user="$(grep 'User time' "$work/time.txt" | awk '{print $NF}')"
sys="$(grep 'System time' "$work/time.txt" | awk '{print $NF}')"
echo "backtest, ${years} years, 7 EDs + region, 365 test days, every model:"
echo "  wall clock ${wall} (m:ss), CPU user ${user} s + system ${sys} s, peak RSS $((rss_kb / 1024)) MB on $(nproc) cores (load $(cut -d' ' -f1 /proc/loadavg))"
echo "  targets: wall < 10 s, peak RSS < 500 MB"
