import { applyDecorators, Injectable, SetMetadata, UnsupportedMediaTypeException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiConsumes } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Observable } from 'rxjs';

const CONSUMES = 'ssp:consumes';

/** What a route takes a body as, unless it says otherwise: every service's API speaks JSON. */
export const DEFAULT_MEDIA_TYPES: readonly string[] = ['application/json'];

/**
 * The media types a route takes its body as, declared once: enforced by the interceptor below
 * and written into the OpenAPI document.
 */
export function Consumes(...mediaTypes: string[]) {
  return applyDecorators(SetMetadata(CONSUMES, mediaTypes), ApiConsumes(...mediaTypes));
}

/** Danish for the person, with a stable code; names what to send, never echoes the header. */
export function unsupportedMediaType(accepted: readonly string[]): UnsupportedMediaTypeException {
  return new UnsupportedMediaTypeException({
    statusCode: 415,
    error: 'Unsupported Media Type',
    code: 'unsupported-media-type',
    message: `Indholdet har en type, som denne adresse ikke tager imod. Send det som ${accepted.join(' eller ')} og angiv typen i Content-Type.`,
  });
}

/**
 * A body of another type than the route takes is refused with 415 before the route reads it.
 * Without this, a JSON route sent text/plain sees no body (the JSON parser skips it) and answers
 * a misleading 400, and an upload sent as JSON finds no file. Requests without a body pass.
 */
@Injectable()
export class MediaTypeInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const accepted = this.reflector.getAllAndOverride<string[] | undefined>(CONSUMES, [context.getHandler(), context.getClass()]) ?? DEFAULT_MEDIA_TYPES;
    // Express's `is` answers false when the body's type is another, null when there is no body;
    // but it counts `Content-Length: 0` as a body, which clients send on a POST without one.
    if (request.headers['content-length'] === '0') return next.handle();
    if (request.is([...accepted]) === false) throw unsupportedMediaType(accepted);
    return next.handle();
  }
}
