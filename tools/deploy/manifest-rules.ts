import { topicsConsumedBy, type ServiceName } from '@ssp/contracts';
import { nameOf, type KubeObject } from './kustomize';

type Container = { name: string; image?: string };
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
