import type { Request } from 'express';
import type { SessionEnd } from '../session/session-rules';
import type { ActiveSession } from '../session/session.service';

/** A request as the web app's guard leaves it: the session it belongs to, or why that ended. */
export interface WebRequest extends Request {
  webSession?: ActiveSession;
  sessionEnded?: SessionEnd;
  sessionCookie?: string;
}
