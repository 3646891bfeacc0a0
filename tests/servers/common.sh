# shellcheck shell=bash disable=SC2034,SC2154
# Helpers of the test server scripts (sourced, not run).
# The caller sets $name (for messages) before sourcing.

ready_timeout=${LOTSE_SERVER_TIMEOUT:-60}

die() { echo "$name: $*" >&2; exit 1; }

need() {
  command -v "$1" >/dev/null 2>&1 ||
    die "'$1' is missing: install the Debian package '$2' (scripts/setup-deps does)"
}

# running PID: is PID a live (non-zombie) process?
running() {
  local pid=$1 state
  [ -n "$pid" ] && [ -r "/proc/$pid/stat" ] || return 1
  state=$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1) || return 1
  [ -n "$state" ] && [ "$state" != Z ]
}

# ours PID MARKER: is PID a live process whose command line contains MARKER
# (the server's data path or address, unique to its DIR)? Guards against
# signalling a recycled pid.
ours() {
  running "$1" || return 1
  tr '\0' '\n' <"/proc/$1/cmdline" 2>/dev/null | grep -qF -- "$2"
}

# await_ready PROBE TAKEN LOG...: waits until the command PROBE succeeds while
# the server $pid runs. Returns 1 when the server exited because its port was
# taken meanwhile (a LOG matches the pattern TAKEN): the caller tries another
# port. Dies when it is not ready in time or exited for another reason.
await_ready() {
  local probe=$1 taken=$2 deadline=$((SECONDS + ready_timeout))
  shift 2
  while ((SECONDS < deadline)) && running "$pid"; do
    "$probe" && return 0
    sleep 0.2
  done
  running "$pid" && die "not ready within ${ready_timeout} s"
  grep -qi -- "$taken" "$@" 2>/dev/null || die "the server exited: $(tail -q -n 3 "$@" 2>/dev/null)"
  pid=
  echo "$name: port $port was taken, trying another" >&2
  return 1
}

# terminate PID MARKER: SIGTERM, wait up to 30 s for the exit, then SIGKILL.
terminate() {
  local pid=$1 marker=$2 i
  ours "$pid" "$marker" || return 0
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < 300; i++)); do
    ours "$pid" "$marker" || return 0
    sleep 0.1
  done
  echo "$name: pid $pid ignored SIGTERM for 30 s, killing it" >&2
  kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do
    ours "$pid" "$marker" || return 0
    sleep 0.1
  done
}

# A port that was free a moment ago; the caller retries if it is taken by the
# time the server binds it.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# stop_server DIR SUBDIR: stops the server whose data lives in DIR/SUBDIR.
stop_server() {
  local dir=$1 sub=$2
  [ -d "$dir" ] || return 0
  dir=$(cd "$dir" && pwd)
  if [ -f "$dir/pid" ]; then
    terminate "$(cat "$dir/pid")" "$dir/$sub"
  fi
  rm -f "$dir/pid" "$dir/url"
}

# Run by the EXIT trap of a start: on failure, the half-started server goes.
cleanup_failed_start() {
  local status=$1
  [ "$status" -ne 0 ] || return 0
  [ -z "${pid:-}" ] || terminate "$pid" "$marker"
  rm -f "$dir/pid" "$dir/url"
  echo "$name: start failed (logs in $dir)" >&2
}

# begin_start LABEL SUBDIR: makes $dir absolute, refuses a server of $dir that
# runs already, clears what an earlier one left, and arms the cleanup traps.
# Sets $marker (the data path that tells our process from others).
begin_start() {
  local label=$1
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  marker=$dir/$2
  if [ -f "$dir/pid" ] && ours "$(cat "$dir/pid")" "$marker"; then
    die "the $label of $dir runs already (pid $(cat "$dir/pid")): stop it first"
  fi
  rm -rf "$marker" "$dir/pid" "$dir/url"
  pid=
  trap 'exit 130' INT TERM HUP
  trap 'cleanup_failed_start $?' EXIT
}

# history_dir HIST: prints HIST, or writes a history into $dir and prints $dir.
history_dir() {
  if [ -n "$1" ]; then
    echo "$1"
    return
  fi
  python3 "$(dirname "${BASH_SOURCE[0]}")/../../scripts/history.py" write --out "$dir" >&2 ||
    die "scripts/history.py write failed"
  echo "$dir"
}
