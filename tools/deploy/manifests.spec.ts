import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { ServiceName } from '@ssp/contracts';
import { composeErrors } from './compose-schema';
import { coreSchemaErrors } from './core-schemas';
import { crdKey, crdSchemaErrors, loadCrdValidators } from './crd-schemas';
import { kustomizeBuild, type KubeObject } from './kustomize';
import { autoscalerErrors, heapLimitErrors, ingestionHeapErrors, unpinnedImages, webReachErrors } from './manifest-rules';
import { checkPrometheusRule } from './promtool';

/*
 * Static checks of what CI cannot run: the kustomize builds of k8s/ against the Kubernetes
 * and CRD schemas (unknown fields fail), the compose file against the Compose Specification,
 * and the alerts with promtool. Each check has a negative control: a broken input it fails.
 */
const ROOT = path.resolve(__dirname, '../..');
const K8S = path.join(ROOT, 'k8s');
const SERVICES = Object.values(ServiceName);
// The Barman Cloud plugin's ObjectStore: its CRD is not among tools/deploy/crds (README there).
const UNCHECKED = new Set(['barmancloud.cnpg.io/v1/ObjectStore']);

const crdValidators = loadCrdValidators();
const isCustom = (object: KubeObject) => crdValidators.has(crdKey(object)) || UNCHECKED.has(crdKey(object));
const customErrors = (objects: KubeObject[]) => objects.filter((object) => crdValidators.has(crdKey(object))).flatMap((object) => crdSchemaErrors(object, crdValidators));

// Built once: each build runs kubectl, each schema pass starts the TypeScript compiler.
const suite = kustomizeBuild(K8S);
const monitoring = kustomizeBuild(path.join(K8S, 'monitoring'));

const deployment = (overrides: Record<string, unknown>): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'broken' },
  spec: {
    selector: { matchLabels: { app: 'broken' } },
    template: { metadata: { labels: { app: 'broken' } }, spec: { containers: [{ name: 'broken', image: 'x@sha256:' + 'a'.repeat(64), ...overrides }] } },
  },
});

