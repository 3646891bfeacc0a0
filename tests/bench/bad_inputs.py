#!/usr/bin/env python3
"""Bad inputs through the lotse binary, one per class that issue 12 names.

Each hostile answer, file or value is handed to the real `lotse` the way a
user would meet it: a fake HTTP server on loopback, a file on disk, a value in
the test fixtures' Redis, an endless ClickHouse result. For every case it
prints and appends to $LOTSE_BENCH_OUT the exit status, the wall time, the peak
RSS (as `/usr/bin/time -v` reports it) and the first line of the error.

It fails when a case crashes, hangs past its bound, exits 0, names no cause, or
prints a secret. Figures, not timing assertions: the bounds are generous.

Environment: LOTSE_BINARY, LOTSE_FIXTURE_DIR (redis/, clickhouse/), LOTSE_BENCH_OUT.
"""
import http.server
import json
import os
import socket
import socketserver
import sqlite3
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zlib

BINARY = os.environ["LOTSE_BINARY"]
FIXTURES = os.environ.get("LOTSE_FIXTURE_DIR", "")
OUT = os.environ.get("LOTSE_BENCH_OUT", "")
TOKEN = "bench-token-6f1c9a7e"  # what must never reach the second origin or any output
HANG_S = 120


class Recorder:
    """What the second origin of a redirect received."""
    authorizations = []


def vector(value):
    return json.dumps({"status": "success", "data": {"resultType": "vector",
                       "result": [{"metric": {}, "value": [1700000000, value]}]}}).encode()


def gzip_bomb(size):
    """A gzip body of @p size zero bytes, made once (about 1 MiB per GiB)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = bytes(1 << 20)
    parts = [compressor.compress(chunk) for _ in range(size >> 20)]
    parts.append(compressor.flush())
    return b"".join(parts)


class Hostile(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    bomb = b""
    second_origin = 0

    def log_message(self, *args):
        pass

    def head(self, status=200, length=None, extra=()):
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        if length is not None:
            self.send_header("Content-Length", str(length))
        for key, value in extra:
            self.send_header(key, value)
        self.end_headers()
        self.wfile.flush()

    def do_GET(self):
        self.answer()

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.answer()

    def answer(self):
        case = self.path.split("/")[1]
        handler = getattr(self, "case_" + case.replace("-", "_"), None)
        if not handler:
            self.head(200, len(vector("1")))
            self.wfile.write(vector("1"))
            return
        try:
            handler()
        except (BrokenPipeError, ConnectionResetError):
            pass

    def case_huge_length(self):
        # 100 GB announced, then more than any cap sent as fast as loopback takes it.
        self.head(200, 100 << 30)
        chunk = b" " * (1 << 20)
        for _ in range(1024):
            self.wfile.write(chunk)

    def case_short(self):
        body = vector("1")
        self.head(200, len(body) * 4)
        self.wfile.write(body)
        self.close_connection = True

    def case_reset(self):
        self.head(200, 4096)
        self.wfile.write(b'{"status":"succ')
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True

    def case_drip(self):
        self.head(200, 100000)
        for _ in range(HANG_S * 2):
            self.wfile.write(b" ")
            self.wfile.flush()
            time.sleep(0.5)

    def case_gzip(self):
        self.head(200, len(Hostile.bomb), [("Content-Encoding", "gzip")])
        self.wfile.write(Hostile.bomb)

    def case_redirect(self):
        target = "http://127.0.0.1:%d/api/v1/query" % Hostile.second_origin
        self.head(307, 0, [("Location", target)])

    def case_nan(self):
        body = vector("NaN")
        self.head(200, len(body))
        self.wfile.write(body)


class SecondOrigin(Hostile):
    def answer(self):
        Recorder.authorizations.append(self.headers.get("Authorization", ""))
        body = vector("1")
        self.head(200, len(body))
        self.wfile.write(body)


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


def serve(handler):
    server = Server(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server.server_address[1]


def command_lines_with(secret):
    """The command lines of this machine's processes (what `ps` shows) that hold @p secret."""
    found = []
    for entry in os.listdir("/proc"):
        try:
            with open("/proc/%s/cmdline" % entry, "rb") as file:
                line = file.read()
        except OSError:
            continue
        if secret.encode() in line:
            found.append(line.replace(b"\0", b" ").decode(errors="replace"))
    return found


