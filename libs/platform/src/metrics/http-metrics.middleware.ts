import type { NextFunction, Request, Response } from 'express';
import type { MetricsService } from './metrics.service';

/**
 * Times every HTTP request into `ssp_http_request_duration_seconds`, labelled with the
 * matched route template: raw paths would carry record ids (and pseudonyms) into the metrics
 * and give each id a series of its own.
 */
export function httpMetricsMiddleware(metrics: MetricsService) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const stopTimer = metrics.httpRequestSeconds.startTimer();
    response.once('finish', () => {
      stopTimer({ method: request.method, route: routeTemplateOf(request), status: String(response.statusCode) });
    });
    next();
  };
}

/** The route as declared (`/persons/:pseudonym`), or `unmatched` when no route took the request. */
export function routeTemplateOf(request: Pick<Request, 'baseUrl' | 'route'>): string {
  const path: unknown = (request.route as { path?: unknown } | undefined)?.path;
  return typeof path === 'string' ? `${request.baseUrl}${path}` : 'unmatched';
}
