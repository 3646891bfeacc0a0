#!/usr/bin/env python3
"""The seed alert rules (resources/alerts) against the project's own history.

  alertcases.py check --rules DIR --work DIR
      `promtool check rules` on every rule file, then `promtool test rules`
      with one test per case of scripts/history.py: the case's series as
      input, the rules evaluated every minute over its history (the real rule
      engine, simulated time, so `for:` holds as written), and at the case's
      instant exactly the alerts of EXPECT firing, none on a healthy case.
  alertcases.py live --out DIR --ahead SECONDS --cases a,b
      DIR/history.om: the named cases (of different systems) with their
      instant moved to SECONDS from now (so the samples still cover "now"
      while the test waits its turn), for a live Prometheus that evaluates the rules on
      wall-clock time.

Standard library and promtool only.
"""

import argparse
import glob
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'scripts'))
import history  # noqa: E402  (the project's fixture generator)

# The alerts firing at each case's instant. A case not named here must stay
# silent: that covers every healthy case, Keiko (whose guide writes no alert
# rules), and incidents no guide alerts on (KATO's throughput, TMI's warning
# bands, ...). The runbook, not the alert, tells those apart.
EXPECT = {
    'kato-latency-database': {'KatoHighLatency', 'KatoSlowDatabaseQueries'},
    'kato-latency-network': {'KatoHighLatency'},
    'kato-latency-application': {'KatoHighLatency'},
    'kato-cpu-contention': {'KatoHighCPU'},
    'kato-cpu-kato': {'KatoHighCPU'},
    'kato-memory-sessions': {'KatoHighMemory'},
    'kato-memory-leak': {'KatoHighMemory'},
    'kato-memory-dataset': {'KatoHighMemory'},
    'kato-latency-database-over-network': {'KatoHighLatency', 'KatoSlowDatabaseQueries'},
    'kato-memory-sessions-over-leak': {'KatoHighMemory'},
    'kato-latency-database-and-cpu-database': {'KatoHighLatency', 'KatoSlowDatabaseQueries'},
    'kato-memory-leak-and-queue-backlog': {'KatoHighMemory'},
    'kato-memory-rises-on-different-instances': {'KatoHighMemory'},
    'kato-memory-young-instance': {'KatoHighMemory'},
    'kato-memory-leak-young-instance': {'KatoHighMemory'},
    'tmi-high-response-time-critical': {'TmiHighResponseTime'},
    'tmi-high-cpu-critical': {'TmiHighCPUUsage'},
    'tmi-response-critical-and-database': {'TmiHighResponseTime'},
    'greenlang-llm-cost': {'GreenLangLlmBudget'},
    'greenlang-memory-growth': {'GreenLangMemoryGrowth'},
    'greenlang-database-bottleneck': {'GreenLangSlowQueries'},
    'greenlang-low-cache-hit-rate': {'GreenLangLowCacheHitRate'},
    'greenlang-api-latency': {'GreenLangLatencyRegression'},
    'greenlang-database-and-pool': {'GreenLangSlowQueries'},
    'greenlang-llm-cost-and-memory-growth': {'GreenLangLlmBudget', 'GreenLangMemoryGrowth'},
    'promptcard-high-response-time': {'PromptCardHighResponseTime'},
    'promptcard-low-throughput': {'PromptCardLowThroughput'},
    'promptcard-database-and-response-time': {'PromptCardHighResponseTime'},
    'promptcard-quiet-night': {'PromptCardLowThroughput'},
}


def case_store(case, at):
    store = history.Store()
    store.run(history.instruments(case.system, case.knobs, at), at, history.HISTORY,
              history.case_rng(case.name))
    return store


def input_series(store):
    """promtool's input_series on one 15 s grid from the oldest sample; `_`
    where a series has no sample (an instance not born yet)."""
    chunks = [(s, times, values) for _, series in store.families.values()
              for s, parts in series.values() for times, values in parts]
    t0 = min(times[0] for _, times, _ in chunks)
    per_series = {}
    for s, times, values in chunks:
        row = per_series.setdefault(s.sid, {})
        row.update(zip(times, values))
    end = max(max(row) for row in per_series.values())
    grid = range(t0, end + 1, history.STEP)
    out = []
    for sid in sorted(per_series):
        row = per_series[sid]
        out.append((sid, ' '.join(row.get(t, '_') for t in grid)))
    return t0, out


