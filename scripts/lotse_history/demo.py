"""The demo's history: all five systems with one incident in progress,
ending where `serve` goes on live."""

import json
import os
import random

from .host import host_instruments
from .instruments import Counter
from .signals import DEMO_HISTORY, DEMO_INCIDENT_MINUTES, STEP, Shift, resolve
from .systems import DEFAULTS, SYSTEMS, instance_name, instruments
from .writer import Store


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
