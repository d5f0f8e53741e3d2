import { ForbiddenException, Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AuditLogService } from '../audit/audit-log.service';
import { ACCESS_REQUIREMENT, PUBLIC_ROUTE } from './access.decorators';
import { decideAccess, explainRefusal, type AccessRequirement } from './access-policy';
import { AUDITED_PERMISSIONS } from './permissions';
import type { Principal } from './principal';
import { InvalidTokenError, TokenVerifier } from './token-verifier';
import { MembershipDirectory } from '../memberships/membership-directory';

type AuthenticatedRequest = Request & { principal?: Principal };

function bearerToken(request: Request): string | undefined {
  const header = request.headers.authorization;
  const match = header === undefined ? null : /^Bearer ([A-Za-z0-9\-_=]+\.[A-Za-z0-9\-_=]+\.[A-Za-z0-9\-_=]*)$/.exec(header);
  return match?.[1];
}

/** The route as declared (`/police-lists/:id`), with the actual ids of this request. */
function resourceOf(request: Request): string {
  const route = (request.route as { path?: string } | undefined)?.path ?? request.path;
  const params = Object.entries(request.params ?? {}).map(([key, value]) => `${key}=${String(value)}`);
  return params.length > 0 ? `${route} (${params.join(', ')})` : route;
}

/** Routes that need no token (probes, scrapes), and every non-HTTP context, pass both guards untouched. */
function isOpen(reflector: Reflector, context: ExecutionContext): boolean {
  return context.getType() !== 'http' || reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()]) === true;
}

const actionOf = (request: Request) => `${request.method} ${(request.route as { path?: string } | undefined)?.path ?? request.path}`;

/**
 * Runs before every HTTP route of every service, after the rate limit per client address:
 * verifies the bearer token and puts the caller on the request, with the bodies and areas the
 * registry gives them (MembershipDirectory). Separate from the decision
 * (AccessGuard) so that the rate limit per signed-in subject can count between the two, before
 * a decision is taken and written to the audit log. A refused token goes to the audit log.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
    private readonly audit: AuditLogService,
    private readonly memberships: MembershipDirectory,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (isOpen(this.reflector, context)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    // Who the caller is comes from the token; which bodies and areas they belong to, from the registry.
    request.principal = await this.memberships.withMemberships(await this.authenticate(request, actionOf(request)));
    return true;
  }

  private async authenticate(request: Request, action: string): Promise<Principal> {
    const token = bearerToken(request);
    try {
      if (token === undefined) throw new InvalidTokenError('malformed');
      return await this.verifier.verify(token);
    } catch (error) {
      const problem = error instanceof InvalidTokenError ? error.problem : 'malformed';
      const reason = token === undefined ? 'no-bearer-token' : problem;
      await this.audit.record({ actor: undefined, action, resource: resourceOf(request), decision: 'deny', reason });
      throw new UnauthorizedException(token === undefined ? 'A bearer token is required' : `The token was refused: ${problem}`);
    }
  }
}

/**
 * Runs before every HTTP route of every service, after authentication and the rate limit per
 * subject: decides by role, membership and record scope. Refusals and every decision on
 * person-level data go to the audit log.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditLogService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (isOpen(this.reflector, context)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const action = actionOf(request);
    const requirement = this.reflector.getAllAndOverride<AccessRequirement | undefined>(ACCESS_REQUIREMENT, [context.getHandler(), context.getClass()]);
    const principal = request.principal;
    // AuthenticationGuard runs first and throws without a verified caller; never decide without one.
    if (principal === undefined) throw new UnauthorizedException('A bearer token is required');

    if (!requirement) {
      await this.audit.record({ actor: principal, action, resource: resourceOf(request), decision: 'deny', reason: 'route-declares-no-permission' });
      throw new ForbiddenException('This route declares no permission and is closed');
    }
    const decision = decideAccess(principal, requirement, request.params as Record<string, string>, request.method === 'GET' || request.method === 'HEAD');
    if (!decision.allowed) {
      const { auditReason, ...explanation } = explainRefusal(decision);
      await this.audit.record({ actor: principal, action, resource: resourceOf(request), decision: 'deny', reason: auditReason, permission: requirement.permission });
      throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', ...explanation });
    }
    if (AUDITED_PERMISSIONS.has(requirement.permission)) {
      await this.audit.record({ actor: principal, action, resource: resourceOf(request), decision: 'allow', reason: 'granted', permission: requirement.permission });
    }
    return true;
  }
}
