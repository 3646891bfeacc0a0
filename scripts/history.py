#!/usr/bin/env python3
"""Synthetic Prometheus history for Lotse's five seed systems.

The history is a sequence of *cases*: one system in a known state (healthy, or
one or more incidents) up to the case's own instant `at`. Case number i ends at
BASE + i * SPACING (BASE = 2026-01-15T12:00:00Z, SPACING = 6 h); it has samples
every 15 s for two hours before its instant (KATO's memory series for 3 h 15 min,
for the memory.leak rule) and none after it. No query window at one case's
instant reaches another case's samples, and with at least 2 h 45 min between the
end of one case and the start of the next, the 5-minute lookback never bleeds.

  history.py list
      NAME SYSTEM AT SLUG:SEVERITY,...   (or `healthy`), one line per case
  history.py write --out DIR [--cases a,b,c]
      DIR/history.om     OpenMetrics, seconds   (promtool tsdb create-blocks-from openmetrics)
      DIR/history.prom   Prometheus text, ms    (VictoriaMetrics /api/v1/import/prometheus)
      DIR/cases.json     [{name, system, at, time, expect: [{slug, severity}], forbid: [slug], description}]
  history.py write --out DIR --demo [--end UNIX] [--node HOST:PORT]
      four hours of all five systems and of the host (node_exporter's series,
      continuing those of the node_exporter at --node) ending at --end
      (default: now), with a KATO database slowdown in the last 40 minutes;
      DIR/history.om, DIR/history.prom and DIR/demo-state.json for `serve`
  history.py write --out DIR --bench
      the benchmark's history (tests/bench/bench_dashboard): BENCH_SERIES
      gauges lotse_bench_value{instance="bench-NNN"} every 15 s for 7 days up to
      BENCH_END, in DIR/history.om only; kept when DIR already holds it
  history.py write --out DIR --ceph --end UNIX
      two hours of a small Ceph cluster (three OSDs, two pools) under the
      names of Ceph's mgr exporter, as Grafana's Ceph dashboards read them
  history.py serve --state DIR/demo-state.json --port P
      a /metrics exporter on 127.0.0.1:P continuing the demo series live
  history.py verify --url URL [--cases a,b,c] [-v]
      evaluates the rules of the metric contract at each case's instant against
      a Prometheus-compatible server and checks expect/forbid (exit 1 on a miss)

Standard library only; the output is deterministic (one seeded RNG per case).

The code lives in scripts/lotse_history/, a module per concern; this file is
its command line and the names tests/alerts/alertcases.py imports from it.
"""

import argparse
import os
import sys
import time

from lotse_history.bench import write_bench
from lotse_history.cases import CASE_BY_NAME, CASES
from lotse_history.ceph import write_ceph
from lotse_history.demo import write_demo
from lotse_history.serve import serve
from lotse_history.signals import HISTORY, STEP
from lotse_history.systems import instruments
from lotse_history.verify import verify
from lotse_history.writer import Store, case_rng, write_cases

# What `import history` offers (tests/alerts/alertcases.py): the cases and
# what it takes to write one case's series itself.
__all__ = ['CASES', 'CASE_BY_NAME', 'HISTORY', 'STEP', 'Store', 'case_rng', 'instruments', 'main']


def select(names):
    if not names:
        return list(CASES)
    chosen = []
    for n in names.split(','):
        n = n.strip()
        if n not in CASE_BY_NAME:
            raise SystemExit(f'history.py: unknown case {n!r} (see history.py list)')
        chosen.append(CASE_BY_NAME[n])
    return sorted(chosen, key=lambda c: c.index)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    sub = ap.add_subparsers(dest='cmd', required=True)
    sub.add_parser('list', help='one line per case: NAME SYSTEM AT SLUG:SEVERITY,...|healthy')
    w = sub.add_parser('write', help='write the history of the cases (or the demo)')
    w.add_argument('--out', required=True)
    w.add_argument('--cases', help='comma-separated case names (default: all)')
    w.add_argument('--demo', action='store_true', help='write the demo timeline instead')
    w.add_argument('--bench', action='store_true', help='write the benchmark\'s history instead')
    w.add_argument('--ceph', action='store_true', help='write a small Ceph cluster up to --end instead')
    w.add_argument('--end', type=int, help='demo: Unix time of the last sample (default: now)')
    w.add_argument('--node', help='demo: HOST:PORT of a node_exporter whose series to continue')
    w.add_argument('--relabel-job', metavar='FROM=TO', help='write job="FROM" as job="TO"')
    s = sub.add_parser('serve', help='export the demo series live on 127.0.0.1')
    s.add_argument('--state', required=True)
    s.add_argument('--port', type=int, required=True, help='0 picks a free port (printed)')
    v = sub.add_parser('verify', help='check the cases against a Prometheus-compatible server')
    v.add_argument('--url', required=True)
    v.add_argument('--cases')
    v.add_argument('-v', '--verbose', action='store_true')
    args = ap.parse_args(argv[1:])

    if args.cmd == 'list':
        for c in CASES:
            expect = ','.join(f'{e["slug"]}:{e["severity"]}' for e in c.expect) or 'healthy'
            print(c.name, c.system, c.at, expect)
        return 0
    if args.cmd == 'write':
        os.makedirs(args.out, exist_ok=True)
        if args.bench:
            if args.demo or args.ceph or args.cases or args.end is not None or args.node or args.relabel_job:
                ap.error('--bench takes no other option')
            n = write_bench(args.out)
        elif args.ceph:
            if args.cases or args.demo or args.end is None:
                ap.error('--ceph takes --end, and no --cases or --demo')
            n = write_ceph(args.out, args.end - args.end % STEP)
        elif args.demo:
            if args.cases:
                ap.error('--demo takes no --cases')
            end = args.end if args.end is not None else int(time.time())
            end -= end % STEP
            n = write_demo(args.out, end, args.node)
        else:
            if args.end is not None or args.node:
                ap.error('--end and --node only go with --demo')
            relabel = tuple(args.relabel_job.split('=', 1)) if args.relabel_job else None
            n = write_cases(args.out, select(args.cases), relabel)
        print(f'history.py: {n} samples written to {args.out}', file=sys.stderr)
        return 0
    if args.cmd == 'serve':
        return serve(args.state, args.port)
    if args.cmd == 'verify':
        return verify(args.url, select(args.cases), args.verbose)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