def quote(text):
    return "'" + text.replace("'", "''") + "'"


def unit_test(case):
    t0, series = input_series(case_store(case, case.at))
    lines = [f'  - name: {case.name}', f'    interval: {history.STEP}s', '    input_series:']
    for sid, values in series:
        lines += [f'      - series: {quote(sid)}', f'        values: {quote(values)}']
    # promtool runs the rules only up to the last alert_rule_test's time: one
    # on a name no rule has makes it run them up to the case's instant.
    lines += ['    alert_rule_test:', f'      - eval_time: {case.at - t0}s',
              '        alertname: EvaluatedUpToHere', '        exp_alerts: []']
    lines += ['    promql_expr_test:',
              '      - expr: group by (alertname) (ALERTS{alertstate="firing"})',
              f'        eval_time: {case.at - t0}s']
    expected = sorted(EXPECT.get(case.name, ()))
    if not expected:
        lines.append('        exp_samples: []')
    else:
        lines.append('        exp_samples:')
        for name in expected:
            lines += [f"          - labels: '{{alertname=\"{name}\"}}'", '            value: 1']
    return '\n'.join(lines)


# What the Alerts view, the tray and `lotse alerts` show of a rule, in both
# languages, and where its Diagnose leads.
ANNOTATIONS = ('summary', 'summary_de', 'description', 'description_de', 'runbook_url', 'unit')


def check_annotations(files):
    import yaml
    missing = []
    for path in files:
        with open(path, encoding='utf-8') as f:
            for group in yaml.safe_load(f)['groups']:
                for rule in group['rules']:
                    have = rule.get('annotations') or {}
                    missing += [f"{os.path.basename(path)}: {rule['alert']} has no {key}"
                                for key in ANNOTATIONS if not str(have.get(key, '')).strip()]
    if missing:
        sys.exit('alertcases.py: ' + '; '.join(missing))


def check(rules_dir, work):
    files = sorted(glob.glob(os.path.join(os.path.abspath(rules_dir), '*.yaml')))
    if not files:
        sys.exit(f'alertcases.py: no rule files in {rules_dir}')
    subprocess.run(['promtool', 'check', 'rules', *files], check=True)
    check_annotations(files)
    unknown = set(EXPECT) - set(history.CASE_BY_NAME)
    if unknown:
        sys.exit(f'alertcases.py: unknown cases {sorted(unknown)}')
    os.makedirs(work, exist_ok=True)
    path = os.path.join(work, 'alert-cases.test.yaml')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('rule_files:\n' + ''.join(f'  - {quote(p)}\n' for p in files))
        f.write('evaluation_interval: 1m\ntests:\n')
        f.write('\n'.join(unit_test(c) for c in history.CASES) + '\n')
    subprocess.run(['promtool', 'test', 'rules', path], check=True)
    print(f'alertcases.py: {len(history.CASES)} cases, {len(EXPECT)} with alerts')


def live(out, end, names):
    cases = [history.CASE_BY_NAME[n] for n in names]
    if len({c.system for c in cases}) != len(cases):
        sys.exit('alertcases.py: one case per system, or their series collide')
    store = history.Store()
    for c in cases:
        store.run(history.instruments(c.system, c.knobs, end), end, history.HISTORY,
                  history.case_rng(c.name))
    os.makedirs(out, exist_ok=True)
    store.write(out)


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest='cmd', required=True)
    c = sub.add_parser('check')
    c.add_argument('--rules', required=True)
    c.add_argument('--work', required=True)
    lv = sub.add_parser('live')
    lv.add_argument('--out', required=True)
    lv.add_argument('--ahead', type=int, required=True)
    lv.add_argument('--cases', required=True)
    a = p.parse_args()
    if a.cmd == 'check':
        check(a.rules, a.work)
    else:
        live(a.out, int(time.time()) + a.ahead, a.cases.split(','))


if __name__ == '__main__':
    main()
