# Sourced by the web benchmarks (run from the repository root, with $work and $port set):
# publish_demo publishes the app in Release into $work/app and builds the demo region into $work/demo.db;
# serve_demo serves it on 127.0.0.1:$port in the background ($server) and returns once /health answers.
publish_demo() {
  dotnet publish src/Akutprognos.Cli -c Release -o "$work/app" >/dev/null
  "$work/app/akutprognos" demo --no-serve --db "$work/demo.db" >/dev/null 2>&1
}

serve_demo() {
  "$work/app/akutprognos" serve --db "$work/demo.db" --urls "http://127.0.0.1:$port" >/dev/null 2>"$work/serve.log" &
  server=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/health" >/dev/null && return 0
    sleep 1
  done
  echo "the app did not answer /health within 120 s; see $work/serve.log" >&2
  return 1
}
