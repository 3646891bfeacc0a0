#!/usr/bin/env bash
# A throw-away VictoriaMetrics on 127.0.0.1 serving the synthetic incident history.
#
#   victoria-metrics.sh start DIR [HISTORY_DIR]
#       Starts victoria-metrics on a free port with its data in DIR/vm, imports
#       HISTORY_DIR/history.prom (default: written into DIR by scripts/history.py)
#       through /api/v1/import/prometheus, flushes it, and waits until a query
#       at every case's instant (cases.json, or the end of a demo,
#       demo-state.json) returns data. Then DIR/url holds http://127.0.0.1:PORT
#       and DIR/pid its process id; the log is DIR/victoria-metrics.log.
#   victoria-metrics.sh stop DIR
#       stops it and waits for it to exit; harmless when nothing runs.
#
# Needs the Debian package victoria-metrics, python3 and curl.
set -euo pipefail

name=victoria-metrics.sh
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$here/common.sh"

usage() { echo "usage: $name start DIR [HISTORY_DIR] | stop DIR" >&2; exit 2; }

# Polls until an instant query at every instant the history holds returns
# series; exits non-zero at the deadline.
wait_for_data() {
  python3 - "$1" "$2" "$ready_timeout" <<'PY'
import json, os, sys, time, urllib.parse, urllib.request
url, hist, timeout = sys.argv[1], sys.argv[2], float(sys.argv[3])
if os.path.exists(os.path.join(hist, 'cases.json')):
    with open(os.path.join(hist, 'cases.json')) as f:
        instants = sorted({c['at'] for c in json.load(f)})
else:
    with open(os.path.join(hist, 'demo-state.json')) as f:
        instants = [json.load(f)['end']]
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
deadline = time.monotonic() + timeout
pending = list(instants)
while pending:
    body = urllib.parse.urlencode({'query': 'count({job!=""})', 'time': pending[0]}).encode()
    try:
        with opener.open(url + '/api/v1/query', body, timeout=10) as r:
            result = json.load(r)['data']['result']
    except OSError:
        result = []
    if result and float(result[0]['value'][1]) > 0:
        pending.pop(0)
        continue
    if time.monotonic() > deadline:
        sys.exit(f'no data at {pending[0]} after {timeout:g} s')
    time.sleep(0.2)
PY
}

start() {
  dir=$1
  local hist=$2 port deadline url up
  need victoria-metrics victoria-metrics
  need python3 python3
  need curl curl
  begin_start VictoriaMetrics vm
  hist=$(history_dir "$hist")
  [ -f "$hist/history.prom" ] || die "no $hist/history.prom"
  [ -f "$hist/cases.json" ] || [ -f "$hist/demo-state.json" ] ||
    die "neither $hist/cases.json nor $hist/demo-state.json"

  for _ in 1 2 3 4 5; do
    port=$(free_port)
    url=http://127.0.0.1:$port
    # -search.disableCache: results over freshly imported history must not be
    # served from a cache filled before the import was complete.
    # -search.latencyOffset=0s: samples up to the query's instant count.
    victoria-metrics -httpListenAddr="127.0.0.1:$port" -storageDataPath="$dir/vm" \
      -retentionPeriod=100y -search.latencyOffset=0s -search.disableCache \
      </dev/null >"$dir/victoria-metrics.log" 2>&1 &
    pid=$!
    echo "$pid" >"$dir/pid"
    up=
    deadline=$((SECONDS + ready_timeout))
    while ((SECONDS < deadline)) && ours "$pid" "$marker"; do
      if curl -sf --noproxy '*' -m 2 -o /dev/null "$url/health"; then
        up=1
        break
      fi
      sleep 0.2
    done
    [ -z "$up" ] || break
    ours "$pid" "$marker" && die "not answering within ${ready_timeout} s"
    # Someone took the port between free_port and the bind: try another.
    grep -q 'address already in use' "$dir/victoria-metrics.log" ||
      die "victoria-metrics exited: $(tail -n 3 "$dir/victoria-metrics.log")"
    pid=
  done
  [ -n "$up" ] || die "no free port in 5 attempts"

  curl -sS --fail --noproxy '*' -X POST -T "$hist/history.prom" \
    "$url/api/v1/import/prometheus" || die "the import of $hist/history.prom failed"
  curl -sS --fail --noproxy '*' -o /dev/null "$url/internal/force_flush" ||
    die "/internal/force_flush failed"
  wait_for_data "$url" "$hist" || die "the imported history does not show up in queries"

  echo "$url" >"$dir/url"
  echo "$name: $url (pid $pid, data $dir/vm)"
  trap - EXIT INT TERM HUP
}

case "${1:-}" in
  start) if [ $# -lt 2 ] || [ $# -gt 3 ]; then usage; fi; start "$2" "${3:-}" ;;
  stop) if [ $# -ne 2 ]; then usage; fi; stop_server "$2" vm ;;
  *) usage ;;
esac
