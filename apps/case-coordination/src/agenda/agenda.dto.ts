import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageDto, PageQuery } from '@ssp/platform';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

/** A person's new incidents and open interventions shown on an agenda item; the rest are counted. */
export const AGENDA_NESTED_MAX = 10;

/** The agenda's page; filters (area, priority, reason, new since the last meeting) will extend it. */
export class AgendaQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'date', description: 'The agenda of the first meeting on or after this day; today if left out' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be a day, YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  from?: string;
}

export class AgendaReasonDto {
  @ApiProperty({ example: 'suspect-or-charged' }) code!: string;
  @ApiProperty() weight!: number;
  @ApiProperty({ example: 'Mistænkt eller sigtet' }) text!: string;
}

export class AgendaIncidentDto {
  @ApiProperty({ format: 'uuid' }) incidentId!: string;
  @ApiProperty() journalNumber!: string;
  @ApiProperty({ example: 'charged', description: 'Stable code' }) role!: string;
  @ApiProperty({ example: 'sigtet', description: 'The role in Danish, for people' }) roleText!: string;
  @ApiProperty({ format: 'date' }) incidentDate!: string;
  @ApiProperty({ example: 'burglary', description: 'Stable code' }) offenceCategory!: string;
  @ApiProperty({ example: 'Indbrud', description: 'The offence category in Danish, for people' }) offenceCategoryText!: string;
  @ApiProperty() ageAtIncident!: number;
}

export class AgendaInterventionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() ownerBody!: string;
  @ApiProperty() responsible!: string;
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
