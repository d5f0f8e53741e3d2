import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

export const KUBECTL = process.env.KUBECTL ?? '/usr/bin/kubectl';

/** A Kubernetes object as the manifests give it; the checks read only these fields. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

export const nameOf = (object: KubeObject) => `${object.kind} ${object.metadata.name}`;

/** Parses a multi-document YAML stream; a syntax error throws. */
export function parseObjects(text: string): KubeObject[] {
  return parseAllDocuments(text).flatMap((document) => {
    if (document.errors.length > 0) throw new Error(document.errors.map((error) => error.message).join('\n'));
    const value = document.toJS() as KubeObject | null;
    return value === null ? [] : [value];
  });
}

/**
 * `kubectl kustomize <folder>`: the objects the folder applies. kubectl bundles kustomize
 * (5.1 or later needed, k8s/README.md); npm test installs Debian's kubectl when missing.
 */
export function kustomizeBuild(folder: string): KubeObject[] {
  if (!existsSync(KUBECTL)) {
    throw new Error(`${KUBECTL} not found: install Debian's kubectl package (apt-get install kubectl), or set KUBECTL`);
  }
  const build = spawnSync(KUBECTL, ['kustomize', folder], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (build.status !== 0) throw new Error(`kubectl kustomize ${folder} failed: ${build.stderr || build.error?.message}`);
  return parseObjects(build.stdout);
}
