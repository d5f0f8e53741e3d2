import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { NoCprNumber, PageDto, refusedWith, type Refusals } from '@ssp/platform';

export const MAX_MESSAGE_LENGTH = 5000;

/** What a refused message says: a stable code for programs, Danish for the person. */
export const MESSAGE_REFUSALS = {
  text: { code: 'message-text-invalid', message: `text skal være en tekst på 1 til ${MAX_MESSAGE_LENGTH} tegn.` },
} as const satisfies Refusals;

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
  @IsString(refusedWith(MESSAGE_REFUSALS.text))
  @IsNotEmpty(refusedWith(MESSAGE_REFUSALS.text))
  @MaxLength(MAX_MESSAGE_LENGTH, refusedWith(MESSAGE_REFUSALS.text))
  @NoCprNumber()
  text!: string;
}

export class PostedMessageDto extends MessageDto {
  @ApiProperty({ description: 'How many current members were notified (all but the sender)' }) notified!: number;
}

export class MessagePageDto extends PageDto {
  @ApiProperty({ type: [MessageDto], description: 'Newest first' }) items!: MessageDto[];
}
