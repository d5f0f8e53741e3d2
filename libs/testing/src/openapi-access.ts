import type { Permission, RecordScope } from '@ssp/platform';

/** What `@Requires` wrote into an OpenAPI operation: its permission and record scope. */
export function documentedAccessOf(operation: object): { permission?: Permission; scope?: RecordScope } {
  const extensions = operation as Record<string, unknown>;
  return { permission: extensions['x-ssp-permission'] as Permission | undefined, scope: extensions['x-ssp-scope'] as RecordScope | undefined };
}
