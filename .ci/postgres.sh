# Starts a throw-away PostgreSQL cluster on 127.0.0.1 and exports AKUTPROGNOS_TEST_POSTGRES for the tests.
# Sourced by .ci/run; also usable by hand: `source .ci/postgres.sh && start_postgres`.
PG_PORT="${PG_PORT:-55432}"

start_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_DATA=$(mktemp -d /tmp/akutprognos-pg.XXXXXX)
  chown postgres: "$PG_DATA"
  su postgres -c "$bin/initdb -D $PG_DATA -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8" >/dev/null
  su postgres -c "$bin/pg_ctl -D $PG_DATA -l $PG_DATA/server.log -w -o \"-p $PG_PORT -k $PG_DATA -c listen_addresses=127.0.0.1 -c fsync=off\" start" >/dev/null
  PG_BIN="$bin"
  export AKUTPROGNOS_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT" >&2
}

stop_postgres() {
  [ -n "${PG_DATA:-}" ] || return 0
  su postgres -c "$PG_BIN/pg_ctl -D $PG_DATA -m fast -w stop" >/dev/null 2>&1 || true
  rm -rf "$PG_DATA"
}
