import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject, OperationObject, ParameterObject, SchemaObject } from '@nestjs/swagger';
import fc from 'fast-check';
import { HTTP_METHODS, listOperations, requestArbitrary, type GeneratedRequest, type HttpMethod } from './openapi-fuzz';

/**
 * What Express answers: a route (`GET /bodies/{bodyId}`), or middleware mounted under a path
 * (`USE /docs`: anything below it, e.g. Swagger UI's static files).
 */
export interface ServedRoute {
  /** An HTTP method in capitals, `ALL` for `app.all`, `USE` for mounted middleware. */
  method: string;
  /** In the OpenAPI form, `{name}` for each parameter, so it compares with the documents. */
  path: string;
}

/** The shape of a layer in Express 5's router (the `router` package, 2.x); @types/express still describes Express 4's. */
interface RouterLayer {
  rawPath?: unknown;
  handle: unknown;
  route?: { methods: Record<string, boolean | undefined> };
}

export function routeKey(route: ServedRoute): string {
  return `${route.method} ${route.path}`;
}

/**
 * Every route and path-mounted middleware of the started app, read from the router Express
 * dispatches with, so it includes whatever Nest or anything else registered, any global prefix
 * or version segment, and Swagger UI's routes. Middleware mounted at `/` (helmet, body parsers,
 * Nest's not-found handler) sees every request and is not a route of its own, so it is left out.
 */
export function servedRoutes(app: INestApplication): ServedRoute[] {
  const express = app.getHttpAdapter().getInstance() as { router?: { stack?: unknown } };
  const stack = express.router?.stack;
  if (!Array.isArray(stack)) throw new Error('Cannot read the Express router stack: is this Express 5 (app.router.stack)?');
  return dedupe(routesOfStack(stack as RouterLayer[], ''));
}

function routesOfStack(stack: RouterLayer[], prefix: string): ServedRoute[] {
  return stack.flatMap((layer) =>
    layerPaths(layer).flatMap((path): ServedRoute[] => {
      const full = joinPaths(prefix, path);
      if (layer.route) return Object.keys(layer.route.methods).map((method) => ({ method: methodName(method), path: full }));
      const nested = (layer.handle as { stack?: unknown }).stack;
      if (Array.isArray(nested)) return routesOfStack(nested as RouterLayer[], full === '/' ? '' : full);
      return full === '/' ? [] : [{ method: 'USE', path: full }];
    }),
  );
}

/** A layer may be registered for several paths; a RegExp path is kept as its source, so it must be listed like any other. */
function layerPaths(layer: RouterLayer): string[] {
  const raw = Array.isArray(layer.rawPath) ? (layer.rawPath as unknown[]).flat(Infinity) : [layer.rawPath ?? '/'];
  return raw.map((path) => (path instanceof RegExp ? `regexp:${path.source}` : openApiPath(String(path))));
}

/** `:name` (path-to-regexp 8) becomes `{name}`, as OpenAPI writes it. */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:(?:"([^"]+)"|([A-Za-z_$][\w$]*))/g, (_match, quoted?: string, plain?: string) => `{${quoted ?? plain}}`);
}

/** Express matches with or without a trailing slash, so `/docs/` and `/docs` are one route. */
function joinPaths(prefix: string, path: string): string {
  return `${prefix}${path}`.replace(/\/{2,}/g, '/').replace(/(?<=.)\/+$/, '');
}

function methodName(routerMethod: string): string {
  return routerMethod === '_all' ? 'ALL' : routerMethod.toUpperCase();
}

function dedupe(routes: ServedRoute[]): ServedRoute[] {
  const byKey = new Map(routes.map((route) => [routeKey(route), route]));
  return [...byKey.values()].sort((a, b) => routeKey(a).localeCompare(routeKey(b)));
}

/** The routes an OpenAPI document describes, in the same form. */
export function documentedRoutes(document: OpenAPIObject): ServedRoute[] {
  return dedupe(listOperations(document).map(({ method, path }) => ({ method: method.toUpperCase(), path: joinPaths('', path) })));
}

export interface RouteComparison {
  /** Served, but neither documented nor listed. */
  unaccounted: string[];
  /** Listed as served outside the document, but not served (the list has rotted). */
  listedNotServed: string[];
  /** In the document, but not served. */
  documentedNotServed: string[];
  /** Both documented and listed: one of the two is wrong. */
  documentedAndListed: string[];
}

/** Compares what Express serves with the document and the list of routes served outside it; all empty when they agree. */
export function compareServedRoutes(served: ServedRoute[], documented: ServedRoute[], listed: ServedRoute[]): RouteComparison {
  const keys = (routes: ServedRoute[]) => new Set(routes.map(routeKey));
  const [servedKeys, documentedKeys, listedKeys] = [keys(served), keys(documented), keys(listed)];
  const missingFrom = (from: Set<string>, wanted: Set<string>) => [...from].filter((key) => !wanted.has(key)).sort();
  return {
    unaccounted: [...servedKeys].filter((key) => !documentedKeys.has(key) && !listedKeys.has(key)).sort(),
    listedNotServed: missingFrom(listedKeys, servedKeys),
    documentedNotServed: missingFrom(documentedKeys, servedKeys),
    documentedAndListed: [...listedKeys].filter((key) => documentedKeys.has(key)).sort(),
  };
}

/** The name a mount's rest of the path gets when a mount is fuzzed like a route. */
const MOUNT_REST = 'rest';

/**
 * Requests to a route no OpenAPI document describes: it is described here as an operation
 * (each path parameter any string unless `schemas` says otherwise; a mount takes the rest of
 * the path as one), so the schema fuzzer's generator makes its valid and hostile requests.
 * `ALL` and `USE` get every method.
 */
export function requestsToRoute(route: ServedRoute, schemas: Record<string, SchemaObject> = {}): fc.Arbitrary<GeneratedRequest> {
  const path = route.method === 'USE' ? `${route.path}/{${MOUNT_REST}}` : route.path;
  const names = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => String(match[1]));
  const parameters = names.map((name): ParameterObject => ({ name, in: 'path', required: true, schema: schemas[name] ?? { type: 'string' } }));
  const operation: OperationObject = { parameters, responses: {} };
  const item = Object.fromEntries(methodsOf(route).map((method) => [method, operation]));
  const document: OpenAPIObject = { openapi: '3.0.0', info: { title: routeKey(route), version: '0' }, paths: { [path]: item } };
  return fc.oneof(...listOperations(document).map((api) => requestArbitrary(document, api)));
}

function methodsOf(route: ServedRoute): HttpMethod[] {
  if (route.method === 'ALL' || route.method === 'USE') return [...HTTP_METHODS];
  const method = HTTP_METHODS.find((candidate) => candidate === route.method.toLowerCase());
  if (!method) throw new Error(`Cannot fuzz ${routeKey(route)}: the fuzzer sends ${HTTP_METHODS.join(', ')} only`);
  return [method];
}
