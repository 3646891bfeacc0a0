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
"""

import argparse
import json
import math
import os
import random
import re
import signal
import sys
import time
import urllib.parse
import urllib.request
import zlib
from http.server import BaseHTTPRequestHandler, HTTPServer

BASE = 1768478400            # 2026-01-15T12:00:00Z, the instant of case 0
SPACING = 6 * 3600           # between the instants of two consecutive cases
STEP = 15                    # seconds between samples (a default scrape interval)
HOUR = 3600
# Samples before a case's instant. Every rule looks back at most one hour but
# KATO's memory.leak, which compares memory % over the last three hours: KATO's
# memory series go back further (LONG_HISTORY), keeping the output small.
HISTORY = 2 * HOUR
LONG_HISTORY = 3 * HOUR + 15 * 60
DEMO_HISTORY = 4 * HOUR
DEMO_INCIDENT_MINUTES = 40

# The classic client-library buckets.
BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
GIB = 1 << 30


# --------------------------------------------------------------------------
# Signals: a knob of a system is a function of the Unix time t.

class Shift:
    """The incident: the knob leaves its baseline `minutes` before the case's
    instant and reaches `value` after a short transition; it stays there."""

    def __init__(self, value, minutes=40, transition=180):
        self.value, self.minutes, self.transition = value, minutes, transition

    def bind(self, base, at):
        onset = at - self.minutes * 60
        end = onset + self.transition
        value, transition = self.value, self.transition

        def f(t):
            if t <= onset:
                return base(t)
            if t >= end:
                return value
            w = (t - onset) / transition
            return base(t) * (1 - w) + value * w
        return f


class Ramp:
    """Linear growth from `start` (`minutes` before the instant) to `end` (at
    the instant); flat before, growing on after it."""

    def __init__(self, start, end, minutes):
        self.start, self.end, self.minutes = start, end, minutes

    def bind(self, base, at):
        t0 = at - self.minutes * 60
        slope = (self.end - self.start) / (self.minutes * 60)
        start = self.start
        return lambda t: start if t <= t0 else start + slope * (t - t0)


class Path:
    """Piecewise linear through (minutes before the instant, value) points,
    oldest first; flat before the first and after the last."""

    def __init__(self, *points):
        self.points = points

    def bind(self, base, at):
        pts = [(at - m * 60, v) for m, v in self.points]

        def f(t):
            if t <= pts[0][0]:
                return pts[0][1]
            for (t0, v0), (t1, v1) in zip(pts, pts[1:]):
                if t <= t1:
                    return v0 + (v1 - v0) * (t - t0) / (t1 - t0)
            return pts[-1][1]
        return f


def load(t):
    """A gentle traffic wave (within +-9 %) shared by every system."""
    return 1 + 0.06 * math.sin(2 * math.pi * t / (3 * HOUR)) \
        + 0.03 * math.sin(2 * math.pi * t / (47 * 60) + 1.0)


WAVY = {'rps', 'cpu', 'ch_cpu', 'qd_cpu', 'ch_qps', 'db_qps', 'cache_ops', 'records', 'segs'}


def resolve(defaults, overrides, at):
    """Knob name -> f(t): the baseline from `defaults` (rates and CPU follow
    the load wave), replaced or shifted by the case's overrides."""
    unknown = set(overrides) - set(defaults)
    if unknown:
        raise ValueError(f'unknown knobs {sorted(unknown)}')
    knobs = {}
    for name, value in defaults.items():
        o = overrides.get(name)
        if isinstance(o, (int, float)):
            value, o = o, None          # a plain number is a new baseline
        if name in WAVY:
            base = (lambda v: (lambda t: v * load(t)))(value)
        else:
            base = (lambda v: (lambda t: v))(value)
        knobs[name] = o.bind(base, at) if o is not None else base
    return knobs


# --------------------------------------------------------------------------
# Instruments: each owns one or more series and yields their next values.

class Series:
    __slots__ = ('family', 'kind', 'name', 'labels', 'sid', 'integer', 'digits')

    def __init__(self, family, kind, name, labels, integer=False, digits=4):
        self.family, self.kind, self.name = family, kind, name
        self.labels = '{' + ','.join(f'{k}="{v}"' for k, v in sorted(labels.items())) + '}'
        self.sid = name + self.labels
        self.integer, self.digits = integer, digits

    def fmt(self, v):
        if self.integer:
            return str(int(v))
        s = f'{v:.{self.digits}f}'.rstrip('0')
        return s[:-1] if s.endswith('.') else s


def _counter_family(name):
    return name[:-len('_total')] if name.endswith('_total') else name


class Gauge:
    def __init__(self, name, labels, fn, noise=0.02, integer=False, hi=None, digits=4,
                 history=0):
        self.series = [Series(name, 'gauge', name, labels, integer, digits)]
        self.fn, self.noise, self.integer, self.hi = fn, noise, integer, hi
        self.history = history      # seconds of samples wanted, if more than the case's

    def restore(self, state):
        pass

    def step(self, t, rng):
        v = self.fn(t)
        if self.noise:
            v *= 1 + rng.uniform(-self.noise, self.noise)
        v = max(0.0, v)
        if self.hi is not None:
            v = min(v, self.hi(t))
        return [round(v) if self.integer else v]


class Counter:
    """Integrates a per-second rate. `kind='gauge'` for node_exporter's
    netstat values, which only grow but carry no _total."""

    def __init__(self, name, labels, rate, noise=0.03, integer=True, kind='counter', digits=4,
                 start=None):
        family = _counter_family(name) if kind == 'counter' else name
        self.series = [Series(family, kind, name, labels, integer, digits)]
        self.rate, self.noise, self.integer = rate, noise, integer
        self.start = start          # the first value, else a random one
        self.acc = None
        self.last = None
        self.history = 0

    def restore(self, state):
        self.acc, self.last = state['acc'][self.series[0].sid], state['end']

    def step(self, t, rng):
        if self.acc is None:
            self.acc = self.start if self.start is not None else float(rng.randint(2000, 90000))
        elif t > self.last:
            inc = self.rate(t) * (t - self.last) * (1 + rng.uniform(-self.noise, self.noise))
            self.acc += max(0.0, inc)
        self.last = t
        return [math.floor(self.acc) if self.integer else self.acc]

    def state(self):
        return {self.series[0].sid: self.acc}


def bucket_fractions(p95):
    """Cumulative share of observations at each finite bucket bound, made so
    that histogram_quantile(0.95, ...) interpolates exactly to p95: the bucket
    holding p95 carries 4 % of the observations, split around p95."""
    p95 = min(max(p95, 0.006), BUCKETS[-1] * 0.9)
    k = next(i for i, le in enumerate(BUCKETS) if le >= p95)
    lo = BUCKETS[k - 1] if k else 0.0
    r = (p95 - lo) / (BUCKETS[k] - lo)
    width = 0.04
    f = [0.0] * len(BUCKETS)
    f[k] = 0.95 + (1 - r) * width
    if k:
        f[k - 1] = 0.95 - r * width
        for j in range(k - 2, -1, -1):
            f[j] = f[j + 1] * 0.4
    rest = 1 - f[k]
    for j in range(k + 1, len(BUCKETS)):
        rest *= 0.25
        f[j] = 1 - rest
    return f


class Histogram:
    """Cumulative buckets, _sum and _count of a latency whose p95 and mean
    follow two knobs (mean defaults to 40 % of p95)."""

    def __init__(self, name, labels, rate, p95, mean=None, jitter=0.02):
        les = [f'{le:g}' for le in BUCKETS] + ['+Inf']     # as Go's client writes them
        self.series = [Series(name, 'histogram', name + '_bucket', dict(labels, le=le), True)
                       for le in les]
        self.series.append(Series(name, 'histogram', name + '_sum', labels, False, 3))
        self.series.append(Series(name, 'histogram', name + '_count', labels, True))
        self.rate, self.p95, self.mean, self.jitter = rate, p95, mean, jitter
        self.acc = None
        self.last = None
        self.history = 0

    def restore(self, state):
        self.acc = [state['acc'][s.sid] for s in self.series]
        self.last = state['end']

    def step(self, t, rng):
        if self.acc is None:
            n0 = float(rng.randint(5000, 500000))
            f = bucket_fractions(self.p95(t))
            mean = self.mean(t) if self.mean else 0.4 * self.p95(t)
            self.acc = [n0 * x for x in f] + [n0, n0 * mean, n0]
        elif t > self.last:
            n = max(0.0, self.rate(t) * (t - self.last) * (1 + rng.uniform(-0.03, 0.03)))
            p95 = self.p95(t) * (1 + rng.uniform(-self.jitter, self.jitter))
            mean = self.mean(t) if self.mean else 0.4 * p95
            f = bucket_fractions(p95)
            acc = self.acc
            for j, x in enumerate(f):
                acc[j] += n * x
            acc[-3] += n           # +Inf
            acc[-2] += n * mean    # _sum
            acc[-1] += n           # _count
        self.last = t
        a = self.acc
        return [math.floor(x) for x in a[:-2]] + [a[-2], math.floor(a[-1])]

    def state(self):
        return {s.sid: v for s, v in zip(self.series, self.acc)}


