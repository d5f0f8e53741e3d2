import type { ActiveSession } from '../session/session.service';
import type { WebRequest } from './web-request';

/** The signed-in person of a page that is not public: the session guard lets no one else through. */
export function signedIn(request: WebRequest): ActiveSession {
  if (!request.webSession) throw new Error('the session guard let a request through without a session');
  return request.webSession;
}
