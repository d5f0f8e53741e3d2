import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_REQUIREMENT, PUBLIC_ROUTE } from './access.decorators';

/**
 * Refuses to start a service that has a route declaring neither `@Requires` nor
 * `@Public`: every route is born protected, not patched later. (The guard refuses such a
 * route anyway; this makes the mistake loud at start-up instead of a 403 in production.)
 */
@Injectable()
export class RouteProtectionCheck implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const unprotected = this.discovery.getControllers().flatMap(({ metatype, instance }) => {
      if (!metatype || !instance) return [];
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      return this.scanner
        .getAllMethodNames(prototype)
        .filter((name) => {
          const handler = prototype[name] as () => unknown;
          if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) return false;
          const targets = [handler, metatype];
          return !this.reflector.getAllAndOverride(PUBLIC_ROUTE, targets) && !this.reflector.getAllAndOverride(ACCESS_REQUIREMENT, targets);
        })
        .map((name) => `${metatype.name}.${name}`);
    });
    if (unprotected.length > 0) {
      throw new Error(`Routes without @Requires or @Public: ${unprotected.join(', ')}`);
    }
  }
}
