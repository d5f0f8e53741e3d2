import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { PersonIdentityContent } from '@ssp/contracts';
import { CurrentPrincipal, notFound, PageDto, PageQuery, Permission, type Principal, ReferenceDataRepository, refusedWith, Requires, toDanishCsv } from '@ssp/platform';
import { IsIn, IsOptional, Matches } from 'class-validator';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { ACCESS_PURPOSES, AccessLogService, LOGGED_PURPOSES } from '../access-log/access-log.service';
import { IdentityErrorDto } from '../agenda/agenda.dto';
import { ConcernDto, concernDtoOf } from '../concerns/concern.dto';
import { PersonConcernRepository } from '../concerns/person-concern.repository';
import { CASE_STATE_LABELS, INCIDENT_REVIEW_NAMES, INCIDENT_ROLE_NAMES, incidentReview, type IncidentReview, type ReferenceNaming } from '../domain';
import { IdentityReaderService, UNREADABLE_IDENTITY } from './identity-reader.service';
import { PersonIncidentRepository, type PersonIncidentRow } from './person-incident.repository';
import { PERSON_REFUSALS } from './person-refusals';

export class PersonParams {
  @ApiProperty({ pattern: '^[0-9a-f]{64}$' })
  @Matches(/^[0-9a-f]{64}$/, refusedWith(PERSON_REFUSALS.pseudonym))
  pseudonym!: string;
}

export class PurposeQuery {
  @ApiProperty({ enum: ACCESS_PURPOSES, description: 'Why the data is read; written to the access log the person can see' })
  @IsIn(ACCESS_PURPOSES, refusedWith(PERSON_REFUSALS.purpose))
  purpose!: (typeof ACCESS_PURPOSES)[number];
}

/** A page of a person's records, read for `purpose`. */
export class PersonPageQuery extends PageQuery {
  @ApiProperty({ enum: ACCESS_PURPOSES, description: 'Why the data is read; written to the access log the person can see' })
  @IsIn(ACCESS_PURPOSES, refusedWith(PERSON_REFUSALS.purpose))
  purpose!: (typeof ACCESS_PURPOSES)[number];
}

export class AccessLogQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv'], refusedWith(PERSON_REFUSALS.accessLogFormat))
  format: 'json' | 'csv' = 'json';
}

/** Incidents shown on a person's page; the rest are counted (issue 18: a long history made one read unbounded). */
export const PERSON_INCIDENTS_MAX = 100;

export class PersonIncidentDto {
  @ApiProperty() incidentId!: string;
  @ApiProperty() journalNumber!: string;
  @ApiProperty({ example: 'charged', description: 'Stable code' }) role!: string;
  @ApiProperty({ example: 'sigtet', description: 'The role in Danish, for people' }) roleText!: string;
  @ApiProperty({ format: 'date' }) incidentDate!: string;
  @ApiProperty({ example: 'burglary', description: 'Stable code' }) offenceCategory!: string;
  @ApiProperty({ example: 'Indbrud', description: 'The offence category in Danish, for people' }) offenceCategoryText!: string;
  @ApiProperty() areaId!: string;
  @ApiProperty({ nullable: true, type: String, description: "The police's own words for the offence; null for incidents that came without them, and once erased" }) offenceText!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Where it happened, as the police wrote it' }) incidentLocation!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The school the police list named with the incident' }) school!: string | null;
  @ApiProperty({ enum: ['new', 'reviewed', 'before-baseline'], description: 'Stable code: not yet seen by the Monday group, seen, or history from before AGENDA_BASELINE_DATE (flags no one)' })
  review!: IncidentReview;
  @ApiProperty({ description: 'The same in Danish, for people' }) reviewText!: string;
}

export class PersonDto {
  @ApiProperty() pseudonym!: string;
  @ApiProperty({ enum: ['strong', 'weak'] }) pseudonymStrength!: string;
  @ApiProperty({ nullable: true, type: Object, description: 'Name, birth date, CPR, school; the address only when not protected' }) identity!: PersonIdentityContent | null;
  @ApiProperty({ nullable: true, type: IdentityErrorDto, description: 'Set when the identity is held but cannot be decrypted' }) identityError!: IdentityErrorDto | null;
  @ApiProperty({ nullable: true, type: String, example: 'under-review', description: 'Stable code' }) caseState!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'til behandling', description: 'The case state in Danish, for people' }) caseStateText!: string | null;
  @ApiProperty({ type: [PersonIncidentDto], description: `The newest incidents, at most ${PERSON_INCIDENTS_MAX}` }) incidents!: PersonIncidentDto[];
  @ApiProperty({ description: 'Incidents not listed in incidents' }) moreIncidents!: number;
  @ApiProperty({ type: [ConcernDto], description: `The concerns members raised (about persons merged into this one too), newest first, at most ${PERSON_INCIDENTS_MAX}` }) concerns!: ConcernDto[];
  @ApiProperty({ description: 'Concerns not listed in concerns' }) moreConcerns!: number;
}

