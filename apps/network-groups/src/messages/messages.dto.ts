import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { NoCprNumber } from '@ssp/platform';

export const MAX_MESSAGE_LENGTH = 5000;

/** ISO 8601 as PostgreSQL reads it: no week or ordinal dates, no year 0. */
const DATE_TIME = /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

export class MessageDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() bodyId!: string;
  @ApiProperty({ format: 'uuid' }) senderPersonId!: string;
  @ApiProperty() senderName!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class PostMessageDto {
  @ApiProperty({ maxLength: MAX_MESSAGE_LENGTH, description: 'To professionals of the body; never about a named child or young person' })
  @IsString()
  @IsNotEmpty({ message: 'text must not be empty' })
  @MaxLength(MAX_MESSAGE_LENGTH, { message: `text must be at most ${MAX_MESSAGE_LENGTH} characters` })
  @NoCprNumber()
  text!: string;
}

export class PostedMessageDto extends MessageDto {
  @ApiProperty({ description: 'How many current members were notified (all but the sender)' }) notified!: number;
}

export class MessagesQuery {
  @ApiPropertyOptional({ format: 'date-time', description: 'Only messages written before this instant (to page back)' })
  @IsOptional()
  @Matches(DATE_TIME, { message: 'before must be a date-time with its offset, e.g. 2026-03-10T12:00:00Z' })
  @IsISO8601({ strict: true }, { message: 'before must be a date-time with its offset, e.g. 2026-03-10T12:00:00Z' })
  before?: string;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(200)
  limit: number = 50;
}
