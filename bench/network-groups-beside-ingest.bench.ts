/*
 * Network groups consuming a police list's incidents while the list is ingested (issue 18,
 * finding 7): two replicas of the real service, as in production (the HPA runs 2 to 6), on
 * one database and one consumer group, each working CONSUMER_PARTITIONS_CONCURRENTLY (3)
 * of the topic's 6 partitions at once, each batch in its own transaction. Batches of
 * different partitions count incidents into the same area weeks (the topic is keyed by
 * person), so without the weeks locked in one order (signal-bucket-locks.ts) they deadlock.
 * Deadlocks are counted twice: by PostgreSQL (pg_stat_database of network groups' database)
 * and in the log lines, with the consumer's fallbacks to one message at a time.
 */
import { ServiceName, Topics } from '@ssp/contracts';
import { BATCH_FALLBACK_MESSAGE, createServiceApp, loadConfig, startServiceApp, type DevIssuer } from '@ssp/platform';
import { KafkaProbe, waitFor } from '@ssp/testing';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP } from '../apps/network-groups/src/app.definition';
import { brokers, result, type Result } from './baselines';
import { deadlocksIn } from './bench-database';
import { countLogLines } from './log-lines';

const REPLICAS = 2;
/** The topic's partitions each replica works on at once (ServiceConfig's default, set here so the bench says it). */
const PARTITIONS_CONCURRENTLY = 3;
/** Network groups take one to three minutes for 100,000 incidents on 2 busy cores; the deadline leaves room. */
const PROCESSED_WITHIN_MS = 15 * 60_000;

export interface NetworkGroupsBesideIngest {
  /** Waits until every one of `incidents` is counted, closes the replicas, and measures from `startedAt`. */
  finish(incidents: number, startedAt: bigint): Promise<Result>;
  close(): Promise<void>;
}

async function count(dataSource: DataSource, sql: string, parameters: unknown[] = []): Promise<number> {
  const [{ count: value }] = (await dataSource.query(sql, parameters)) as { count: number }[];
  return value;
}

/**
 * Starts the replicas on `databaseUrl` in the topic namespace `namespace` and waits until each
 * holds partitions of the incident topic. Start them after every other service app of the
 * process: Nest's static logger is the last app's, and the warnings counted are written at
 * this app's LOG_LEVEL.
 */
export async function startNetworkGroupsBesideIngest(namespace: string, issuer: DevIssuer, databaseUrl: string): Promise<NetworkGroupsBesideIngest> {
  const deadlocksBefore = await deadlocksIn(databaseUrl);
  const lines = countLogLines({ deadlocks: 'deadlock detected', fallbacks: BATCH_FALLBACK_MESSAGE });
  const config = loadConfig(APP.configClass, {
    ...issuer.serviceEnv,
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: brokers.join(','),
    KAFKA_TOPIC_NAMESPACE: namespace,
    LOG_LEVEL: 'warn',
    CONSUMER_PARTITIONS_CONCURRENTLY: String(PARTITIONS_CONCURRENTLY),
  });
  const replicas: INestApplication[] = [];
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await Promise.all(replicas.map((replica) => replica.close()));
    lines.stop();
  };
  try {
    for (let replica = 0; replica < REPLICAS; replica++) {
      const app = await createServiceApp(APP, config);
      replicas.push(app);
      await startServiceApp(app, 0);
    }
    const topic = `${namespace}${Topics.incidentRecorded.name}`;
    await new KafkaProbe().waitForGroup(
      `${namespace}${ServiceName.networkGroups}`,
      `each of the ${REPLICAS} replicas to hold some of the ${Topics.incidentRecorded.partitions} partitions of ${topic}`,
      (group) => {
        const held = group.assignments.map((assignment) => (assignment[topic] ?? []).length);
        return group.state === 'Stable' && held.length === REPLICAS && held.every((partitions) => partitions > 0) && held.reduce((sum, partitions) => sum + partitions, 0) === Topics.incidentRecorded.partitions;
      },
      { timeoutMs: 120_000 },
    );
  } catch (error) {
    await close();
    throw error;
  }
  const dataSource = replicas[0].get(DataSource);
  return {
    close,
    async finish(incidents, startedAt) {
      // The inbox holds each event the consumer group has handled, once.
      await waitFor(
        `network groups to handle all ${incidents} incidents`,
        () => count(dataSource, 'SELECT count(*)::int AS count FROM inbox_event WHERE topic = $1', [Topics.incidentRecorded.name]),
        (handled) => handled >= incidents,
        { timeoutMs: PROCESSED_WITHIN_MS, intervalMs: 250 },
      );
      const measured = result(
        `network groups beside it, ${REPLICAS} replicas × ${PARTITIONS_CONCURRENTLY} partitions at once: every incident counted in its area week`,
        incidents,
        startedAt,
      );
      // Every row of the synthetic list has a journal of its own, so each incident is counted once.
      const counted = await count(dataSource, 'SELECT coalesce(sum(incidents), 0)::int AS count FROM area_signal_week');
      await close();
      if (counted !== incidents) throw new Error(`network groups counted ${counted} incidents in the area weeks, not ${incidents}`);
      const deadlocks = (await deadlocksIn(databaseUrl)) - deadlocksBefore;
      return { ...measured, deadlocks, deadlockLogLines: lines.counts.deadlocks, fallbacks: lines.counts.fallbacks };
    },
  };
}
