import { ForbiddenException, Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AuditLogService } from '../audit/audit-log.service';
import { ACCESS_REQUIREMENT, PUBLIC_ROUTE } from './access.decorators';
import { decideAccess, explainRefusal, type AccessRequirement } from './access-policy';
import { PERSON_LEVEL_PERMISSIONS } from './permissions';
import type { Principal } from './principal';
import { InvalidTokenError, TokenVerifier } from './token-verifier';

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

/**
 * Runs before every HTTP route of every service. Authenticates the bearer token, then
 * decides by role, membership and record scope. Refusals and every decision on
 * person-level data go to the audit log.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
    private readonly audit: AuditLogService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const action = `${request.method} ${(request.route as { path?: string } | undefined)?.path ?? request.path}`;
    const requirement = this.reflector.getAllAndOverride<AccessRequirement | undefined>(ACCESS_REQUIREMENT, targets);

    const principal = await this.authenticate(request, action);
    if (!requirement) {
      await this.audit.record({ actor: principal, action, resource: resourceOf(request), decision: 'deny', reason: 'route-declares-no-permission' });
      throw new ForbiddenException('This route declares no permission and is closed');
    }
    const decision = decideAccess(principal, requirement, request.params as Record<string, string>);
    if (!decision.allowed) {
      const { auditReason, ...explanation } = explainRefusal(decision);
      await this.audit.record({ actor: principal, action, resource: resourceOf(request), decision: 'deny', reason: auditReason, permission: requirement.permission });
      throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', ...explanation });
    }
    if (PERSON_LEVEL_PERMISSIONS.has(requirement.permission)) {
      await this.audit.record({ actor: principal, action, resource: resourceOf(request), decision: 'allow', reason: 'granted', permission: requirement.permission });
    }
    request.principal = principal;
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
