#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the server tests, started from the machine's installed
# PostgreSQL (Debian/Ubuntu: the postgresql package). Idempotent and quick when it already runs.
#
#   tools/test-postgres.sh         make sure it runs; print its URL (also written to .cache/pgtest/url)
#   tools/test-postgres.sh stop    stop it (the folder stays; delete .cache/pgtest to start afresh)
#
# The cluster lives in .cache/pgtest/ (or /tmp when the postgres user cannot reach the checkout),
# listens on a Unix socket in that folder and on 127.0.0.1 only, port 54329 (CRM_PGTEST_PORT; the
# next free one when another checkout's cluster holds it, e.g. a CI clone's beside a developer's),
# trusts every local connection, and trades durability for speed (fsync off). Never use it for data.
# Without PostgreSQL binaries, or when the cluster cannot start, it says why and exits 0: the server
# tests then skip (outside CI) or fail (CI=true) with that reason.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CACHE="$ROOT/.cache/pgtest"
URL_FILE="$CACHE/url"
BASE_PORT="${CRM_PGTEST_PORT:-54329}"
DB=crm_test
SUPERUSER=postgres

say() { echo "test-postgres: $*" >&2; }
give_up() { say "$*"; say "server tests will skip (or fail under CI=true)."; exit 0; }

mkdir -p "$CACHE"
# Only one of us at a time (two `make test` in parallel would race on initdb/start).
exec 9>"$CACHE/lock"
if command -v flock >/dev/null 2>&1; then flock 9; fi
rm -f "$URL_FILE"  # written again once the cluster answers

# --- the binaries -------------------------------------------------------------------------------
find_bindir() {
  local d
  if command -v pg_config >/dev/null 2>&1; then
    d="$(pg_config --bindir 2>/dev/null || true)"
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return; }
  fi
  # Debian keeps server binaries off PATH, one folder per major version: take the newest.
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return; }
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    d="$(dirname "$(readlink -f "$(command -v pg_ctl)")")"
    [ -x "$d/initdb" ] && { echo "$d"; return; }
  fi
  return 0
}
BIN="$(find_bindir)"
[ -n "$BIN" ] || give_up "no PostgreSQL server binaries found (pg_config --bindir, /usr/lib/postgresql/*/bin, PATH);
  on Debian/Ubuntu: sudo apt-get install postgresql"
VERSION="$("$BIN/pg_ctl" --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)*.*/\1/')"

# --- who runs the server ------------------------------------------------------------------------
# PostgreSQL refuses to run as root: then the cluster belongs to the postgres system user.
if [ "$(id -u)" -eq 0 ]; then
  id "$SUPERUSER" >/dev/null 2>&1 || give_up "running as root and there is no '$SUPERUSER' system user to own the cluster"
  as_owner() { runuser -u "$SUPERUSER" -- "$@"; }
else
  as_owner() { "$@"; }
fi

