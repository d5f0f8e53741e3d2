/*
 * The raw baselines every pipeline of the suite is compared with, measured in the same run:
 * a kafkajs produce-and-consume round trip of 100,000 ~1 KB events (sendBatch of 500,
 * acks=-1, consumed with eachBatch), the consume side alone, and a PostgreSQL COPY of
 * 100,000 rows.
 */
import { randomBytes } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { Kafka, logLevel, type Consumer, type Producer } from 'kafkajs';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { withDatabase } from './bench-database';

export const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const BATCH = 500;
export const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

export interface Result {
  name: string;
  items: number;
  seconds: number;
  perSecond: number;
  /** Throughput as a share of the raw baseline it is compared with. */
  ratioToBaseline?: number;
  peakRssMb?: number;
  /** Deadlocks PostgreSQL detected in the service's database while it ran (pg_stat_database). */
  deadlocks?: number;
  /** Log lines mentioning "deadlock detected". */
  deadlockLogLines?: number;
  /** Consumer batches that failed as a whole and were retried one message at a time. */
  fallbacks?: number;
}

export function result(name: string, items: number, startedAt: bigint): Result {
  const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
  return { name, items, seconds, perSecond: items / seconds };
}

/** A fresh 6-partition topic for `work`, deleted afterwards. */
async function withTopic<T>(kafka: Kafka, prefix: string, work: (topic: string) => Promise<T>): Promise<T> {
  const topic = `${prefix}.${randomBytes(4).toString('hex')}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 6, replicationFactor: 1 }], waitForLeaders: true });
  try {
    return await work(topic);
  } finally {
    await admin.deleteTopics({ topics: [topic] });
    await admin.disconnect();
  }
}

async function produceEvents(producer: Producer, topic: string): Promise<void> {
  const value = JSON.stringify({ id: randomBytes(16).toString('hex'), payload: 'x'.repeat(960) });
  for (let sent = 0; sent < EVENTS; sent += BATCH) {
    const messages = Array.from({ length: Math.min(BATCH, EVENTS - sent) }, (_, i) => ({ key: String((sent + i) % 997), value }));
    await producer.sendBatch({ acks: -1, topicMessages: [{ topic, messages }] });
  }
}

/** Starts the consumer; `allConsumed` resolves once it has seen `count` events. */
export async function consumeAll(consumer: Consumer, topics: string[], count: number): Promise<{ allConsumed: Promise<void> }> {
  await consumer.subscribe({ topics, fromBeginning: true });
  let consumed = 0;
  let done: () => void = () => undefined;
  const allConsumed = new Promise<void>((resolve) => (done = resolve));
  await consumer.run({
    eachBatch: async ({ batch }) => {
      consumed += batch.messages.length;
      if (consumed >= count) done();
    },
  });
  return { allConsumed };
}

export async function kafkaRoundTrip(): Promise<Result> {
  const kafka = new Kafka({ clientId: 'bench', brokers, logLevel: logLevel.NOTHING });
  return withTopic(kafka, 'bench.raw', async (topic) => {
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    const consumer = kafka.consumer({ groupId: `${topic}.group` });
    await Promise.all([producer.connect(), consumer.connect()]);
    try {
      const { allConsumed } = await consumeAll(consumer, [topic], EVENTS);
      const startedAt = process.hrtime.bigint();
      await produceEvents(producer, topic);
      await allConsumed;
      return result('kafkajs produce+consume, 1 KB events', EVENTS, startedAt);
    } finally {
      await Promise.all([producer.disconnect(), consumer.disconnect()]);
    }
  });
}

/** Consume only: the events are on the topic before a fresh consumer group reads them. */
export async function kafkaConsume(): Promise<Result> {
  const kafka = new Kafka({ clientId: 'bench-consume', brokers, logLevel: logLevel.NOTHING });
  return withTopic(kafka, 'bench.consume', async (topic) => {
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    await produceEvents(producer, topic);
    await producer.disconnect();
    const consumer = kafka.consumer({ groupId: `${topic}.group` });
    await consumer.connect();
    try {
      const startedAt = process.hrtime.bigint();
      await (await consumeAll(consumer, [topic], EVENTS)).allConsumed;
      return result('kafkajs consume only, 1 KB events', EVENTS, startedAt);
    } finally {
      await consumer.disconnect();
    }
  });
}

export async function postgresCopy(): Promise<Result> {
  return withDatabase(async (url) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('CREATE TABLE copy_target (id bigint PRIMARY KEY, key text NOT NULL, body jsonb NOT NULL)');
      const body = JSON.stringify({ payload: 'x'.repeat(200) }).replace(/\\/g, '\\\\');
      const rows = Readable.from(
        (function* () {
          for (let i = 0; i < EVENTS; i++) yield `${i}\tkey-${i % 997}\t${body}\n`;
        })(),
      );
      const startedAt = process.hrtime.bigint();
      await pipeline(rows, client.query(copyFrom('COPY copy_target (id, key, body) FROM STDIN')));
      return result('PostgreSQL COPY, ~230-byte rows with jsonb', EVENTS, startedAt);
    } finally {
      await client.end();
    }
  });
}