def run(arguments, env=None):
    """Runs lotse under /usr/bin/time -v; (exit, seconds, peak MiB, stdout, stderr, ps lines with the token)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as timing:
        command = ["/usr/bin/time", "-v", "-o", timing.name, BINARY] + arguments
        started = time.monotonic()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   env=dict(os.environ, **(env or {})))
        leaked = []
        def watch():
            while process.poll() is None and not leaked:
                leaked.extend(command_lines_with(TOKEN))
                time.sleep(0.05)

        watcher = threading.Thread(target=watch)
        watcher.start()
        try:
            stdout, stderr = process.communicate(timeout=HANG_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            return None, HANG_S, 0, b"", b"hang", leaked
        watcher.join()
        seconds = time.monotonic() - started
        rss_kib = 0
        code = process.returncode
        for line in timing.read().splitlines():
            if "Maximum resident set size" in line:
                rss_kib = int(line.rsplit(":", 1)[1])
            if "Command terminated by signal" in line:
                code = -int(line.rsplit(" ", 1)[1])
        return code, seconds, rss_kib / 1024, stdout, stderr, leaked


def write(directory, name, text):
    path = os.path.join(directory, name)
    with open(path, "wb") as file:
        file.write(text if isinstance(text, bytes) else text.encode())
    return path


def alias_bomb():
    lines = ["id: bomb", "title: {en: Bomb, de: Bombe}", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 10):
        previous = "*a%d" % (level - 1)
        lines.append("a%d: &a%d [%s]" % (level, level, ", ".join([previous] * 10)))
    lines.append("kpis: *a9")
    return "\n".join(lines) + "\n"


def chained_runbook(count):
    lines = ["id: chain", "title: {en: Chain, de: Kette}", "start: n0", "nodes:"]
    for index in range(count):
        lines.append("  n%d: {title: N, next: n%d}" % (index, index + 1))
    return "\n".join(lines) + "\n"


def tampered_snapshot(directory, name, statements):
    """A copy of fuzz_snapshot's seed (Lotse's own writer made it), changed by @p statements."""
    seed = os.path.join(os.path.dirname(__file__), "..", "fuzz", "corpus", "snapshot", "seed.lotse")
    path = os.path.join(directory, name)
    with open(seed, "rb") as source, open(path, "wb") as target:
        target.write(source.read())
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()
    return path


def fixture(server, name):
    with open(os.path.join(FIXTURES, server, name)) as file:
        return file.read().strip()


def http_cases(directory):
    Hostile.bomb = gzip_bomb(1 << 30)
    Hostile.second_origin = serve(SecondOrigin)
    port = serve(Hostile)
    dashboard = write(directory, "nan.yaml", "id: nan\ntitle: {en: NaN, de: NaN}\nkpis:\n"
                      "  - id: ratio\n    title: {en: Ratio, de: Quote}\n    query: a / b\n")
    cases = []
    for case in ["huge-length", "short", "reset", "drip"]:
        url = "http://127.0.0.1:%d/%s/" % (port, case)
        cases.append(("http", case, ["query", "--timeout", "10", "--prometheus", url, "up"], {}))
    # On loopback Lotse asks for plain answers; `compress: true` lets the bomb be unpacked, within the cap.
    packed = write(directory, "packed.yaml", "connections:\n  - name: prom\n    kind: prometheus\n"
                   "    url: http://127.0.0.1:%d/gzip/\n    compress: true\n" % port)
    cases.append(("http", "gzip", ["query", "--timeout", "10", "--connections", packed, "up"], {}))
    cases.append(("http", "gzip, though asked plain",
                  ["query", "--timeout", "10", "--prometheus", "http://127.0.0.1:%d/gzip/" % port, "up"], {}))
    connections = write(directory, "redirect.yaml",
                        "connections:\n  - name: prom\n    kind: prometheus\n"
                        "    url: http://127.0.0.1:%d/redirect/\n    auth: bearer\n"
                        "    secret_env: LOTSE_BENCH_TOKEN\n" % port)
    cases.append(("http", "cross-origin redirect", ["query", "--connections", connections, "up"],
                  {"LOTSE_BENCH_TOKEN": TOKEN}))
    cases.append(("nan", "a KPI reading NaN",
                  ["snapshot", "--dashboard", dashboard, "--prometheus", "http://127.0.0.1:%d/nan/" % port,
                   "--json", "-"], {}))
    return cases


def file_cases(directory):
    huge = os.path.join(directory, "huge.yaml")
    with open(huge, "wb") as file:
        file.truncate(200 << 20)
    header = write(directory, "header.yaml", "connections:\n  - name: prom\n    kind: prometheus\n"
                   "    url: http://127.0.0.1:1/\n    headers: {[a, b]: c}\n")
    lengths = tampered_snapshot(directory, "lengths.lotse",
                                ["UPDATE series SET \"values\" = substr(\"values\", 1, 8)"])
    view = tampered_snapshot(directory, "view.lotse", [
        "DROP TABLE kpis",
        "CREATE VIEW kpis AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n AS "
        "position, 'k' AS id, 1.0 AS value, '1' AS value_text, 'good' AS state, NULL AS read_at, NULL AS "
        "error_kind, NULL AS error, '[]' AS warnings FROM r"])
    return [
        ("yaml", "alias bomb", ["check", write(directory, "bomb.yaml", alias_bomb())], {}),
        ("yaml", "100,000 chained runbook nodes", ["check", write(directory, "chain.yaml",
                                                                  chained_runbook(100000))], {}),
        ("yaml", "200 MB file", ["check", huge], {}),
        ("yaml", "a list as a header's name", ["query", "--connections", header, "up"], {}),
        ("snapshot", "times and values of different lengths",
         ["snapshot", "--dashboard", lengths, "--json", "-"], {}),
        ("snapshot", "kpis a recursive view", ["snapshot", "--dashboard", view, "--json", "-"], {}),
    ]


def database_cases():
    if not FIXTURES:
        return []
    redis_port = fixture("redis", "port")
    redis_password = fixture("redis", "password")
    cli = ["redis-cli", "-h", "127.0.0.1", "-p", redis_port, "--user", "default", "--pass", redis_password,
           "--no-auth-warning"]
    # 300 MB, made on the server: a Lua string, so the script sends no such value itself.
    made = subprocess.run(cli + ["EVAL", "return redis.call('SET', KEYS[1], string.rep('x', 300000000))", "1",
                                 "lotse:huge"], capture_output=True, timeout=600)
    if b"OK" not in made.stdout:
        sys.exit("could not make the 300 MB value: %r" % (made.stdout + made.stderr))
    return [
        ("redis", "a 300 MB value", ["query", "--redis", "redis://default@127.0.0.1:%s/0" % redis_port,
                                     "GET lotse:huge"], {"LOTSE_REDIS_PASSWORD": redis_password}),
        ("clickhouse", "an endless result",
         ["query", "--clickhouse", fixture("clickhouse", "url"), "SELECT number FROM system.numbers"],
         {"LOTSE_CLICKHOUSE_PASSWORD": fixture("clickhouse", "password")}),
    ]


def main():
    failures = []
    lines = []
    with tempfile.TemporaryDirectory() as directory:
        env_home = {"HOME": directory, "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8"}
        chosen = sys.argv[1] if len(sys.argv) > 1 else ""  # a kind, to run only its cases
        for kind, name, arguments, env in http_cases(directory) + file_cases(directory) + database_cases():
            if chosen and kind != chosen:
                continue
            code, seconds, rss, stdout, stderr, leaked = run(arguments, dict(env_home, **env))
            message = next((line for line in stderr.decode(errors="replace").splitlines()
                            if line.strip() and not line.startswith("QStandardPaths")), "")
            line = "bad input %-10s %-40s exit %-4s %6.2f s  peak RSS %6.1f MiB  %s" % (
                kind, name, code, seconds, rss, message[:110])
            print(line, flush=True)
            lines.append(line)
            if code is None:
                failures.append("%s: no end within %d s" % (name, HANG_S))
            elif code <= 0 or code >= 128:
                failures.append("%s: exit %s" % (name, code))
            elif not message:
                failures.append("%s: no message names the cause" % name)
            if TOKEN.encode() in stdout + stderr:
                failures.append("%s: the token was printed" % name)
            if leaked:
                failures.append("%s: a command line holds the token: %s" % (name, leaked[0]))
    if any(TOKEN in received for received in Recorder.authorizations):
        failures.append("cross-origin redirect: the second origin received the token")
    summary = "bad inputs: %d tried, %d named errors, %d crashes, %d hangs" % (
        len(lines), len(lines) - len(failures),
        sum("exit -" in failure for failure in failures), sum("no end" in failure for failure in failures))
    print(summary)
    if OUT:
        with open(OUT, "a") as file:
            file.write("\n".join(lines + [summary]) + "\n")
    for failure in failures:
        print("FAILED:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
