import { GENESIS_HASH, hashAuditEntry, type AuditEntry } from './audit-entry';

export interface ChainProblem {
  seq: number;
  problem: 'altered' | 'missing' | 'relinked';
  detail: string;
}

export interface ChainVerification {
  ok: boolean;
  entriesChecked: number;
  /** The last entry: a copy shipped elsewhere that remembers it also detects a cut-off tail. */
  head: { seq: number; hash: string } | null;
  problems: ChainProblem[];
}

/**
 * Walks the chain in order, one entry at a time (so a long log can be streamed), and names
 * every entry that was changed, deleted or re-linked.
 */
export class AuditChainVerifier {
  private expectedSeq = 1;
  private expectedPrevHash = GENESIS_HASH;
  private checked = 0;
  private readonly problems: ChainProblem[] = [];
  private last: { seq: number; hash: string } | null = null;

  add(entry: AuditEntry): void {
    if (entry.seq > this.expectedSeq) {
      const range = entry.seq - 1 === this.expectedSeq ? `entry ${this.expectedSeq} is` : `entries ${this.expectedSeq} to ${entry.seq - 1} are`;
      this.problems.push({ seq: this.expectedSeq, problem: 'missing', detail: `${range} missing: entry ${entry.seq} follows entry ${this.expectedSeq - 1}` });
    } else if (entry.prevHash !== this.expectedPrevHash) {
      this.problems.push({
        seq: entry.seq - 1,
        problem: 'relinked',
        detail: `entry ${entry.seq - 1} was changed: entry ${entry.seq} links to a different hash than it has now`,
      });
    }
    const { hash, ...content } = entry;
    if (hashAuditEntry(content) !== hash) {
      this.problems.push({ seq: entry.seq, problem: 'altered', detail: `entry ${entry.seq} was altered: its content does not match its hash` });
    }
    this.expectedSeq = entry.seq + 1;
    this.expectedPrevHash = hash;
    this.checked += 1;
    this.last = { seq: entry.seq, hash };
  }

  result(): ChainVerification {
    return { ok: this.problems.length === 0, entriesChecked: this.checked, head: this.last, problems: [...this.problems] };
  }
}
