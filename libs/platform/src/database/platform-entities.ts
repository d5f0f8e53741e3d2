import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** An event waiting to be published; written in the same transaction as the change it describes. */
@Entity({ name: 'outbox_event' })
export class OutboxEventEntity {
  /** Commit-independent insertion order; the relay publishes in this order. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  position!: string;

  @Column({ name: 'event_id', type: 'uuid', unique: true })
  eventId!: string;

  /** The catalogue's topic name, without any deployment namespace. */
  @Column({ type: 'text' })
  topic!: string;

  @Column({ name: 'message_key', type: 'text', nullable: true })
  messageKey!: string | null;

  /** The envelope as JSON; null is a tombstone on a compacted topic. */
  @Column({ type: 'jsonb', nullable: true })
  value!: object | null;

  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  headers!: Record<string, string>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** An event a consumer group has handled; the key that makes redelivery harmless. */
@Entity({ name: 'inbox_event' })
export class InboxEventEntity {
  @PrimaryColumn({ name: 'consumer_group', type: 'text' })
  consumerGroup!: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ type: 'text' })
  topic!: string;

  @CreateDateColumn({ name: 'handled_at', type: 'timestamptz' })
  handledAt!: Date;
}

export const PLATFORM_ENTITIES = [OutboxEventEntity, InboxEventEntity];
