import type { OpenAPIObject, OperationObject, ParameterObject, PathItemObject, ReferenceObject } from '@nestjs/swagger';

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface ApiOperation {
  method: HttpMethod;
  /** The OpenAPI path template, e.g. `/police-lists/{id}`. */
  path: string;
  /** The operation, with the parameters of its path item merged in. */
  operation: OperationObject;
}

/** Every operation of the document with one of the methods a service exposes. */
export function listOperations(document: OpenAPIObject): ApiOperation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.flatMap((method): ApiOperation[] => {
      const operation = item[method];
      return operation ? [{ method, path, operation: withPathItemParameters(document, item, operation) }] : [];
    }),
  );
}

/** Path-item parameters apply to every method, unless the operation redeclares the same name and place. */
function withPathItemParameters(document: OpenAPIObject, item: PathItemObject, operation: OperationObject): OperationObject {
  if (!item.parameters?.length) return operation;
  const own = (operation.parameters ?? []).map((parameter) => resolve<ParameterObject>(document, parameter));
  const inherited = item.parameters
    .map((parameter) => resolve<ParameterObject>(document, parameter))
    .filter((parameter) => !own.some((o) => o.name === parameter.name && o.in === parameter.in));
  return { ...operation, parameters: [...inherited, ...own] };
}

function isReference(value: unknown): value is ReferenceObject {
  return typeof value === 'object' && value !== null && typeof (value as { $ref?: unknown }).$ref === 'string';
}

/** Follows local `$ref`s (`#/components/...`); the document is trusted to have the shape it declares. */
export function resolve<T extends object>(document: OpenAPIObject, value: T | ReferenceObject): T {
  let current: unknown = value;
  for (let hops = 0; isReference(current); hops++) {
    if (hops > 32) throw new Error(`$ref chain too long at ${current.$ref}`);
    current = lookUpPointer(document, current.$ref);
  }
  return current as T;
}

function lookUpPointer(document: OpenAPIObject, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, got ${ref}`);
  let node: unknown = document;
  for (const segment of ref.slice(2).split('/')) {
    const key = decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null || !(key in node)) throw new Error(`unresolvable $ref ${ref}`);
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
