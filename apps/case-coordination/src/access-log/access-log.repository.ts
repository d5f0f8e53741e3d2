import type { EntityManager } from 'typeorm';
import { queryPrepared } from '@ssp/platform';
import { pseudonymsOf } from '../persons/merged-persons';
import type { AccessPurpose } from './access-log.service';

export interface AccessLogRow {
  id: string;
  accessed_at: Date;
  actor: string;
  actor_roles: string[];
  action: string;
  purpose: AccessPurpose;
}

/** The SQL of `access_log`. */
export class AccessLogRepository {
  constructor(private readonly manager: EntityManager) {}

  /** One row per person, in one statement whatever their number. */
  async insert(actor: string, actorRoles: readonly string[], pseudonyms: readonly string[], action: string, purpose: AccessPurpose): Promise<void> {
    await queryPrepared(
      this.manager,
      `INSERT INTO access_log (actor, actor_roles, person_pseudonym, action, purpose)
       SELECT $1, $2, pseudonym, $3, $4 FROM unnest($5::text[]) AS pseudonym`,
      [actor, actorRoles, action, purpose, pseudonyms],
    );
  }

  /** The newest `limit` entries about the person and those merged into them, newest first (the register extract). */
  async newestOf(pseudonym: string, limit: number): Promise<AccessLogRow[]> {
    return this.manager.query(
      `SELECT id, accessed_at, actor, actor_roles, action, purpose FROM access_log
        WHERE person_pseudonym IN ${pseudonymsOf('$1')} ORDER BY accessed_at DESC, id DESC LIMIT $2`,
      [pseudonym, limit],
    );
  }

  /** The person's entries after the entry `afterId` (0 for the first), oldest first. */
  async entriesAfter(pseudonym: string, afterId: number, limit: number): Promise<AccessLogRow[]> {
    return this.manager.query('SELECT id, accessed_at, actor, actor_roles, action, purpose FROM access_log WHERE person_pseudonym = $1 AND id > $2 ORDER BY id LIMIT $3', [
      pseudonym,
      afterId,
      limit,
    ]);
  }
}
