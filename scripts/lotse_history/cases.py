"""The incident cases and what a correct runbook finds at each: one table
that the fixtures, the alert tests and `verify` all read."""

import time

from .signals import BASE, SPACING, Path, Ramp, Shift
from .systems import SLUGS


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
