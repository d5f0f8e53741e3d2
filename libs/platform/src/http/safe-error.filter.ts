import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { maskPersonalDataDeep } from '../privacy/mask-personal-data';

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
  [detail: string]: unknown;
}

/**
 * `error` as HTTP names the status ("Payload Too Large"), unless the exception says otherwise or
 * is a named kind of its own (`ThrottlerException`), which programs may match on.
 */
function errorName(exception: HttpException, statusCode: number): string {
  return exception.name === HttpException.name ? (STATUS_CODES[statusCode] ?? exception.name) : exception.name;
}

/** A 4xx as the code that threw it described it (details such as row errors included). */
function clientErrorBody(exception: HttpException): ErrorBody {
  const response = exception.getResponse();
  const statusCode = exception.getStatus();
  if (typeof response === 'string') return { statusCode, error: errorName(exception, statusCode), message: response };
  const { message, error, ...details } = response as { message?: unknown; error?: unknown };
  const messages = Array.isArray(message) ? message.map(String) : typeof message === 'string' ? message : exception.message;
  return { ...details, statusCode, error: typeof error === 'string' ? error : errorName(exception, statusCode), message: messages };
}

/**
 * What the body parser (http-errors) refuses, said in our words (its own may quote the body):
 * Danish for the person, a stable code for programs.
 */
const BODY_PARSER_REFUSALS: Record<number, { code: string; message: string }> = {
  400: { code: 'unreadable-body', message: 'Indholdet kunne ikke læses. Send gyldig JSON.' },
  413: { code: 'body-too-large', message: 'Indholdet er større end tilladt. Send mindre ad gangen.' },
  415: { code: 'unsupported-media-type', message: 'Indholdets tegnsæt eller kodning understøttes ikke. Send JSON i UTF-8.' },
};

function bodyParserError(exception: unknown): ErrorBody | undefined {
  if (!(exception instanceof Error)) return undefined;
  const { status, expose } = exception as Error & { status?: unknown; expose?: unknown };
  if (expose !== true || typeof status !== 'number' || status < 400 || status > 499) return undefined;
  const refusal = BODY_PARSER_REFUSALS[status] ?? { code: 'unreadable-request', message: 'Forespørgslen kunne ikke læses.' };
  return { statusCode: status, error: STATUS_CODES[status] ?? 'Bad Request', ...refusal };
}

/**
 * A 503 the code threw on purpose, worded for the person with a stable code (a part of the
 * service that is not ready yet, such as a search index being built): shown as it was thrown,
 * like a 4xx. Any other 5xx is a fault and says nothing of itself.
 */
function isWordedUnavailability(exception: HttpException): boolean {
  const response = exception.getResponse();
  return exception.getStatus() === HttpStatus.SERVICE_UNAVAILABLE && typeof response === 'object' && typeof (response as { code?: unknown }).code === 'string';
}

/**
 * The last stop for every HTTP error: clients get status, a short reason and (for 5xx) an
 * id to quote, never a stack trace, SQL or a CPR number; the server log gets the details,
 * masked too.
 */
@Catch()
export class SafeErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    let body: ErrorBody;
    const unreadable = bodyParserError(exception);
    if (exception instanceof HttpException && (exception.getStatus() < 500 || isWordedUnavailability(exception))) {
      body = maskPersonalDataDeep(clientErrorBody(exception)) as ErrorBody;
    } else if (unreadable) {
      body = unreadable;
    } else {
      const errorId = randomUUID();
      const status = exception instanceof HttpException ? exception.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR;
      this.logger.error(`error ${errorId}: ${exception instanceof Error ? exception.message : String(exception)}`, exception instanceof Error ? exception.stack : undefined);
      body = { statusCode: status, error: 'Internal Server Error', message: 'An internal error occurred; quote the errorId when reporting it', errorId };
    }
    if (body.statusCode === HttpStatus.UNAUTHORIZED) response.setHeader('WWW-Authenticate', 'Bearer realm="ssp", error="invalid_token"');
    response.status(body.statusCode).json(body);
  }
}
