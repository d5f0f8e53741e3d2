import { IsDateString, IsInt, IsUUID, Matches, Min } from 'class-validator';

/** A body's meeting took place and its minutes were approved; counts only, no free text. */
export class MeetingHeldV1 {
  @IsUUID()
  meetingId!: string;

  @Matches(/^[a-z0-9-]{1,64}$/)
  bodyId!: string;

  @IsDateString({ strict: true })
  heldAt!: string;

  @IsInt()
  @Min(0)
  attendees!: number;

  @IsInt()
  @Min(0)
  decisions!: number;

  @IsInt()
  @Min(0)
  actionItems!: number;
}
