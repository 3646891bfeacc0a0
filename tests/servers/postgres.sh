#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on 127.0.0.1 for the database tests.
#
#   postgres.sh start DIR
#       initdb's a cluster (as nobody when run as root, see unprivileged.sh)
#       with pg_stat_statements preloaded, starts it on a free loopback port
#       (no Unix socket), and creates the database "lotse" with
#         - pgbench's tables at scale 1 (100,000 accounts),
#         - lotse_orders: 50,000 rows whose customer_id is scattered and has
#           no index (a missing-index candidate),
#         - lotse_churn: 10,000 rows, 5,000 of them updated once with
#           autovacuum off (a table that needs a vacuum),
#         - lotse_guard(): a function that writes, for the safety tests,
#         - for the attack suite (tst_sqlguard_attacks): dblink, the large
#           object 4242, functions that end the sessions of the applications
#           named like lotse-%victim (lotse_kill…, declared VOLATILE, STABLE,
#           in SQL, plpgsql and BEGIN ATOMIC) or delete rows through dblink_exec
#           (lotse_remote_delete…), and views, an operator, a domain, an
#           aggregate, a row security policy and x.f notation that reach them,
#         - the role lotse_reader (pg_read_all_stats, pg_read_all_data), and
#           lotse_writer, which could write (pg_signal_backend, INSERT on lotse_orders).
#       Then DIR holds: port, pid, dsn (postgresql://lotse_reader@127.0.0.1:PORT/lotse),
#       password (lotse_reader's), admin-dsn (the superuser postgres),
#       admin-password, writer-dsn and writer-password. Logs: DIR/postgres.log, DIR/setup.log.
#   postgres.sh stop DIR
#       stops it (fast shutdown), waits for it to exit and removes its data;
#       harmless when nothing runs.
#
# Needs the Debian packages postgresql (15) and postgresql-contrib, python3.
set -euo pipefail

name=postgres.sh
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$here/common.sh"
# shellcheck source-path=SCRIPTDIR source=unprivileged.sh
. "$here/unprivileged.sh"

usage() { echo "usage: $name start DIR | stop DIR" >&2; exit 2; }

# The newest installed server, e.g. /usr/lib/postgresql/15/bin.
bindir() {
  local found
  found=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)
  [ -n "$found" ] && [ -x "$found/initdb" ] ||
    die "no PostgreSQL server: install the Debian packages 'postgresql' and 'postgresql-contrib' (scripts/setup-deps does)"
  echo "$found"
}

# Runs psql as the superuser against DIR's server.
admin_psql() {
  PGPASSWORD=$(cat "$dir/admin-password") "$bin/psql" -X -q -v ON_ERROR_STOP=1 \
    -h 127.0.0.1 -p "$port" -U postgres "$@"
}

setup_database() {
  local reader_password=$1 writer_password=$2
  admin_psql -d postgres -c "CREATE DATABASE lotse"
  admin_psql -d lotse <<SQL
CREATE EXTENSION pg_stat_statements;
CREATE ROLE lotse_reader LOGIN PASSWORD '$reader_password';
GRANT pg_read_all_stats, pg_read_all_data TO lotse_reader;
CREATE ROLE lotse_writer LOGIN PASSWORD '$writer_password';
GRANT pg_read_all_stats, pg_signal_backend TO lotse_writer;

CREATE TABLE lotse_orders (id serial PRIMARY KEY, customer_id int NOT NULL, amount numeric(10,2), note text);
INSERT INTO lotse_orders (customer_id, amount, note)
  SELECT (hashint4(g) & 2147483647) % 20000, (g % 1000) / 10.0, 'order ' || g FROM generate_series(1, 50000) g;

GRANT SELECT, INSERT ON lotse_orders TO lotse_writer;

CREATE TABLE lotse_churn (id int PRIMARY KEY, value int) WITH (autovacuum_enabled = false);
INSERT INTO lotse_churn SELECT g, 0 FROM generate_series(1, 10000) g;
UPDATE lotse_churn SET value = 1 WHERE id % 2 = 0;

CREATE TABLE lotse_guard_log (at timestamptz DEFAULT now());
CREATE FUNCTION lotse_guard() RETURNS int LANGUAGE sql AS 'INSERT INTO lotse_guard_log DEFAULT VALUES RETURNING 1';
SQL
  setup_attacks || return 1
  PGPASSWORD=$(cat "$dir/admin-password") "$bin/pgbench" -i -s 1 -q -h 127.0.0.1 -p "$port" -U postgres lotse
  admin_psql -d lotse -c "ANALYZE"
}

