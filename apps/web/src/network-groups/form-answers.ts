import { bodyOf, type Refusal, type ServiceAnswer } from '../api/service-answer';
import type { Response } from 'express';

/** Refusals a form shows on itself, with the input kept, rather than as an error page: bad input and a state that does not allow it. */
const FORM_REFUSAL_STATUSES = new Set([400, 409]);

/** The service's refusal of what a form sent, when the form should show it; success is null, and any other failure becomes its error page. */
export function formRefusal(answer: ServiceAnswer<unknown>): { status: number; refusal: Refusal | null } | null {
  if (answer.ok) return null;
  if (FORM_REFUSAL_STATUSES.has(answer.status)) return { status: answer.status, refusal: answer.refusal };
  return bodyOf(answer);
}

export function sendPage(response: Response, status: number, page: string): void {
  response.status(status).type('html').send(page);
}
