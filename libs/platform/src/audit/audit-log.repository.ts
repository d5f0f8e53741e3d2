import type { EntityManager } from 'typeorm';
import type { AuditDecision, AuditEntry } from './audit-entry';

/** Serialises appends so that every entry links to the one before it. */
const CHAIN_LOCK = 0x5e_a0d1;

interface AuditRow {
  seq: string;
  recorded_at: Date;
  actor: string;
  actor_roles: string[];
  action: string;
  permission: string | null;
  resource: string;
  decision: AuditDecision;
  reason: string;
  prev_hash: string;
  hash: string;
}

function entryOf(row: AuditRow): AuditEntry {
  return {
    seq: Number(row.seq),
    recordedAt: row.recorded_at,
    actor: row.actor,
    actorRoles: row.actor_roles,
    action: row.action,
    permission: row.permission,
    resource: row.resource,
    decision: row.decision,
    reason: row.reason,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** Whether an append failed because the entry's place in the chain was taken (the primary key on `seq`). */
export function isChainPlaceTaken(error: unknown): boolean {
  const { code, constraint } = error as { code?: string; constraint?: string };
  return code === '23505' && constraint === 'audit_log_pkey';
}

/** The SQL of the hash-chained audit log (table `audit_log`, append-only). */
export class AuditLogRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Takes the chain's lock until the transaction ends: appends one after the other, across replicas. */
  async lockChain(): Promise<void> {
    await this.manager.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
  }

  /** The last entry's place in the chain; read after lockChain, in a statement of its own, so it sees the last append committed. */
  async last(): Promise<{ seq: number; hash: string } | undefined> {
    const [row] = (await this.manager.query('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1')) as Pick<AuditRow, 'seq' | 'hash'>[];
    return row === undefined ? undefined : { seq: Number(row.seq), hash: row.hash };
  }

  /**
   * The entries, in one statement that takes the chain's lock first: a replica that appends
   * on the last entry it knows (AuditLogService) waits for one that appends under the lock,
   * and then fails on the primary key if that one took its place in the chain.
   */
  async insert(entries: readonly AuditEntry[]): Promise<void> {
    const values: unknown[] = [CHAIN_LOCK];
    const types = ['bigint', 'timestamptz', 'text', 'text[]', 'text', 'text', 'text', 'text', 'text', 'bpchar', 'bpchar'];
    const rows = entries.map((entry) => {
      const row = [entry.seq, entry.recordedAt, entry.actor, entry.actorRoles, entry.action, entry.permission, entry.resource, entry.decision, entry.reason, entry.prevHash, entry.hash];
      return `(${row.map((value, index) => `$${values.push(value)}::${types[index]}`).join(', ')})`;
    });
    await this.manager.query(
      `WITH chain_lock AS MATERIALIZED (SELECT pg_advisory_xact_lock($1))
       INSERT INTO audit_log (seq, recorded_at, actor, actor_roles, action, permission, resource, decision, reason, prev_hash, hash)
       SELECT entry.* FROM (VALUES ${rows.join(', ')}) AS entry, chain_lock`,
      values,
    );
  }

  async entriesAfter(after: number, limit: number): Promise<AuditEntry[]> {
    const rows = (await this.manager.query('SELECT * FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2', [after, limit])) as AuditRow[];
    return rows.map(entryOf);
  }
}
