import { IsDateString, IsUUID, Matches } from 'class-validator';

/** A body's meeting was put in the calendar (one occurrence of its schedule, or a single meeting). */
export class MeetingScheduledV1 {
  @IsUUID()
  meetingId!: string;

  @Matches(/^[a-z0-9-]{1,64}$/)
  bodyId!: string;

  @IsDateString({ strict: true })
  startsAt!: string;

  @IsDateString({ strict: true })
  endsAt!: string;

  @IsDateString({ strict: true })
  scheduledAt!: string;
}
