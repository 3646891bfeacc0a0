"""Keeps the demo's charts moving: continues the demo history live from the
state `write --demo` saved."""

import json
import random
import signal
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

from .demo import demo_instruments
from .systems import HELP


# serve: the demo, live.

def exposition(insts, t, rng):
    families = {}
    for inst in insts:
        for s, v in zip(inst.series, inst.step(t, rng)):
            families.setdefault(s.family, (s.kind, []))[1].append(f'{s.sid} {s.fmt(v)}')
    out = []
    for family in sorted(families):
        kind, lines = families[family]
        pname = family + '_total' if kind == 'counter' else family
        help_ = HELP.get(family, family.replace('_', ' ') + '.')
        out.append(f'# HELP {pname} {help_}\n# TYPE {pname} {kind}\n')
        out.append(''.join(line + '\n' for line in lines))
    return ''.join(out).encode()


def serve(state_path, port):
    with open(state_path, encoding='utf-8') as f:
        state = json.load(f)
    insts = demo_instruments(state['end'])
    for inst in insts:
        inst.restore(state)
    rng = random.Random()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path.split('?')[0] != '/metrics':
                body = b'Lotse demo exporter: see /metrics\n'
                self.send_response(200 if self.path == '/' else 404)
                self.send_header('Content-Type', 'text/plain; charset=utf-8')
            else:
                # Never step back behind the end of the history.
                body = exposition(insts, max(time.time(), state['end']), rng)
                self.send_response(200)
                self.send_header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, fmt, *args):
            pass

    def stop(signum, frame):
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    server = HTTPServer(('127.0.0.1', port), Handler)
    print(f'history.py serve: http://127.0.0.1:{server.server_address[1]}/metrics', flush=True)
    try:
        server.serve_forever()
    except SystemExit:
        pass
    finally:
        server.server_close()
    return 0
