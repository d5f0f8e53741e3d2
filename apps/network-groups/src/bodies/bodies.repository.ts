import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { BodyDto, MembershipDto } from './bodies.dto';

const BODY_COLUMNS = `id, name, kind, level, area_id AS "areaId", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn"`;
const MEMBERSHIP_COLUMNS = `m.id, m.body_id AS "bodyId", b.name AS "bodyName", p.id AS "personId", p.name AS "personName", p.email,
  o.id AS "organisationId", o.name AS organisation, m.role,
  to_char(m.valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(m.valid_to, 'YYYY-MM-DD') AS "validTo"`;
const MEMBERSHIP_JOINS = 'FROM body_membership m JOIN ssp_body b ON b.id = m.body_id JOIN person p ON p.id = m.person_id JOIN organisation o ON o.id = m.organisation_id';

/**
 * Membership `m` runs on the day in parameter `day`, both ends included: `isActiveOn`
 * (membership-period.ts) in SQL, so that a page is cut after the filter, not before it.
 */
export function membershipActiveOn(m: string, day: string): string {
  return `${m}.valid_from <= ${day}::date AND (${m}.valid_to IS NULL OR ${day}::date <= ${m}.valid_to)`;
}
const ACTIVE_ON_DAY = membershipActiveOn('m', '$2');

/** Where a body sits in the list of bodies: its level, then its id (unique). */
export type BodyKey = readonly [level: string, id: string];

/** The bodies and their memberships in SQL; pages are asked with `LIMIT limit + 1` (docs/paging.md). */
@Injectable()
export class BodiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Up to `count` bodies by level and id, after `after`. */
  async bodies(count: number, after: BodyKey | undefined): Promise<BodyDto[]> {
    return (await this.dataSource.query(
      `SELECT ${BODY_COLUMNS} FROM ssp_body
        WHERE $1::text IS NULL OR (level, id) > ($1::text, $2::text)
        ORDER BY level, id LIMIT $3`,
      [after?.[0] ?? null, after?.[1] ?? null, count],
    )) as BodyDto[];
  }

  /**
   * Up to `count` of the body's memberships on `day` by the member's name, first day and the
   * membership's id; after the membership `afterId`, its place found among the body's own (the
   * cursor carries no name).
   */
  async membersOn(bodyId: string, day: string, count: number, afterId: string | null, manager: EntityManager = this.dataSource.manager): Promise<MembershipDto[]> {
    return (await manager.query(
      `SELECT ${MEMBERSHIP_COLUMNS} ${MEMBERSHIP_JOINS}
        WHERE m.body_id = $1 AND ${ACTIVE_ON_DAY}
          AND ($3::uuid IS NULL OR (p.name, m.valid_from, m.id) >
            (SELECT ap.name, a.valid_from, a.id FROM body_membership a JOIN person ap ON ap.id = a.person_id WHERE a.id = $3::uuid AND a.body_id = $1))
        ORDER BY p.name, m.valid_from, m.id LIMIT $4`,
      [bodyId, day, afterId, count],
    )) as MembershipDto[];
  }

  /** Every membership of the body on `day`: for notifying a body's members, and their attendance. */
  async allMembersOn(bodyId: string, day: string, manager: EntityManager = this.dataSource.manager): Promise<MembershipDto[]> {
    return (await manager.query(`SELECT ${MEMBERSHIP_COLUMNS} ${MEMBERSHIP_JOINS} WHERE m.body_id = $1 AND ${ACTIVE_ON_DAY} ORDER BY p.name, m.valid_from, m.id`, [
      bodyId,
      day,
    ])) as MembershipDto[];
  }

  /** Every membership of each person, past and current, newest first. */
  async membershipsOfPeople(personIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<MembershipDto[]> {
    if (personIds.length === 0) return [];
    return (await manager.query(`SELECT ${MEMBERSHIP_COLUMNS} ${MEMBERSHIP_JOINS} WHERE m.person_id = ANY($1::uuid[]) ORDER BY m.valid_from DESC, m.body_id`, [
      personIds,
    ])) as MembershipDto[];
  }

  async membership(id: string, manager: EntityManager): Promise<MembershipDto> {
    const [membership] = (await manager.query(`SELECT ${MEMBERSHIP_COLUMNS} ${MEMBERSHIP_JOINS} WHERE m.id = $1`, [id])) as MembershipDto[];
    return membership;
  }

  /** Adds a body; false when the id is taken. */
  async insertBody(body: Omit<BodyDto, 'endsOn'> & { endsOn: string | null }, manager: EntityManager): Promise<boolean> {
    const inserted = (await manager.query(
      'INSERT INTO ssp_body (id, name, kind, level, area_id, ends_on) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING RETURNING id',
      [body.id, body.name, body.kind, body.level, body.areaId, body.endsOn],
    )) as unknown[];
    return inserted.length > 0;
  }

  async body(id: string, manager: EntityManager): Promise<BodyDto> {
    const [body] = (await manager.query(`SELECT ${BODY_COLUMNS} FROM ssp_body WHERE id = $1`, [id])) as BodyDto[];
    return body;
  }

  /** The membership of the body, locked until the transaction ends; undefined when the body has no such membership. */
  async membershipOfBodyForUpdate(bodyId: string, id: string, manager: EntityManager): Promise<{ role: string; validFrom: string; validTo: string | null } | undefined> {
    const [row] = (await manager.query(
      `SELECT role, to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_to, 'YYYY-MM-DD') AS "validTo" FROM body_membership WHERE id = $1 AND body_id = $2 FOR UPDATE`,
      [id, bodyId],
    )) as { role: string; validFrom: string; validTo: string | null }[];
    return row;
  }

  async updateMembership(id: string, change: { role: string; validFrom: string; validTo: string | null }, manager: EntityManager): Promise<void> {
    await manager.query('UPDATE body_membership SET role = $2, valid_from = $3, valid_to = $4 WHERE id = $1', [id, change.role, change.validFrom, change.validTo]);
  }
}
