import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDay, PageDto, PageQuery, type Refusals, refusedWith } from '@ssp/platform';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { CONCERN_SOURCES } from '@ssp/contracts';
import { ConcernDto } from '../concerns/concern.dto';
import { concernReasonCode } from '../concerns/concern-rules';
import { AGENDA_ORDERS, REVIEW_REASON_CODES, type AgendaOrder } from '../domain';
import { FOLLOW_UP_REASON_CODE } from '../meetings/decision-rules';
import { REOPENED_REASON_CODE } from '../meetings/reopen-rules';

/** A person's new incidents, new concerns and open interventions shown on an agenda item; the rest are counted. */
export const AGENDA_NESTED_MAX = 10;

/** The codes the agenda's reason filter takes: the review rules', the follow-up's, the reopening's, the concerns' and the overdue intervention's. */
export const AGENDA_FILTER_REASONS = [...REVIEW_REASON_CODES, FOLLOW_UP_REASON_CODE, REOPENED_REASON_CODE, ...CONCERN_SOURCES.map(concernReasonCode), 'overdue-intervention'] as const;

/** What a refused agenda filter says: a stable code for programs, Danish for the person. */
export const AGENDA_FILTER_REFUSALS = {
  from: { code: 'agenda-from-invalid', message: 'from skal være en dato, ÅÅÅÅ-MM-DD.' },
  priority: { code: 'agenda-priority-invalid', message: 'priority skal være et helt tal fra 0 til 100: den laveste prioritet, der vises.' },
  reason: { code: 'agenda-reason-unknown', message: `reason skal være en af: ${AGENDA_FILTER_REASONS.join(', ')}.` },
  area: { code: 'agenda-area-invalid', message: 'area skal være et område-id: små bogstaver, tal og bindestreger, højst 64 tegn.' },
  onlyNew: { code: 'agenda-only-new-invalid', message: 'onlyNew skal være true eller false.' },
  sort: { code: 'agenda-sort-unknown', message: `sort skal være en af: ${AGENDA_ORDERS.join(', ')}.` },
} as const satisfies Refusals;

/**
 * The agenda's page and its filters. A filtered page reads at most AGENDA_SCAN_MAX persons
 * of the agenda, so it may hold fewer than `limit`, even none, and still have `next`.
 */
export class AgendaQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'date', description: 'The agenda of the first meeting on or after this day; today if left out' })
  @IsOptional()
  @IsCalendarDay(refusedWith(AGENDA_FILTER_REFUSALS.from))
  from?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100, description: 'Only persons of at least this priority' })
  @IsOptional()
  @Type(() => Number)
  @IsInt(refusedWith(AGENDA_FILTER_REFUSALS.priority))
  @Min(0, refusedWith(AGENDA_FILTER_REFUSALS.priority))
  @Max(100, refusedWith(AGENDA_FILTER_REFUSALS.priority))
  priority?: number;

  @ApiPropertyOptional({ enum: AGENDA_FILTER_REASONS, description: 'Only persons with this reason' })
  @IsOptional()
  @IsIn(AGENDA_FILTER_REASONS, refusedWith(AGENDA_FILTER_REFUSALS.reason))
  reason?: string;

  @ApiPropertyOptional({ example: 'randers-c', description: 'Only persons whose newest incident was in this area (an area id of the reference data)' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/, refusedWith(AGENDA_FILTER_REFUSALS.area))
  area?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only persons with incidents or concerns the group has not yet seen (not those on the agenda only for a follow-up or an overdue intervention)' })
  @IsOptional()
  @IsIn(['true', 'false'], refusedWith(AGENDA_FILTER_REFUSALS.onlyNew))
  onlyNew?: 'true' | 'false';

  @ApiPropertyOptional({
    enum: AGENDA_ORDERS,
    default: 'urgency',
    description: 'urgency: priority, then the newest new incident or concern; newest: the newest new incident or concern first, then priority. Send the same sort with `after`: the cursor holds the key, not the order',
  })
  @IsOptional()
  @IsIn(AGENDA_ORDERS, refusedWith(AGENDA_FILTER_REFUSALS.sort))
  sort?: AgendaOrder;
}

export class AgendaReasonDto {
  @ApiProperty({ example: 'suspect-or-charged' }) code!: string;
  @ApiProperty() weight!: number;
  @ApiProperty({ example: 'Mistænkt eller sigtet' }) text!: string;
}

/** Persons on one incident's journal number shown beside it; the rest are only said to exist. */
export const AGENDA_LINKED_MAX = 10;

export class LinkedPersonDto {
  @ApiProperty() personPseudonym!: string;
  @ApiProperty({ example: 'victim', description: 'Stable code: their part in the same police case' }) role!: string;
  @ApiProperty({ example: 'forurettet', description: 'The part in Danish, for people' }) roleText!: string;
}

