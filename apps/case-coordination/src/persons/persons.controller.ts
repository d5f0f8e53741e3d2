import { Controller, Get, NotFoundException, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { PersonIdentityContent } from '@ssp/contracts';
import { CurrentPrincipal, PageDto, PageQuery, Permission, Requires, toDanishCsv, type Principal } from '@ssp/platform';
import { IsIn, IsOptional, Matches } from 'class-validator';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { ACCESS_PURPOSES, AccessLogService, type AccessPurpose } from '../access-log/access-log.service';
import { IdentityErrorDto } from '../agenda/agenda.dto';
import { IdentityReaderService, UNREADABLE_IDENTITY } from './identity-reader.service';

export class PersonParams {
  @ApiProperty({ pattern: '^[0-9a-f]{64}$' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'pseudonym must be 64 hexadecimal characters' })
  pseudonym!: string;
}

export class PurposeQuery {
  @ApiProperty({ enum: ACCESS_PURPOSES, description: 'Why the data is read; written to the access log the person can see' })
  @IsIn(ACCESS_PURPOSES)
  purpose!: AccessPurpose;
}

/** A page of a person's records, read for `purpose`. */
export class PersonPageQuery extends PageQuery {
  @ApiProperty({ enum: ACCESS_PURPOSES, description: 'Why the data is read; written to the access log the person can see' })
  @IsIn(ACCESS_PURPOSES)
  purpose!: AccessPurpose;
}

export class AccessLogQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format: 'json' | 'csv' = 'json';
}

/** Incidents shown on a person's page; the rest are counted (issue 18: a long history made one read unbounded). */
export const PERSON_INCIDENTS_MAX = 100;

class PersonIncidentDto {
  @ApiProperty() incidentId!: string;
  @ApiProperty() journalNumber!: string;
  @ApiProperty() role!: string;
  @ApiProperty({ format: 'date' }) incidentDate!: string;
  @ApiProperty() offenceCategory!: string;
  @ApiProperty() areaId!: string;
}

export class PersonDto {
  @ApiProperty() pseudonym!: string;
  @ApiProperty({ enum: ['strong', 'weak'] }) pseudonymStrength!: string;
  @ApiProperty({ nullable: true, type: Object, description: 'Name, birth date, CPR, school; the address only when not protected' }) identity!: PersonIdentityContent | null;
  @ApiProperty({ nullable: true, type: IdentityErrorDto, description: 'Set when the identity is held but cannot be decrypted' }) identityError!: IdentityErrorDto | null;
  @ApiProperty({ nullable: true, type: String }) caseState!: string | null;
  @ApiProperty({ type: [PersonIncidentDto], description: `The newest incidents, at most ${PERSON_INCIDENTS_MAX}` }) incidents!: PersonIncidentDto[];
  @ApiProperty({ description: 'Incidents not listed in incidents' }) moreIncidents!: number;
}

class AccessLogEntryDto {
  @ApiProperty() accessedAt!: string;
  @ApiProperty() actor!: string;
  @ApiProperty({ type: [String] }) actorRoles!: string[];
  @ApiProperty() action!: string;
  @ApiProperty({ enum: ACCESS_PURPOSES }) purpose!: string;
}

class AccessLogPageDto extends PageDto {
  @ApiProperty({ type: [AccessLogEntryDto], description: 'Oldest first' }) items!: AccessLogEntryDto[];
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
  @ApiOperation({ summary: 'A person of concern with identity, case and incidents (those of persons merged into it too); the read is logged with its purpose' })
  @ApiOkResponse({ type: PersonDto })
  async person(@Param() { pseudonym }: PersonParams, @Query() { purpose }: PurposeQuery, @CurrentPrincipal() principal: Principal): Promise<PersonDto> {
    const [person] = (await this.dataSource.query('SELECT pseudonym_strength FROM person WHERE pseudonym = $1', [pseudonym])) as { pseudonym_strength: string }[];
    if (!person) throw new NotFoundException('No such person');
    const [caseRow] = (await this.dataSource.query("SELECT state FROM person_case WHERE person_pseudonym = $1 AND state <> 'closed'", [pseudonym])) as { state: string }[];
    const rows: (PersonIncidentDto & { total: number })[] = await this.dataSource.query(
      `SELECT incident_id AS "incidentId", journal_number AS "journalNumber", role, to_char(incident_date, 'YYYY-MM-DD') AS "incidentDate",
              offence_category AS "offenceCategory", area_id AS "areaId", count(*) OVER ()::int AS total
         FROM person_incident
        WHERE person_pseudonym = $1 OR person_pseudonym IN (SELECT pseudonym FROM person WHERE merged_into = $1)
        ORDER BY incident_date DESC, incident_id
        LIMIT $2`,
      [pseudonym, PERSON_INCIDENTS_MAX],
    );
    const incidents = rows.map(({ total: _total, ...incident }) => incident);
    const read = await this.identities.identitiesOf(this.dataSource.manager, [pseudonym]);
    const identity = read.identities.get(pseudonym) ?? null;
    const identityError = read.unreadable.has(pseudonym) ? UNREADABLE_IDENTITY : null;
    await this.accessLog.record(principal, [pseudonym], 'person', purpose);
    return { pseudonym, pseudonymStrength: person.pseudonym_strength, identity, identityError, caseState: caseRow?.state ?? null, incidents, moreIncidents: (rows[0]?.total ?? 0) - incidents.length };
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
    return toDanishCsv(['tidspunkt', 'bruger', 'roller', 'handling', 'formål'], page.items.map((entry) => [entry.accessedAt, entry.actor, entry.actorRoles.join(' '), entry.action, entry.purpose]));
  }
}
