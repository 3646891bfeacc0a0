#!/usr/bin/env bash
# Runs a command against a real, throw-away Secret Service:
#   keyring-session.sh COMMAND [ARG...]
# The command runs on a private D-Bus session bus (dbus-run-session) where
# gnome-keyring-daemon serves org.freedesktop.secrets with a login keyring that
# it created and unlocked with a fixed password read from stdin. HOME, the
# XDG_*_HOME directories and XDG_RUNTIME_DIR point into a temporary directory,
# so the user's own keyring is never touched. The command sees
# LOTSE_KEYRING_SESSION=1 and LOTSE_KEYRING_ROOT (the temporary directory that
# holds HOME and XDG_RUNTIME_DIR), and its exit status is the script's.
# Afterwards the daemon is stopped and the directory removed.
# Needs the Debian packages gnome-keyring and dbus (scripts/setup-deps).
set -euo pipefail
name=keyring-session
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

[ $# -ge 1 ] || die "usage: keyring-session.sh COMMAND [ARG...]"

# Runs inside the private bus: starts the keyring, waits until it answers on
# the bus, runs the command, stops the keyring (also when told to stop early:
# the outer shell sends TERM to the pid in inside.pid).
inside() {
  echo $$ >"$LOTSE_KEYRING_ROOT/inside.pid"
  trap stop_inside EXIT
  trap 'exit 143' TERM INT HUP
  # The control directory is unique to this run, so it also marks the daemon
  # as ours for terminate (common.sh). gnome-keyring insists on mode 0700.
  control=$XDG_RUNTIME_DIR/keyring
  mkdir -m 700 "$control"
  local log=$LOTSE_KEYRING_ROOT/gnome-keyring.log
  # --unlock reads the login password from stdin; a login keyring that does
  # not exist yet is created with it, unlocked.
  gnome-keyring-daemon --foreground --unlock --components=secrets --control-directory="$control" \
    <"$LOTSE_KEYRING_ROOT/password" >"$log" 2>&1 &
  daemon=$!
  wait_for_secret_service "$daemon" "$control" ||
    { cat "$log" >&2; die "gnome-keyring-daemon did not serve org.freedesktop.secrets within $ready_timeout s"; }
  # In the background, so a TERM reaches the trap at once.
  "$@" &
  command=$!
  local status=0
  wait "$command" || status=$?
  command=
  return "$status"
}

# shellcheck disable=SC2317 # run by the EXIT trap
stop_inside() {
  [ -z "${command:-}" ] || kill -TERM "$command" 2>/dev/null || true
  [ -z "${daemon:-}" ] || terminate "$daemon" "$control"
}

# wait_for_secret_service PID MARKER: polls the bus (bounded) until the daemon
# owns org.freedesktop.secrets. NameHasOwner never activates a service, so the
# bus does not start a second, locked keyring of its own meanwhile.
wait_for_secret_service() {
  local i
  for ((i = 0; i < ready_timeout * 10; i++)); do
    ours "$1" "$2" || return 1
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
      grep -q 'boolean true' && return 0
    sleep 0.1
  done
  return 1
}

if [ "${LOTSE_KEYRING_SESSION:-}" = inside ]; then
  export LOTSE_KEYRING_SESSION=1
  inside "$@"
  exit
fi

need dbus-run-session dbus
need dbus-send dbus
need gnome-keyring-daemon gnome-keyring

root=$(mktemp -d "${TMPDIR:-/tmp}/lotse-keyring.XXXXXX")
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/home" "$root/runtime"
chmod 700 "$root/runtime"
printf '%s' 'lotse-test-keyring' >"$root/password"

# A clean environment of our own: no desktop hints (they steer QtKeychain's
# choice of backend towards KWallet), no display for prompts, no agent of the
# real session.
unset DISPLAY WAYLAND_DISPLAY XDG_CURRENT_DESKTOP DESKTOP_SESSION GNOME_DESKTOP_SESSION_ID \
  KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DBUS_SESSION_BUS_ADDRESS
export HOME=$root/home XDG_RUNTIME_DIR=$root/runtime
export XDG_CONFIG_HOME=$HOME/.config XDG_DATA_HOME=$HOME/.local/share XDG_CACHE_HOME=$HOME/.cache
export LOTSE_KEYRING_ROOT=$root
LOTSE_KEYRING_SESSION=inside dbus-run-session -- "${BASH_SOURCE[0]}" "$@" &
session=$!
# Told to stop: the inner shell stops the command and the daemon, then
# dbus-run-session ends the bus; only then is the directory removed.
trap 'kill -TERM "$(cat "$root/inside.pid" 2>/dev/null)" 2>/dev/null; wait "$session"; exit 143' TERM INT HUP
status=0
wait "$session" || status=$?
exit "$status"
