"""Time, and the shape of a knob over it. Every other module takes its
instants and step from here, so a case's samples line up with the rules'
windows and never reach the next case's."""

import math


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
