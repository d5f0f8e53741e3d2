import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { NoCprNumber, PageDto } from '@ssp/platform';

export const MAX_MESSAGE_LENGTH = 5000;

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

export class MessagePageDto extends PageDto {
  @ApiProperty({ type: [MessageDto], description: 'Newest first' }) items!: MessageDto[];
}
