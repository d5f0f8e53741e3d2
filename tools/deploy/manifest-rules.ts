import { topicsConsumedBy, type ServiceName } from '@ssp/contracts';
import { execFileSync } from 'node:child_process';
import { heapProblems, type XlsxMemorySettings } from '../../apps/police-list-ingestion/src/memory-budget';
import { PoliceListIngestionConfig } from '../../apps/police-list-ingestion/src/police-list-ingestion.config';
import { nameOf, type KubeObject } from './kustomize';

type Container = { name: string; image?: string; env?: { name: string; value?: string }[] };
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

/** Each HorizontalPodAutoscaler's maxReplicas equals its service's partition ceiling, and it keeps 2 at least. */
export function autoscalerErrors(objects: KubeObject[]): string[] {
  return objects
    .filter((object) => object.kind === 'HorizontalPodAutoscaler')
    .flatMap((object) => {
      const spec = object.spec as { minReplicas?: number; maxReplicas: number };
      const service = object.metadata.name as ServiceName;
      const ceiling = partitionCeiling(service);
      const errors: string[] = [];
      if (spec.maxReplicas !== ceiling) errors.push(`${nameOf(object)}: maxReplicas ${spec.maxReplicas}, but ${service} consumes at most ${ceiling} partitions of a topic`);
      if ((spec.minReplicas ?? 1) < 2) errors.push(`${nameOf(object)}: minReplicas below 2`);
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