def scaled(fn, k):
    return lambda t: fn(t) * k


# --------------------------------------------------------------------------
# The five systems, in the metric contract.

HELP = {
    'kato_request_duration_seconds': 'KATO prediction request latency.',
    'kato_requests': 'KATO requests served, by status.',
    'kato_requests_rejected': 'KATO requests rejected before processing.',
    'kato_queue_depth': 'KATO requests waiting for a worker.',
    'kato_sessions_active': 'KATO sessions held in memory.',
    'kato_db_connections_in_use': 'KATO database connections in use.',
    'kato_db_connections_max': 'KATO database connection pool size.',
    'kato_predictions_returned': 'Predictions in the last response (average).',
    'clickhouse_query_duration_seconds': 'ClickHouse query latency seen by KATO.',
    'process_cpu_seconds': 'Total user and system CPU time spent in seconds.',
    'process_resident_memory_bytes': 'Resident memory size in bytes.',
    'container_spec_memory_limit_bytes': 'Memory limit of the container.',
    'node_netstat_Tcp_OutSegs': 'Statistic TcpOutSegs.',
    'node_netstat_Tcp_RetransSegs': 'Statistic TcpRetransSegs.',
    'http_request_duration_seconds': 'HTTP request latency.',
    'http_requests': 'HTTP requests served, by status.',
    'go_goroutines': 'Number of goroutines that currently exist.',
    'go_memstats_heap_inuse_bytes': 'Number of heap bytes that are in use.',
    'db_query_duration_seconds': 'Database query latency.',
    'db_connections_active': 'Database connections in use.',
    'db_connections_max': 'Database connection pool size.',
    'db_slow_queries': 'Database queries slower than the slow-query threshold.',
    'redis_cache_hits': 'Cache lookups answered from Redis.',
    'redis_cache_operations': 'Cache lookups sent to Redis.',
    'greenlang_llm_cost_usd': 'Money spent on LLM calls.',
    'greenlang_records_processed': 'Records processed by the agents.',
    'greenlang_agent_duration_seconds': 'Agent time per processed record.',
    'db_queries': 'Database queries sent.',
    'node_cpu_seconds': 'Seconds the CPUs spent in each mode.',
    'node_network_receive_bytes': 'Network device statistic receive_bytes.',
    'node_network_transmit_bytes': 'Network device statistic transmit_bytes.',
    'node_memory_MemTotal_bytes': 'Memory information field MemTotal_bytes.',
    'node_memory_MemAvailable_bytes': 'Memory information field MemAvailable_bytes.',
    'node_load1': '1m load average.',
}

SYSTEMS = ('kato', 'tmi', 'greenlang', 'keiko', 'promptcard')

# Every slug of the contract with its severity (TMI's depends on the band).
SLUGS = {
    'kato': {s: 'critical' for s in (
        'latency.database', 'latency.network', 'latency.application',
        'cpu.contention', 'cpu.kato', 'cpu.database',
        'memory.sessions', 'memory.leak', 'memory.dataset',
        'throughput.connection_pool', 'throughput.rate_limiting', 'throughput.queue_backlog',
        'intermittent.spikes', 'intermittent.periodic', 'intermittent.random')},
    'tmi': {'high_response_time': None, 'high_error_rate': None, 'high_cpu': None,
            'high_memory': None, 'goroutine_leak': None, 'database': 'warning', 'cache': 'warning'},
    'greenlang': {'llm_cost': 'warning', 'slow_agent': 'warning', 'memory_growth': 'warning',
                  'database_bottleneck': 'warning', 'low_cache_hit_rate': 'warning',
                  'api_latency': 'warning', 'connection_pool_exhaustion': 'critical',
                  'slow_query': 'warning'},
    'keiko': {'api_response_time': 'critical', 'throughput': 'critical', 'cpu_usage': 'warning',
              'memory_usage': 'warning', 'error_rate': 'critical'},
    'promptcard': {s: 'warning' for s in (
        'high_response_time', 'low_throughput', 'high_error_rate', 'high_cpu', 'memory',
        'database')},
}

# Healthy baselines: every value sits far from every threshold of its system.
DEFAULTS = {
    'kato': dict(instances=1, exact=0.0, rps=250.0, p95=0.05, err=0.002, cpu=35.0, mem=45.0, limit=8 * GIB,
                 ch_qps=60.0, ch_p95=0.03, ch_mean=0.012, ch_cpu=30.0, qd_cpu=20.0,
                 sessions=1200.0, queue=3.0, pool=0.24, pool_max=50.0, rejected=0.02,
                 predictions=25.0, segs=6000.0, retrans=0.001),
    'tmi': dict(instances=1, exact=0.0, rps=180.0, p95=0.12, err=0.001, e4xx=0.015, cpu=30.0, mem=45.0,
                limit=2 * GIB, goroutines=240.0, db_qps=400.0, db_p95=0.012, db_mean=0.005,
                conns=0.4, conns_max=20.0, slow=0.02, cache_ops=500.0, hit=0.85),
    'greenlang': dict(instances=1, exact=0.0, rps=60.0, p95=0.15, err=0.002, e4xx=0.01, cpu=35.0, mem=40.0,
                      limit=4 * GIB, db_qps=300.0, db_p95=0.008, db_mean=0.003, conns=0.4,
                      conns_max=20.0, slow=0.02, cache_ops=200.0, hit=0.85, llm=1.2e-4,
                      records=40.0, agent_p95=0.6, agent_mean=0.25),
    'keiko': dict(instances=1, exact=0.0, rps=1500.0, p95=0.08, err=0.0002, e4xx=0.01, cpu=30.0, mem=50.0,
                  limit=2 * GIB),
    'promptcard': dict(instances=1, exact=0.0, rps=40.0, p95=0.4, err=0.002, e4xx=0.01, cpu=30.0, mem=50.0,
                       limit=1 * GIB, db_qps=120.0, db_p95=0.025, db_mean=0.01, conns=0.25,
                       conns_max=20.0, slow=0.01),
}

PORTS = {'kato': 8000, 'tmi': 8080, 'greenlang': 8000, 'keiko': 8000, 'promptcard': 3001}


def instance_name(system, i):
    return f'{system}-{i}:{PORTS[system]}'


def web(job, labels, k, n, latency='http_request_duration_seconds',
        requests='http_requests_total', with_4xx=True, mem_history=0):
    """Request latency and count, CPU and memory of one instance of n."""
    rps = scaled(k['rps'], 1 / n)
    err = k['err']
    e4xx = k.get('e4xx', lambda t: 0.0)
    out = [
        Histogram(latency, labels, rps, k['p95']),
        Counter(requests, dict(labels, status='200'),
                lambda t: rps(t) * (1 - err(t) - e4xx(t))),
        Counter(requests, dict(labels, status='500'), lambda t: rps(t) * err(t) * 0.7),
        Counter(requests, dict(labels, status='503'), lambda t: rps(t) * err(t) * 0.3),
    ]
    if with_4xx:
        out.append(Counter(requests, dict(labels, status='404'), lambda t: rps(t) * e4xx(t)))
    limit = k['limit']
    # `exact`: gauges without noise, so that a case can hit a band's edge.
    mem_noise = 0 if k['exact'](0) else 0.004
    out += [
        Counter('process_cpu_seconds_total', labels, lambda t: k['cpu'](t) / 100,
                integer=False, digits=2),
        Gauge('process_resident_memory_bytes', labels,
              lambda t: k['mem'](t) / 100 * limit(t), noise=mem_noise, integer=True,
              history=mem_history),
        Gauge('container_spec_memory_limit_bytes', labels, limit, noise=0, integer=True,
              history=mem_history),
    ]
    return out


def database(labels, k, n, with_cache=True):
    conns_max = k['conns_max']
    out = [
        Histogram('db_query_duration_seconds', labels, scaled(k['db_qps'], 1 / n),
                  k['db_p95'], k['db_mean']),
        Gauge('db_connections_active', labels, lambda t: k['conns'](t) * conns_max(t),
              noise=0.05, integer=True, hi=conns_max),
        Gauge('db_connections_max', labels, conns_max, noise=0, integer=True),
        Counter('db_slow_queries_total', labels, scaled(k['slow'], 1 / n)),
    ]
    if with_cache:
        ops = scaled(k['cache_ops'], 1 / n)
        out += [Counter('redis_cache_operations_total', labels, ops),
                Counter('redis_cache_hits_total', labels, lambda t: ops(t) * k['hit'](t))]
    return out


