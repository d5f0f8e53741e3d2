import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiForbiddenResponse, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { AccessRequirement, RecordScope } from './access-policy';
import type { Permission } from './permissions';
import type { Principal } from './principal';

export const ACCESS_REQUIREMENT = 'ssp:access-requirement';
export const PUBLIC_ROUTE = 'ssp:public-route';
export const BEARER_SCHEME = 'bearer';

/**
 * The one way to open a route: the permission it needs and, for records of one area or
 * group, which path parameter names it. A route without it (or `@Public`) is refused.
 */
export function Requires(permission: Permission, scope?: RecordScope) {
  const requirement: AccessRequirement = scope ? { permission, scope } : { permission };
  return applyDecorators(
    SetMetadata(ACCESS_REQUIREMENT, requirement),
    ApiBearerAuth(BEARER_SCHEME),
    ApiExtension('x-ssp-permission', permission),
    ...(scope ? [ApiExtension('x-ssp-scope', scope)] : []),
    ApiUnauthorizedResponse({ description: 'No token, or one that is expired, for another audience or not signed by the issuer.' }),
    ApiForbiddenResponse({ description: 'The role or membership does not allow this.' }),
    ApiTooManyRequestsResponse({ description: 'Rate limit reached.' }),
  );
}

/** Only for probes and scrapes (health, metrics): they carry no personal data. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The verified caller of the current request (set by the access guard). */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  return context.switchToHttp().getRequest<{ principal: Principal }>().principal;
});
