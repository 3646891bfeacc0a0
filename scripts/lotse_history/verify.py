"""Checks the cases against a real server, not only by construction: the
contract's rules as PromQL at each case's instant."""

import json
import math
import urllib.parse
import urllib.request


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
