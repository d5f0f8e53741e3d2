import { ApiProperty } from '@nestjs/swagger';
import { PageDto, refusedWith, type Refusals } from '@ssp/platform';
import { IsIn, IsUUID, Matches } from 'class-validator';
import { INTERVENTION_STATUSES } from '../domain';
import { PERSON_REFUSALS } from '../persons/person-refusals';
import { ITEM_OUTCOMES, MARKABLE_OUTCOMES, MEETING_AGENDA_MAX, MEETING_STATES, type ItemOutcome, type MarkableOutcome, type MeetingState } from './meeting-record-rules';

/** What a refused request about a Monday-group meeting says. */
export const MEETING_REFUSALS = {
  meetingId: { code: 'monday-meeting-id-invalid', message: 'Mødets id i adressen skal være et UUID, som det står på mødet i kalenderen.' },
  notFound: { code: 'monday-meeting-not-found', message: 'Mandagsgruppen har intet møde med det id i kalenderen. Mødet skal være planlagt i netværksgrupperne, før det kan åbnes.' },
  notYet: { code: 'monday-meeting-not-yet', message: 'Mødet kan først åbnes på mødedagen.' },
  alreadyOpened: { code: 'monday-meeting-already-opened', message: 'Mødet er allerede åbnet; dagsordenen blev låst, da det blev åbnet.' },
  anotherOpen: { code: 'monday-meeting-another-open', message: 'Et andet møde i Mandagsgruppen er stadig i gang. Afslut det, før et nyt åbnes.' },
  notOpen: { code: 'monday-meeting-not-open', message: 'Mødet er ikke i gang: punkter markeres og mødet afsluttes kun, mens mødet er åbent.' },
  notClosed: { code: 'monday-meeting-not-closed', message: 'Referatet kan først godkendes, når mødet er afsluttet.' },
  alreadyApproved: { code: 'monday-meeting-minutes-approved', message: 'Referatet er allerede godkendt og kan ikke ændres.' },
  itemNotFound: { code: 'monday-meeting-item-not-found', message: 'Personen er ikke på mødets dagsorden.' },
  noDecision: { code: 'monday-meeting-item-no-decision', message: 'Et punkt er behandlet, når Mandagsgruppen har truffet en beslutning om personen på mødet. Registrér beslutningen, eller markér punktet udsat.' },
  outcome: { code: 'monday-meeting-item-outcome-invalid', message: `outcome skal være en af: ${MARKABLE_OUTCOMES.join(', ')}.` },
} as const satisfies Refusals;

export class MeetingParams {
  @ApiProperty({ format: 'uuid', description: "The meeting's id in network groups' calendar: one meeting seen from both services" })
  @IsUUID(undefined, refusedWith(MEETING_REFUSALS.meetingId))
  meetingId!: string;
}

export class MeetingItemParams extends MeetingParams {
  @ApiProperty({ pattern: '^[0-9a-f]{64}$' })
  @Matches(/^[0-9a-f]{64}$/, refusedWith(PERSON_REFUSALS.pseudonym))
  pseudonym!: string;
}

export class MarkItemDto {
  @ApiProperty({ enum: MARKABLE_OUTCOMES, description: 'handled needs a decision about the person at this meeting (a decision marks it handled by itself); closing the meeting marks the rest not-reached' })
  @IsIn(MARKABLE_OUTCOMES, refusedWith(MEETING_REFUSALS.outcome))
  outcome!: MarkableOutcome;
}

export class OutcomeCountsDto {
  @ApiProperty() handled!: number;
  @ApiProperty() deferred!: number;
  @ApiProperty() notReached!: number;
  @ApiProperty({ description: 'Not marked yet (only while the meeting is open)' }) unmarked!: number;
}

export class MondayMeetingDto {
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty({ format: 'date', description: 'The Copenhagen day of the meeting' }) meetingDate!: string;
  @ApiProperty() startsAt!: string;
  @ApiProperty() endsAt!: string;
  @ApiProperty({ enum: MEETING_STATES }) state!: MeetingState;
  @ApiProperty({ example: 'I gang', description: 'The state in Danish, for people' }) stateText!: string;
  @ApiProperty({ nullable: true, type: String }) openedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) openedBy!: string | null;
  @ApiProperty({ nullable: true, type: String }) closedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) closedBy!: string | null;
  @ApiProperty({ nullable: true, type: String }) approvedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) approvedBy!: string | null;
  @ApiProperty({ description: `The agenda held more than ${MEETING_AGENDA_MAX} persons when the meeting opened; the rest keep their place on the next agenda` }) agendaCut!: boolean;
  @ApiProperty({ type: OutcomeCountsDto }) items!: OutcomeCountsDto;
}

