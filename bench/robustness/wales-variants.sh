#!/usr/bin/env bash
# Robustness of the model choice beyond the one real series we have: the Wales daily totals thinned to a small ED's
# volume and with a pandemic drop planted before or inside the test year (wales_variants.py), each backtested by
# akutprognos and, with --peers, by R forecast and Prophet on the same protocol (bench/peers/peers.R).
# Usage: bench/robustness/wales-variants.sh [--peers]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
wales="$root/../shared/data/real/ed-wales-hourly"
[[ -f "$wales/h2_hourly.csv" ]] || { echo "needs $wales/h2_hourly.csv (the shared real data)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet publish "$root/src/Akutprognos.Cli" -c Release -o "$work/bin" >/dev/null
cli="$work/bin/akutprognos"

"$cli" ingest arrivals "$wales/h2_hourly.csv" --db "$work/series.db" --site total \
    --time-column arrival_1h --count-column n_attendance --ignore-offset >/dev/null 2>&1
"$cli" export arrivals --db "$work/series.db" --daily | awk -F, 'NR == 1 { print "date,count"; next } { print $2 "," $3 }' > "$work/wales.csv"
python3 "$here/wales_variants.py" "$work/wales.csv" "$work/variants"
for series in "$work/wales.csv" "$work/variants/"*.csv; do
  echo "== $(basename "$series" .csv)"
  "$cli" backtest --arrivals "$series" --holidays GB 2>/dev/null
  if [[ "${1:-}" == "--peers" ]]; then
    Rscript "$root/bench/peers/peers.R" "$series" "$wales/bank_holiday.csv" 365 28 ets,dhr,prophet,tbats 2>/dev/null
  fi
done