def build_kato(k, n, ks=None):
    """`ks`: one knob set per instance, where instances differ (else `k`)."""
    out = []
    for i in range(n):
        lab = {'job': 'kato', 'instance': instance_name('kato', i)}
        out += web('kato', lab, ks[i] if ks else k, n, latency='kato_request_duration_seconds',
                   requests='kato_requests_total', with_4xx=False, mem_history=LONG_HISTORY)
        pool_max = k['pool_max']
        out += [
            Counter('kato_requests_rejected_total', dict(lab, reason='rate_limit'),
                    scaled(k['rejected'], 1 / n)),
            Gauge('kato_queue_depth', lab, scaled(k['queue'], 1 / n), noise=0.1, integer=True),
            Gauge('kato_sessions_active', lab, scaled(k['sessions'], 1 / n), integer=True),
            Gauge('kato_db_connections_in_use', lab, lambda t: k['pool'](t) * pool_max(t),
                  noise=0 if k['exact'](0) else 0.05, integer=True, hi=pool_max),
            Gauge('kato_db_connections_max', lab, pool_max, noise=0, integer=True),
            Gauge('kato_predictions_returned', lab, k['predictions'], noise=0.05, digits=1),
            Histogram('clickhouse_query_duration_seconds', lab, scaled(k['ch_qps'], 1 / n),
                      k['ch_p95'], k['ch_mean']),
        ]
    out += [
        Counter('process_cpu_seconds_total', {'job': 'clickhouse', 'instance': 'clickhouse-0:9363'},
                lambda t: k['ch_cpu'](t) / 100, integer=False, digits=2),
        Counter('process_cpu_seconds_total', {'job': 'qdrant', 'instance': 'qdrant-0:6333'},
                lambda t: k['qd_cpu'](t) / 100, integer=False, digits=2),
    ]
    node = {'job': 'node', 'instance': 'kato-node-0:9100'}
    out += [Counter('node_netstat_Tcp_OutSegs', node, k['segs'], kind='gauge'),
            Counter('node_netstat_Tcp_RetransSegs', node,
                    lambda t: k['segs'](t) * k['retrans'](t), kind='gauge')]
    return out


def build_tmi(k, n):
    out = []
    for i in range(n):
        lab = {'job': 'tmi', 'instance': instance_name('tmi', i)}
        out += web('tmi', lab, k, n)
        out += [Gauge('go_goroutines', lab, k['goroutines'], integer=True,
                      noise=0 if k['exact'](0) else 0.02),
                Gauge('go_memstats_heap_inuse_bytes', lab,
                      lambda t: 0.55 * k['mem'](t) / 100 * k['limit'](t), integer=True)]
        out += database(lab, k, n)
    return out


def build_greenlang(k, n):
    out = []
    for i in range(n):
        lab = {'job': 'greenlang', 'instance': instance_name('greenlang', i)}
        out += web('greenlang', lab, k, n)
        out += database(lab, k, n)
        records = scaled(k['records'], 1 / n)
        out += [Counter('greenlang_llm_cost_usd_total', lab, scaled(k['llm'], 1 / n),
                        integer=False, digits=6),
                Counter('greenlang_records_processed_total', lab, records),
                Histogram('greenlang_agent_duration_seconds', lab, records,
                          k['agent_p95'], k['agent_mean'])]
    return out


def build_keiko(k, n):
    out = []
    for i in range(n):
        out += web('keiko', {'job': 'keiko', 'instance': instance_name('keiko', i)}, k, n)
    return out


def build_promptcard(k, n):
    out = []
    for i in range(n):
        lab = {'job': 'promptcard', 'instance': instance_name('promptcard', i)}
        out += web('promptcard', lab, k, n)
        out += database(lab, k, n, with_cache=False)
    return out


BUILDERS = {'kato': build_kato, 'tmi': build_tmi, 'greenlang': build_greenlang,
            'keiko': build_keiko, 'promptcard': build_promptcard}


def instruments(system, overrides, at):
    """`per_instance={i: {knob: override, 'age': minutes}}` (KATO): instance i
    has knobs of its own, and with `age` it started that many minutes before
    the instant, so it has no samples before."""
    knobs = dict(overrides)
    n = knobs.pop('instances', DEFAULTS[system]['instances'])
    per = knobs.pop('per_instance', {})
    defaults = {k: v for k, v in DEFAULTS[system].items() if k != 'instances'}
    if not per:
        return BUILDERS[system](resolve(defaults, knobs, at), n)
    own = [dict(knobs, **{k: v for k, v in per.get(i, {}).items() if k != 'age'}) for i in range(n)]
    insts = BUILDERS[system](resolve(defaults, knobs, at), n, [resolve(defaults, o, at) for o in own])
    for i, o in per.items():
        if 'age' in o:
            label = f'instance="{instance_name(system, i)}"'
            for inst in insts:
                if label in inst.series[0].labels:
                    inst.born = at - o['age'] * 60
    return insts


# --------------------------------------------------------------------------
# The cases. Their order fixes their instants: append new cases at the end.

class Case:
    def __init__(self, index, name, system, expect, description, knobs):
        self.index, self.name, self.system = index, name, system
        self.at = BASE + index * SPACING
        self.description, self.knobs = description, knobs
        table = SLUGS[system]
        self.expect = []
        for e in expect:
            slug, severity = (e, table[e]) if isinstance(e, str) else e
            if slug not in table or severity not in ('warning', 'critical'):
                raise ValueError(f'{name}: bad expectation {e!r}')
            self.expect.append({'slug': slug, 'severity': severity})
        expected = {e['slug'] for e in self.expect}
        self.forbid = [s for s in table if s not in expected]

    def json(self):
        return {'name': self.name, 'system': self.system, 'at': self.at,
                'time': time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime(self.at)),
                'expect': self.expect, 'forbid': self.forbid,
                'description': self.description}


CASES = []


def case(name, system, expect, description, **knobs):
    CASES.append(Case(len(CASES), name, system, expect, description, knobs))


W, C = 'warning', 'critical'

# KATO: the guide's decision tree. Every leaf but the manual intermittent ones.
case('kato-healthy', 'kato', [], 'all KATO values far from every threshold')
case('kato-healthy-two-instances', 'kato', [],
     'two KATO instances sharing 300 req/s; every per-instance value healthy',
     instances=2, rps=300.0, cpu=25.0)
case('kato-latency-database', 'kato', ['latency.database'],
     'p95 0.6 s, ClickHouse mean 0.4 s for the last 40 min, everything else healthy',
     p95=Shift(0.6), ch_mean=Shift(0.4, 45), ch_p95=Shift(0.9, 45))
case('kato-latency-network', 'kato', ['latency.network'],
     'p95 0.35 s, ClickHouse fast, 3 % of TCP segments retransmitted',
     p95=Shift(0.35), retrans=Shift(0.03))
case('kato-latency-application', 'kato', ['latency.application'],
     'p95 0.45 s, ClickHouse fast, no retransmits, 400 predictions per response',
     p95=Shift(0.45), predictions=Shift(400.0))
case('kato-cpu-contention', 'kato', ['cpu.contention'],
     'KATO at 92 % and ClickHouse at 90 % CPU', cpu=Shift(92.0), ch_cpu=Shift(90.0))
case('kato-cpu-kato', 'kato', ['cpu.kato'], 'only KATO at 94 % CPU', cpu=Shift(94.0))
case('kato-cpu-database-clickhouse', 'kato', ['cpu.database'],
     'only ClickHouse at 96 % CPU', ch_cpu=Shift(96.0))
case('kato-cpu-database-qdrant', 'kato', ['cpu.database'],
     'only Qdrant at 95 % CPU', qd_cpu=Shift(95.0))
case('kato-memory-sessions', 'kato', ['memory.sessions'],
     'memory 87 % (flat), 8000 active sessions',
     mem=Shift(87.0, 150, 1800), sessions=Shift(8000.0, 150, 1800))
case('kato-memory-leak', 'kato', ['memory.leak'],
     'memory climbing 5.3 points an hour to 88 %, sessions normal',
     mem=Ramp(68.0, 88.0, 225))
case('kato-memory-dataset', 'kato', ['memory.dataset'],
     'memory flat at 86 % for the whole history, sessions normal', mem=86.0)
case('kato-throughput-connection-pool', 'kato', ['throughput.connection_pool'],
     '40 req/s, pool 50 of 50 in use, no rejections, short queue',
     rps=Shift(40.0), pool=Shift(1.05))
case('kato-throughput-rate-limiting', 'kato', ['throughput.rate_limiting'],
     '45 req/s, pool fine, 25 rejections/s, short queue',
     rps=Shift(45.0), rejected=Shift(25.0))
case('kato-throughput-queue-backlog', 'kato', ['throughput.queue_backlog'],
     '35 req/s, pool fine, no rejections, 400 requests queued',
     rps=Shift(35.0), queue=Shift(400.0))
# Precedence inside a branch: the first leaf that holds wins.
case('kato-latency-database-over-network', 'kato', ['latency.database'],
     'p95 0.7 s with slow ClickHouse (0.5 s) AND 3 % retransmits: database comes first',
     p95=Shift(0.7), ch_mean=Shift(0.5), ch_p95=Shift(1.2), retrans=Shift(0.03))
case('kato-memory-sessions-over-leak', 'kato', ['memory.sessions'],
     'memory and sessions climbing together (leak-shaped), 9000 sessions: sessions come first',
     mem=Ramp(66.0, 88.0, 225), sessions=Ramp(2500.0, 9000.0, 225))
