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

# Prints the median wall time (s), the median CPU time (user + system, s) and the largest peak resident
# memory (MB) of RUNS runs of a command. CPU time tells more than wall time on a machine others are loading.
measure() {
  local times=() cpus=() peak=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>&1
    read -r seconds user system kb < "$work/time.txt"
    times+=("$seconds")
    cpus+=("$(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }')")
    (( kb > peak )) && peak=$kb
  done
  printf '%s %s %d\n' "$(median "${times[@]}")" "$(median "${cpus[@]}")" $(( peak / 1024 ))
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

read -r wc_s wc_cpu _ < <(measure wc -l "$log")
read -r tool_s tool_cpu tool_mb < <(measure "$work/cli/akutprognos" visitors "$log" --out "$work/visitors.csv")
read -r goaccess_s goaccess_cpu goaccess_mb < <(runs=1 measure goaccess "$log" --log-format=COMBINED --no-global-config -o "$work/goaccess.html")
echo "wc -l:                 ${wc_s} s wall, ${wc_cpu} s CPU (median of $runs)"
echo "akutprognos visitors:  ${tool_s} s wall, ${tool_cpu} s CPU (median of $runs), peak ${tool_mb} MB"
echo "goaccess:              ${goaccess_s} s wall, ${goaccess_cpu} s CPU (one run), peak ${goaccess_mb} MB"
echo "load after the runs:   $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v g="$goaccess_s" -v t="$tool_s" -v gc="$goaccess_cpu" -v tc="$tool_cpu" \
  'BEGIN { printf "speed-up over GoAccess: %.1fx wall clock (target 40x), %.1fx CPU time\n", g / t, gc / tc }'

awk -f bench/visitors-reference.awk "$log" | sort > "$work/reference.csv"
if tail -n +2 "$work/visitors.csv" | sort | diff -q - "$work/reference.csv" >/dev/null; then
  echo "exact: all $(wc -l < "$work/reference.csv") hours agree with the independent awk count"
else
  echo "MISMATCH: the hourly counts differ from the independent awk count ($work/reference.csv)"
  exit 1
fi
