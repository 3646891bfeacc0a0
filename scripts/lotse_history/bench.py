"""The benchmark's history, the load of a busy chart. It is slow to write, so
it is kept across runs."""

import math
import os
import random

from .signals import BASE, HOUR, STEP


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