case('kato-throughput-pool-over-backlog', 'kato', ['throughput.connection_pool'],
     '30 req/s, pool exhausted, 30 rejections/s and 300 queued: the pool comes first',
     rps=Shift(30.0), pool=Shift(1.05), rejected=Shift(30.0), queue=Shift(300.0))
# Two branches at once.
case('kato-latency-database-and-cpu-database', 'kato', ['latency.database', 'cpu.database'],
     'ClickHouse at 97 % CPU and slow (mean 0.35 s), KATO p95 0.5 s',
     p95=Shift(0.5), ch_mean=Shift(0.35), ch_p95=Shift(0.8), ch_cpu=Shift(97.0))
case('kato-memory-leak-and-queue-backlog', 'kato', ['memory.leak', 'throughput.queue_backlog'],
     'leaking memory (to 90 %) while throughput collapsed to 30 req/s with 250 queued',
     mem=Ramp(70.0, 90.0, 225), rps=Shift(30.0), queue=Shift(250.0))

# TMI: the threshold table, both bands of each banded indicator.
case('tmi-healthy', 'tmi', [], 'all TMI values far from every threshold (1.5 % 404s are not errors)')
case('tmi-high-response-time-warning', 'tmi', [('high_response_time', W)], 'p95 1.2 s',
     p95=Shift(1.2))
case('tmi-high-response-time-critical', 'tmi', [('high_response_time', C)], 'p95 3.5 s',
     p95=Shift(3.5))
case('tmi-high-error-rate-warning', 'tmi', [('high_error_rate', W)], '2.5 % 5xx',
     err=Shift(0.025))
case('tmi-high-error-rate-critical', 'tmi', [('high_error_rate', C)], '12 % 5xx',
     err=Shift(0.12))
case('tmi-high-cpu-warning', 'tmi', [('high_cpu', W)], 'CPU 77 %', cpu=Shift(77.0))
case('tmi-high-cpu-critical', 'tmi', [('high_cpu', C)], 'CPU 95 %', cpu=Shift(95.0))
case('tmi-high-memory-warning', 'tmi', [('high_memory', W)], 'memory 77 %', mem=Shift(77.0))
case('tmi-high-memory-critical', 'tmi', [('high_memory', C)], 'memory 93 %', mem=Shift(93.0))
case('tmi-goroutine-leak-warning', 'tmi', [('goroutine_leak', W)], '2500 goroutines',
     goroutines=Shift(2500.0))
case('tmi-goroutine-leak-critical', 'tmi', [('goroutine_leak', C)], '9000 goroutines',
     goroutines=Shift(9000.0))
case('tmi-database-latency', 'tmi', [('database', W)], 'database p95 0.35 s, pool fine',
     db_p95=Shift(0.35), db_mean=Shift(0.12))
case('tmi-database-connections', 'tmi', [('database', W)],
     'database fast, 20 of 20 connections active', conns=Shift(1.05))
case('tmi-cache', 'tmi', [('cache', W)], 'cache hit rate 30 %', hit=Shift(0.30))
case('tmi-response-critical-and-database', 'tmi', [('high_response_time', C), ('database', W)],
     'database p95 0.8 s dragging the API p95 to 3 s',
     p95=Shift(3.0), db_p95=Shift(0.8), db_mean=Shift(0.3))
case('tmi-goroutine-leak-and-memory', 'tmi', [('goroutine_leak', C), ('high_memory', W)],
     '8000 goroutines holding memory at 78 %',
     goroutines=Shift(8000.0), mem=Shift(78.0))

# GreenLang: the playbook's issues.
case('greenlang-healthy', 'greenlang', [], 'all GreenLang values far from every threshold')
case('greenlang-llm-cost', 'greenlang', ['llm_cost'],
     'LLM spending at 0.0015 USD/s for 2.5 h (3900 USD per 30 days)', llm=Shift(1.5e-3, 150))
case('greenlang-slow-agent-time', 'greenlang', ['slow_agent'],
     'agents take 2.5 s per record on average; 7.5 queries per record',
     agent_mean=Shift(2.5), agent_p95=Shift(5.0))
case('greenlang-slow-agent-n-plus-one', 'greenlang', ['slow_agent'],
     'the N+1 red flag: 75 database queries per record, agents still at 0.4 s',
     db_qps=Shift(3000.0), agent_mean=Shift(0.4))
case('greenlang-memory-growth', 'greenlang', ['memory_growth'],
     'resident memory grows from 40 % to 58 % of the limit over 90 min (+26 % in the last hour)',
     mem=Ramp(40.0, 58.0, 90))
case('greenlang-database-bottleneck', 'greenlang', ['database_bottleneck'],
     'database p95 0.4 s, pool fine', db_p95=Shift(0.4), db_mean=Shift(0.12))
case('greenlang-low-cache-hit-rate', 'greenlang', ['low_cache_hit_rate'], 'cache hit rate 15 %',
     hit=Shift(0.15))
case('greenlang-api-latency', 'greenlang', ['api_latency'], 'API p95 1.2 s', p95=Shift(1.2))
case('greenlang-connection-pool-exhaustion', 'greenlang', ['connection_pool_exhaustion'],
     '20 of 20 database connections active, queries fast', conns=Shift(1.05))
case('greenlang-slow-query', 'greenlang', ['slow_query'], '6 slow queries a second',
     slow=Shift(6.0))
case('greenlang-database-and-pool', 'greenlang',
     ['database_bottleneck', 'connection_pool_exhaustion'],
     'database p95 0.6 s holding all 20 connections', db_p95=Shift(0.6), db_mean=Shift(0.2),
     conns=Shift(1.05))
case('greenlang-llm-cost-and-memory-growth', 'greenlang', ['llm_cost', 'memory_growth'],
     'LLM spending 0.002 USD/s and memory growing 45 % to 65 % over 90 min',
     llm=Shift(2e-3, 150), mem=Ramp(45.0, 65.0, 90))

# Keiko: the keys of its health check.
case('keiko-healthy', 'keiko', [], 'all Keiko values far from every threshold (1 % 404s)')
case('keiko-healthy-two-instances', 'keiko', [],
     'two instances at 850 req/s each: only the total (1700 req/s) is the throughput',
     instances=2, rps=1700.0, cpu=25.0)
case('keiko-api-response-time', 'keiko', ['api_response_time'], 'p95 0.6 s', p95=Shift(0.6))
case('keiko-throughput', 'keiko', ['throughput'], '400 req/s', rps=Shift(400.0))
case('keiko-cpu-usage', 'keiko', ['cpu_usage'], 'CPU 86 %', cpu=Shift(86.0))
case('keiko-memory-usage', 'keiko', ['memory_usage'], 'memory 90 %', mem=Shift(90.0))
case('keiko-error-rate', 'keiko', ['error_rate'], '2 % 5xx', err=Shift(0.02))
case('keiko-api-response-time-and-error-rate', 'keiko', ['api_response_time', 'error_rate'],
     'a failing dependency: p95 0.9 s and 1 % 5xx', p95=Shift(0.9), err=Shift(0.01))
case('keiko-cpu-and-memory', 'keiko', ['cpu_usage', 'memory_usage'],
     'CPU 88 % and memory 91 % on both of two instances',
     instances=2, rps=1700.0, cpu=Shift(88.0), mem=Shift(91.0))

# Prompt Card System: its KPIs.
case('promptcard-healthy', 'promptcard', [], 'all Prompt Card values far from every threshold')
case('promptcard-high-response-time', 'promptcard', ['high_response_time'], 'p95 3.5 s',
     p95=Shift(3.5))
case('promptcard-low-throughput', 'promptcard', ['low_throughput'],
     '5 req/s = 300 requests a minute', rps=Shift(5.0))
case('promptcard-high-error-rate', 'promptcard', ['high_error_rate'], '4 % 5xx',
     err=Shift(0.04))
case('promptcard-high-cpu', 'promptcard', ['high_cpu'], 'CPU 93 %', cpu=Shift(93.0))
case('promptcard-memory', 'promptcard', ['memory'], 'memory 96 %', mem=Shift(96.0))
case('promptcard-database', 'promptcard', ['database'], 'database mean 0.3 s (p95 0.7 s)',
     db_mean=Shift(0.3), db_p95=Shift(0.7))
case('promptcard-database-and-response-time', 'promptcard', ['database', 'high_response_time'],
     'database mean 0.6 s dragging the API p95 to 4 s',
     db_mean=Shift(0.6), db_p95=Shift(1.5), p95=Shift(4.0))

# Real-world data (issue 15). No traffic is neither an incident nor an error:
# shares of no requests and percentiles of no observations are not applicable,
# and only the rules about the amount of traffic itself hold at zero.
case('kato-quiet-night', 'kato', [],
     'no requests and no ClickHouse queries for 30 min: nothing to judge, and no pool, rate limit '
     'or queue holds KATO back', rps=Shift(0.0, 30), ch_qps=Shift(0.0, 30), rejected=Shift(0.0, 30))
case('tmi-quiet-night', 'tmi', [],
     'no requests, database queries or cache operations for 30 min',
     rps=Shift(0.0, 30), db_qps=Shift(0.0, 30), cache_ops=Shift(0.0, 30), slow=Shift(0.0, 30))
