# shellcheck shell=bash disable=SC2034
# Helpers of postgres.sh, redis.sh and clickhouse.sh (sourced after common.sh).
#
# Database servers refuse to run as root (PostgreSQL) or should not (Redis,
# ClickHouse): run as root, as CI on a fresh Debian does, the scripts start
# them as the user nobody with setpriv (util-linux, always installed), their
# data in a private directory under ${TMPDIR:-/tmp} that nobody owns, since
# DIR may sit below a home directory nobody cannot enter. Run as anyone else,
# the server runs as that user with its data in DIR.

# "${as_server[@]}" CMD...: runs CMD as the user the server runs as. An array,
# not a function, so that `... &` leaves the server's own pid in $! (setpriv
# execs it).
as_server=()
if [ "$(id -u)" -eq 0 ]; then
  as_server=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
fi

# make_data_dir DIR SUBDIR: creates the server's data directory, empty and
# owned by the server's user, records its path in DIR/datadir and prints it.
make_data_dir() {
  local dir=$1 sub=$2 data
  if [ "$(id -u)" -eq 0 ]; then
    need setpriv util-linux
    data=$(mktemp -d "${TMPDIR:-/tmp}/lotse-$sub.XXXXXX")
    chown nobody:nogroup "$data"
  else
    data=$dir/$sub
    rm -rf "$data"
    mkdir -p "$data"
  fi
  chmod 700 "$data"
  echo "$data" >"$dir/datadir"
  echo "$data"
}

# remove_data_dir DIR: removes the data directory make_data_dir recorded.
remove_data_dir() {
  local dir=$1 data
  [ -f "$dir/datadir" ] || return 0
  data=$(cat "$dir/datadir")
  case "$data" in
    */lotse-*.??????|"$dir"/*) rm -rf "$data" ;;
  esac
  rm -f "$dir/datadir"
}

# random_secret: a password for a throw-away server.
random_secret() {
  python3 -c 'import secrets; print(secrets.token_hex(12))'
}
