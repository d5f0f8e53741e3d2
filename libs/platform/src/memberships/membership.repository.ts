import type { MembershipV1 } from '@ssp/contracts';
import type { EntityManager } from 'typeorm';
import { queryPrepared } from '../database/prepared-query';

/** The bodies and the areas of a subject's memberships that hold on one day. */
export interface HeldMemberships {
  bodies: string[];
  areas: string[];
}

/** The SQL of the projection of the registry's memberships (table `membership`). */
export class MembershipRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The membership as it stands now, replacing what was known of it. */
  async put(membership: MembershipV1): Promise<void> {
    await this.manager.query(
      `INSERT INTO membership (membership_id, subject, body_id, area_id, valid_from, valid_to, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, now())
       ON CONFLICT (membership_id) DO UPDATE SET subject = EXCLUDED.subject, body_id = EXCLUDED.body_id, area_id = EXCLUDED.area_id,
         valid_from = EXCLUDED.valid_from, valid_to = EXCLUDED.valid_to, updated_at = now()`,
      [membership.membershipId, membership.subject ?? null, membership.bodyId, membership.areaId ?? null, membership.validFrom, membership.validTo ?? null],
    );
  }

  async remove(membershipId: string): Promise<void> {
    await this.manager.query('DELETE FROM membership WHERE membership_id = $1', [membershipId]);
  }

  /** The subject's bodies and their areas on `day` (YYYY-MM-DD), each once, sorted. */
  async heldOn(subject: string, day: string): Promise<HeldMemberships> {
    const [row] = await queryPrepared<HeldMemberships>(
      this.manager,
      `SELECT coalesce(array_agg(DISTINCT body_id ORDER BY body_id), '{}') AS bodies,
              coalesce(array_agg(DISTINCT area_id ORDER BY area_id) FILTER (WHERE area_id IS NOT NULL), '{}') AS areas
         FROM membership
        WHERE subject = $1 AND valid_from <= $2::date AND (valid_to IS NULL OR valid_to >= $2::date)`,
      [subject, day],
    );
    return row;
  }
}
