import type { Response } from 'express';

/** Sends a rendered page with its status: a form shown again with its problems (400, 409), or a page that is not there (404). */
export function sendPage(response: Response, status: number, page: string): void {
  response.status(status).type('html').send(page);
}
