import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { MetricsService } from './metrics.service';
import { registerOperationsMetrics } from './operations-metrics';

/*
 * The Grafana dashboard and the alert rules are written by hand; these tests keep them from
 * drifting away from the code: every metric their PromQL names must be one a service
 * registers (a renamed metric fails here, not silently on a blank panel).
 */
const ROOT = join(__dirname, '../../../..');
const DASHBOARD = join(ROOT, 'ops/grafana/ssp-suite.dashboard.json');
const RULES = join(ROOT, 'k8s/monitoring/prometheus-rules.yaml');

/** Series Prometheus makes itself for each target. */
const FROM_PROMETHEUS = new Set(['up', 'scrape_duration_seconds', 'scrape_samples_scraped']);
const KEYWORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'bool', 'offset', 'and', 'or', 'unless', 'inf', 'nan']);

/** The metric names a PromQL expression selects (functions, keywords, labels and strings left out). */
function metricNamesIn(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ');
  const names = new Set<string>();
  for (const match of bare.matchAll(/(?<![\w.$])([a-zA-Z_:][\w:]*)(?![\w:])(?!\s*\()/g)) {
    const name = match[1]!;
    if (!KEYWORDS.has(name.toLowerCase())) names.add(name);
  }
  return [...names];
}

/** Every series name a service's /metrics can show, histogram parts included. */
function registeredSeriesNames(): Set<string> {
  const metrics = new MetricsService();
  const never = async () => ({ value: undefined, readAt: undefined, ok: false });
  registerOperationsMetrics(metrics.registry, { kafkaOffsets: never, outboxBacklog: never });
  const names = new Set<string>();
  for (const metric of metrics.registry.getMetricsAsArray()) {
    const { name, type } = metric as unknown as { name: string; type: string };
    names.add(name);
    if (type === 'histogram') for (const suffix of ['_bucket', '_sum', '_count']) names.add(`${name}${suffix}`);
    if (type === 'summary') for (const suffix of ['_sum', '_count']) names.add(`${name}${suffix}`);
  }
  return names;
}

interface Panel {
  type: string;
  title: string;
  datasource?: { type: string; uid: string };
  targets?: { expr: string; datasource?: { uid: string } }[];
  panels?: Panel[];
}

interface Dashboard {
  schemaVersion: number;
  uid: string;
  panels: Panel[];
  templating: { list: { name: string; type: string; query: unknown; datasource?: { uid: string } }[] };
}

const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as Dashboard;
const panels = dashboard.panels.flatMap((panel) => [panel, ...(panel.panels ?? [])]).filter((panel) => panel.type !== 'row');
const dashboardExprs = panels.flatMap((panel) => (panel.targets ?? []).map((target) => ({ panel: panel.title, expr: target.expr })));
const ruleExprs = (parse(readFileSync(RULES, 'utf8')) as { spec: { groups: { rules: { alert: string; expr: string }[] }[] } }).spec.groups
  .flatMap((group) => group.rules)
  .map((rule) => ({ alert: rule.alert, expr: rule.expr }));
const registered = registeredSeriesNames();

describe('metricNamesIn', () => {
  it('finds the metrics and leaves out functions, aggregations, labels, ranges and strings', () => {
    expect(
      metricNamesIn(
        'histogram_quantile(0.95, sum by (job, le) (rate(ssp_consumer_batch_seconds_bucket{job=~"$service", le!="x"}[$__rate_interval])))',
      ),
    ).toEqual(['ssp_consumer_batch_seconds_bucket']);
    expect(metricNamesIn('sum(a_total) without (instance) > 0 unless on (job) b_gauge offset 5m == bool 1')).toEqual(['a_total', 'b_gauge']);
    expect(metricNamesIn('max by (job) (up{job="reporting"}) == 0 and process_cpu_seconds_total')).toEqual(['up', 'process_cpu_seconds_total']);
  });
});

describe('the Grafana dashboard (ops/grafana/ssp-suite.dashboard.json)', () => {
  it('queries only metrics the services register', () => {
    const unknown = dashboardExprs.flatMap(({ panel, expr }) =>
      metricNamesIn(expr)
        .filter((name) => !registered.has(name) && !FROM_PROMETHEUS.has(name))
        .map((name) => `${panel}: ${name}`),
    );
    expect(dashboardExprs.length).toBeGreaterThan(20);
    expect(unknown).toEqual([]);
  });

  it('has a panel for each thing an operator watches', () => {
    const used = new Set(dashboardExprs.flatMap(({ expr }) => metricNamesIn(expr)));
    for (const name of [
      'ssp_consumer_lag_messages',
      'ssp_consumer_events_total',
      'ssp_dead_letter_messages',
      'ssp_outbox_backlog_events',
      'ssp_outbox_oldest_event_age_seconds',
      'ssp_consumer_batch_seconds_bucket',
      'ssp_outbox_publish_batch_seconds_bucket',
      'ssp_http_request_duration_seconds_count',
      'nodejs_eventloop_lag_p99_seconds',
      'nodejs_heap_size_used_bytes',
      'process_cpu_seconds_total',
    ]) {
      expect(used).toContain(name);
    }
  });

  it('takes its Prometheus from the datasource variable and filters every query by the service variable', () => {
    const variables = new Map(dashboard.templating.list.map((variable) => [variable.name, variable]));
    expect(dashboard.schemaVersion).toBeGreaterThanOrEqual(39);
    expect(variables.get('datasource')).toMatchObject({ type: 'datasource', query: 'prometheus' });
    expect(variables.get('service')).toMatchObject({ type: 'query', datasource: { uid: '${datasource}' } });
    const serviceQuery = JSON.stringify(variables.get('service')?.query);
    const [, variableMetric] = /label_values\(\s*([\w:]+)\s*,\s*job\s*\)/.exec(serviceQuery) ?? [];
    expect(registered).toContain(variableMetric);
    for (const panel of panels) expect({ title: panel.title, uid: panel.datasource?.uid }).toEqual({ title: panel.title, uid: '${datasource}' });
    for (const { panel, expr } of dashboardExprs) expect({ panel, filtered: expr.includes('job=~"$service"') }).toEqual({ panel, filtered: true });
  });
});

describe('the alert rules (k8s/monitoring/prometheus-rules.yaml)', () => {
  it('use only metrics the services register', () => {
    const unknown = ruleExprs.flatMap(({ alert, expr }) =>
      metricNamesIn(expr)
        .filter((name) => !registered.has(name) && !FROM_PROMETHEUS.has(name))
        .map((name) => `${alert}: ${name}`),
    );
    expect(ruleExprs.length).toBeGreaterThan(5);
    expect(unknown).toEqual([]);
  });
});