# The cluster's own folder: in the checkout if its owner can get there (a checkout under /root
# cannot be entered by postgres), else in /tmp.
STATE="$CACHE"
key="$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1)"
as_owner test -x "$CACHE" || STATE="/tmp/crm-pgtest-$key"
DATA="$STATE/data"
SOCK="$STATE/sock"
LOG="$STATE/server.log"
# A Unix socket path must fit in 107 bytes.
[ $(( ${#SOCK} + 20 )) -lt 107 ] || SOCK="/tmp/crm-pgtest-$key-sock"
# The port this cluster was last started on.
PORT="$(cat "$STATE/port" 2>/dev/null || echo "$BASE_PORT")"

psql_q() {  # a query against the running cluster, through its socket
  "$BIN/psql" -X -q -t -A -v ON_ERROR_STOP=1 -h "$SOCK" -p "$PORT" -U "$SUPERUSER" -d "${2:-postgres}" -c "$1"
}
ready() { "$BIN/pg_isready" -q -h "$SOCK" -p "$PORT" -U "$SUPERUSER" -d postgres -t 1 >/dev/null 2>&1; }

if [ "${1:-}" = stop ]; then
  if [ -f "$DATA/postmaster.pid" ]; then as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null 2>&1 || true; fi
  say "stopped"
  exit 0
fi

# --- fast path: already running -----------------------------------------------------------------
if ! ready; then
  # Start from scratch when there is no cluster, or one made by another major version.
  if [ ! -f "$DATA/PG_VERSION" ] || [ "$(cat "$DATA/PG_VERSION")" != "$VERSION" ]; then
    if [ -d "$DATA" ]; then
      say "discarding the old test cluster in $DATA"
      [ -f "$DATA/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null 2>&1 || true
      rm -rf "$DATA"
    fi
    mkdir -p "$DATA"
    chmod 700 "$DATA"
    if [ "$(id -u)" -eq 0 ]; then chown "$SUPERUSER" "$DATA"; fi
    say "creating a PostgreSQL $VERSION test cluster in $DATA"
    as_owner "$BIN/initdb" -D "$DATA" -U "$SUPERUSER" --auth=trust --encoding=UTF8 --locale=C \
      --no-sync --no-instructions >"$STATE/initdb.log" 2>&1 \
      || give_up "initdb failed: $(tail -n 5 "$STATE/initdb.log")"
    echo "include 'crm_test.conf'" >>"$DATA/postgresql.conf"
  fi

  # A killed run leaves postmaster.pid (and the socket's lock file) behind. PostgreSQL ignores a
  # pid file whose process is gone, but not one whose pid was since reused (e.g. a new container):
  # remove them unless that pid really is a postgres server on this folder.
  if [ -f "$DATA/postmaster.pid" ]; then
    pid="$(head -n 1 "$DATA/postmaster.pid")"
    if [ -n "$pid" ] && [ "$(readlink "/proc/$pid/cwd" 2>/dev/null)" = "$(readlink -f "$DATA")" ]; then
      # Our own server, alive but not answering (starting, stopping, or on another port/socket).
      as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w -t 20 stop >/dev/null 2>&1 || true
    fi
    [ -f "$DATA/postmaster.pid" ] && say "removing a stale postmaster.pid" && rm -f "$DATA/postmaster.pid"
  fi

  mkdir -p "$SOCK"
  if [ "$(id -u)" -eq 0 ]; then chown "$SUPERUSER" "$SOCK"; fi
  started=""
  for PORT in $(printf '%s\n' "$PORT" $(seq "$BASE_PORT" $((BASE_PORT + 19))) | awk '!seen[$0]++'); do
    # Taken by someone else (another checkout's test cluster, say): try the next one.
    if timeout 2 bash -c ": >/dev/tcp/127.0.0.1/$PORT" 2>/dev/null; then continue; fi
    rm -f "$SOCK/.s.PGSQL.$PORT" "$SOCK/.s.PGSQL.$PORT.lock"  # a killed server's
    # Settings are rewritten on each start, so a changed script applies to an existing cluster.
    cat >"$DATA/crm_test.conf" <<EOF
# Written by tools/test-postgres.sh on every start: a throwaway cluster for tests, not for data.
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$SOCK'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = minimal
max_wal_senders = 0
max_wal_size = '1GB'
checkpoint_timeout = '30min'
EOF
    if [ "$(id -u)" -eq 0 ]; then chown "$SUPERUSER" "$DATA/crm_test.conf"; fi
    : >"$LOG"
    if [ "$(id -u)" -eq 0 ]; then chown "$SUPERUSER" "$LOG"; fi
    # 9>&-: the server must not inherit (and so hold forever) our lock.
    if as_owner "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 30 -s start >/dev/null 2>&1 9>&-; then
      started=1
      break
    fi
    grep -q -i -e "could not bind" -e "address already in use" "$LOG" 2>/dev/null \
      || give_up "PostgreSQL did not start; see $LOG:
$(tail -n 5 "$LOG" 2>/dev/null)"
  done
  [ -n "$started" ] || give_up "PostgreSQL did not start: ports $BASE_PORT-$((BASE_PORT + 19)) are all taken (set CRM_PGTEST_PORT)"
  echo "$PORT" >"$STATE/port"
  ready || give_up "PostgreSQL started but does not answer on $SOCK port $PORT; see $LOG"
fi

# --- the test database --------------------------------------------------------------------------
if [ "$(psql_q "select 1 from pg_database where datname = '$DB'")" != 1 ]; then
  psql_q "create database $DB template template0" >/dev/null || give_up "could not create database $DB"
fi

URL="postgresql://$SUPERUSER@127.0.0.1:$PORT/$DB"
echo "$URL" >"$URL_FILE"
echo "$URL"
