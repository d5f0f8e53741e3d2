import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { ServiceName } from '@ssp/contracts';
import { composeErrors } from './compose-schema';
import { coreSchemaErrors } from './core-schemas';
import { crdKey, crdSchemaErrors, loadCrdValidators } from './crd-schemas';
import { kustomizeBuild, type KubeObject } from './kustomize';
import { autoscalerErrors, ingestionHeapErrors, unpinnedImages } from './manifest-rules';
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

  it('builds the suite with every service, its migration Job and the Ingress', () => {
    const names = (kind: string) => suite.filter((object) => object.kind === kind).map((object) => object.metadata.name).sort();
    expect(names('Deployment')).toEqual([...SERVICES].sort());
    expect(names('Job')).toEqual(SERVICES.map((service) => `${service}-migrate`).sort());
    expect(names('Ingress')).toEqual(['ssp-api', 'ssp-uploads']);
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
      ['Cluster', 'Database', 'Database', 'Database', 'Database', 'Kafka', 'KafkaNodePool', 'KafkaUser', 'KafkaUser', 'KafkaUser', 'KafkaUser', 'ScheduledBackup'],
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
    const reporting = suite.find((object) => object.kind === 'HorizontalPodAutoscaler' && object.metadata.name === 'reporting')!;
    expect(autoscalerErrors([{ ...reporting, spec: { ...(reporting.spec as object), maxReplicas: 12 } }])).toEqual([
      'HorizontalPodAutoscaler reporting: maxReplicas 12, but reporting consumes at most 6 partitions of a topic',
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