class AccessLogEntryDto {
  @ApiProperty() accessedAt!: string;
  @ApiProperty() actor!: string;
  @ApiProperty({ type: [String] }) actorRoles!: string[];
  @ApiProperty({ example: 'person', description: 'What was read: a stable code' }) action!: string;
  @ApiProperty({ example: 'personens side', description: 'What was read, in Danish, for people' }) actionText!: string;
  @ApiProperty({ enum: LOGGED_PURPOSES }) purpose!: string;
  @ApiProperty({ example: 'Mandagsgruppens møde', description: 'Why, in Danish, for people' }) purposeText!: string;
}

class AccessLogPageDto extends PageDto {
  @ApiProperty({ type: [AccessLogEntryDto], description: 'Oldest first' }) items!: AccessLogEntryDto[];
}

/** An incident as a person's page and register extract show it: codes with their Danish names. */
export function incidentDtoOf({ reviewed, beforeBaseline, ...incident }: PersonIncidentRow, names: ReferenceNaming): PersonIncidentDto {
  const review = incidentReview(reviewed, beforeBaseline);
  return { ...incident, roleText: INCIDENT_ROLE_NAMES[incident.role], offenceCategoryText: names.offenceCategory(incident.offenceCategory), review, reviewText: INCIDENT_REVIEW_NAMES[review] };
}

@ApiTags('persons')
@Controller('persons')
export class PersonsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly identities: IdentityReaderService,
    private readonly accessLog: AccessLogService,
  ) {}

  @Get(':pseudonym')
  @Requires(Permission.personDataRead)
  @ApiOperation({ summary: 'A person of concern with identity, case, incidents and concerns (those of persons merged into it too); the read is logged with its purpose' })
  @ApiOkResponse({ type: PersonDto })
  async person(@Param() { pseudonym }: PersonParams, @Query() { purpose }: PurposeQuery, @CurrentPrincipal() principal: Principal): Promise<PersonDto> {
    const persons = new PersonIncidentRepository(this.dataSource.manager);
    const person = await persons.summaryOf(pseudonym);
    if (!person) throw notFound(PERSON_REFUSALS.notFound);
    const newest = await persons.newestIncidentsOf(pseudonym, PERSON_INCIDENTS_MAX);
    const names = await new ReferenceDataRepository(this.dataSource.manager).names();
    const incidents = newest.rows.map((incident) => incidentDtoOf(incident, names));
    const concerns = await new PersonConcernRepository(this.dataSource.manager).newestOf(pseudonym, PERSON_INCIDENTS_MAX);
    const read = await this.identities.identitiesOf(this.dataSource.manager, [pseudonym]);
    const identity = read.identities.get(pseudonym) ?? null;
    const identityError = read.unreadable.has(pseudonym) ? UNREADABLE_IDENTITY : null;
    await this.accessLog.record(principal, [pseudonym], 'person', purpose);
    const { pseudonymStrength, caseState } = person;
    return { pseudonym, pseudonymStrength, identity, identityError, caseState, caseStateText: caseState === null ? null : CASE_STATE_LABELS[caseState], incidents, moreIncidents: newest.total - incidents.length, concerns: concerns.rows.map((concern) => concernDtoOf(concern, names)), moreConcerns: concerns.total - concerns.rows.length };
  }

  @Get(':pseudonym/access-log')
  @Requires(Permission.personDataRead)
  @ApiOperation({
    summary: "Who read this person's data, when, how and why: for the person's right of access (JSON or CSV), a page at a time",
    description: 'Paged (docs/paging.md). The CSV is the same page; its next page is in the `Link` header (rel="next").',
  })
  @ApiOkResponse({ type: AccessLogPageDto })
  async accessLogOf(@Param() { pseudonym }: PersonParams, @Query() query: AccessLogQuery, @Res({ passthrough: true }) response: Response): Promise<AccessLogPageDto | string> {
    const page = await this.accessLog.entriesOf(pseudonym, query.limit, query.after);
    if (query.format === 'json') return page;
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    if (page.next) response.setHeader('Link', `<?${new URLSearchParams({ format: 'csv', limit: String(query.limit), after: page.next }).toString()}>; rel="next"`);
    return toDanishCsv(
      ['tidspunkt', 'bruger', 'roller', 'handling', 'formål', 'handlingskode', 'formålskode'],
      page.items.map((entry) => [entry.accessedAt, entry.actor, entry.actorRoles.join(' '), entry.actionText, entry.purposeText, entry.action, entry.purpose]),
    );
  }
}
