import { Injectable, SetMetadata, applyDecorators } from '@nestjs/common';
import type { EventEnvelope, TopicDefinition } from '@ssp/contracts';
import type { EntityManager } from 'typeorm';

export interface ConsumedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
}

export interface ConsumedEvent<P extends object = object> {
  event: EventEnvelope<P>;
  message: ConsumedMessage;
}

/**
 * Handles one topic's events inside the consumer's transaction. Whatever it writes through
 * `tx` commits together with the inbox entry, and before the offset is committed.
 */
export interface EventHandler<P extends object = object> {
  handle(event: EventEnvelope<P>, tx: EntityManager, message: ConsumedMessage): Promise<void>;
  /**
   * Optional: every new event of one consumer batch at once, in offset order, for handlers
   * that can work set-based. It must leave the same state as `handle` called for each event
   * in turn; the consumer falls back to `handle`, one event at a time, when a batch fails.
   */
  handleBatch?(events: readonly ConsumedEvent<P>[], tx: EntityManager): Promise<void>;
  /** For compacted topics: the key was erased upstream. */
  handleTombstone?(key: string, tx: EntityManager, message: ConsumedMessage): Promise<void>;
}

export const HANDLES_EVENT = Symbol('ssp:handles-event');

/** Marks a provider as the handler of a topic; the service's Kafka consumer finds it. */
export function HandlesEvent(topic: TopicDefinition<object>): ClassDecorator {
  return applyDecorators(Injectable(), SetMetadata(HANDLES_EVENT, topic));
}

export interface TopicHandler {
  topic: TopicDefinition<object>;
  handler: EventHandler<object>;
}
