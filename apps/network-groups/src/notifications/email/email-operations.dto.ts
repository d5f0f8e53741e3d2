import { ApiProperty } from '@nestjs/swagger';

export class EmailCountsDto {
  @ApiProperty() queued!: number;
  @ApiProperty() sent!: number;
  @ApiProperty({ description: 'The sender stopped between the end of the data and the server’s answer; not sent again. Check the mail server’s log for the Message-ID.' })
  unconfirmed!: number;
  @ApiProperty({ description: 'Refused for good, or out of attempts' }) failed!: number;
}

export class EmailProblemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '<0d4c…@randers.dk>' }) messageId!: string;
  @ApiProperty({ enum: ['notification', 'digest'] }) kind!: string;
  @ApiProperty({ enum: ['queued', 'unconfirmed', 'failed'] }) status!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'When a queued e-mail is tried next' }) nextAttemptAt!: string | null;
}

export class EmailOperationsDto {
  @ApiProperty({ type: EmailCountsDto }) counts!: EmailCountsDto;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'The oldest e-mail still waiting to be sent' }) oldestQueuedAt!: string | null;
  @ApiProperty({ type: [EmailProblemDto], description: 'The latest 100 e-mails that failed, are unconfirmed, or are queued after a failed attempt; no recipient, no content' })
  problems!: EmailProblemDto[];
}