case('greenlang-quiet-night', 'greenlang', [],
     'no requests and no records for 30 min; 3 background database queries a second are not '
     'N+1 (queries per record read x/0)',
     rps=Shift(0.0, 30), records=Shift(0.0, 30), db_qps=Shift(3.0, 30), cache_ops=Shift(0.0, 30),
     llm=Shift(0.0, 90), slow=Shift(0.0, 30))
case('keiko-quiet-night', 'keiko', ['throughput'],
     'no requests for 30 min: only the throughput rule (< 1000 req/s) holds', rps=Shift(0.0, 30))
case('promptcard-quiet-night', 'promptcard', ['low_throughput'],
     'no requests and no database queries for 30 min: only the throughput rule holds',
     rps=Shift(0.0, 30), db_qps=Shift(0.0, 30), slow=Shift(0.0, 30))
# Bands as the guides write them: "1000 - 5000" and "70 - 85 %" include their
# lower edge; Keiko's health check keeps memory <= 80 % healthy.
case('tmi-goroutines-at-edge', 'tmi', [('goroutine_leak', W)],
     'exactly 1000 goroutines: the warning band 1000 - 5000 includes 1000',
     exact=1.0, goroutines=1000.0)
case('tmi-memory-at-edge', 'tmi', [('high_memory', W)],
     'memory exactly 70 % of a 1 GB limit: the warning band 70 - 85 % includes 70',
     exact=1.0, limit=1e9, mem=70.0)
case('kato-pool-at-edge', 'kato', ['throughput.connection_pool'],
     '40 req/s with exactly 45 of 50 connections in use: "in use / max >= 0.9" holds at 0.9',
     exact=1.0, rps=Shift(40.0), pool=Shift(0.9))
case('keiko-memory-at-edge', 'keiko', [],
     'memory exactly 80 %: its dashboard colours it warning, its health check (<= 80) is healthy',
     exact=1.0, limit=1e9, mem=80.0)
# Rules about one process read each process.
case('kato-memory-rises-on-different-instances', 'kato', ['memory.dataset'],
     'two instances at 86 %: one rose 6 points in the last hour only, the other in the two hours '
     'before only; no instance rose in all three, so it is no leak',
     instances=2, rps=300.0, cpu=25.0,
     per_instance={0: dict(mem=Path((200, 80.0), (60, 80.0), (0, 86.0))),
                   1: dict(mem=Path((200, 74.0), (180, 74.0), (60, 86.0), (0, 86.0)))})
case('kato-memory-young-instance', 'kato', ['memory.dataset'],
     'memory flat at 86 % on an instance that started 100 minutes ago, next to an old one at 50 %: '
     'judged on the history it has, no error',
     instances=2, rps=300.0, cpu=25.0,
     per_instance={0: dict(mem=50.0), 1: dict(mem=86.0, age=100)})
case('kato-memory-leak-young-instance', 'kato', ['memory.leak'],
     'the only instance started 130 minutes ago and rose 5 points in each of the two hours it has',
     per_instance={0: dict(mem=Ramp(74.0, 86.0, 130), age=130)})

CASE_BY_NAME = {c.name: c for c in CASES}


# --------------------------------------------------------------------------
# Writing: samples are collected per series, then written family by family,
# series by series, in time order.

class Store:
    def __init__(self):
        self.families = {}     # family -> (kind, {sid: (series, [(times, values)])})
        self.samples = 0

    def run(self, insts, at, history, rng):
        for inst in insts:
            start = max(at - max(history, inst.history), getattr(inst, 'born', at - 10 * HOUR))
            times = range(start - (start - at) % STEP, at + 1, STEP)
            col = [[] for _ in inst.series]
            for t in times:
                for c, v in zip(col, inst.step(t, rng)):
                    c.append(v)
            for s, values in zip(inst.series, col):
                kind, series = self.families.setdefault(s.family, (s.kind, {}))
                if kind != s.kind:
                    raise ValueError(f'{s.family}: {kind} and {s.kind}')
                entry = series.setdefault(s.sid, (s, []))
                entry[1].append((times, [s.fmt(v) for v in values]))
                self.samples += len(values)

    def write(self, out_dir, relabel=None):
        om = open(os.path.join(out_dir, 'history.om'), 'w', encoding='utf-8')
        prom = open(os.path.join(out_dir, 'history.prom'), 'w', encoding='utf-8')
        with om, prom:
            for family in sorted(self.families):
                kind, series = self.families[family]
                help_ = HELP.get(family, family.replace('_', ' ') + '.')
                om.write(f'# TYPE {family} {kind}\n# HELP {family} {help_}\n')
                pname = family + '_total' if kind == 'counter' else family
                prom.write(f'# HELP {pname} {help_}\n# TYPE {pname} {kind}\n')
                for sid in sorted(series):
                    s, chunks = series[sid]
                    prefix = relabel_job(s.sid, relabel) + ' '
                    for times, values in sorted(chunks, key=lambda c: c[0][0]):
                        om.write(''.join(f'{prefix}{v} {t}\n' for t, v in zip(times, values)))
                        prom.write(''.join(f'{prefix}{v} {t}000\n' for t, v in zip(times, values)))
            om.write('# EOF\n')


def relabel_job(sid, relabel):
    """sid with job="FROM" as job="TO" (relabel: (FROM, TO) or None): one
    system under the name a user's Prometheus gives it, for `--var job=`."""
    if not relabel:
        return sid
    value = relabel[1].replace('\\', '\\\\').replace('"', '\\"')
    return sid.replace(f'job="{relabel[0]}"', f'job="{value}"')


def case_rng(name):
    return random.Random(zlib.crc32(name.encode()))


def write_cases(out_dir, cases, relabel=None):
    store = Store()
    for c in cases:
        store.run(instruments(c.system, c.knobs, c.at), c.at, HISTORY, case_rng(c.name))
    store.write(out_dir, relabel)
    with open(os.path.join(out_dir, 'cases.json'), 'w', encoding='utf-8') as f:
        json.dump([c.json() for c in cases], f, indent=1)
        f.write('\n')
    return store.samples


# The demo: all five systems at once, a KATO database slowdown at the end.
DEMO_INSTANCES = {'kato': 2, 'keiko': 2}


def demo_instruments(end):
    incident = {'p95': Shift(0.6, DEMO_INCIDENT_MINUTES, 300),
                'ch_mean': Shift(0.4, DEMO_INCIDENT_MINUTES + 3, 300),
                'ch_p95': Shift(0.9, DEMO_INCIDENT_MINUTES + 3, 300)}
    out = []
    for system in SYSTEMS:
        knobs = dict(incident) if system == 'kato' else {}
        n = DEMO_INSTANCES.get(system, 1)
        knobs['instances'] = n
        if system == 'kato':
            knobs['cpu'] = 25.0         # per instance: their sum stays far below 80 too
        if system == 'keiko':
            knobs['rps'] = 1700.0       # 850 req/s each: only the total passes 1000
            knobs['cpu'] = 25.0
        out += instruments(system, knobs, end)
    # GreenLang's dashboard counts queries with db_queries_total, which the
    # contract leaves optional: the demo exports it, so that card has data.
    qps = resolve({'db_qps': DEFAULTS['greenlang']['db_qps']}, {}, end)['db_qps']
    out.append(Counter('db_queries_total', {'job': 'greenlang', 'instance': instance_name('greenlang', 0)}, qps))
    return out


# The demo's host: node_exporter's CPU, memory, load and network series. With
# the address of a running node_exporter (--node), the history carries the
# labels Prometheus gives its scrapes and every counter ends exactly at the
# value scraped now, so the live series go on from there without a reset;
# without, a made-up four-core host.
NODE_BUSY = {'user': 0.10, 'system': 0.04, 'iowait': 0.01, 'softirq': 0.005, 'nice': 0.0,
             'irq': 0.0, 'steal': 0.0}
NODE_RX, NODE_TX = 60_000.0, 25_000.0      # bytes/s of the made-up host
NETWORK_SAMPLE = 2.0                        # seconds between the two scrapes of a real host
LABEL = re.compile(r'(\w+)="((?:[^"\\]|\\.)*)"')


# The benchmark: many series over a long window, the load a busy chart carries.
BENCH_SERIES = 100
BENCH_DAYS = 7
BENCH_END = BASE + 30 * 24 * HOUR    # after every case, so no query sees both


def write_bench(out_dir):
    """Writes the benchmark's history unless out_dir holds it already: it is
    deterministic, and generating 4 million samples takes a while."""
    path = os.path.join(out_dir, 'history.om')
    stamp = f'{BENCH_SERIES} {BENCH_DAYS} {BENCH_END}\n'
    stamp_path = os.path.join(out_dir, 'bench.stamp')
    if os.path.exists(path) and os.path.exists(stamp_path):
        with open(stamp_path, encoding='utf-8') as f:
            if f.read() == stamp:
                return 0
    times = range(BENCH_END - BENCH_DAYS * 24 * HOUR, BENCH_END + 1, STEP)
    samples = 0
    with open(path + '.tmp', 'w', encoding='utf-8') as om:
        om.write('# TYPE lotse_bench_value gauge\n# HELP lotse_bench_value A busy chart\'s series.\n')
        for i in range(BENCH_SERIES):
            rng = random.Random(i)
            level, phase = 10 + 5 * rng.random(), rng.random() * 2 * math.pi
            prefix = f'lotse_bench_value{{instance="bench-{i:03d}"}} '
            om.write(''.join(f'{prefix}{level * (1 + 0.3 * math.sin(phase + t / 86400 * 2 * math.pi)) + rng.random():.3f} {t}\n'
                             for t in times))
            samples += len(times)
        om.write('# EOF\n')
    os.replace(path + '.tmp', path)
    with open(stamp_path, 'w', encoding='utf-8') as f:
        f.write(stamp)
    return samples


