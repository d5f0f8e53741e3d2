import { ApiProperty } from '@nestjs/swagger';
import { PageDto } from '@ssp/platform';
import { IsUUID } from 'class-validator';

export class FeedParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'feedId must be a UUID' }) feedId!: string;
}

export class PersonParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'personId must be a UUID' }) personId!: string;
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
