#!/usr/bin/env bash
# A throw-away ClickHouse on 127.0.0.1 for the database tests.
#
#   clickhouse.sh start DIR
#       Writes a minimal configuration (HTTP port only, on loopback; query
#       log flushed every 500 ms; small caches) into a private data
#       directory and starts Debian's clickhouse-server with it (as nobody
#       when run as root, see unprivileged.sh). The user "default" needs
#       DIR/password. Once /ping answers it creates lotse.events, a MergeTree
#       table of 100,000 rows. DIR/url holds
#       http://127.0.0.1:PORT/?user=default, DIR/pid the pid, DIR/version the
#       server's version; the server's log lives in the data directory,
#       its console output in DIR/clickhouse.log.
#   clickhouse.sh stop DIR
#       stops it, waits for it to exit and removes its data; harmless when
#       nothing runs.
#
# Needs the Debian packages clickhouse-server, curl and python3.
set -euo pipefail

name=clickhouse.sh
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$here/common.sh"
# shellcheck source-path=SCRIPTDIR source=unprivileged.sh
. "$here/unprivileged.sh"

usage() { echo "usage: $name start DIR | stop DIR" >&2; exit 2; }

# Runs one statement as the default user; the statement goes in the body.
admin_query() {
  curl -sS --fail-with-body --noproxy '*' -m 60 --data-binary "$1" \
    -u "default:$(cat "$dir/password")" "http://127.0.0.1:$port/"
}

write_config() {
  local data=$1 password=$2
  # 18.16 reads its root element as <yandex>; later versions accept it too.
  cat >"$data/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <logger>
    <level>warning</level>
    <log>$data/server.log</log>
    <errorlog>$data/server.err.log</errorlog>
    <console>0</console>
  </logger>
  <http_port>$port</http_port>
  <listen_host>127.0.0.1</listen_host>
  <path>$data/data/</path>
  <tmp_path>$data/tmp/</tmp_path>
  <user_files_path>$data/user_files/</user_files_path>
  <format_schema_path>$data/format_schemas/</format_schema_path>
  <users_config>$data/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>67108864</mark_cache_size>
  <uncompressed_cache_size>67108864</uncompressed_cache_size>
  <max_concurrent_queries>20</max_concurrent_queries>
  <mlock_executable>false</mlock_executable>
  <query_log>
    <database>system</database>
    <table>query_log</table>
    <flush_interval_milliseconds>500</flush_interval_milliseconds>
  </query_log>
</yandex>
XML
  cat >"$data/users.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <profiles><default><log_queries>1</log_queries></default></profiles>
  <users>
    <default>
      <password>$password</password>
      <networks><ip>127.0.0.1</ip></networks>
      <profile>default</profile>
      <quota>default</quota>
    </default>
  </users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors>
    <result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
XML
  [ "$(id -u)" -ne 0 ] || chown nobody:nogroup "$data/config.xml" "$data/users.xml"
  chmod 600 "$data/config.xml" "$data/users.xml"
}

setup_tables() {
  admin_query "CREATE DATABASE lotse"
  admin_query "CREATE TABLE lotse.events (at DateTime, user UInt32, kind String, value Float64) ENGINE = MergeTree ORDER BY (at, user)"
  admin_query "INSERT INTO lotse.events SELECT toDateTime('2026-01-01 00:00:00') + number, number % 997, concat('kind', toString(number % 7)), number / 3 FROM system.numbers LIMIT 100000"
  admin_query "SELECT version()" >"$dir/version"
}

# Answers once the HTTP interface does.
clickhouse_ready() { [ "$(curl -s --noproxy '*' -m 2 "http://127.0.0.1:$port/ping" 2>/dev/null)" = "Ok." ]; }

start() {
  dir=$1
  local data password
  need clickhouse-server clickhouse-server
  need curl curl
  need python3 python3
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [ -f "$dir/pid" ] && [ -f "$dir/datadir" ] && ours "$(cat "$dir/pid")" "$(cat "$dir/datadir")"; then
    die "the ClickHouse of $dir runs already (pid $(cat "$dir/pid")): stop it first"
  fi
  remove_data_dir "$dir"
  rm -f "$dir/pid" "$dir/url" "$dir/version"
  pid=
  trap 'exit 130' INT TERM HUP
  trap 'cleanup_failed_start $?; remove_data_dir "$dir"' EXIT

  data=$(make_data_dir "$dir" clickhouse)
  marker=$data
  password=$(random_secret)
  (umask 077 && echo "$password" >"$dir/password")

  for _ in 1 2 3 4 5; do
    port=$(free_port)
    write_config "$data" "$password"
    "${as_server[@]}" clickhouse-server --config-file="$data/config.xml" </dev/null >"$dir/clickhouse.log" 2>&1 &
    pid=$!
    echo "$pid" >"$dir/pid"
    await_ready clickhouse_ready 'address already in use' "$dir/clickhouse.log" "$data/server.err.log" || continue
    setup_tables >"$dir/setup.log" 2>&1 || { tail -n 5 "$dir/setup.log" >&2; die "creating lotse.events failed"; }
    echo "http://127.0.0.1:$port/?user=default" >"$dir/url"
    echo "$name: http://127.0.0.1:$port (pid $pid, version $(cat "$dir/version"), data $data)"
    trap - EXIT INT TERM HUP
    return 0
  done
  die "no free port in 5 attempts"
}

stop() {
  dir=$1
  [ -d "$dir" ] || return 0
  dir=$(cd "$dir" && pwd)
  if [ -f "$dir/pid" ] && [ -f "$dir/datadir" ]; then
    terminate "$(cat "$dir/pid")" "$(cat "$dir/datadir")"
  fi
  remove_data_dir "$dir"
  rm -f "$dir/pid" "$dir/url"
}

case "${1:-}" in
  start) if [ $# -ne 2 ]; then usage; fi; start "$2" ;;
  stop) if [ $# -ne 2 ]; then usage; fi; stop "$2" ;;
  *) usage ;;
esac
