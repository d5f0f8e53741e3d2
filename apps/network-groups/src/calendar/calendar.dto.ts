import { ApiProperty } from '@nestjs/swagger';
import { PageDto, refusedWith, type Refusals } from '@ssp/platform';
import { IsUUID } from 'class-validator';
import { PEOPLE_REFUSALS } from '../people/people.dto';

/** What a refused request about calendar feeds says: a stable code for programs, Danish for the person. */
export const CALENDAR_REFUSALS = {
  feedId: { code: 'calendar-feed-id-invalid', message: 'feedId i adressen skal være et UUID.' },
  notMember: { code: 'calendar-feed-not-member', message: 'Dit login er ikke knyttet til et nuværende medlemskab af organet. Bed sekretariatet om at knytte det.' },
  feedNotFound: { code: 'calendar-feed-not-found', message: 'Du har intet aktivt kalenderabonnement med dette id. Kontrollér feedId.' },
  feedUnknown: { code: 'calendar-feed-unknown', message: 'Kalenderabonnementet findes ikke eller er tilbagekaldt. Bed om et nyt.' },
} as const satisfies Refusals;

export class FeedParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', refusedWith(CALENDAR_REFUSALS.feedId)) feedId!: string;
}

export class PersonParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', refusedWith(PEOPLE_REFUSALS.personId)) personId!: string;
}

export class CalendarFeedDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['body', 'person'], description: "A body's meetings, or the meetings of every body a person is a member of on the meeting day" }) kind!: 'body' | 'person';
  @ApiProperty({ nullable: true, type: String }) bodyId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) personId!: string | null;
  @ApiProperty() createdAt!: string;
}

export class CalendarFeedPageDto extends PageDto {
  @ApiProperty({ type: [CalendarFeedDto], description: 'Oldest first' }) items!: CalendarFeedDto[];
}

export class IssuedCalendarFeedDto extends CalendarFeedDto {
  @ApiProperty({ description: 'The subscription URL with its secret token; shown once, only its hash is kept' }) url!: string;
  @ApiProperty({ example: '/calendar/…ics', description: 'The same, relative to this service' }) path!: string;
}
