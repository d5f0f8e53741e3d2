import { ApiProperty, ApiPropertyOptional, OmitType, PickType } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { CASE_STATES, INTERVENTION_STATUSES, type InterventionStatus } from '../domain';
import { BODY_ID } from '../meetings/decisions.dto';
import { PageDto, refusedWith, type Refusals } from '@ssp/platform';
import { PersonPageQuery } from '../persons/persons.controller';
import { PERSON_REFUSALS } from '../persons/person-refusals';

const SOMETHING = /\S/;
const TEXT_MAX_LENGTH = 200;
const OUTCOME_MAX_LENGTH = 4000;
/** As long as a sign-in subject on the registry's membership topic may be. */
const SUBJECT_MAX_LENGTH = 256;

export const STATUS_UPDATES = ['in-progress', 'completed'] as const;

/** What a refused intervention, or change of one, says. */
export const INTERVENTION_REFUSALS = {
  title: { code: 'intervention-title-invalid', message: `title skal sige, hvad indsatsen er: en tekst på 1 til ${TEXT_MAX_LENGTH} tegn.` },
  ownerBody: { code: 'intervention-owner-body-invalid', message: "ownerBody skal være id'et på det organ, der ejer indsatsen: små bogstaver, tal og bindestreger, højst 64 tegn (fx familieafdelingen)." },
  ownerSubject: {
    code: 'intervention-owner-subject-invalid',
    message: `ownerSubject skal være den ansvarliges login-id (subject), som netværksgruppernes register kender personen ved: en tekst på 1 til ${SUBJECT_MAX_LENGTH} tegn.`,
  },
  ownerNotMember: {
    code: 'intervention-owner-not-member',
    message:
      'Den ansvarlige skal i dag være medlem af det organ, der ejer indsatsen (ownerBody), ifølge netværksgruppernes register. Vælg en person, der er medlem af organet, eller bed sekretariatet om at tilføje personen.',
  },
  ownerOfCompleted: { code: 'intervention-owner-completed', message: 'Indsatsen er afsluttet, så den kan ikke få en ny ansvarlig.' },
  deadline: { code: 'intervention-deadline-invalid', message: 'deadline skal være en dato, ÅÅÅÅ-MM-DD.' },
  deadlinePast: { code: 'intervention-deadline-past', message: 'deadline skal være i dag eller senere.' },
  status: { code: 'intervention-status-invalid', message: `status skal være en af: ${STATUS_UPDATES.join(', ')}.` },
  outcome: { code: 'intervention-outcome-invalid', message: `outcome skal være en tekst på højst ${OUTCOME_MAX_LENGTH} tegn, hvis den er med.` },
  outcomeRequired: { code: 'intervention-outcome-required', message: 'En indsats afsluttes med et udfald: skriv i outcome, hvad der kom ud af den.' },
  id: { code: 'intervention-id-invalid', message: 'Indsatsens id i adressen skal være et UUID, som det står på indsatsen.' },
  notFound: { code: 'intervention-not-found', message: 'Indsatsen findes ikke. Kontrollér indsatsens id.' },
  otherCase: { code: 'intervention-other-case', message: 'Indsatsen hører til en anden sag end personens aktuelle sag.' },
  listStatus: { code: 'interventions-status-invalid', message: `status skal være en af: ${INTERVENTION_STATUSES.join(', ')}.` },
  overdue: { code: 'interventions-overdue-invalid', message: 'overdue skal være true eller false.' },
} as const satisfies Refusals;

export class CreateInterventionDto {
  @ApiProperty({ maxLength: TEXT_MAX_LENGTH, example: 'Samtale med den unge og forældrene' })
  @IsString(refusedWith(INTERVENTION_REFUSALS.title))
  @MaxLength(TEXT_MAX_LENGTH, refusedWith(INTERVENTION_REFUSALS.title))
  @Matches(SOMETHING, refusedWith(INTERVENTION_REFUSALS.title))
  title!: string;

  @ApiProperty({ pattern: BODY_ID.source, example: 'familieafdelingen', description: 'The body that owns the intervention, by id' })
  @Matches(BODY_ID, refusedWith(INTERVENTION_REFUSALS.ownerBody))
  ownerBody!: string;

  @ApiProperty({
    maxLength: SUBJECT_MAX_LENGTH,
    example: 'mette.sagsbehandler@randers.dk',
    description:
      "The responsible person: the sign-in subject of a person of network groups' registry who is a member of ownerBody today (400 intervention-owner-not-member otherwise). They are told when assigned, before the deadline and when it is overdue.",
  })
  @IsString(refusedWith(INTERVENTION_REFUSALS.ownerSubject))
  @MaxLength(SUBJECT_MAX_LENGTH, refusedWith(INTERVENTION_REFUSALS.ownerSubject))
  @Matches(SOMETHING, refusedWith(INTERVENTION_REFUSALS.ownerSubject))
  ownerSubject!: string;

