#!/usr/bin/env bash
# A throw-away Redis on 127.0.0.1 for the database tests.
#
#   redis.sh start DIR
#       Starts redis-server (as nobody when run as root, see unprivileged.sh)
#       on a free loopback port with persistence off, the DEBUG command
#       allowed from loopback (tests use DEBUG SLEEP to fill the slow log),
#       and two users: "default" with DIR/password (AUTH password) and
#       "lotse", allowed only read commands, with DIR/reader-password
#       (AUTH lotse password). It then writes keys:
#         session:1..40     with a TTL of one hour
#         session:41..65    without a TTL (25 keys)
#         cache:1..30       without a TTL (not sessions)
#       DIR/url holds redis://127.0.0.1:PORT/0, DIR/pid the pid, DIR/expected
#       the counts ("session_without_ttl 25" …); the log is DIR/redis.log.
#   redis.sh stop DIR
#       stops it and waits for it to exit; harmless when nothing runs.
#
# Needs the Debian packages redis-server and redis-tools, python3.
set -euo pipefail

name=redis.sh
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$here/common.sh"
# shellcheck source-path=SCRIPTDIR source=unprivileged.sh
. "$here/unprivileged.sh"

usage() { echo "usage: $name start DIR | stop DIR" >&2; exit 2; }

# Redis shows "redis-server 127.0.0.1:PORT" as its command line; that is the
# marker that tells our server from a recycled pid.
marker_of() { echo "127.0.0.1:$1"; }

fill_keys() {
  local i
  {
    for ((i = 1; i <= 40; i++)); do echo "SET session:$i user$i EX 3600"; done
    for ((i = 41; i <= 65; i++)); do echo "SET session:$i user$i"; done
    for ((i = 1; i <= 30; i++)); do echo "SET cache:$i value$i"; done
  } | redis-cli -h 127.0.0.1 -p "$port" --user default --pass "$(cat "$dir/password")" --no-auth-warning >/dev/null
  printf 'session_with_ttl 40\nsession_without_ttl 25\ncache_without_ttl 30\nkeys 95\n' >"$dir/expected"
}

# Answers once the server takes commands.
redis_ready() {
  [ "$(redis-cli -h 127.0.0.1 -p "$port" --user default --pass "$admin_password" --no-auth-warning ping 2>/dev/null)" = PONG ]
}

start() {
  dir=$1
  local admin_password reader_password
  need redis-server redis-server
  need redis-cli redis-tools
  need python3 python3
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [ -f "$dir/pid" ] && [ -f "$dir/port" ] && ours "$(cat "$dir/pid")" "$(marker_of "$(cat "$dir/port")")"; then
    die "the Redis of $dir runs already (pid $(cat "$dir/pid")): stop it first"
  fi
  rm -f "$dir/pid" "$dir/port" "$dir/url" "$dir/expected"
  pid=
  trap 'exit 130' INT TERM HUP
  trap 'cleanup_failed_start $?' EXIT
  admin_password=$(random_secret)
  reader_password=$(random_secret)
  (umask 077 && echo "$admin_password" >"$dir/password" && echo "$reader_password" >"$dir/reader-password")

  for _ in 1 2 3 4 5; do
    port=$(free_port)
    marker=$(marker_of "$port")
    # The configuration goes in on standard input ("-"), so the server's user
    # needs no access to DIR and no password shows on a command line.
    "${as_server[@]}" redis-server - >"$dir/redis.log" 2>&1 <<CONF &
port $port
bind 127.0.0.1
protected-mode yes
dir /tmp
save ""
appendonly no
daemonize no
logfile ""
loglevel warning
enable-debug-command local
slowlog-log-slower-than 10000
slowlog-max-len 128
user default on >$admin_password ~* &* +@all
user lotse on >$reader_password ~* &* +@read +@connection +info +dbsize +slowlog|get +slowlog|len +client|list +latency|latest +scan +ttl +pttl
CONF
    pid=$!
    echo "$pid" >"$dir/pid"
    await_ready redis_ready 'Address already in use' "$dir/redis.log" || continue
    ours "$pid" "$marker" || die "pid $pid does not look like the Redis on port $port"
    echo "$port" >"$dir/port"
    fill_keys
    echo "redis://127.0.0.1:$port/0" >"$dir/url"
    echo "$name: redis://127.0.0.1:$port/0 (pid $pid)"
    trap - EXIT INT TERM HUP
    return 0
  done
  die "no free port in 5 attempts"
}

stop() {
  dir=$1
  [ -d "$dir" ] || return 0
  dir=$(cd "$dir" && pwd)
  if [ -f "$dir/pid" ] && [ -f "$dir/port" ]; then
    terminate "$(cat "$dir/pid")" "$(marker_of "$(cat "$dir/port")")"
  fi
  rm -f "$dir/pid" "$dir/port" "$dir/url"
}

case "${1:-}" in
  start) if [ $# -ne 2 ]; then usage; fi; start "$2" ;;
  stop) if [ $# -ne 2 ]; then usage; fi; stop "$2" ;;
  *) usage ;;
esac
