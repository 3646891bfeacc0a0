"""The five seed systems as the metric contract names them. The cases, the
demo and `serve` all build their series here, so all of them speak the same
contract."""

from .instruments import Counter, Gauge, Histogram, scaled
from .signals import GIB, LONG_HISTORY, resolve


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
