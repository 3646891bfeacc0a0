"""A small Ceph cluster, so the Grafana import of Debian's Ceph dashboards
has data to read."""

import random

from .instruments import Counter, Gauge
from .signals import GIB, HISTORY, load
from .writer import Store


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
