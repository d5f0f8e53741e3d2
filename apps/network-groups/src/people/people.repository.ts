import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { membershipActiveOn } from '../bodies/bodies.repository';
import type { OrganisationDto } from './organisations.dto';
import type { PersonSummaryDto } from './people.dto';
import type { Viewer } from './person-visibility';

const ORGANISATION_COLUMNS = 'id, name, kind, self_governing AS "selfGoverning"';

/** The registry's people and organisations in SQL; pages are asked with `LIMIT limit + 1` (docs/paging.md). */
@Injectable()
export class PeopleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Up to `count` of the people the viewer may list, by name (in any case) and id, after the
   * person `afterId`. Who is listed is `whatViewerSees(…).visible` (person-visibility.ts) in
   * SQL: everyone for the secretariat; else oneself and whoever sits in one of the viewer's
   * bodies on `today`.
   */
  async listed(viewer: Viewer, today: string, count: number, afterId: string | null): Promise<PersonSummaryDto[]> {
    return (await this.dataSource.query(
      `SELECT id, name, email FROM person p
        WHERE ($1 OR p.subject = $2
               OR EXISTS (SELECT 1 FROM body_membership m WHERE m.person_id = p.id AND m.body_id = ANY($3::text[]) AND ${membershipActiveOn('m', '$4')}))
          AND ($5::uuid IS NULL OR (lower(p.name), p.id) > (SELECT lower(a.name), a.id FROM person a WHERE a.id = $5::uuid))
        ORDER BY lower(p.name), p.id LIMIT $6`,
      [viewer.seesEveryone, viewer.subject, viewer.groups, today, afterId, count],
    )) as PersonSummaryDto[];
  }

  /** The registry person who signs in as `subject`, in the caller's transaction; null when no one does. */
  async personIdOfSubject(subject: string, tx: EntityManager): Promise<string | null> {
    const [row] = (await tx.query('SELECT id FROM person WHERE subject = $1', [subject])) as { id: string }[];
    return row?.id ?? null;
  }

  /** Up to `count` organisations by name (in any case) and id, after the organisation `afterId`. */
  async organisations(count: number, afterId: string | null): Promise<OrganisationDto[]> {
    return (await this.dataSource.query(
      `SELECT ${ORGANISATION_COLUMNS} FROM organisation o
        WHERE $1::uuid IS NULL OR (lower(o.name), o.id) > (SELECT lower(a.name), a.id FROM organisation a WHERE a.id = $1::uuid)
        ORDER BY lower(o.name), o.id LIMIT $2`,
      [afterId, count],
    )) as OrganisationDto[];
  }

  /** Registers an organisation; null when one of that name (in any case) exists. */
  async createOrganisation(name: string, kind: OrganisationDto['kind'], selfGoverning: boolean): Promise<OrganisationDto | null> {
    const [created] = (await this.dataSource.query(
      `INSERT INTO organisation (name, kind, self_governing) VALUES ($1, $2, $3)
       ON CONFLICT (lower(name)) DO NOTHING RETURNING ${ORGANISATION_COLUMNS}`,
      [name, kind, selfGoverning],
    )) as OrganisationDto[];
    return created ?? null;
  }
}
