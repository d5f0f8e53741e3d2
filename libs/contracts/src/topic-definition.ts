export type PayloadClass<P extends object = object> = new () => P;

export interface TopicDefinition<P extends object = object> {
  /** The Kafka topic, `ssp.<entity>.<past-tense-event>.v<N>`. Never changes once published. */
  readonly name: string;
  readonly eventType: string;
  readonly version: number;
  readonly description: string;
  readonly partitions: number;
  /** What the record key is; per-person topics are keyed by pseudonym for per-person order. */
  readonly key: string;
  /** Compacted topics keep the latest value per key; a null value (tombstone) erases it. */
  readonly compacted: boolean;
  /** Identity-bearing topics carry personal data and are read by case coordination only. */
  readonly carriesIdentity: boolean;
  readonly payload: PayloadClass<P>;
  readonly producers: readonly string[];
  readonly consumers: readonly string[];
}

export function defineTopic<P extends object>(
  definition: Omit<TopicDefinition<P>, 'eventType' | 'version'>,
): TopicDefinition<P> {
  const match = /^(ssp\.[a-z-]+\.[a-z-]+)\.v(\d+)$/.exec(definition.name);
  if (!match) {
    throw new Error(`Topic name "${definition.name}" must look like ssp.<entity>.<past-tense-event>.v<N>`);
  }
  return { ...definition, eventType: match[1], version: Number(match[2]) };
}

export function deadLetterTopicOf(topicName: string): string {
  return `${topicName}.dlq`;
}
