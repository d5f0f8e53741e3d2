import type { MembershipV1 } from '@ssp/contracts';
import type { EntityManager } from 'typeorm';

const ANNOUNCED_COLUMNS = `m.id AS "membershipId", p.subject, m.body_id AS "bodyId", b.area_id AS "areaId",
  to_char(m.valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(m.valid_to, 'YYYY-MM-DD') AS "validTo"`;
const ANNOUNCED_JOINS = 'FROM body_membership m JOIN person p ON p.id = m.person_id JOIN ssp_body b ON b.id = m.body_id';

/** The SQL of publishing memberships: each as the topic carries it, and when it was last published. */
export class MembershipAnnouncementRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The memberships with these ids, and every membership of these registry people. */
  async memberships(membershipIds: readonly string[], personIds: readonly string[] = []): Promise<MembershipV1[]> {
    return (await this.manager.query(`SELECT ${ANNOUNCED_COLUMNS} ${ANNOUNCED_JOINS} WHERE m.id = ANY($1::uuid[]) OR m.person_id = ANY($2::uuid[]) ORDER BY m.id`, [
      membershipIds,
      personIds,
    ])) as MembershipV1[];
  }

  /** Up to `limit` memberships never published, locked (other replicas skip them) until the transaction ends. */
  async unannounced(limit: number): Promise<MembershipV1[]> {
    return (await this.manager.query(`SELECT ${ANNOUNCED_COLUMNS} ${ANNOUNCED_JOINS} WHERE m.announced_at IS NULL ORDER BY m.id LIMIT $1 FOR UPDATE OF m SKIP LOCKED`, [
      limit,
    ])) as MembershipV1[];
  }

  async markAnnounced(membershipIds: readonly string[], at: Date): Promise<void> {
    await this.manager.query('UPDATE body_membership SET announced_at = $2 WHERE id = ANY($1::uuid[])', [membershipIds, at]);
  }
}
