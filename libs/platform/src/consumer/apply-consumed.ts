import type { EntityManager } from 'typeorm';
import type { DecodedMessage } from './decode-message';
import type { ConsumedMessage, TopicHandler } from './event-handler';

/** What became of a message: applied, already in the inbox, or put on the dead-letter topic. */
export type Outcome = 'handled' | 'duplicate' | 'dead_lettered';

/** Records the events in the group's inbox; returns the ids that were not there yet (PostgreSQL returns uuids in lower case). */
export async function claimInInbox(tx: EntityManager, groupId: string, topic: string, eventIds: readonly string[]): Promise<Set<string>> {
  if (eventIds.length === 0) return new Set();
  const inserted = (await tx.query(
    `INSERT INTO inbox_event (consumer_group, event_id, topic)
     SELECT $1, event_id, $3 FROM unnest($2::uuid[]) AS event_id
     ON CONFLICT DO NOTHING RETURNING event_id`,
    [groupId, eventIds, topic],
  )) as { event_id: string }[];
  return new Set(inserted.map((row) => row.event_id));
}

/**
 * One decoded message through the inbox and its topic's handler, inside the caller's
 * transaction: the path of the live consumer and of a dead letter sent back, so an event is
 * applied once whichever of them gets it first.
 */
export async function applyConsumed(tx: EntityManager, groupId: string, route: TopicHandler, decoded: DecodedMessage, meta: ConsumedMessage): Promise<'handled' | 'duplicate'> {
  if (decoded.kind === 'tombstone') {
    if (!route.handler.handleTombstone) throw new Error(`no tombstone handling for ${route.topic.name}`);
    await route.handler.handleTombstone(decoded.key, tx, meta);
    return 'handled';
  }
  if (decoded.kind !== 'event') throw new Error('invalid messages are dead-lettered, not applied');
  const fresh = await claimInInbox(tx, groupId, meta.topic, [decoded.event.id]);
  if (fresh.size === 0) return 'duplicate';
  await route.handler.handle(decoded.event, tx, meta);
  return 'handled';
}
