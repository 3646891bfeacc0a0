#!/usr/bin/env bash
# A throw-away Prometheus on 127.0.0.1 serving the synthetic incident history.
#
#   prometheus.sh start DIR [HISTORY_DIR]
#       HISTORY_DIR/history.om (default: written into DIR by scripts/history.py)
#       is backfilled into DIR/data with promtool, then Prometheus starts on a
#       free port. Once it is ready, DIR/url holds http://127.0.0.1:PORT and
#       DIR/pid its process id; the log is DIR/prometheus.log.
#       LOTSE_SCRAPE=HOST:PORT[,HOST:PORT...] adds a scrape job (15 s,
#       honor_labels) for the live demo exporter; LOTSE_SCRAPE_NODE=HOST:PORT
#       a job "node" for prometheus-node-exporter; by default nothing is scraped.
#       LOTSE_RULES=DIR loads DIR/*.yaml as rule files, evaluated every
#       second, so that alerts turn pending without waiting for minutes.
#       LOTSE_SCRAPE_SELF=1 adds a job "prometheus" scraping the server's own
#       metrics every 5 s: live series, and its own count of the queries it
#       answered. LOTSE_KEEP_BLOCKS=1 keeps the backfilled blocks in
#       HISTORY_DIR/blocks and reuses them while they are newer than the history.
#       LOTSE_PROMETHEUS_PORT=PORT is tried first (the demo's known port, which
#       Lotse's welcome page looks for); a free port if it is taken.
#   prometheus.sh stop DIR
#       stops it and waits for it to exit; harmless when nothing runs.
#
# Needs the Debian package prometheus (prometheus, promtool), python3 and curl.
set -euo pipefail

name=prometheus.sh
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$here/common.sh"

# backfill OM DATA: OpenMetrics OM into blocks under DATA.
backfill() {
  # promtool reads the whole input again for every block it cuts: blocks of
  # 486 h (one of Prometheus's own compaction ranges, so it leaves them be)
  # keep that to a pass or two instead of one per two hours of history.
  promtool tsdb create-blocks-from openmetrics --quiet --max-block-duration=486h \
    "$1" "$2" >"$dir/promtool.log" 2>&1 ||
    { tail -n 5 "$dir/promtool.log" >&2; die "promtool could not backfill $1"; }
}

usage() { echo "usage: $name start DIR [HISTORY_DIR] | stop DIR" >&2; exit 2; }

write_config() {
  local port=$1
  {
    if [ -n "${LOTSE_RULES:-}" ]; then
      printf 'global:\n  scrape_interval: 15s\n  evaluation_interval: 1s\nrule_files:\n'
      printf '  - %s\n' "$LOTSE_RULES"/*.yaml
    else
      printf 'global:\n  scrape_interval: 15s\n  evaluation_interval: 15s\n'
    fi
    if [ -n "${LOTSE_SCRAPE:-}${LOTSE_SCRAPE_NODE:-}${LOTSE_SCRAPE_SELF:-}" ]; then
      printf 'scrape_configs:\n'
    else
      printf 'scrape_configs: []\n'
    fi
    if [ -n "${LOTSE_SCRAPE:-}" ]; then
      printf '  - job_name: lotse-demo\n    honor_labels: true\n'
      printf '    static_configs:\n      - targets: [%s]\n' "${LOTSE_SCRAPE//,/, }"
    fi
    if [ -n "${LOTSE_SCRAPE_SELF:-}" ]; then
      printf '  - job_name: prometheus\n    scrape_interval: 5s\n    static_configs:\n      - targets: [127.0.0.1:%s]\n' "$port"
    fi
    if [ -n "${LOTSE_SCRAPE_NODE:-}" ]; then
      printf '  - job_name: node\n    scrape_interval: 5s\n    static_configs:\n      - targets: [%s]\n' "${LOTSE_SCRAPE_NODE}"
    fi
  } >"$dir/prometheus.yml"
}

start() {
  dir=$1
  local hist=$2 port deadline url
  need prometheus prometheus
  need promtool prometheus
  need python3 python3
  need curl curl
  begin_start Prometheus data
  hist=$(history_dir "$hist")
  [ -f "$hist/history.om" ] || die "no $hist/history.om"

  if [ -n "${LOTSE_KEEP_BLOCKS:-}" ] && [ -d "$hist/blocks" ] && [ "$hist/blocks" -nt "$hist/history.om" ]; then
    cp -r "$hist/blocks" "$dir/data"
  else
    backfill "$hist/history.om" "$dir/data"
    if [ -n "${LOTSE_KEEP_BLOCKS:-}" ]; then
      rm -rf "$hist/blocks" "$hist/blocks.tmp"
      cp -r "$dir/data" "$hist/blocks.tmp" && mv "$hist/blocks.tmp" "$hist/blocks"
    fi
  fi

  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    if [ "$attempt" = 1 ] && [ -n "${LOTSE_PROMETHEUS_PORT:-}" ]; then port=$LOTSE_PROMETHEUS_PORT; fi
    url=http://127.0.0.1:$port
    write_config "$port"
    prometheus --config.file="$dir/prometheus.yml" --storage.tsdb.path="$dir/data" \
      --storage.tsdb.retention.time=100y --web.listen-address="127.0.0.1:$port" \
      </dev/null >"$dir/prometheus.log" 2>&1 &
    pid=$!
    echo "$pid" >"$dir/pid"
    deadline=$((SECONDS + ready_timeout))
    while ((SECONDS < deadline)) && ours "$pid" "$marker"; do
      # Ready, and ours: a server already on the port (the demo's, a test's)
      # answers too, until our process has failed to bind it.
      if curl -sf --noproxy '*' -m 2 -o /dev/null "$url/-/ready" &&
        curl -sf --noproxy '*' -m 2 "$url/api/v1/status/flags" | grep -qF "\"storage.tsdb.path\":\"$dir/data\""; then
        echo "$url" >"$dir/url"
        echo "$name: $url (pid $pid, data $dir/data)"
        trap - EXIT INT TERM HUP
        return 0
      fi
      sleep 0.2
    done
    ours "$pid" "$marker" && die "not ready within ${ready_timeout} s"
    # Someone took the port between free_port and the bind: try another.
    grep -q 'address already in use' "$dir/prometheus.log" ||
      die "prometheus exited: $(tail -n 3 "$dir/prometheus.log")"
    pid=
  done
  die "no free port in 5 attempts"
}

case "${1:-}" in
  start) if [ $# -lt 2 ] || [ $# -gt 3 ]; then usage; fi; start "$2" "${3:-}" ;;
  stop) if [ $# -ne 2 ]; then usage; fi; stop_server "$2" data ;;
  *) usage ;;
esac