def scrape(address):
    """{(name, ((label, value), ...)): value} of a node_exporter's /metrics."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(f'http://{address}/metrics', timeout=10) as r:
        text = r.read().decode('utf-8', 'replace')
    values = {}
    for line in text.splitlines():
        if not line or line.startswith('#'):
            continue
        head, _, value = line.rpartition(' ')
        name, _, labels = head.partition('{')
        values[(name, tuple(sorted(LABEL.findall(labels))))] = float(value)
    return values


def counter_to(name, labels, rate, end, value):
    """A noiseless counter of `rate` that reaches `value` (when known) at `end`;
    slower when `value` is less than `rate` could have grown since it began
    (a host up for less than the history)."""
    start = None
    if value is not None:
        grown = sum(rate(t) * STEP for t in range(end - DEMO_HISTORY + STEP, end + 1, STEP))
        if grown > value:
            rate = scaled(rate, value / grown)
        start = max(0.0, value - grown)
    return Counter(name, labels, rate, noise=0, integer=False, digits=2, start=start)


def host_shares(last, cpus):
    """Each busy mode's share of a CPU: the host's own average since boot when
    it was scraped, so the history joins the live counters without a jump (a
    host that is busy really was busy), else NODE_BUSY."""
    # Unscraped, both read None and the host has no uptime.
    up = (last('node_time_seconds') or 0) - (last('node_boot_time_seconds') or 0)
    if up <= 0:
        return dict(NODE_BUSY)
    shares = {}
    for mode in NODE_BUSY:
        seconds = [last('node_cpu_seconds_total', cpu=cpu, mode=mode) or 0 for cpu in cpus]
        shares[mode] = min(1.0, sum(seconds) / len(cpus) / up)
    total = sum(shares.values())
    return {m: v / total for m, v in shares.items()} if total > 1 else shares


def host_instruments(end, node):
    earlier = scrape(node) if node else {}
    # Two scrapes a moment apart give the network's rate now, so its history
    # joins the live line at today's level (its average since boot need not
    # be anything like it).
    if node:
        time.sleep(NETWORK_SAMPLE)
    scraped = scrape(node) if node else {}

    def last(name, **labels):
        return scraped.get((name, tuple(sorted(labels.items()))))

    def rate_now(name, **labels):
        key = (name, tuple(sorted(labels.items())))
        if key not in earlier or key not in scraped:
            return None
        return max(0.0, scraped[key] - earlier[key]) / NETWORK_SAMPLE

    def label_values(name, label):
        return sorted({dict(k)[label] for (n, k) in scraped if n == name and label in dict(k)})

    base = {'job': 'node', 'instance': node or 'demo-host:9100'}
    cpus = sorted(label_values('node_cpu_seconds_total', 'cpu'), key=int) or ['0', '1', '2', '3']
    devices = label_values('node_network_receive_bytes_total', 'device') or ['eth0', 'lo']
    out = []
    shares = host_shares(last, cpus)
    busy = sum(shares.values())
    rates = {mode: (lambda s: lambda t: s * load(t))(share) for mode, share in shares.items()}
    rates['idle'] = lambda t: max(0.0, 1 - busy * load(t))
    for cpu in cpus:
        for mode, rate in rates.items():
            out.append(counter_to('node_cpu_seconds_total', dict(base, cpu=cpu, mode=mode), rate, end,
                                  last('node_cpu_seconds_total', cpu=cpu, mode=mode)))
    for device in devices:
        for name, bps in (('node_network_receive_bytes_total', NODE_RX),
                          ('node_network_transmit_bytes_total', NODE_TX)):
            now = rate_now(name, device=device)
            bps = now if now is not None else (bps / 10 if device == 'lo' else bps)
            rate = (lambda b: lambda t: b * load(t))(bps)
            out.append(counter_to(name, dict(base, device=device), rate, end, last(name, device=device)))
    total = last('node_memory_MemTotal_bytes') or 16.0 * GIB
    available = last('node_memory_MemAvailable_bytes') or 0.6 * total
    load1 = last('node_load1') or 0.6
    out += [Gauge('node_memory_MemTotal_bytes', base, lambda t: total, noise=0, integer=True),
            Gauge('node_memory_MemAvailable_bytes', base, lambda t: available, noise=0.001, integer=True),
            Gauge('node_load1', base, lambda t: load1 * load(t), noise=0.05, digits=2)]
    return out


def write_demo(out_dir, end, node=None):
    insts = demo_instruments(end)
    store = Store()
    store.run(insts, end, DEMO_HISTORY, random.Random(end))
    # The host panels read node_exporter: they get history of their own, not
    # restored by `serve`, since the real node_exporter continues them live.
    store.run(host_instruments(end, node), end, DEMO_HISTORY, random.Random(end + 1))
    store.write(out_dir)
    acc = {}
    for inst in insts:
        if hasattr(inst, 'state'):
            acc.update(inst.state())
    state = {'version': 1, 'end': end, 'step': STEP, 'acc': acc}
    with open(os.path.join(out_dir, 'demo-state.json'), 'w', encoding='utf-8') as f:
        json.dump(state, f)
    return store.samples


# Ceph: a few series of Ceph's mgr exporter, under the names the Ceph
# dashboards of Debian's ceph-grafana-dashboards read, for the Grafana import.
CEPH_OSDS = 3
CEPH_POOLS = ('rbd', 'cephfs_data')


def ceph_osd(base, i):
    osd = dict(base, ceph_daemon=f'osd.{i}')
    meta = dict(osd, hostname=f'ceph-node-{i}', device_class='hdd', cluster_addr=f'10.0.0.{i + 1}')

    def one(t):
        return 1

    return [Gauge('ceph_osd_metadata', meta, one, noise=0, integer=True),
            Gauge('ceph_osd_up', osd, one, noise=0, integer=True),
            Gauge('ceph_osd_in', osd, one, noise=0, integer=True),
            Gauge('ceph_osd_numpg', osd, lambda t: 64, noise=0, integer=True),
            Gauge('ceph_osd_stat_bytes', osd, lambda t: 100 * GIB, noise=0, integer=True),
            Gauge('ceph_osd_stat_bytes_used', osd, lambda t: (30 + 5 * i) * GIB, noise=0.01, integer=True),
            Gauge('ceph_osd_apply_latency_ms', osd, lambda t: 4 * load(t), integer=True),
            Gauge('ceph_osd_commit_latency_ms', osd, lambda t: 5 * load(t), integer=True),
            Counter('ceph_osd_op_r', osd, lambda t: 40 * load(t), kind='gauge'),
            Counter('ceph_osd_op_w', osd, lambda t: 25 * load(t), kind='gauge'),
            Counter('ceph_osd_op_r_out_bytes', osd, lambda t: 4e6 * load(t), kind='gauge'),
            Counter('ceph_osd_op_w_in_bytes', osd, lambda t: 2e6 * load(t), kind='gauge'),
            Counter('ceph_osd_op_r_latency_sum', osd, lambda t: 0.2 * load(t), kind='gauge', integer=False),
            Counter('ceph_osd_op_r_latency_count', osd, lambda t: 40 * load(t), kind='gauge'),
            Counter('ceph_osd_op_w_latency_sum', osd, lambda t: 0.3 * load(t), kind='gauge', integer=False),
            Counter('ceph_osd_op_w_latency_count', osd, lambda t: 25 * load(t), kind='gauge')]


def ceph_pool(base, i, name):
    pool = dict(base, pool_id=str(i + 1))
    return [Gauge('ceph_pool_metadata', dict(pool, name=name), lambda t: 1, noise=0, integer=True),
            Gauge('ceph_pool_stored', pool, lambda t: (10 + 20 * i) * GIB, noise=0.01, integer=True),
            Gauge('ceph_pool_stored_raw', pool, lambda t: (30 + 60 * i) * GIB, noise=0.01, integer=True),
            Gauge('ceph_pool_max_avail', pool, lambda t: 150 * GIB, noise=0.01, integer=True),
            Gauge('ceph_pool_bytes_used', pool, lambda t: (30 + 60 * i) * GIB, noise=0.01, integer=True),
            Gauge('ceph_pool_percent_used', pool, lambda t: 0.1 + 0.2 * i, noise=0.01),
            Gauge('ceph_pool_objects', pool, lambda t: 20000 * (i + 1), noise=0.01, integer=True),
            Counter('ceph_pool_rd', pool, lambda t: 30 * load(t), kind='gauge'),
            Counter('ceph_pool_wr', pool, lambda t: 20 * load(t), kind='gauge'),
            Counter('ceph_pool_rd_bytes', pool, lambda t: 3e6 * load(t), kind='gauge'),
            Counter('ceph_pool_wr_bytes', pool, lambda t: 1.5e6 * load(t), kind='gauge')]


def ceph_counters(labels, rates):
    """Counters without _total, as Ceph's exporter writes them: {name: per-second rate}."""
    return [Counter(name, labels, lambda t, r=rate: r * load(t), kind='gauge', integer=name.endswith(('ops', 'count')))
            for name, rate in rates.items()]


