#!/usr/bin/env bash
# Times `akutprognos visitors` (published Release build) against GoAccess and `wc -l` on the generated
# 2,000,000-line combined log of evaluation §2: whole process, wall clock, the file already in the page cache.
# Then checks the tool's hourly counts against an independent awk count of the same rules.
# Usage: bench/weblogs.sh [RUNS=5]   (WORK=folder for the log and builds; default /tmp/akutprognos-weblogs-bench)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
work="${WORK:-/tmp/akutprognos-weblogs-bench}"
mkdir -p "$work"
if ! command -v goaccess >/dev/null; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y goaccess
fi
dotnet publish src/Akutprognos.Cli -c Release -o "$work/cli" >/dev/null
log="$work/access.log"
if [ ! -f "$log" ]; then
  dotnet run -c Release --project bench/Akutprognos.Weblogs.Bench -- "$log" 2000000 2015
fi
cat "$log" > /dev/null
echo "log: $(wc -l < "$log") lines, $(( $(stat -c %s "$log") / 1000000 )) MB; $(goaccess --version | head -n 1); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"

# Prints the median wall time (s) and the largest peak resident memory (MB) of RUNS runs of a command.
measure() {
  local times=() peak=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>&1
    read -r seconds kb < "$work/time.txt"
    times+=("$seconds")
    (( kb > peak )) && peak=$kb
  done
  printf '%s %d\n' "$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" $(( peak / 1024 ))
}

read -r wc_s _ < <(measure wc -l "$log")
read -r tool_s tool_mb < <(measure "$work/cli/akutprognos" visitors "$log" --out "$work/visitors.csv")
runs=1 read -r goaccess_s goaccess_mb < <(runs=1 measure goaccess "$log" --log-format=COMBINED --no-global-config -o "$work/goaccess.html")
echo "wc -l:                 ${wc_s} s (median of $runs)"
echo "akutprognos visitors:  ${tool_s} s (median of $runs), peak ${tool_mb} MB"
echo "goaccess:              ${goaccess_s} s (one run), peak ${goaccess_mb} MB"
awk -v g="$goaccess_s" -v t="$tool_s" 'BEGIN { printf "speed-up over GoAccess: %.1fx (target 40x)\n", g / t }'

awk -f bench/visitors-reference.awk "$log" | sort > "$work/reference.csv"
if tail -n +2 "$work/visitors.csv" | sort | diff -q - "$work/reference.csv" >/dev/null; then
  echo "exact: all $(wc -l < "$work/reference.csv") hours agree with the independent awk count"
else
  echo "MISMATCH: the hourly counts differ from the independent awk count ($work/reference.csv)"
  exit 1
fi
