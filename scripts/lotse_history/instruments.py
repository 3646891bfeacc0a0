"""The series a client library would export, driven by a knob's curve:
counters integrate rates and histograms put p95 exactly where a case wants it,
so the rules read the values the cases intend."""

import math


# The classic client-library buckets.
BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


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
