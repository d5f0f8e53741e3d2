import { ServiceName, topicsConsumedBy } from '@ssp/contracts';
import { execFileSync } from 'node:child_process';
import { heapProblems, type XlsxMemorySettings } from '../../apps/police-list-ingestion/src/memory-budget';
import { PoliceListIngestionConfig } from '../../apps/police-list-ingestion/src/police-list-ingestion.config';
import { nameOf, type KubeObject } from './kustomize';

type Container = {
  name: string;
  image?: string;
  env?: { name: string; value?: string }[];
  ports?: { name?: string; containerPort: number }[];
  resources?: { limits?: { memory?: string } };
};
type PodSpec = { containers?: Container[]; initContainers?: Container[] };

/** The pod spec of a workload (Deployment, Job, ...) or a Pod; undefined for other kinds. */
function podSpecOf(object: KubeObject): PodSpec | undefined {
  const spec = object.spec as { template?: { spec?: PodSpec }; jobTemplate?: { spec?: { template?: { spec?: PodSpec } } } } | undefined;
  if (object.kind === 'Pod') return object.spec as PodSpec;
  return spec?.template?.spec ?? spec?.jobTemplate?.spec?.template?.spec;
}

/**
 * Every image a container or a CNPG Cluster (imageName) runs must be pinned by digest: a tag
 * can be pushed again, so two pods of one release could run different code.
 */
export function unpinnedImages(objects: KubeObject[]): string[] {
  const pinned = /@sha256:[0-9a-f]{64}$/;
  return objects.flatMap((object) => {
    const podSpec = podSpecOf(object);
    const images = podSpec
      ? [...(podSpec.containers ?? []), ...(podSpec.initContainers ?? [])].map((container) => container.image ?? '')
      : object.kind === 'Cluster'
        ? [String((object.spec as { imageName?: string }).imageName ?? '')]
        : [];
    return images.filter((image) => !pinned.test(image)).map((image) => `${nameOf(object)}: image "${image}" is not pinned by @sha256:<digest>`);
  });
}

/** Kafka gives each partition to one member of a group: more members than the largest topic's partitions take nothing from it. */
export const partitionCeiling = (service: ServiceName) => Math.max(...topicsConsumedBy(service).map((topic) => topic.partitions));

const SERVICE_NAMES = new Set<string>(Object.values(ServiceName));

/**
 * Each HorizontalPodAutoscaler keeps 2 replicas at least; a service's (not the web app's, which
 * consumes nothing) has maxReplicas equal to its partition ceiling.
 */
export function autoscalerErrors(objects: KubeObject[]): string[] {
  return objects
    .filter((object) => object.kind === 'HorizontalPodAutoscaler')
    .flatMap((object) => {
      const spec = object.spec as { minReplicas?: number; maxReplicas: number };
      const errors: string[] = [];
      if (SERVICE_NAMES.has(object.metadata.name)) {
        const service = object.metadata.name as ServiceName;
        const ceiling = partitionCeiling(service);
        if (spec.maxReplicas !== ceiling) errors.push(`${nameOf(object)}: maxReplicas ${spec.maxReplicas}, but ${service} consumes at most ${ceiling} partitions of a topic`);
      }
      if ((spec.minReplicas ?? 1) < 2) errors.push(`${nameOf(object)}: minReplicas below 2`);
      return errors;
    });
}

/** A Kubernetes quantity of bytes (Mi, Gi, M, G, or plain) in MiB. */
function mebibytes(quantity: string): number {
  const match = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|k|M|G)?$/.exec(quantity);
  if (!match) throw new Error(`cannot read the memory quantity "${quantity}"`);
  const factors: Record<string, number> = { Ki: 1 / 1024, Mi: 1, Gi: 1024, k: 1000 / 1024 ** 2, M: 1000 ** 2 / 1024 ** 2, G: 1000 ** 3 / 1024 ** 2, '': 1 / 1024 ** 2 };
  return Number(match[1]) * factors[match[2] ?? ''];
}

