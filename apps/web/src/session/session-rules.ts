/** How long a session may live: unused (idle) and in all (absolute), in milliseconds. */
export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}

export interface SessionTimes {
  signedInAt: Date;
  lastSeenAt: Date;
  /** When the access token the services check runs out: past it, no page can be shown. */
  accessTokenExpiresAt: Date;
}

/** Why a session is over, as a stable code; null while it holds. */
export type SessionEnd = 'idle' | 'absolute' | 'token-expired';

export function sessionPolicy(idleMinutes: number, absoluteHours: number): SessionPolicy {
  return { idleMs: idleMinutes * 60_000, absoluteMs: absoluteHours * 3_600_000 };
}

/**
 * The absolute limit is checked first: a session past its eight hours ends for that reason
 * even if it was also idle. A session ends at the limit itself, not a moment after.
 */
export function sessionEnd(times: SessionTimes, now: Date, policy: SessionPolicy): SessionEnd | null {
  const at = now.getTime();
  if (at - times.signedInAt.getTime() >= policy.absoluteMs) return 'absolute';
  if (at - times.lastSeenAt.getTime() >= policy.idleMs) return 'idle';
  if (at >= times.accessTokenExpiresAt.getTime()) return 'token-expired';
  return null;
}

/** What the person reads on the sign-in page after their session ended, in Danish. */
export const SESSION_END_TEXT: Record<SessionEnd, string> = {
  idle: 'Du blev logget ud, fordi du ikke havde brugt løsningen i et stykke tid. Log ind igen for at fortsætte.',
  absolute: 'Du blev logget ud, fordi du har været logget ind længe. Log ind igen for at fortsætte.',
  'token-expired': 'Din adgang til systemerne er udløbet. Log ind igen for at fortsætte.',
};

/** Only paths on this site are returned to after sign-in (no open redirect through `til`). */
export function safeReturnPath(candidate: unknown): string {
  if (typeof candidate !== 'string' || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return '/';
  return candidate.length <= 512 ? candidate : '/';
}
