const MAX_DELAY_MS = 60 * 60 * 1000;

/** Waits twice as long after each failed attempt (base, 2 base, 4 base, ...), at most an hour. */
export function retryDelayMs(failedAttempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, failedAttempts - 1), MAX_DELAY_MS);
}

export type FailureVerdict = 'retry' | 'give-up' | 'unconfirmed';

export interface SendFailure {
  /** The server's reply code, when it refused; absent when the connection failed or timed out. */
  responseCode?: number;
  /** Whether the final "." of DATA may have gone out before the failure. */
  dataEnded: boolean;
  /** Authentication failures are the sender's configuration, not the message. */
  authentication: boolean;
}

/**
 * What to do after a failed attempt. A refusal is definite: a 5xx (but for authentication)
 * will not change, so it gives up; anything else is tried again until the attempts run out.
 * A failure without a reply after the end of DATA is not a refusal: the server may have taken
 * the message, so it is not sent again (see email-sender.ts).
 */
export function verdictOn(failure: SendFailure, attempts: number, maxAttempts: number): FailureVerdict {
  if (failure.responseCode === undefined && failure.dataEnded) return 'unconfirmed';
  if (failure.responseCode !== undefined && failure.responseCode >= 500 && !failure.authentication) return 'give-up';
  return attempts >= maxAttempts ? 'give-up' : 'retry';
}
