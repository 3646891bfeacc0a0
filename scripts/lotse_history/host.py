"""The demo host's node_exporter series. Continuing a running node_exporter's
counters lets its live scrapes join the history without a reset."""

import re
import time
import urllib.request

from .instruments import Counter, Gauge, scaled
from .signals import DEMO_HISTORY, GIB, STEP, load


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
