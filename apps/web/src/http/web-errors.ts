import type { SessionEnd } from '../session/session-rules';

/** The page needs a signed-in person and there is none (or their session just ended). */
export class NotSignedInError extends Error {
  constructor(readonly ended: SessionEnd | null) {
    super(ended ? `session ended: ${ended}` : 'not signed in');
    this.name = 'NotSignedInError';
  }
}

/** A form came without the session's form token: an old page, or another site's form. */
export class FormTokenError extends Error {
  constructor() {
    super('form token missing or wrong');
    this.name = 'FormTokenError';
  }
}
