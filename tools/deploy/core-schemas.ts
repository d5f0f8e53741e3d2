import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { KubeObject } from './kustomize';

const VALIDATOR = path.join(__dirname, 'validate-core-objects.mjs');

/**
 * The objects' errors against the kubernetes-models schemas, unknown fields included
 * (./validate-core-objects.mjs, run with node: the packages are ES modules only). A kind
 * those packages do not have is an error too.
 */
export function coreSchemaErrors(objects: KubeObject[]): string[] {
  const run = spawnSync(process.execPath, [VALIDATOR], { input: JSON.stringify(objects), encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${VALIDATOR} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[];
}