export class AgendaIncidentDto {
  @ApiProperty({ format: 'uuid' }) incidentId!: string;
  @ApiProperty() journalNumber!: string;
  @ApiProperty({ example: 'charged', description: 'Stable code' }) role!: string;
  @ApiProperty({ example: 'sigtet', description: 'The role in Danish, for people' }) roleText!: string;
  @ApiProperty({ format: 'date' }) incidentDate!: string;
  @ApiProperty({ example: 'burglary', description: 'Stable code' }) offenceCategory!: string;
  @ApiProperty({ example: 'Indbrud', description: 'The offence category in Danish, for people' }) offenceCategoryText!: string;
  @ApiProperty({ nullable: true, type: String, example: 'Strfl. § 276 tyveri', description: "The police's own words for the offence; null for incidents that came without them, and once erased" })
  offenceText!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Where it happened, as the police wrote it' }) incidentLocation!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The school the police list named with the incident' }) school!: string | null;
  @ApiProperty() ageAtIncident!: number;
  @ApiProperty({ example: 'randers-c', description: 'Stable code of the local area (from the postal code or school on the list)' }) areaId!: string;
  @ApiProperty({ example: 'Randers C', description: 'The area in Danish, for people' }) areaText!: string;
  @ApiProperty({
    type: [LinkedPersonDto],
    description: `The other persons on the same journal number (co-suspects, a victim), at most ${AGENDA_LINKED_MAX}, by pseudonym: a person's own page tells who they are, and logs the read`,
  })
  linkedPersons!: LinkedPersonDto[];
  @ApiProperty({ description: 'More persons share the journal number than linkedPersons lists' }) moreLinkedPersons!: boolean;
}

export class AgendaInterventionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() ownerBody!: string;
  @ApiProperty({ nullable: true, type: String, description: "The responsible registry person's sign-in subject; null on interventions from before owners were registry people" })
  ownerSubject!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The free-text responsible of interventions from before owners were registry people; null on newer ones' })
  responsibleText!: string | null;
  @ApiProperty({ format: 'date' }) deadline!: string;
  @ApiProperty({ example: 'in-progress', description: 'Stable code' }) status!: string;
  @ApiProperty({ example: 'i gang', description: 'The status in Danish, for people' }) statusText!: string;
  @ApiProperty() overdue!: boolean;
}

export class IdentityErrorDto {
  @ApiProperty({ enum: ['identity-unreadable'] }) code!: 'identity-unreadable';
  @ApiProperty({ description: 'Danish, for the reader' }) message!: string;
}

export class AgendaPersonDto {
  @ApiProperty({ nullable: true, type: String, description: 'From the identity, when case coordination has it' }) name!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) birthDate!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The school the police list named, when it did' }) school!: string | null;
  @ApiProperty({ nullable: true, type: IdentityErrorDto, description: 'Set when the identity is held but cannot be decrypted; the rest of the agenda is unaffected' })
  identityError!: IdentityErrorDto | null;
}

export class AssessmentClockDto {
  @ApiProperty({ description: "When the family department's 24-hour assessment of a notification is due" }) dueAt!: string;
  @ApiProperty({ enum: ['pending', 'overdue'] }) status!: 'pending' | 'overdue';
}

export class AgendaItemDto {
  @ApiProperty() personPseudonym!: string;
  @ApiProperty({ type: AgendaPersonDto }) person!: AgendaPersonDto;
  @ApiProperty({ nullable: true, type: String, example: 'under-review', description: 'Stable code' }) caseState!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'til behandling', description: 'The case state in Danish, for people' }) caseStateText!: string | null;
  @ApiProperty() priority!: number;
  @ApiProperty({ type: [AgendaReasonDto] }) reasons!: AgendaReasonDto[];
  @ApiProperty({ type: [AgendaIncidentDto], description: `The newest new incidents, at most ${AGENDA_NESTED_MAX}` }) newIncidents!: AgendaIncidentDto[];
  @ApiProperty({ description: 'New incidents not listed in newIncidents' }) moreNewIncidents!: number;
  @ApiProperty({ type: [ConcernDto], description: `The newest concerns members raised that the group has not yet seen, at most ${AGENDA_NESTED_MAX}` }) newConcerns!: ConcernDto[];
  @ApiProperty({ description: 'New concerns not listed in newConcerns' }) moreNewConcerns!: number;
  @ApiProperty({ type: [AgendaInterventionDto], description: `Open interventions by deadline (overdue first), at most ${AGENDA_NESTED_MAX}` }) interventions!: AgendaInterventionDto[];
  @ApiProperty({ description: 'Open interventions not listed in interventions' }) moreInterventions!: number;
  @ApiProperty({ type: AssessmentClockDto, nullable: true, description: 'An unanswered notification to the family department' })
  familyDepartmentAssessment!: AssessmentClockDto | null;
}

/** One page of the agenda, most urgent first; `next` leads on to the following page. */
export class AgendaDto extends PageDto {
  @ApiProperty({ format: 'date' }) meetingDate!: string;
  @ApiProperty({ description: 'UTC instant of 09:00 in Copenhagen on the meeting day' }) startsAt!: string;
  @ApiProperty({ type: [AgendaItemDto] }) items!: AgendaItemDto[];
}
