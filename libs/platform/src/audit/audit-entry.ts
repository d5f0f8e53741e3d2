import { createHash } from 'node:crypto';

export type AuditDecision = 'allow' | 'deny';

/** One row of the audit log as stored, with its place in the hash chain. */
export interface AuditEntry {
  seq: number;
  recordedAt: Date;
  /** The token's subject, or `anonymous` when no valid token came. */
  actor: string;
  actorRoles: string[];
  action: string;
  permission: string | null;
  resource: string;
  decision: AuditDecision;
  reason: string;
  prevHash: string;
  hash: string;
}

/** The hash the first entry links to. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * SHA-256 over every field but the hash itself, in a fixed order, including the previous
 * entry's hash: changing any entry changes its hash and breaks the link from the next one.
 */
export function hashAuditEntry(entry: Omit<AuditEntry, 'hash'>): string {
  const canonical = JSON.stringify([
    entry.seq,
    entry.recordedAt.toISOString(),
    entry.actor,
    entry.actorRoles,
    entry.action,
    entry.permission,
    entry.resource,
    entry.decision,
    entry.reason,
    entry.prevHash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
