import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_REQUIREMENT, PUBLIC_ROUTE, type AccessRequirement } from '@ssp/platform';

/** A route a running Nest app's controllers declare, with what opens it. */
export interface ControllerRoute {
  /** `GET /statistics/areas/:areaId/:statistic` */
  route: string;
  /** `@Requires`' permission and scope, or 'public' (`@Public`). */
  access: AccessRequirement | 'public';
}

const pathsOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [String(value ?? '')]);
const joined = (...parts: string[]) => `/${parts.flatMap((part) => part.split('/')).filter(Boolean).join('/')}`;

/**
 * Every route the app's controllers declare, with its access requirement, read from the
 * controllers themselves (not from the OpenAPI document, which a route can be left out of).
 * Routes that declare neither `@Requires` nor `@Public` stop the app at start-up
 * (RouteProtectionCheck), so none is left out. What Express really dispatches, controllers
 * or not, is `servedRoutes` (served-routes.ts).
 */
export function controllerRoutesOf(app: INestApplication): ControllerRoute[] {
  const [discovery, scanner, reflector] = [app.get(DiscoveryService), app.get(MetadataScanner), app.get(Reflector)];
  return discovery.getControllers().flatMap(({ metatype, instance }) => {
    if (!metatype || !instance) return [];
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    return scanner.getAllMethodNames(prototype).flatMap((name) => {
      const handler = prototype[name] as () => unknown;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as unknown;
      if (path === undefined) return [];
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      const targets = [handler, metatype];
      const access: ControllerRoute['access'] = reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets) ? 'public' : reflector.getAllAndOverride<AccessRequirement>(ACCESS_REQUIREMENT, targets);
      return pathsOf(Reflect.getMetadata(PATH_METADATA, metatype)).flatMap((base) => pathsOf(path).map((own) => ({ route: `${method} ${joined(base, own)}`, access })));
    });
  });
}