/** The old space may take at most this share of the memory limit: the rest is young space, code, buffers and native memory. */
export const HEAP_SHARE_OF_LIMIT = 0.75;

/**
 * Every container of the suite's workloads that runs node has a memory limit and a
 * --max-old-space-size in NODE_OPTIONS within HEAP_SHARE_OF_LIMIT of it: without one, V8
 * sizes its heap from the node's memory and the pod is OOM-killed before it collects garbage.
 */
export function heapLimitErrors(objects: KubeObject[]): string[] {
  return objects.flatMap((object) =>
    (podSpecOf(object)?.containers ?? [])
      .filter((container) => container.image?.includes('ssp-suite'))
      .flatMap((container) => {
        const where = `${nameOf(object)} (${container.name})`;
        const limit = container.resources?.limits?.memory;
        const nodeOptions = container.env?.find((variable) => variable.name === 'NODE_OPTIONS')?.value ?? '';
        const heap = /--max-old-space-size=(\d+)/.exec(nodeOptions)?.[1];
        if (!limit) return [`${where}: no memory limit`];
        // The migration Job's command ends once it has applied the migrations: no heap to keep small.
        if (!heap) return object.kind === 'Job' ? [] : [`${where}: no --max-old-space-size in NODE_OPTIONS`];
        const ceiling = mebibytes(limit) * HEAP_SHARE_OF_LIMIT;
        return Number(heap) > ceiling ? [`${where}: --max-old-space-size=${heap} is more than ${HEAP_SHARE_OF_LIMIT * 100} % of the memory limit ${limit}`] : [];
      }),
  );
}

type LabelSelector = { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] };
type PolicyPeer = { podSelector?: LabelSelector; namespaceSelector?: LabelSelector; ipBlock?: unknown };
type PolicyRule = { ports?: { port?: number | string }[]; to?: PolicyPeer[]; from?: PolicyPeer[] };
type PolicySpec = { podSelector: LabelSelector; policyTypes?: string[]; ingress?: PolicyRule[]; egress?: PolicyRule[] };

/** Whether a label selector selects these labels (matchLabels, and matchExpressions In / NotIn / Exists / DoesNotExist). */
export function selects(selector: LabelSelector, labels: Record<string, string>): boolean {
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  const byExpressions = (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    if (operator === 'In') return key in labels && values.includes(labels[key]);
    if (operator === 'NotIn') return !(key in labels) || !values.includes(labels[key]);
    if (operator === 'Exists') return key in labels;
    return !(key in labels);
  });
  return byLabels && byExpressions;
}

/** A peer in the same namespace that selects the pods with these labels (a podSelector without namespaceSelector). */
const peerSelects = (peer: PolicyPeer, labels: Record<string, string>) => peer.podSelector !== undefined && peer.namespaceSelector === undefined && selects(peer.podSelector, labels);
const portAllowed = (rule: PolicyRule, port: number, portName: string | undefined) =>
  rule.ports === undefined || rule.ports.some((allowed) => allowed.port === undefined || allowed.port === port || (portName !== undefined && allowed.port === portName));

