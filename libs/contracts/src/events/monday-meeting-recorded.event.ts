import { IsDateString, IsIn, IsInt, IsUUID, Min } from 'class-validator';

export const MONDAY_MEETING_RECORD_STATES = ['open', 'closed', 'approved'] as const;

/**
 * Case coordination's record of a Monday-group meeting changed: it opened (its agenda frozen),
 * closed, or its minutes were approved. The meeting id is network groups' calendar id, so the
 * calendar's meeting shows the record beside it. Counts only: no person, pseudonym or text.
 */
export class MondayMeetingRecordedV1 {
  @IsUUID()
  meetingId!: string;

  @IsIn(MONDAY_MEETING_RECORD_STATES)
  state!: (typeof MONDAY_MEETING_RECORD_STATES)[number];

  /** Persons on the frozen agenda. */
  @IsInt()
  @Min(0)
  persons!: number;

  @IsInt()
  @Min(0)
  handled!: number;

  @IsInt()
  @Min(0)
  deferred!: number;

  @IsInt()
  @Min(0)
  notReached!: number;

  @IsDateString({ strict: true })
  recordedAt!: string;
}
