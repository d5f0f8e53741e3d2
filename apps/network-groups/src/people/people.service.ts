import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { badRequest, Clock, conflict, decodePageCursor, isPageKey, notFound, pageOf, Permission, permissionsOf, type Page, type Principal } from '@ssp/platform';
import { danishToday } from '@ssp/platform/time';
import type { DataSource, EntityManager } from 'typeorm';
import type { MembershipDto } from '../bodies/bodies.dto';
import { MembershipAnnouncer } from '../bodies/membership-announcer';
import { BodiesService } from '../bodies/bodies.service';
import { PEOPLE_REFUSALS, type PersonDto, type PersonSummaryDto, type UpdatePersonDto } from './people.dto';
import { PeopleRepository } from './people.repository';
import { whatViewerSees, type Viewer } from './person-visibility';

interface PersonRow extends PersonSummaryDto {
  subject: string | null;
}

const PERSON_COLUMNS = 'id, name, email, subject';
const isPersonKey = isPageKey('uuid');

/** Two requests giving one subject or e-mail to two people at once: the unique index decides, and the loser hears why. */
function refuseConcurrentlyTaken(error: unknown): never {
  const { code, constraint } = error as { code?: string; constraint?: string };
  if (code === '23505' && constraint === 'person_subject_key') throw conflict(PEOPLE_REFUSALS.subjectTaken);
  if (code === '23505' && constraint === 'person_email') throw conflict(PEOPLE_REFUSALS.emailTaken);
  throw error;
}

function viewerOf(principal: Principal): Viewer {
  return { subject: principal.subject, groups: principal.groups, seesEveryone: permissionsOf(principal.roles).has(Permission.groupsManage) };
}

/** The professionals in the registry, what each caller may see of them, and their link to a sign-in. */
@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bodies: BodiesService,
    private readonly repository: PeopleRepository,
    private readonly clock: Clock,
    private readonly announcer: MembershipAnnouncer,
  ) {}

  /** A page of the people the caller may list (see PeopleRepository.listed), by name; the cursor is the last one's id. */
  async list(principal: Principal, limit: number, after: string | undefined, today = danishToday(this.clock.now())): Promise<Page<PersonSummaryDto>> {
    const [afterId] = decodePageCursor(after, isPersonKey) ?? [null];
    return pageOf(await this.repository.listed(viewerOf(principal), today, limit + 1, afterId), limit, (person) => [person.id]);
  }

  /** One person with the memberships the caller may see; hidden people are answered as not found. */
  async get(principal: Principal, personId: string, today = danishToday(this.clock.now())): Promise<PersonDto> {
    const [person] = await this.people('WHERE id = $1', [personId]);
    if (!person) throw notFound(PEOPLE_REFUSALS.notFound, { personId });
    const seen = whatViewerSees(viewerOf(principal), person, (await this.membershipsOf([person.id])).get(person.id) ?? [], today);
    if (!seen.visible) throw notFound(PEOPLE_REFUSALS.notFound, { personId });
    return this.toDto(person, seen.memberships, seen.showsSubject);
  }

  /** The signed-in caller as a person in the registry, with all their memberships. */
  async me(principal: Principal): Promise<PersonDto> {
    const person = await this.signedIn(principal);
    return this.toDto(person, (await this.membershipsOf([person.id])).get(person.id) ?? [], true);
  }

  /** The person linked to the caller's sign-in (the token's `sub`); 404 when there is none. */
  async signedIn(principal: Principal, manager: EntityManager = this.dataSource.manager): Promise<PersonRow> {
    const [person] = (await manager.query(`SELECT ${PERSON_COLUMNS} FROM person WHERE subject = $1`, [principal.subject])) as PersonRow[];
    if (!person) {
      throw notFound(PEOPLE_REFUSALS.notLinked);
    }
    return person;
  }

  /** Links (or unlinks) the sign-in and corrects name or e-mail; each is unique to one person. */
  async update(principal: Principal, personId: string, request: UpdatePersonDto): Promise<PersonDto> {
    if (request.subject === undefined && request.name === undefined && request.email === undefined) {
      throw badRequest(PEOPLE_REFUSALS.nothingToChange);
    }
    await this.dataSource.transaction(async (tx) => {
      const [current] = (await tx.query('SELECT id FROM person WHERE id = $1 FOR UPDATE', [personId])) as { id: string }[];
      if (!current) throw notFound(PEOPLE_REFUSALS.notFound, { personId });
      if (request.subject) await this.refuseTaken(tx, 'subject', 'subject = $1', request.subject, personId);
      if (request.email) await this.refuseTaken(tx, 'email', 'lower(email) = lower($1)', request.email, personId);
      await tx
        .query(
          `UPDATE person SET subject = CASE WHEN $2 THEN $3 ELSE subject END, name = coalesce($4, name), email = coalesce($5, email) WHERE id = $1`,
          [personId, request.subject !== undefined, request.subject ?? null, request.name?.trim() ?? null, request.email ?? null],
        )
        .catch(refuseConcurrentlyTaken);
      // A sign-in linked, changed or unlinked: every membership of the person now belongs to another subject.
      if (request.subject !== undefined) await this.announcer.announce(tx, [], [personId]);
    });
    return this.get(principal, personId);
  }

  private async refuseTaken(tx: EntityManager, field: 'subject' | 'email', condition: string, value: string, personId: string): Promise<void> {
    const [other] = (await tx.query(`SELECT id FROM person WHERE ${condition} AND id <> $2`, [value, personId])) as { id: string }[];
    if (other) throw conflict(field === 'subject' ? PEOPLE_REFUSALS.subjectTaken : PEOPLE_REFUSALS.emailTaken, { takenBy: other.id });
  }

  private async people(where: string, params: unknown[]): Promise<PersonRow[]> {
    return (await this.dataSource.query(`SELECT ${PERSON_COLUMNS} FROM person ${where}`, params)) as PersonRow[];
  }

  private membershipsOf(personIds: string[]): Promise<Map<string, MembershipDto[]>> {
    return this.bodies.membershipsOfPeople(personIds);
  }

  private toDto(person: PersonRow, memberships: MembershipDto[], showsSubject: boolean): PersonDto {
    return {
      id: person.id,
      name: person.name,
      email: person.email,
      signInLinked: person.subject !== null,
      ...(showsSubject && person.subject !== null ? { subject: person.subject } : {}),
      memberships,
    };
  }
}