# What the attack suite tries to reach through Lotse. Every function acts
# outside the read-only transaction: it ends sessions or writes through
# dblink, whose connection string holds the superuser's password.
setup_attacks() {
  admin_psql -d lotse -v dblink="host=127.0.0.1 port=$port dbname=lotse user=postgres password=$(cat "$dir/admin-password")" <<'SQL'
CREATE EXTENSION dblink;
SELECT lo_from_bytea(4242, 'lotse large object');
CREATE FUNCTION lotse_kill(app text) RETURNS bool LANGUAGE sql
  AS $$ SELECT bool_or(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name LIKE app $$;
CREATE FUNCTION lotse_kill_stable(app text) RETURNS bool LANGUAGE sql STABLE
  AS $$ SELECT bool_or(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name LIKE app $$;
CREATE FUNCTION lotse_kill_immutable(app text) RETURNS bool LANGUAGE sql IMMUTABLE
  AS $$ SELECT lotse_kill_stable(app) $$;
CREATE FUNCTION lotse_kill_plpgsql(app text) RETURNS bool LANGUAGE plpgsql STABLE
  AS $$ BEGIN RETURN lotse_kill_stable(app); END $$;
CREATE FUNCTION lotse_kill_atomic() RETURNS bool LANGUAGE sql STABLE
  BEGIN ATOMIC SELECT bool_or(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name LIKE 'lotse-%victim'; END;
CREATE SCHEMA lotse_hidden;
CREATE FUNCTION lotse_hidden.stop(app text) RETURNS bool LANGUAGE sql STABLE AS $$ SELECT lotse_kill_stable(app) $$;
CREATE FUNCTION lotse_kill_own_path() RETURNS bool LANGUAGE sql STABLE SET search_path = lotse_hidden, pg_catalog
  AS $$ SELECT stop('lotse-%victim') $$;
SELECT format($f$CREATE FUNCTION lotse_remote_delete() RETURNS text LANGUAGE sql
  AS $b$ SELECT dblink_exec(%L, 'DELETE FROM lotse_orders WHERE id <= 10') $b$$f$, :'dblink') \gexec
SELECT format($f$CREATE FUNCTION lotse_remote_delete_stable() RETURNS text LANGUAGE sql STABLE
  AS $b$ SELECT dblink_exec(%L, 'DELETE FROM lotse_orders WHERE id <= 10') $b$$f$, :'dblink') \gexec
CREATE VIEW lotse_kill_view AS SELECT lotse_kill_stable('lotse-%victim') AS killed;
CREATE VIEW lotse_kill_builtin_view AS
  SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE application_name LIKE 'lotse-%victim';
CREATE VIEW lotse_kill_nested_view AS SELECT * FROM lotse_kill_builtin_view;
CREATE FUNCTION lotse_kill_op(int, text) RETURNS bool LANGUAGE sql STABLE AS $$ SELECT lotse_kill_stable($2) $$;
CREATE OPERATOR !!! (function = lotse_kill_op, leftarg = int, rightarg = text);
CREATE DOMAIN lotse_kill_domain AS text CHECK (lotse_kill_stable(VALUE));
CREATE FUNCTION lotse_kill_step(bool, text) RETURNS bool LANGUAGE sql STABLE AS $$ SELECT lotse_kill_stable($2) $$;
CREATE AGGREGATE lotse_kill_agg(text) (sfunc = lotse_kill_step, stype = bool);
CREATE FUNCTION lotse_kill_row(pg_stat_activity) RETURNS bool LANGUAGE sql STABLE
  AS $$ SELECT lotse_kill_stable($1.application_name) $$;
CREATE TABLE lotse_policed (app text);
INSERT INTO lotse_policed VALUES ('lotse-%victim');
ALTER TABLE lotse_policed ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE POLICY lotse_kill_policy ON lotse_policed USING (lotse_kill_stable(app));
CREATE FUNCTION lotse_count_orders() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM lotse_orders $$;
SQL
}

# Answers once the server accepts connections.
postgres_ready() { "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -d postgres; }

start() {
  dir=$1
  local data admin_password reader_password writer_password
  bin=$(bindir)
  need python3 python3
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [ -f "$dir/pid" ] && [ -f "$dir/datadir" ] && ours "$(cat "$dir/pid")" "$(cat "$dir/datadir")"; then
    die "the PostgreSQL of $dir runs already (pid $(cat "$dir/pid")): stop it first"
  fi
  remove_data_dir "$dir"
  rm -f "$dir/pid" "$dir/port" "$dir/dsn" "$dir/admin-dsn" "$dir/writer-dsn"
  pid=
  trap 'exit 130' INT TERM HUP
  trap 'cleanup_failed_start $?; remove_data_dir "$dir"' EXIT

  data=$(make_data_dir "$dir" postgres)
  marker=$data
  admin_password=$(random_secret)
  reader_password=$(random_secret)
  writer_password=$(random_secret)
  (umask 077 && echo "$admin_password" >"$dir/admin-password" && echo "$reader_password" >"$dir/password" &&
    echo "$writer_password" >"$dir/writer-password")
  echo "$admin_password" | "${as_server[@]}" tee "$data/pwfile" >/dev/null
  "${as_server[@]}" "$bin/initdb" -D "$data/pgdata" -U postgres --pwfile="$data/pwfile" -A scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 ||
    { tail -n 5 "$dir/initdb.log" >&2; die "initdb failed"; }
  rm -f "$data/pwfile"

  for _ in 1 2 3 4 5; do
    port=$(free_port)
    "${as_server[@]}" "$bin/postgres" -D "$data/pgdata" -p "$port" -c listen_addresses=127.0.0.1 \
      -c unix_socket_directories= -c shared_preload_libraries=pg_stat_statements \
      -c pg_stat_statements.track=all -c max_connections=40 -c shared_buffers=64MB \
      -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c work_mem=4MB \
      -c track_io_timing=on -c log_min_messages=warning </dev/null >"$dir/postgres.log" 2>&1 &
    pid=$!
    echo "$pid" >"$dir/pid"
    await_ready postgres_ready 'could not bind\|Address already in use' "$dir/postgres.log" || continue
    echo "$port" >"$dir/port"
    setup_database "$reader_password" "$writer_password" >"$dir/setup.log" 2>&1 ||
      { tail -n 5 "$dir/setup.log" >&2; die "setting up the database failed"; }
    echo "postgresql://lotse_reader@127.0.0.1:$port/lotse" >"$dir/dsn"
    echo "postgresql://postgres@127.0.0.1:$port/lotse" >"$dir/admin-dsn"
    echo "postgresql://lotse_writer@127.0.0.1:$port/lotse" >"$dir/writer-dsn"
    echo "$name: 127.0.0.1:$port (pid $pid, data $data)"
    trap - EXIT INT TERM HUP
    return 0
  done
  die "no free port in 5 attempts"
}

stop() {
  dir=$1
  [ -d "$dir" ] || return 0
  dir=$(cd "$dir" && pwd)
  # SIGTERM is a smart shutdown that waits for every client; SIGINT ends
  # their sessions first (a test's held lock must not keep the server up).
  if [ -f "$dir/pid" ] && [ -f "$dir/datadir" ]; then
    local pid marker
    pid=$(cat "$dir/pid")
    marker=$(cat "$dir/datadir")
    if ours "$pid" "$marker"; then
      kill -INT "$pid" 2>/dev/null || true
      terminate "$pid" "$marker"
    fi
  fi
  remove_data_dir "$dir"
  rm -f "$dir/pid" "$dir/port" "$dir/dsn" "$dir/admin-dsn" "$dir/writer-dsn"
}

case "${1:-}" in
  start) if [ $# -ne 2 ]; then usage; fi; start "$2" ;;
  stop) if [ $# -ne 2 ]; then usage; fi; stop "$2" ;;
  *) usage ;;
esac
