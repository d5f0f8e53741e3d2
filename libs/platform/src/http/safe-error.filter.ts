import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { maskPersonalDataDeep } from '../privacy/mask-personal-data';

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
  [detail: string]: unknown;
}

/** A 4xx as the code that threw it described it (details such as row errors included). */
function clientErrorBody(exception: HttpException): ErrorBody {
  const response = exception.getResponse();
  const statusCode = exception.getStatus();
  if (typeof response === 'string') return { statusCode, error: exception.name, message: response };
  const { message, error, ...details } = response as { message?: unknown; error?: unknown };
  const messages = Array.isArray(message) ? message.map(String) : typeof message === 'string' ? message : exception.message;
  return { ...details, statusCode, error: typeof error === 'string' ? error : exception.name, message: messages };
}

/** What the body parser (http-errors) refuses, said in our words: its own may quote the body. */
const BODY_PARSER_MESSAGES: Record<number, string> = {
  400: 'The request body could not be read (malformed JSON or form data)',
  413: 'The request body is too large',
  415: 'Unsupported content type or character set',
};

function bodyParserError(exception: unknown): ErrorBody | undefined {
  if (!(exception instanceof Error)) return undefined;
  const { status, expose } = exception as Error & { status?: unknown; expose?: unknown };
  if (expose !== true || typeof status !== 'number' || status < 400 || status > 499) return undefined;
  return { statusCode: status, error: 'Bad Request', message: BODY_PARSER_MESSAGES[status] ?? 'The request could not be read' };
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
    if (exception instanceof HttpException && exception.getStatus() < 500) {
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
