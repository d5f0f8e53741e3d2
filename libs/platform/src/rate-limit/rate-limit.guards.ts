import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerException, ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerRequest } from '@nestjs/throttler';
import type { Principal } from '../auth/principal';

/**
 * The two limits, as @nestjs/throttler names them. The address limit is the unnamed one, so
 * its headers are the standard `Retry-After` and `X-RateLimit-*`; the subject limit's carry
 * the suffix `-subject` (and its 429 the standard `Retry-After` too, below).
 */
export const ADDRESS_THROTTLER = 'default';
export const SUBJECT_THROTTLER = 'subject';

/** The 429 body's message for the subject limit; `error` beside it stays `ThrottlerException`. */
export const SUBJECT_RATE_LIMIT_MESSAGE = 'Du har sendt for mange forespørgsler. Vent det antal sekunder, som Retry-After angiver, og prøv igen.';

/**
 * The limit per client address and route, first of all guards: a flood is cut off before any
 * token is checked or audited. It leaves the subject's throttler to SubjectThrottlerGuard.
 */
@Injectable()
export class AddressThrottlerGuard extends ThrottlerGuard {
  protected override async handleRequest(request: ThrottlerRequest): Promise<boolean> {
    return request.throttler.name === ADDRESS_THROTTLER ? super.handleRequest(request) : true;
  }
}

/**
 * The limit per signed-in subject and route, after the token is verified and before access is
 * decided (and audited): many colleagues behind one municipal address are not one client, and
 * one person does not get more by spreading requests over addresses. The key is the token's
 * subject, which the storage keeps only as a digest. Routes without a token (probes, scrapes)
 * have no subject and are not counted here.
 */
@Injectable()
export class SubjectThrottlerGuard extends ThrottlerGuard {
  protected override async handleRequest(request: ThrottlerRequest): Promise<boolean> {
    if (request.throttler.name !== SUBJECT_THROTTLER) return true;
    const principal = this.getRequestResponse(request.context).req.principal as Principal | undefined;
    if (principal === undefined) return true;
    return super.handleRequest({ ...request, getTracker: () => principal.subject });
  }

  /** A client that knows only the standard header must be told when to come back, too. */
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    this.setResponseHeader(this.getRequestResponse(context).res, 'Retry-After', detail.timeToBlockExpire);
    throw new ThrottlerException(SUBJECT_RATE_LIMIT_MESSAGE);
  }
}