describe('kustomize builds', () => {
  it.each(SERVICES)('builds the service %s on its own', (service) => {
    const kinds = kustomizeBuild(path.join(K8S, 'services', service)).map((object) => object.kind).sort();
    expect(kinds).toEqual(['Deployment', 'HorizontalPodAutoscaler', 'Job', 'PodDisruptionBudget', 'Service', ...(service === 'network-groups' ? ['ConfigMap'] : [])].sort());
  });

  it('builds the web app on its own: no migration Job, no Kafka', () => {
    const web = kustomizeBuild(path.join(K8S, 'web'));
    expect(web.map((object) => object.kind).sort()).toEqual(['Deployment', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'Service']);
    expect(JSON.stringify(web)).not.toMatch(/KAFKA/);
  });

  it('builds the suite with every service, its migration Job, the web app and the Ingresses', () => {
    const names = (kind: string) => suite.filter((object) => object.kind === kind).map((object) => object.metadata.name).sort();
    expect(names('Deployment')).toEqual([...SERVICES, 'web'].sort());
    expect(names('Job')).toEqual(SERVICES.map((service) => `${service}-migrate`).sort());
    expect(names('Ingress')).toEqual(['ssp-api', 'ssp-uploads', 'ssp-web']);
    expect(names('NetworkPolicy')).toContain('ssp-web');
  });

  it('fails a kustomization that names a missing file (negative control)', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'ssp-kustomize-'));
    try {
      writeFileSync(path.join(folder, 'kustomization.yaml'), stringify({ resources: ['missing.yaml'] }));
      expect(() => kustomizeBuild(folder)).toThrow(/kubectl kustomize .* failed/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('Kubernetes schemas (kubernetes-models)', () => {
  it('accepts every built-in object of the suite and of k8s/monitoring', () => {
    expect(coreSchemaErrors([...suite, ...monitoring].filter((object) => !isCustom(object)))).toEqual([]);
  });

  it('refuses a wrong type, a misspelt field at any depth, and a kind it has no schema for (negative controls)', () => {
    const errors = coreSchemaErrors([
      deployment({ imagePullPolicyy: 'Always' }),
      { ...deployment({}), metadata: { name: 'typed' }, spec: { ...(deployment({}).spec as object), replicas: 'two' } },
      { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } },
    ]);
    expect(errors).toEqual([
      expect.stringMatching(/^Deployment typed: .*replicas/),
      expect.stringMatching(/^Widget w: no kubernetes-models schema/),
      expect.stringMatching(/^Deployment broken: .*'"imagePullPolicyy"' does not exist in type 'IContainer'/),
      expect.stringMatching(/^Deployment typed: /),
    ]);
  });
});

describe('custom resources against the CRDs in tools/deploy/crds', () => {
  it('accepts the CNPG and Strimzi resources of the suite', () => {
    const custom = suite.filter((object) => crdValidators.has(crdKey(object)));
    expect(custom.map((object) => object.kind).sort()).toEqual(
      ['Cluster', 'Database', 'Database', 'Database', 'Database', 'Database', 'Kafka', 'KafkaNodePool', 'KafkaUser', 'KafkaUser', 'KafkaUser', 'KafkaUser', 'ScheduledBackup'],
    );
    expect(customErrors(custom)).toEqual([]);
  });

  it('refuses a misspelt field and a wrong type (negative controls)', () => {
    const cluster = suite.find((object) => object.kind === 'Cluster')!;
    const spec = cluster.spec as Record<string, unknown>;
    expect(customErrors([{ ...cluster, spec: { ...spec, instancess: 3 } }])).toEqual([expect.stringContaining('must NOT have additional properties (instancess)')]);
    expect(customErrors([{ ...cluster, spec: { ...spec, instances: 'three' } }])).toEqual([expect.stringContaining('/spec/instances must be integer')]);
  });
});

describe('suite rules', () => {
  it('pins every image of the suite by digest', () => {
    expect(unpinnedImages(suite)).toEqual([]);
  });

  it('refuses an image by tag only (negative control)', () => {
    expect(unpinnedImages([deployment({ image: 'ssp-suite:0.1.0' })])).toEqual(['Deployment broken: image "ssp-suite:0.1.0" is not pinned by @sha256:<digest>']);
  });

  it("caps each autoscaler at the partition count of the topics its service consumes", () => {
    expect(autoscalerErrors(suite)).toEqual([]);
    const web = suite.find((object) => object.kind === 'HorizontalPodAutoscaler' && object.metadata.name === 'web')!;
    expect(autoscalerErrors([{ ...web, spec: { ...(web.spec as object), minReplicas: 1 } }])).toEqual(['HorizontalPodAutoscaler web: minReplicas below 2']);
    const reporting = suite.find((object) => object.kind === 'HorizontalPodAutoscaler' && object.metadata.name === 'reporting')!;
    expect(autoscalerErrors([{ ...reporting, spec: { ...(reporting.spec as object), maxReplicas: 12 } }])).toEqual([
      'HorizontalPodAutoscaler reporting: maxReplicas 12, but reporting consumes at most 6 partitions of a topic',
    ]);
  });
});

describe('the web app in the suite', () => {
  const web = suite.find((object) => object.kind === 'Deployment' && object.metadata.name === 'web')!;
  const containerOf = (object: KubeObject) => (object.spec as { template: { spec: { containers: { env: { name: string; value?: string; valueFrom?: unknown }[]; image: string }[] } } }).template.spec.containers[0];
  const envOf = (object: KubeObject) => new Map(containerOf(object).env.map((variable) => [variable.name, variable]));

  it('runs the pinned image as SSP_SERVICE=web, on the public origin the services allow, with its secrets as files', () => {
    expect(containerOf(web).image).toMatch(/^ssp-suite:[^@]+@sha256:[0-9a-f]{64}$/);
    const env = envOf(web);
    expect(env.get('SSP_SERVICE')?.value).toBe('web');
    const config = suite.find((object) => object.kind === 'ConfigMap' && object.metadata.name === 'ssp-config')!;
    expect(String((config.data as Record<string, string>).CORS_ORIGINS).split(',')).toContain(env.get('PUBLIC_URL')?.value);
    expect(env.get('OIDC_ISSUER')?.valueFrom).toEqual({ configMapKeyRef: { name: 'ssp-config', key: 'OIDC_ISSUER' } });
    expect([...env.keys()].filter((name) => ['SESSION_KEY', 'OIDC_CLIENT_SECRET', 'DATABASE_URL'].includes(name))).toEqual([]);
    expect([env.get('SESSION_KEY_FILE')?.value, env.get('OIDC_CLIENT_SECRET_FILE')?.value, env.get('DATABASE_URL_FILE')?.value]).toEqual([
      '/run/secrets/web/session-key',
      '/run/secrets/web/oidc-client-secret',
      '/run/secrets/database/uri',
    ]);
  });

  it('is routed at ssp.randers.dk with the upload limit of ingestion', () => {
    const ingresses = suite.filter((object) => object.kind === 'Ingress');
    const annotationsOf = (name: string) => ingresses.find((object) => object.metadata.name === name)!.metadata as unknown as { annotations: Record<string, string> };
    expect(JSON.stringify(ingresses.find((object) => object.metadata.name === 'ssp-web')!.spec)).toContain('"host":"ssp.randers.dk"');
    expect(annotationsOf('ssp-web').annotations).toEqual(annotationsOf('ssp-uploads').annotations);
  });

  it('reaches the services it calls through the network policies, and not without them (negative control)', () => {
    expect(webReachErrors(suite)).toEqual([]);
    const servicesPolicyWithoutWeb = suite.map((object) => {
      if (object.kind !== 'NetworkPolicy' || object.metadata.name !== 'ssp-services') return object;
      const spec = structuredClone(object.spec) as { ingress: { from: { podSelector?: unknown }[] }[] };
      for (const rule of spec.ingress) rule.from = rule.from.filter((peer) => peer.podSelector === undefined);
      return { ...object, spec };
    });
    expect(webReachErrors(servicesPolicyWithoutWeb)).toEqual([
      "CASE_COORDINATION_URL: no NetworkPolicy lets the web pods into case-coordination's pods on port 3002",
      "POLICE_LIST_INGESTION_URL: no NetworkPolicy lets the web pods into police-list-ingestion's pods on port 3001",
      "NETWORK_GROUPS_URL: no NetworkPolicy lets the web pods into network-groups's pods on port 3003",
      "REPORTING_URL: no NetworkPolicy lets the web pods into reporting's pods on port 3004",
    ]);
    const wrongPort = suite.map((object) => {
      if (object !== web) return object;
      const copy = structuredClone(web);
      const env = containerOf(copy).env;
      env.splice(env.findIndex((variable) => variable.name === 'CASE_COORDINATION_URL'), 1, { name: 'CASE_COORDINATION_URL', value: 'http://case-coordination.ssp.svc:3003' });
      return copy;
    });
    expect(webReachErrors(wrongPort)).toEqual([
      'CASE_COORDINATION_URL: port 3003 is not the http port of Service case-coordination',
      "CASE_COORDINATION_URL: no NetworkPolicy lets the web pods out to case-coordination's pods on port 3003",
      "CASE_COORDINATION_URL: no NetworkPolicy lets the web pods into case-coordination's pods on port 3003",
    ]);
  });

  it('lets PostgreSQL admit the web pods', () => {
    const postgres = suite.find((object) => object.kind === 'NetworkPolicy' && object.metadata.name === 'ssp-postgres')!;
    const rules = (postgres.spec as { ingress: { from: { podSelector?: { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] } }[] }[] }).ingress;
    const labels = (web.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels;
    const admitted = rules.some((rule) =>
      rule.from.some(({ podSelector }) =>
        podSelector !== undefined &&
        Object.entries(podSelector.matchLabels ?? {}).every(([key, value]) => labels[key] === value) &&
        (podSelector.matchExpressions ?? []).every(({ key, values }) => (values ?? []).includes(labels[key])),
      ),
    );
    expect(admitted).toBe(true);
  });
});

describe('heap within the memory limit', () => {
  it('gives every container of the image a heap within its memory limit, and fails one over it (negative control)', () => {
    expect(heapLimitErrors(suite)).toEqual([]);
    expect(heapLimitErrors([deployment({ image: 'ssp-suite@sha256:' + 'a'.repeat(64), resources: { limits: { memory: '384Mi' } }, env: [{ name: 'NODE_OPTIONS', value: '--max-old-space-size=384' }] })])).toEqual([
      'Deployment broken (broken): --max-old-space-size=384 is more than 75 % of the memory limit 384Mi',
    ]);
    expect(heapLimitErrors([deployment({ image: 'ssp-suite@sha256:' + 'a'.repeat(64), resources: { limits: { memory: '1Gi' } } })])).toEqual([
      'Deployment broken (broken): no --max-old-space-size in NODE_OPTIONS',
    ]);
  });
});

describe('ingestion heap', () => {
  it("gives police-list ingestion a heap its XLSX limits fit, and fails one they do not (negative control)", () => {
    expect(ingestionHeapErrors(suite)).toEqual([]);
    const ingestion = suite.find((object) => object.kind === 'Deployment' && object.metadata.name === 'police-list-ingestion')!;
    const smallHeap = structuredClone(ingestion);
    const container = (smallHeap.spec as { template: { spec: { containers: { env: { name: string; value?: string }[] }[] } } }).template.spec.containers[0];
    // 64 MiB old space: a heap of 112 MiB under Node 20 and 256 MiB under Node 24 (a larger young generation), too small under both.
    container.env = container.env.map((variable) => (variable.name === 'NODE_OPTIONS' ? { ...variable, value: '--max-old-space-size=64' } : variable));
    expect(ingestionHeapErrors([smallHeap])).toEqual([expect.stringContaining('Deployment police-list-ingestion: MAX_XLSX_SHARED_STRINGS_BYTES')]);
  });
});

describe('docker-compose.yml against the Compose Specification', () => {
  const compose = readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8');

  it('is valid', () => {
    expect(composeErrors(compose)).toEqual([]);
  });

  it('refuses a misspelt key (negative control)', () => {
    expect(composeErrors(compose.replace('stop_grace_period:', 'stop_grace_periode:'))).toContain('/services/reporting must NOT have additional properties (stop_grace_periode)');
  });
});

describe('alerts with promtool', () => {
  const rules = readFileSync(path.join(K8S, 'monitoring/prometheus-rules.yaml'), 'utf8');
  const tests = path.join(K8S, 'monitoring/prometheus-rules.test.yaml');

  it('checks the rules and passes their unit tests, one per alert', () => {
    const result = checkPrometheusRule(rules, tests);
    expect(result.output).toContain('SUCCESS');
    expect(result.ok).toBe(true);
    const alerts = [...rules.matchAll(/- alert: (\w+)/g)].map((match) => match[1]);
    const tested = new Set([...readFileSync(tests, 'utf8').matchAll(/alertname: (\w+)/g)].map((match) => match[1]));
    expect(alerts.filter((alert) => !tested.has(alert))).toEqual([]);
  });

  it('fails an expression that does not parse (negative control)', () => {
    const result = checkPrometheusRule(rules.replace('== 0\n          for: 5m', '== \n          for: 5m'), tests);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/promtool check rules[\s\S]*FAILED/);
  });

  it('fails the unit tests when an alert no longer fires (negative control)', () => {
    const result = checkPrometheusRule(rules.replace('ssp_outbox_oldest_event_age_seconds) > 300', 'ssp_outbox_oldest_event_age_seconds) > 3000'), tests);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/alertname: SspOutboxStuck[\s\S]*FAILED|FAILED[\s\S]*SspOutboxStuck/);
  });
});
