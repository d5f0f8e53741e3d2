import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { badRequest, Clock, conflict, decodePageCursor, groupBy, isPageKey, notFound, pageOf, type Page } from '@ssp/platform';
import { danishToday } from '@ssp/platform/time';
import type { DataSource, EntityManager } from 'typeorm';
import { BODY_REFUSALS, type AddMembershipDto, type BodyDto, type ChangeMembershipDto, type CreateBodyDto, type MembershipDto } from './bodies.dto';
import { BodiesRepository } from './bodies.repository';
import { bodyOf } from './body-of';
import { MembershipAnnouncer } from './membership-announcer';
import { isValidPeriod, periodWithinBody, type MembershipPeriod } from './membership-period';
import { BodyKind, LEVEL_OF } from './ssp-structure';

const isBodyKey = isPageKey('string', 'string');
const isMembershipKey = isPageKey('uuid');

@Injectable()
export class BodiesService {
  constructor(
    private readonly repository: BodiesRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly announcer: MembershipAnnouncer,
  ) {}

  /** A page of the bodies by level and id. */
  async list(limit: number, after: string | undefined): Promise<Page<BodyDto>> {
    const rows = await this.repository.bodies(limit + 1, decodePageCursor(after, isBodyKey));
    return pageOf(rows, limit, (body) => [body.level, body.id]);
  }

  /** One body; 404 when there is none. */
  async get(bodyId: string): Promise<BodyDto> {
    await bodyOf(this.dataSource.manager, bodyId);
    return this.repository.body(bodyId, this.dataSource.manager);
  }

  /** A page of the body's members on `day` by name; the cursor is the last membership's id. */
  async memberPage(bodyId: string, day: string, limit: number, after: string | undefined): Promise<Page<MembershipDto>> {
    await bodyOf(this.dataSource.manager, bodyId);
    const [afterId] = decodePageCursor(after, isMembershipKey) ?? [null];
    const rows = await this.repository.membersOn(bodyId, day, limit + 1, afterId);
    return pageOf(rows, limit, (membership) => [membership.id]);
  }

  /** Every member of the body on `day`, both ends of a membership included: whom a body's news reaches. */
  async membersOn(bodyId: string, day = danishToday(this.clock.now()), manager: EntityManager = this.dataSource.manager): Promise<MembershipDto[]> {
    await bodyOf(manager, bodyId);
    return this.repository.allMembersOn(bodyId, day, manager);
  }

  /** Every membership of each person, past and current, newest first, by person id. */
  async membershipsOfPeople(personIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, MembershipDto[]>> {
    return groupBy(await this.repository.membershipsOfPeople(personIds, manager), (row) => row.personId);
  }

  /** Adds a membership; the person (by e-mail) and the organisation (by name) are created on first use. */
  async addMember(bodyId: string, request: AddMembershipDto): Promise<MembershipDto> {
    const asked = { validFrom: request.validFrom, validTo: request.validTo ?? null };
    if (!isValidPeriod(asked)) throw badRequest(BODY_REFUSALS.periodBackwards);
    return this.dataSource.transaction(async (tx) => {
      const period = withinBody(asked, (await bodyOf(tx, bodyId)).endsOn);
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
      await this.announcer.announce(tx, [membership.id]);
      return this.repository.membership(membership.id, tx);
    });
  }

  /** Creates an ad-hoc group with its last day (today or later); 409 when the id is taken. */
  async createAdHocGroup(request: CreateBodyDto): Promise<BodyDto> {
    if (request.endsOn < danishToday(this.clock.now())) throw badRequest(BODY_REFUSALS.endsOnPast);
    return this.dataSource.transaction(async (tx) => {
      const body = { id: request.id, name: request.name.trim(), kind: BodyKind.adHoc, level: LEVEL_OF[BodyKind.adHoc], areaId: null, endsOn: request.endsOn };
      if (!(await this.repository.insertBody(body, tx))) throw conflict(BODY_REFUSALS.bodyIdTaken, { bodyId: request.id });
      return this.repository.body(request.id, tx);
    });
  }

  /**
   * Changes a membership's role, first day or last day; ending one is giving it a last day.
   * The period must run forwards and, in an ad-hoc group, end with the group at the latest.
   */
  async changeMembership(bodyId: string, membershipId: string, change: ChangeMembershipDto): Promise<MembershipDto> {
    if (change.role === undefined && change.validFrom === undefined && change.validTo === undefined) throw badRequest(BODY_REFUSALS.membershipChangeEmpty);
    return this.dataSource.transaction(async (tx) => {
      const body = await bodyOf(tx, bodyId);
      const current = await this.repository.membershipOfBodyForUpdate(bodyId, membershipId, tx);
      if (!current) throw notFound(BODY_REFUSALS.membershipNotFound, { bodyId, membershipId });
      const asked = { validFrom: change.validFrom ?? current.validFrom, validTo: change.validTo === undefined ? current.validTo : change.validTo };
      if (!isValidPeriod(asked)) throw badRequest(BODY_REFUSALS.periodBackwards);
      await this.repository.updateMembership(membershipId, { role: change.role ?? current.role, ...withinBody(asked, body.endsOn) }, tx);
      await this.announcer.announce(tx, [membershipId]);
      return this.repository.membership(membershipId, tx);
    });
  }
}

/** The period in a body that may end: refused when it would outlast the body. */
function withinBody(period: MembershipPeriod, bodyEndsOn: string | null): MembershipPeriod {
  const within = periodWithinBody(period, bodyEndsOn);
  if (within === null) throw badRequest(BODY_REFUSALS.membershipAfterBodyEnd, { endsOn: bodyEndsOn ?? '' });
  return within;
}
