import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Clock, groupBy } from '@ssp/platform';
import { danishToday } from '@ssp/platform/time';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import type { AddMembershipDto, BodyDto, MembershipDto } from './bodies.dto';
import { bodyOf } from './body-of';
import { isActiveOn, isValidPeriod } from './membership-period';
import { SspBodyEntity } from './ssp-body.entity';

const MEMBERSHIP_COLUMNS = `m.id, m.body_id AS "bodyId", p.id AS "personId", p.name AS "personName", p.email,
  o.id AS "organisationId", o.name AS organisation, m.role,
  to_char(m.valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(m.valid_to, 'YYYY-MM-DD') AS "validTo"`;
const MEMBERSHIP_JOINS = 'FROM body_membership m JOIN person p ON p.id = m.person_id JOIN organisation o ON o.id = m.organisation_id';

@Injectable()
export class BodiesService {
  constructor(
    @InjectRepository(SspBodyEntity) private readonly bodies: Repository<SspBodyEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<BodyDto[]> {
    return this.bodies.find({ order: { level: 'ASC', id: 'ASC' } });
  }

  /** The body's members on `day`, both ends of a membership included. */
  async membersOn(bodyId: string, day = danishToday(this.clock.now()), manager: EntityManager = this.dataSource.manager): Promise<MembershipDto[]> {
    await bodyOf(manager, bodyId);
    const all = (await manager.query(`SELECT ${MEMBERSHIP_COLUMNS} ${MEMBERSHIP_JOINS} WHERE m.body_id = $1 ORDER BY p.name, m.valid_from`, [
      bodyId,
    ])) as MembershipDto[];
    return all.filter((membership) => isActiveOn(membership, day));
  }

  /** Every membership of each person, past and current, newest first, by person id. */
  async membershipsOfPeople(personIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, MembershipDto[]>> {
    const rows =
      personIds.length === 0
        ? []
        : ((await manager.query(`SELECT ${MEMBERSHIP_COLUMNS} ${MEMBERSHIP_JOINS} WHERE m.person_id = ANY($1::uuid[]) ORDER BY m.valid_from DESC, m.body_id`, [
            personIds,
          ])) as MembershipDto[]);
    return groupBy(rows, (row) => row.personId);
  }

  /** Adds a membership; the person (by e-mail) and the organisation (by name) are created on first use. */
  async addMember(bodyId: string, request: AddMembershipDto): Promise<MembershipDto> {
    const period = { validFrom: request.validFrom, validTo: request.validTo ?? null };
    if (!isValidPeriod(period)) throw new BadRequestException('validTo must not be before validFrom');
    return this.dataSource.transaction(async (tx) => {
      await bodyOf(tx, bodyId);
      const [person] = (await tx.query(
        `INSERT INTO person (name, email) VALUES ($1, $2)
         ON CONFLICT (lower(email)) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
        [request.personName, request.email],
      )) as { id: string }[];
      const [organisation] = (await tx.query(
        `INSERT INTO organisation (name) VALUES ($1)
         ON CONFLICT (lower(name)) DO UPDATE SET name = organisation.name RETURNING id`,
        [request.organisation],
      )) as { id: string }[];
      const [membership] = (await tx.query(
        `INSERT INTO body_membership (body_id, person_id, organisation_id, role, valid_from, valid_to)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [bodyId, person.id, organisation.id, request.role, period.validFrom, period.validTo],
      )) as { id: string }[];
      const [saved] = (await tx.query(`SELECT ${MEMBERSHIP_COLUMNS} ${MEMBERSHIP_JOINS} WHERE m.id = $1`, [membership.id])) as MembershipDto[];
      return saved;
    });
  }

}
