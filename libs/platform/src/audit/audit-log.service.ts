import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';
import { GroupCommit } from '../database/group-commit';
import { maskPersonalData } from '../privacy/mask-personal-data';
import { Clock } from '../time/clock';
import { AuditChainVerifier, type ChainVerification } from './audit-chain-verifier';
import { GENESIS_HASH, hashAuditEntry, type AuditDecision, type AuditEntry } from './audit-entry';
import { AuditLogRepository, isChainPlaceTaken } from './audit-log.repository';

export interface AuditEvent {
  /** Undefined when the request carried no valid token. */
  actor: Principal | undefined;
  action: string;
  resource: string;
  decision: AuditDecision;
  reason: string;
  permission?: string;
}

/**
 * What a request put in the path is stored as seen, but with CPR numbers masked and control
 * characters (NUL cannot be stored in text) shown as U+FFFD, and cut at 1,000 characters.
 */
function storable(text: string): string {
  return maskPersonalData(text).replace(/\p{Cc}/gu, '\uFFFD').slice(0, 1000);
}

type ChainTip = { seq: number; hash: string };

/** The events as entries of the chain after `previous`, each linked to the one before it. */
function chained(previous: ChainTip, events: readonly (AuditEvent & { at: Date })[]): AuditEntry[] {
  return events.map((event): AuditEntry => {
    const content: Omit<AuditEntry, 'hash'> = {
      seq: previous.seq + 1,
      recordedAt: event.at,
      actor: event.actor?.subject ?? 'anonymous',
      actorRoles: event.actor?.roles ?? [],
      action: storable(event.action),
      permission: event.permission ?? null,
      resource: storable(event.resource),
      decision: event.decision,
      reason: event.reason,
      prevHash: previous.hash,
    };
    previous = { seq: content.seq, hash: hashAuditEntry(content) };
    return { ...content, hash: previous.hash };
  });
}

function tipOf(entries: readonly AuditEntry[]): ChainTip {
  const last = entries[entries.length - 1];
  return { seq: last.seq, hash: last.hash };
}

const VERIFY_PAGE = 5000;
/** Entries appended in one statement at most (11 parameters each). */
const APPEND_BATCH_MAX = 200;

@Injectable()
export class AuditLogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Entries that come while a batch is being appended are appended together as the next one. */
  private readonly appends = new GroupCommit<AuditEvent & { at: Date }>((batch) => this.appendBatch(batch), APPEND_BATCH_MAX);

  /**
   * The chain's last entry as this replica last appended or read it; unknown at first and
   * after any failure. Entries are never changed and `seq` is the primary key, so a batch
   * chained on it is either the next in the chain or refused on its first `seq`.
   */
  private tip: ChainTip | undefined;

  /** Appends the entry to the chain; settles once it is committed (with the entries that came while the one before was appended). */
  record(event: AuditEvent): Promise<void> {
    return this.appends.submit({ ...event, at: this.clock.now() });
  }

  /**
   * One statement per batch while this replica appends on the entry it knows (it holds the
   * chain's lock within the statement); when another replica appended in between, the batch
   * is refused on its first `seq` and appended again on the last entry read under the lock.
   */
  private async appendBatch(events: readonly (AuditEvent & { at: Date })[]): Promise<void> {
    const known = this.tip;
    this.tip = undefined;
    if (known !== undefined) {
      const entries = chained(known, events);
      try {
        await new AuditLogRepository(this.dataSource.manager).insert(entries);
        this.tip = tipOf(entries);
        return;
      } catch (error) {
        if (!isChainPlaceTaken(error)) throw error;
      }
    }
    this.tip = await this.dataSource.transaction((manager) => this.appendUnderLock(manager, events));
  }

  /**
   * The chain's lock is held from the read of the last entry to the commit, once per batch:
   * holding it once per request made a burst queue behind it.
   */
  private async appendUnderLock(manager: EntityManager, events: readonly (AuditEvent & { at: Date })[]): Promise<ChainTip> {
    const repository = new AuditLogRepository(manager);
    await repository.lockChain();
    const entries = chained((await repository.last()) ?? { seq: 0, hash: GENESIS_HASH }, events);
    await repository.insert(entries);
    return tipOf(entries);
  }

  /** A page of the log in order, for shipping to another system; `after` is the last seq it has. */
  entriesAfter(after: number, limit: number): Promise<AuditEntry[]> {
    return new AuditLogRepository(this.dataSource.manager).entriesAfter(after, limit);
  }

  async verify(): Promise<ChainVerification> {
    const verifier = new AuditChainVerifier();
    let after = 0;
    for (;;) {
      const page = await this.entriesAfter(after, VERIFY_PAGE);
      page.forEach((entry) => verifier.add(entry));
      if (page.length < VERIFY_PAGE) return verifier.result();
      after = page[page.length - 1].seq;
    }
  }
}
