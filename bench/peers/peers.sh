#!/usr/bin/env bash
# Runs R forecast (ets, auto.arima, tbats, dynamic harmonic regression) and Prophet on one daily series under the
# backtest protocol (peers.R), and prints their table beside akutprognos's on the same series.
# Usage: bench/peers/peers.sh ARRIVALS.csv HOLIDAY_CODE HOLIDAY_DATES.csv|none [TEST_DAYS] [REFIT_DAYS] [MODELS] -- [akutprognos arrivals flags...]
# Example (Wales):
#   bench/peers/peers.sh ../shared/data/real/ed-wales-hourly/h2_hourly.csv GB ../shared/data/real/ed-wales-hourly/bank_holiday.csv \
#       365 28 ets,auto.arima,tbats,dhr,prophet -- --time-column arrival_1h --count-column n_attendance --ignore-offset
# The R packages come from Debian (r-cran-forecast, r-cran-prophet) and are installed here when missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
arrivals="$1"; code="$2"; holidays="$3"; test_days="${4:-365}"; refit="${5:-28}"; models="${6:-ets,auto.arima,tbats,dhr,prophet}"
shift $(( $# < 6 ? $# : 6 ))
[[ "${1:-}" == "--" ]] && shift

if ! Rscript -e 'suppressMessages({library(forecast); library(prophet)})' >/dev/null 2>&1; then
  apt-get update >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends r-base-core r-cran-forecast r-cran-prophet >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet publish "$root/src/Akutprognos.Cli" -c Release -o "$work/bin" >/dev/null
cli="$work/bin/akutprognos"

# The daily totals by local clock date, exactly as the backtest reads them: through the product's own ingest and export.
"$cli" ingest arrivals "$arrivals" --db "$work/series.db" --site total "$@" >/dev/null 2>&1
"$cli" export arrivals --db "$work/series.db" --daily | awk -F, 'NR == 1 { print "date,count"; next } { print $2 "," $3 }' > "$work/daily.csv"

echo "== akutprognos"
"$cli" backtest --arrivals "$arrivals" --holidays "$code" --test-days "$test_days" "$@" 2>/dev/null
echo "== peers"
Rscript "$here/peers.R" "$work/daily.csv" "$holidays" "$test_days" "$refit" "$models"