  @ApiProperty({ format: 'date', description: 'Today (Copenhagen) or later' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, refusedWith(INTERVENTION_REFUSALS.deadline))
  @IsISO8601({ strict: true }, refusedWith(INTERVENTION_REFUSALS.deadline))
  deadline!: string;
}

export class UpdateInterventionDto {
  @ApiProperty({ enum: STATUS_UPDATES })
  @IsIn(STATUS_UPDATES, refusedWith(INTERVENTION_REFUSALS.status))
  status!: (typeof STATUS_UPDATES)[number];

  @ApiPropertyOptional({ maxLength: OUTCOME_MAX_LENGTH, description: 'What came of it; needed to complete one that has none yet (400 intervention-outcome-required); erased with the person, never published' })
  @IsOptional()
  @IsString(refusedWith(INTERVENTION_REFUSALS.outcome))
  @MaxLength(OUTCOME_MAX_LENGTH, refusedWith(INTERVENTION_REFUSALS.outcome))
  outcome?: string;
}

export class ChangeInterventionOwnerDto extends PickType(CreateInterventionDto, ['ownerSubject'] as const) {}

export class InterventionParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID(undefined, refusedWith(INTERVENTION_REFUSALS.id))
  id!: string;
}

export class InterventionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() personPseudonym!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() ownerBody!: string;
  @ApiProperty({ nullable: true, type: String, description: "The responsible registry person's sign-in subject; null on interventions agreed before owners were registry people" })
  ownerSubject!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The free-text responsible of interventions agreed before owners were registry people (erased with the person); null on newer ones',
  })
  responsibleText!: string | null;
  @ApiProperty({ format: 'date' }) deadline!: string;
  @ApiProperty({ enum: INTERVENTION_STATUSES }) status!: InterventionStatus;
  @ApiProperty({ example: 'i gang', description: 'The status in Danish, for people' }) statusText!: string;
  @ApiProperty({ nullable: true, type: String }) outcome!: string | null;
  @ApiProperty() assignedAt!: string;
  @ApiProperty({ nullable: true, type: String }) startedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) completedAt!: string | null;
  @ApiProperty({ enum: CASE_STATES, description: "The case's state after the change" }) caseState!: string;
  @ApiProperty({ example: 'indsats i gang', description: 'The same in Danish, for people' }) caseStateText!: string;
}

/** Which interventions the follow-up list shows: each filter narrows it, none shows every one. */
export class InterventionsQuery extends PersonPageQuery {
  @ApiPropertyOptional({ enum: INTERVENTION_STATUSES })
  @IsOptional()
  @IsIn(INTERVENTION_STATUSES, refusedWith(INTERVENTION_REFUSALS.listStatus))
  status?: InterventionStatus;

  @ApiPropertyOptional({ pattern: BODY_ID.source, description: 'The body that owns them' })
  @IsOptional()
  @Matches(BODY_ID, refusedWith(INTERVENTION_REFUSALS.ownerBody))
  ownerBody?: string;

  @ApiPropertyOptional({ maxLength: SUBJECT_MAX_LENGTH, description: "The responsible registry person's, by sign-in subject" })
  @IsOptional()
  @IsString(refusedWith(INTERVENTION_REFUSALS.ownerSubject))
  @MaxLength(SUBJECT_MAX_LENGTH, refusedWith(INTERVENTION_REFUSALS.ownerSubject))
  @Matches(SOMETHING, refusedWith(INTERVENTION_REFUSALS.ownerSubject))
  ownerSubject?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only open ones past their deadline (Copenhagen day); false: only the others' })
  @IsOptional()
  @IsIn(['true', 'false'], refusedWith(INTERVENTION_REFUSALS.overdue))
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({ pattern: '^[0-9a-f]{64}$', description: "One person's (and those merged into them)" })
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/, refusedWith(PERSON_REFUSALS.pseudonym))
  pseudonym?: string;
}

/** An intervention in the follow-up list, with the person's case state now. */
export class InterventionListItemDto extends OmitType(InterventionDto, ['caseState', 'caseStateText'] as const) {
  @ApiProperty({ description: 'Open and past its deadline (Copenhagen day)' }) overdue!: boolean;
}

export class InterventionPageDto extends PageDto {
  @ApiProperty({ type: [InterventionListItemDto], description: 'By deadline, then id' }) items!: InterventionListItemDto[];
}
