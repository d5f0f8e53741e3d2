import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { PageDto } from '../http/paging';
import { refusedWith } from '../http/refusals';
import { DEAD_LETTER_REFUSALS } from './dead-letter.refusals';

export class PartitionLagDto {
  @ApiProperty() partition!: number;
  @ApiProperty({ description: "Messages the service's consumer group has not committed yet" }) lag!: number;
}

export class ConsumedTopicStatusDto {
  @ApiProperty({ example: 'ssp.incident.recorded.v2', description: 'The catalogue name' }) topic!: string;
  @ApiProperty({ nullable: true, type: Number, description: 'The sum over the partitions; null until a reading of the broker succeeded' }) lag!: number | null;
  @ApiProperty({ type: [PartitionLagDto] }) partitions!: PartitionLagDto[];
  @ApiProperty({ nullable: true, type: Number, description: 'Messages kept on `<topic>.dlq`, written by every consumer group of the topic; null until a reading succeeded' })
  deadLettersOnTopic!: number | null;
  @ApiProperty({ description: "This service's dead letters of the topic that wait to be sent back" }) deadLettersWaiting!: number;
}

export class ReadingDto {
  @ApiProperty({ description: 'False when the latest reading failed or took longer than 2 s; the values are then the last good ones' }) ok!: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When the values shown were read; null until a reading succeeded' }) readAt!: string | null;
}

export class ConsumerStatusDto {
  @ApiProperty({ type: ReadingDto, description: "The broker's offsets (lag and dead-letter topics)" }) reading!: ReadingDto;
  @ApiProperty({ type: [ConsumedTopicStatusDto] }) topics!: ConsumedTopicStatusDto[];
}

export class OutboxStatusDto {
  @ApiProperty({ type: ReadingDto }) reading!: ReadingDto;
  @ApiProperty({ nullable: true, type: Number, description: 'Events committed and not yet published' }) backlog!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'How long the oldest of them has waited; 0 when there is none' }) oldestAgeSeconds!: number | null;
}

export class OperationsStatusDto {
  @ApiProperty({ example: 'case-coordination' }) service!: string;
  @ApiProperty({ type: ConsumerStatusDto }) consumer!: ConsumerStatusDto;
  @ApiProperty({ type: OutboxStatusDto }) outbox!: OutboxStatusDto;
  @ApiProperty({ description: 'Dead letters of all topics that wait to be sent back' }) deadLettersWaiting!: number;
}

export class WaitingDeadLetterDto {
  @ApiProperty({ format: 'uuid', description: 'For `POST /operations/dead-letters/{id}/resend` and `/discard`' }) id!: string;
  @ApiProperty({ description: 'The original topic (catalogue name)' }) topic!: string;
  @ApiProperty() originalPartition!: number;
  @ApiProperty({ description: 'A decimal string (Kafka offsets pass 2^53)' }) originalOffset!: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Where it lies on `<topic>.dlq`' }) dlqPartition!: number | null;
  @ApiProperty({ nullable: true, type: String }) dlqOffset!: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The envelope's event id, when the message has one" }) eventId!: string | null;
  @ApiProperty({ nullable: true, type: String }) eventType!: string | null;
  @ApiProperty({ description: 'Why it was dead-lettered, or why the latest send-back failed again' }) reason!: string;
  @ApiProperty({ format: 'date-time', description: 'When it was first dead-lettered; the list is ordered by it (and the id), which a failed send-back does not change' }) failedAt!: Date;
  @ApiProperty({ format: 'date-time', description: 'When it last failed: dead-lettered again, or sent back and failed again' }) lastFailedAt!: Date;
  @ApiProperty({
    enum: ['retention', 'erasure'],
    nullable: true,
    type: String,
    description: '`retention`: the message was removed after `DEAD_LETTER_RETENTION_DAYS`. `erasure`: the person it concerns was erased. Either way it can no longer be sent back, only discarded. Null while the message is kept',
  })
  contentRemoved!: 'retention' | 'erasure' | null;
}

export class WaitingDeadLettersPageDto extends PageDto {
  @ApiProperty({ type: [WaitingDeadLetterDto] }) items!: WaitingDeadLetterDto[];
}

export class DeadLetterParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID(undefined, refusedWith(DEAD_LETTER_REFUSALS.id))
  id!: string;
}

export class ResendOutcomeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    enum: ['handled', 'duplicate', 'already-settled'],
    description: '`handled`: applied now. `duplicate`: the inbox already had the event (it came again another way), nothing applied. `already-settled`: sent back before; nothing done',
  })
  outcome!: string;
}

export class DiscardOutcomeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['discarded', 'already-settled'], description: '`discarded`: settled as discarded now, its message cleared. `already-settled`: sent back or discarded before; nothing done' })
  outcome!: string;
}
