"""Writes the samples once as OpenMetrics (promtool's backfill) and once as
Prometheus text (VictoriaMetrics' import), so both servers hold the same
history."""

import json
import os
import random
import zlib

from .signals import HISTORY, HOUR, STEP
from .systems import HELP, instruments


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