def ceph_services(base):
    """RBD images, a RADOS gateway and an MDS: what the rbd, radosgw and cephfs dashboards read."""
    out = []
    for image in ('vm-1', 'vm-2'):
        out += ceph_counters(dict(base, pool='rbd', image=image), {
            'ceph_rbd_read_ops': 12, 'ceph_rbd_write_ops': 8, 'ceph_rbd_read_bytes': 1.2e6,
            'ceph_rbd_write_bytes': 0.8e6, 'ceph_rbd_read_latency_sum': 0.02, 'ceph_rbd_read_latency_count': 12,
            'ceph_rbd_write_latency_sum': 0.04, 'ceph_rbd_write_latency_count': 8})
    rgw = dict(base, ceph_daemon='rgw.a')
    out.append(Gauge('ceph_rgw_metadata', dict(rgw, hostname='ceph-node-0'), lambda t: 1, noise=0, integer=True))
    out += ceph_counters(rgw, {
        'ceph_rgw_req': 30, 'ceph_rgw_get': 20, 'ceph_rgw_put': 8, 'ceph_rgw_failed_req': 0.1,
        'ceph_rgw_get_b': 2e6, 'ceph_rgw_put_b': 1e6, 'ceph_rgw_get_initial_lat_sum': 0.4,
        'ceph_rgw_get_initial_lat_count': 20, 'ceph_rgw_put_initial_lat_sum': 0.3, 'ceph_rgw_put_initial_lat_count': 8})
    mds = dict(base, ceph_daemon='mds.a')
    out.append(Gauge('ceph_mds_inodes', mds, lambda t: 5000, integer=True))
    out += ceph_counters(mds, {'ceph_mds_server_handle_client_request': 15})
    return out


def ceph_instruments():
    base = {'cluster': 'ceph', 'job': 'ceph', 'instance': 'ceph-mgr:9283'}
    out = [Gauge('ceph_health_status', base, lambda t: 0, noise=0, integer=True),
           Gauge('ceph_pg_total', base, lambda t: 192, noise=0, integer=True),
           Gauge('ceph_pg_active', base, lambda t: 192, noise=0, integer=True),
           Gauge('ceph_mon_quorum_status', dict(base, ceph_daemon='mon.a'), lambda t: 1, noise=0, integer=True)]
    for i in range(CEPH_OSDS):
        out += ceph_osd(base, i)
    for i, name in enumerate(CEPH_POOLS):
        out += ceph_pool(base, i, name)
    return out + ceph_services(base)


def write_ceph(out_dir, end):
    store = Store()
    store.run(ceph_instruments(), end, HISTORY, random.Random(end))
    store.write(out_dir)
    return store.samples


# --------------------------------------------------------------------------
# serve: the demo, live.

def exposition(insts, t, rng):
    families = {}
    for inst in insts:
        for s, v in zip(inst.series, inst.step(t, rng)):
            families.setdefault(s.family, (s.kind, []))[1].append(f'{s.sid} {s.fmt(v)}')
    out = []
    for family in sorted(families):
        kind, lines = families[family]
        pname = family + '_total' if kind == 'counter' else family
        help_ = HELP.get(family, family.replace('_', ' ') + '.')
        out.append(f'# HELP {pname} {help_}\n# TYPE {pname} {kind}\n')
        out.append(''.join(line + '\n' for line in lines))
    return ''.join(out).encode()


def serve(state_path, port):
    with open(state_path, encoding='utf-8') as f:
        state = json.load(f)
    insts = demo_instruments(state['end'])
    for inst in insts:
        inst.restore(state)
    rng = random.Random()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path.split('?')[0] != '/metrics':
                body = b'Lotse demo exporter: see /metrics\n'
                self.send_response(200 if self.path == '/' else 404)
                self.send_header('Content-Type', 'text/plain; charset=utf-8')
            else:
                # Never step back behind the end of the history.
                body = exposition(insts, max(time.time(), state['end']), rng)
                self.send_response(200)
                self.send_header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, fmt, *args):
            pass

    def stop(signum, frame):
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    server = HTTPServer(('127.0.0.1', port), Handler)
    print(f'history.py serve: http://127.0.0.1:{server.server_address[1]}/metrics', flush=True)
    try:
        server.serve_forever()
    except SystemExit:
        pass
    finally:
        server.server_close()
    return 0


# --------------------------------------------------------------------------
# verify: the contract's rules as PromQL, evaluated against a real server.

class NoData(Exception):
    pass


class Evaluator:
    def __init__(self, url, at, verbose):
        self.url, self.at, self.verbose = url.rstrip('/'), at, verbose
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        self.values = []        # (name, value, op, threshold)
        self.problems = []

    def q(self, expr):
        body = urllib.parse.urlencode({'query': expr, 'time': str(self.at)}).encode()
        with self.opener.open(self.url + '/api/v1/query', body, timeout=60) as r:
            reply = json.load(r)
        if reply.get('status') != 'success':
            raise RuntimeError(f'{expr}: {reply}')
        data = reply['data']
        if data['resultType'] == 'scalar':
            return float(data['result'][1])
        if not data['result']:
            raise NoData(expr)
        if len(data['result']) != 1:
            raise RuntimeError(f'{expr}: {len(data["result"])} series, expected one')
        return float(data['result'][0]['value'][1])

    def by_instance(self, expr):
        body = urllib.parse.urlencode({'query': expr, 'time': str(self.at)}).encode()
        with self.opener.open(self.url + '/api/v1/query', body, timeout=60) as r:
            reply = json.load(r)
        return {x['metric'].get('instance', ''): float(x['value'][1]) for x in reply['data']['result']}

    def test(self, name, value, op, threshold):
        """value op threshold, remembering the margin; a value within 5 % of
        its threshold is a problem of the fixture, not of a runbook."""
        self.values.append((name, value, op, threshold))
        # A band edge hit exactly is a case of its own (the guides' edges).
        if threshold and value != threshold and 0.95 < value / threshold < 1.05:
            self.problems.append(f'{name}={value:.6g} is borderline to {threshold:g}')
        # NaN (a share of nothing, a percentile of no observations) breaks no rule.
        return value > threshold if op == '>' else value < threshold if op == '<' \
            else value >= threshold

    def agree(self, name, a, b, op, threshold, alike=True):
        """Two reasonable aggregations must land on the same side, unless
        the instances differ on purpose (`alike=False`): then max decides."""
        ra, rb = self.test(name + '(max)', a, op, threshold), self.test(name + '(sum)', b, op, threshold)
        if ra != rb and alike:
            self.problems.append(f'{name}: max and sum aggregations disagree')
        return ra


def p95(metric, job):
    return f'histogram_quantile(0.95, sum by (le) (rate({metric}_bucket{{job="{job}"}}[5m])))'


def mean(metric, job):
    return (f'sum(rate({metric}_sum{{job="{job}"}}[5m])) / '
            f'sum(rate({metric}_count{{job="{job}"}}[5m]))')


def cpu_pair(e, job):
    return (e.q(f'max(rate(process_cpu_seconds_total{{job="{job}"}}[5m])) * 100'),
            e.q(f'sum(rate(process_cpu_seconds_total{{job="{job}"}}[5m])) * 100'))


def mem_expr(job, offset=''):
    return (f'max(process_resident_memory_bytes{{job="{job}"}}{offset} / '
            f'container_spec_memory_limit_bytes{{job="{job}"}}{offset}) * 100')


def mem_pair(e, job):
    return (e.q(mem_expr(job)),
            e.q(f'sum(process_resident_memory_bytes{{job="{job}"}}) / '
                f'sum(container_spec_memory_limit_bytes{{job="{job}"}}) * 100'))


def err_share(job):
    return (f'sum(rate(http_requests_total{{job="{job}",status=~"5.."}}[5m])) / '
            f'sum(rate(http_requests_total{{job="{job}"}}[5m]))')


def rps(job, metric='http_requests_total'):
    return f'sum(rate({metric}{{job="{job}"}}[5m]))'


def steady_rise(e, job):
    """The rule about one process: per instance, the smallest of its rises in
    the last three hours (those it has), then the steadiest instance."""
    rise = {}
    for h in range(3):
        now, before = (f' offset {h}h' if h else ''), f' offset {h + 1}h'
        expr = (f'(process_resident_memory_bytes{{job="{job}"}}{now} / on(instance) '
                f'container_spec_memory_limit_bytes{{job="{job}"}}{now} - '
                f'process_resident_memory_bytes{{job="{job}"}}{before} / on(instance) '
                f'container_spec_memory_limit_bytes{{job="{job}"}}{before}) * 100')
        for inst, value in e.by_instance(expr).items():
            rise[inst] = min(rise.get(inst, value), value)
    return max(rise.values(), default=0.0)


