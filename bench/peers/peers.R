# Peers on the protocol of evaluation.md §1: one day ahead over the last N days of a daily series.
# Models are re-estimated every REFIT days (7–28 as the peers are run); between refits the fitted model is
# applied, without re-estimation, to the series extended by the newest actuals (forecast's model= argument),
# so every forecast for day d uses actuals up to d-1 only. Prophet has no such update: it is refitted every
# REFIT days and forecasts the REFIT days that follow.
# Usage: Rscript peers.R DAILY.csv [HOLIDAYS.csv|none] [TEST_DAYS] [REFIT_DAYS] [MODELS]
#   DAILY.csv: date,count (a header row); HOLIDAYS.csv: dates in the first column (e.g. ds,holiday).
#   MODELS: comma-separated subset of ets,auto.arima,tbats,dhr,prophet.
suppressMessages({ library(forecast) })
args <- commandArgs(trailingOnly = TRUE)
daily <- read.csv(args[1], stringsAsFactors = FALSE)
holidays_file <- if (length(args) >= 2) args[2] else "none"
test_days <- if (length(args) >= 3) as.integer(args[3]) else 365L
refit <- if (length(args) >= 4) as.integer(args[4]) else 28L
models <- if (length(args) >= 5) strsplit(args[5], ",")[[1]] else c("ets", "auto.arima", "tbats", "dhr", "prophet")

daily$date <- as.Date(daily[[1]])
all_days <- data.frame(date = seq(min(daily$date), max(daily$date), by = "day"))
series <- merge(all_days, data.frame(date = daily$date, count = daily[[2]]), all.x = TRUE)
y_all <- as.numeric(series$count)
y_all <- na.interp(ts(y_all, frequency = 7))  # the peers need a complete series; gaps are interpolated
n <- length(y_all)
test_start <- n - test_days + 1
dates <- series$date
holiday_dates <- if (holidays_file == "none") as.Date(character()) else as.Date(read.csv(holidays_file, stringsAsFactors = FALSE)[[1]])
is_holiday <- as.numeric(dates %in% holiday_dates)

weekday_matrix <- function(idx) {
  wd <- factor(format(dates[idx], "%u"), levels = as.character(1:7))
  m <- model.matrix(~ wd)[, -1, drop = FALSE]
  m
}
fourier_matrix <- function(idx, K = 4) {
  t <- as.numeric(dates[idx] - as.Date("2000-01-01"))
  do.call(cbind, lapply(1:K, function(k) cbind(sin(2 * pi * k * t / 365.25), cos(2 * pi * k * t / 365.25))))
}
xreg_for <- function(idx) cbind(weekday_matrix(idx), fourier_matrix(idx), holiday = is_holiday[idx])

origins <- seq(test_start, n, by = refit)
one_step <- function(fit_fun, apply_fun) {
  out <- rep(NA_real_, test_days)
  for (o in origins) {
    train <- ts(y_all[1:(o - 1)], frequency = 7)
    fit <- fit_fun(train, 1:(o - 1))
    last <- min(o + refit - 1, n)
    for (d in o:last) {
      out[d - test_start + 1] <- apply_fun(fit, d)
    }
  }
  out
}

results <- list()
timing <- list()
run <- function(name, fn) {
  t0 <- proc.time()[["elapsed"]]
  f <- tryCatch(fn(), error = function(e) { message(name, ": ", conditionMessage(e)); rep(NA_real_, test_days) })
  timing[[name]] <<- proc.time()[["elapsed"]] - t0
  results[[name]] <<- f
}

if ("ets" %in% models) run("ets", function() one_step(
  function(train, idx) ets(train),
  function(fit, d) as.numeric(forecast(ets(ts(y_all[1:(d - 1)], frequency = 7), model = fit, use.initial.values = FALSE), h = 1)$mean)))
if ("auto.arima" %in% models) run("auto.arima", function() one_step(
  function(train, idx) auto.arima(train),
  function(fit, d) as.numeric(forecast(Arima(ts(y_all[1:(d - 1)], frequency = 7), model = fit), h = 1)$mean)))
if ("tbats" %in% models) run("tbats", function() one_step(
  function(train, idx) tbats(msts(train, seasonal.periods = c(7, 365.25)), use.parallel = FALSE),
  function(fit, d) as.numeric(forecast(tbats(msts(y_all[1:(d - 1)], seasonal.periods = c(7, 365.25)), model = fit), h = 1)$mean)))
if ("dhr" %in% models) run("dhr", function() one_step(
  function(train, idx) auto.arima(ts(as.numeric(train)), xreg = xreg_for(idx), seasonal = FALSE, lambda = 0),
  function(fit, d) as.numeric(forecast(Arima(ts(y_all[1:(d - 1)]), xreg = xreg_for(1:(d - 1)), model = fit),
                                       xreg = xreg_for(d), h = 1)$mean)))
if ("prophet" %in% models) run("prophet", function() {
  suppressMessages(library(prophet))
  out <- rep(NA_real_, test_days)
  hol <- if (length(holiday_dates) > 0) data.frame(holiday = "holiday", ds = holiday_dates) else NULL
  for (o in origins) {
    m <- suppressMessages(prophet(data.frame(ds = dates[1:(o - 1)], y = as.numeric(y_all[1:(o - 1)])),
                                  holidays = hol, yearly.seasonality = TRUE, weekly.seasonality = TRUE, daily.seasonality = FALSE))
    last <- min(o + refit - 1, n)
    p <- predict(m, data.frame(ds = dates[o:last]))
    out[(o:last) - test_start + 1] <- p$yhat
  }
  out
})

actual <- as.numeric(y_all[test_start:n])
observed <- !is.na(series$count[test_start:n]) & actual > 0
cat(sprintf("peers, one day ahead over the last %d days, re-estimated every %d days\n", test_days, refit))
cat(sprintf("  %-12s %7s %8s %8s\n", "model", "MAPE %", "MAE", "seconds"))
naive <- as.numeric(y_all[(test_start - 7):(n - 7)])
cat(sprintf("  %-12s %7.2f %8.1f %8s\n", "snaive", 100 * mean(abs(actual - naive)[observed] / actual[observed]), mean(abs(actual - naive)[observed]), "-"))
for (name in names(results)) {
  f <- results[[name]]
  cat(sprintf("  %-12s %7.2f %8.1f %8.0f\n", name, 100 * mean(abs(actual - f)[observed] / actual[observed]),
              mean(abs(actual - f)[observed]), timing[[name]]))
}