export class MondayMeetingPageDto extends PageDto {
  @ApiProperty({ type: [MondayMeetingDto], description: 'Newest first' }) items!: MondayMeetingDto[];
}

export class MeetingReasonDto {
  @ApiProperty({ example: 'suspect-or-charged' }) code!: string;
  @ApiProperty({ example: 'Mistænkt eller sigtet' }) text!: string;
}

export class MeetingPersonDto {
  @ApiProperty({ nullable: true, type: String }) name!: string | null;
  @ApiProperty({ nullable: true, type: String }) birthDate!: string | null;
  @ApiProperty({ description: 'The identity is held but cannot be read (its key is gone)' }) identityUnreadable!: boolean;
}

export class MeetingDecisionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'concern-conversation' }) kind!: string;
  @ApiProperty({ example: 'Bekymringssamtale' }) kindText!: string;
  @ApiProperty({ nullable: true, type: String, description: "The receiving body's id (kind referral)" }) referralBody!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'SSP-U (ungdomsuddannelserne)', description: 'The receiving body in Danish' }) referralBodyName!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Null once the person is erased' }) note!: string | null;
  @ApiProperty() decidedBy!: string;
  @ApiProperty() decidedAt!: string;
}

export class MeetingNoteDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'skole' }) body!: string;
  @ApiProperty({ example: 'SSP' }) legalBasis!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Null once the person is erased' }) text!: string | null;
  @ApiProperty() author!: string;
  @ApiProperty() writtenAt!: string;
}

export class MeetingInterventionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() ownerBody!: string;
  @ApiProperty({ format: 'date' }) deadline!: string;
  @ApiProperty({ enum: INTERVENTION_STATUSES }) status!: string;
  @ApiProperty({ example: 'aftalt', description: 'The status in Danish, for people' }) statusText!: string;
}

/** One person on the meeting's frozen agenda, with what the meeting recorded about them. */
export class MeetingItemDto {
  @ApiProperty() position!: number;
  @ApiProperty() personPseudonym!: string;
  @ApiProperty({ type: MeetingPersonDto }) person!: MeetingPersonDto;
  @ApiProperty() priority!: number;
  @ApiProperty({ type: [MeetingReasonDto], description: 'Why the person was on the agenda when the meeting opened' }) reasons!: MeetingReasonDto[];
  @ApiProperty({ enum: ITEM_OUTCOMES, nullable: true, description: 'Null until marked or the meeting closes' }) outcome!: ItemOutcome | null;
  @ApiProperty({ nullable: true, type: String, example: 'Behandlet' }) outcomeText!: string | null;
  @ApiProperty({ type: [MeetingDecisionDto] }) decisions!: MeetingDecisionDto[];
  @ApiProperty({ type: [MeetingNoteDto] }) notes!: MeetingNoteDto[];
  @ApiProperty({ type: [MeetingInterventionDto] }) interventions!: MeetingInterventionDto[];
}

/** One item of the meeting, and which person's item comes after it (only the pseudonym: nothing about them is read). */
export class OneMeetingItemDto extends MeetingItemDto {
  @ApiProperty({ nullable: true, type: String, description: "The next item's person on the frozen agenda (pseudonym only, not access-logged); null at the last item" })
  nextPseudonym!: string | null;
}

export class MeetingItemPageDto extends PageDto {
  @ApiProperty({ type: [MeetingItemDto], description: 'In the order of the frozen agenda' }) items!: MeetingItemDto[];
}

/** The whole record of one meeting: the meeting and every item of its frozen agenda. */
export class MinutesDto {
  @ApiProperty({ type: MondayMeetingDto }) meeting!: MondayMeetingDto;
  @ApiProperty({ type: [MeetingItemDto], description: `In the order of the frozen agenda; at most ${MEETING_AGENDA_MAX}` }) items!: MeetingItemDto[];
}