def eval_kato(e):
    found = []
    if e.test('p95', e.q(p95('kato_request_duration_seconds', 'kato')), '>', 0.1):
        if e.test('ch_mean', e.q(mean('clickhouse_query_duration_seconds', 'kato')), '>', 0.1):
            found.append('latency.database')
        elif e.test('retrans', e.q('sum(rate(node_netstat_Tcp_RetransSegs{job="node"}[5m])) / '
                                   'sum(rate(node_netstat_Tcp_OutSegs{job="node"}[5m]))'),
                    '>', 0.01):
            found.append('latency.network')
        else:
            found.append('latency.application')
            e.test('predictions', e.q('max(kato_predictions_returned{job="kato"})'), '>', 100)
    k = e.agree('cpu_kato', *cpu_pair(e, 'kato'), '>', 80)
    c = e.test('cpu_clickhouse', cpu_pair(e, 'clickhouse')[0], '>', 80)
    d = e.test('cpu_qdrant', cpu_pair(e, 'qdrant')[0], '>', 80)
    if k and (c or d):
        found.append('cpu.contention')
    elif k:
        found.append('cpu.kato')
    elif c or d:
        found.append('cpu.database')
    if e.agree('mem', *mem_pair(e, 'kato'), '>', 80, alike=False):
        if e.test('sessions', e.q('sum(kato_sessions_active{job="kato"})'), '>', 5000):
            found.append('memory.sessions')
        elif e.test('steady_rise', steady_rise(e, 'kato'), '>', 2):
            found.append('memory.leak')
        else:
            found.append('memory.dataset')
    if e.test('rps', e.q(rps('kato', 'kato_requests_total')), '<', 100):
        if e.test('pool', e.q('sum(kato_db_connections_in_use{job="kato"}) / '
                              'sum(kato_db_connections_max{job="kato"})'), '>=', 0.9):
            found.append('throughput.connection_pool')
        elif e.test('rejected', e.q('sum(rate(kato_requests_rejected_total{job="kato",'
                                    'reason="rate_limit"}[5m]))'), '>', 1):
            found.append('throughput.rate_limiting')
        elif e.test('queue', e.q('sum(kato_queue_depth{job="kato"})'), '>', 100):
            found.append('throughput.queue_backlog')
    return {s: 'critical' for s in found}


def banded(e, found, slug, name, value, warning, critical):
    """TMI's table: "500 ms - 2 s" includes 500 ms, "> 2 s" does not include 2 s."""
    if e.test(name + '>critical', value, '>', critical):
        found[slug] = 'critical'
    elif e.test(name + '>=warning', value, '>=', warning):
        found[slug] = 'warning'


def eval_tmi(e):
    found = {}
    banded(e, found, 'high_response_time', 'p95', e.q(p95('http_request_duration_seconds', 'tmi')),
           0.5, 2)
    banded(e, found, 'high_error_rate', 'errors', e.q(err_share('tmi')), 0.01, 0.05)
    cpu = cpu_pair(e, 'tmi')
    e.agree('cpu', *cpu, '>', 70)
    banded(e, found, 'high_cpu', 'cpu', cpu[0], 70, 85)
    mem = mem_pair(e, 'tmi')
    e.agree('mem', *mem, '>', 70)
    banded(e, found, 'high_memory', 'mem', mem[0], 70, 85)
    banded(e, found, 'goroutine_leak', 'goroutines', e.q('max(go_goroutines{job="tmi"})'),
           1000, 5000)
    db = e.test('db_p95', e.q(p95('db_query_duration_seconds', 'tmi')), '>', 0.1)
    pool = e.test('conns', e.q('sum(db_connections_active{job="tmi"}) / '
                               'sum(db_connections_max{job="tmi"})'), '>', 0.9)
    if db or pool:
        found['database'] = 'warning'
    if e.test('hit_rate', e.q('sum(rate(redis_cache_hits_total{job="tmi"}[5m])) / '
                              'sum(rate(redis_cache_operations_total{job="tmi"}[5m]))'), '<', 0.5):
        found['cache'] = 'warning'
    return found


def eval_greenlang(e):
    found = {}
    j = '{job="greenlang"}'
    if e.test('llm_30d', e.q(f'sum(rate(greenlang_llm_cost_usd_total{j}[1h])) * 30 * 86400'),
              '>', 1000):
        found['llm_cost'] = 'warning'
    records = f'sum(rate(greenlang_records_processed_total{j}[5m]))'
    t = e.test('agent_s_per_record', e.q(f'sum(rate(greenlang_agent_duration_seconds_sum{j}[5m]))'
                                         f' / {records}'), '>', 1)
    per_record = e.q(f'sum(rate(db_query_duration_seconds_count{j}[5m])) / {records}')
    # x/0: no records processed, nothing to judge.
    n = math.isfinite(per_record) and e.test('queries_per_record', per_record, '>', 50)
    if t or n:
        found['slow_agent'] = 'warning'
    if e.test('mem_growth_pct', e.q(f'(sum(process_resident_memory_bytes{j}) / '
                                    f'sum(process_resident_memory_bytes{j} offset 1h) - 1) * 100'),
              '>', 10):
        found['memory_growth'] = 'warning'
    if e.test('db_p95', e.q(p95('db_query_duration_seconds', 'greenlang')), '>', 0.1):
        found['database_bottleneck'] = 'warning'
    if e.test('hit_rate', e.q(f'sum(rate(redis_cache_hits_total{j}[5m])) / '
                              f'sum(rate(redis_cache_operations_total{j}[5m]))'), '<', 0.3):
        found['low_cache_hit_rate'] = 'warning'
    if e.test('p95', e.q(p95('http_request_duration_seconds', 'greenlang')), '>', 0.5):
        found['api_latency'] = 'warning'
    if e.test('conns', e.q(f'sum(db_connections_active{j}) / sum(db_connections_max{j})'),
              '>', 0.9):
        found['connection_pool_exhaustion'] = 'critical'
    if e.test('slow_queries', e.q(f'sum(rate(db_slow_queries_total{j}[5m]))'), '>', 1):
        found['slow_query'] = 'warning'
    return found


def eval_keiko(e):
    found = {}
    if e.test('p95', e.q(p95('http_request_duration_seconds', 'keiko')), '>', 0.2):
        found['api_response_time'] = 'critical'
    if e.test('rps', e.q(rps('keiko')), '<', 1000):
        found['throughput'] = 'critical'
    if e.agree('cpu', *cpu_pair(e, 'keiko'), '>', 70):
        found['cpu_usage'] = 'warning'
    if e.agree('mem', *mem_pair(e, 'keiko'), '>', 80):
        found['memory_usage'] = 'warning'
    if e.test('errors', e.q(err_share('keiko')), '>', 0.001):
        found['error_rate'] = 'critical'
    return found


def eval_promptcard(e):
    found = {}
    if e.test('p95', e.q(p95('http_request_duration_seconds', 'promptcard')), '>', 2):
        found['high_response_time'] = 'warning'
    if e.test('per_minute', e.q(rps('promptcard') + ' * 60'), '<', 1000):
        found['low_throughput'] = 'warning'
    if e.test('errors', e.q(err_share('promptcard')), '>', 0.01):
        found['high_error_rate'] = 'warning'
    if e.agree('cpu', *cpu_pair(e, 'promptcard'), '>', 80):
        found['high_cpu'] = 'warning'
    if e.agree('mem', *mem_pair(e, 'promptcard'), '>', 90):
        found['memory'] = 'warning'
    if e.test('db_mean', e.q(mean('db_query_duration_seconds', 'promptcard')), '>', 0.1):
        found['database'] = 'warning'
    return found


EVALUATORS = {'kato': eval_kato, 'tmi': eval_tmi, 'greenlang': eval_greenlang,
              'keiko': eval_keiko, 'promptcard': eval_promptcard}


def verify(url, cases, verbose):
    failures = 0
    for c in cases:
        e = Evaluator(url, c.at, verbose)
        try:
            found = EVALUATORS[c.system](e)
        except (NoData, RuntimeError, OSError) as err:
            print(f'FAIL {c.name}: {type(err).__name__}: {err}')
            failures += 1
            continue
        want = {x['slug']: x['severity'] for x in c.expect}
        problems = list(e.problems)
        if found != want:
            problems.append(f'found {found}, expected {want}')
        status = 'FAIL' if problems else 'ok  '
        failures += bool(problems)
        print(f'{status} {c.name}: {", ".join(f"{s}:{v}" for s, v in found.items()) or "healthy"}')
        for p in problems:
            print(f'     {p}')
        if verbose:
            print('     ' + '  '.join(f'{n}={v:.4g}{op}{t:g}' for n, v, op, t in e.values))
    print(f'verify: {len(cases) - failures} of {len(cases)} cases as expected')
    return 1 if failures else 0


# --------------------------------------------------------------------------

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