const podLabelsOf = (deployment: KubeObject) => (deployment.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels;

/**
 * The web app reaches every service its settings name (CASE_COORDINATION_URL, ...: a URL
 * http://<service>.ssp.svc:<port>): a Service of that name has an http port of that number,
 * a NetworkPolicy of the web pods lets them out to the service's pods on it, and a
 * NetworkPolicy of the service's pods lets the web pods in on it. The policies apply only
 * where they select the pods; a pod without one is not isolated, which this check does not
 * count as reachable (the suite isolates every pod).
 */
export function webReachErrors(objects: KubeObject[]): string[] {
  const web = objects.find((object) => object.kind === 'Deployment' && object.metadata.name === 'web');
  if (!web) return ['Deployment web: missing'];
  const webLabels = podLabelsOf(web);
  const policies = objects.filter((object) => object.kind === 'NetworkPolicy').map((object) => object.spec as PolicySpec);
  const container = podSpecOf(web)?.containers?.[0];
  const urls = (container?.env ?? []).filter((variable) => variable.name.endsWith('_URL') && /^http:\/\/[a-z-]+\.ssp\.svc:\d+$/.test(variable.value ?? ''));
  if (urls.length === 0) return ['Deployment web: no service URL (http://<service>.ssp.svc:<port>) in its env'];
  return urls.flatMap(({ name, value }) => {
    const url = new URL(value!);
    const service = url.hostname.split('.')[0];
    const port = Number(url.port);
    const target = objects.find((object) => object.kind === 'Deployment' && object.metadata.name === service);
    const serviceObject = objects.find((object) => object.kind === 'Service' && object.metadata.name === service);
    if (!target || !serviceObject) return [`${name}: no Deployment and Service ${service}`];
    const servicePorts = (serviceObject.spec as { ports: { name?: string; port: number }[] }).ports;
    const errors: string[] = [];
    if (!servicePorts.some((servicePort) => servicePort.name === 'http' && servicePort.port === port)) errors.push(`${name}: port ${port} is not the http port of Service ${service}`);
    const targetLabels = podLabelsOf(target);
    const portName = (podSpecOf(target)?.containers?.[0]?.ports ?? []).find((containerPort) => containerPort.containerPort === port)?.name;
    const out = policies
      .filter((policy) => selects(policy.podSelector, webLabels) && (policy.policyTypes ?? []).includes('Egress'))
      .some((policy) => (policy.egress ?? []).some((rule) => (rule.to ?? []).some((peer) => peerSelects(peer, targetLabels)) && portAllowed(rule, port, portName)));
    const into = policies
      .filter((policy) => selects(policy.podSelector, targetLabels) && (policy.policyTypes ?? ['Ingress']).includes('Ingress'))
      .some((policy) => (policy.ingress ?? []).some((rule) => (rule.from ?? []).some((peer) => peerSelects(peer, webLabels)) && portAllowed(rule, port, portName)));
    if (!out) errors.push(`${name}: no NetworkPolicy lets the web pods out to ${service}'s pods on port ${port}`);
    if (!into) errors.push(`${name}: no NetworkPolicy lets the web pods into ${service}'s pods on port ${port}`);
    return errors;
  });
}

const XLSX_MEMORY_SETTINGS = ['MAX_XLSX_SHARED_STRINGS_BYTES', 'MAX_XLSX_WORKBOOK_PARTS_BYTES', 'MAX_XLSX_ROW_BYTES', 'MAX_CONCURRENT_INGESTS'] as const;

/** v8's heap_size_limit under these NODE_OPTIONS, from a node started with them. */
function heapLimitUnder(nodeOptions: string | undefined): number {
  const output = execFileSync(process.execPath, ['-p', "require('node:v8').getHeapStatistics().heap_size_limit"], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: nodeOptions ?? '' } });
  return Number(output);
}

/**
 * The police-list-ingestion containers' XLSX limits (their env, else the defaults) fit the
 * heap their NODE_OPTIONS give, by the check the service makes at start-up (memory-budget.ts):
 * a manifest that fails it is a pod that will not start.
 */
export function ingestionHeapErrors(objects: KubeObject[]): string[] {
  return objects
    .filter((object) => object.kind === 'Deployment' && object.metadata.name === 'police-list-ingestion')
    .flatMap((object) =>
      (podSpecOf(object)?.containers ?? []).flatMap((container) => {
        const env = new Map((container.env ?? []).map((variable) => [variable.name, variable.value]));
        const settings: XlsxMemorySettings = new PoliceListIngestionConfig();
        for (const name of XLSX_MEMORY_SETTINGS) if (env.has(name)) settings[name] = Number(env.get(name));
        return heapProblems(settings, heapLimitUnder(env.get('NODE_OPTIONS'))).map((problem) => `${nameOf(object)}: ${problem}`);
      }),
    );
}
