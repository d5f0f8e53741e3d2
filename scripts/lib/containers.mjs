// Where a Docker engine runs and nothing is configured, npm test takes PostgreSQL and Kafka
// from Testcontainers instead of the local server and the jar-based broker.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { log, ROOT } from './process.mjs';

const KAFKA_IMAGE = 'apache/kafka:4.1.2';
const POSTGRES_IMAGE = 'postgres:16-alpine';

export function dockerEngineAvailable() {
  return spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
}

/** Starts both containers; Kafka is published on 127.0.0.1:9092 as the tests expect. */
export async function startContainers() {
  const { GenericContainer, Wait } = createRequire(path.join(ROOT, 'package.json'))('testcontainers');
  log(`Docker engine found: starting ${POSTGRES_IMAGE} and ${KAFKA_IMAGE} with Testcontainers`);
  const postgres = await new GenericContainer(POSTGRES_IMAGE)
    .withEnvironment({ POSTGRES_HOST_AUTH_METHOD: 'trust' })
    .withExposedPorts(5432)
    .withWaitStrategy(Wait.forLogMessage(/database system is ready to accept connections/, 2))
    .start();
  const kafka = await new GenericContainer(KAFKA_IMAGE)
    .withExposedPorts({ container: 9092, host: 9092 })
    .withEnvironment({
      KAFKA_NODE_ID: '1',
      KAFKA_PROCESS_ROLES: 'broker,controller',
      KAFKA_LISTENERS: 'PLAINTEXT://0.0.0.0:9092,CONTROLLER://localhost:9093',
      KAFKA_ADVERTISED_LISTENERS: 'PLAINTEXT://127.0.0.1:9092',
      KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
      KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
      KAFKA_CONTROLLER_QUORUM_VOTERS: '1@localhost:9093',
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
      KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
      KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'false',
    })
    .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/))
    .start();
  return {
    databaseUrl: `postgres://postgres@${postgres.getHost()}:${postgres.getMappedPort(5432)}/postgres`,
    kafkaBrokers: '127.0.0.1:9092',
    stop: async () => {
      await Promise.all([kafka.stop(), postgres.stop()]);
    },
  };
}
