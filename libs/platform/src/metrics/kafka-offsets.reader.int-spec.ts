import { newTopicNamespace, waitFor } from '@ssp/testing';
import { Kafka, logLevel, type ISocketFactory, type logCreator } from 'kafkajs';
import net from 'node:net';
import { TopicNamespace } from '../kafka/topic-namespace';
import { KafkaOffsetsReader } from './kafka-offsets.reader';

/*
 * A reading whose requests fail or are cut off must not leave a connection open: kafkajs
 * reconnects to retry a request, so a client disconnected while some of its requests still
 * run is connected again behind the reader's back. Each leak kept a stopped service (and
 * jest, after served-routes.int-spec.ts scraped /metrics) alive until the broker closed the
 * idle connection, ten minutes later. A topic that was never created makes the reading fail
 * after retries, as a topic just created fails while its partitions find their leader.
 *
 * Negative controls (`npx jest --ci libs/platform/src/metrics/kafka-offsets.reader.int-spec.ts
 * --selectProjects integration`):
 * - Without the `finally` in `read` that disconnects after a close: "closed during a reading"
 *   fails waiting for no connection (last seen: 1), and jest does not exit.
 * - Without the `Promise.allSettled` in `read` (so a failed request ends the reading while the
 *   others retry): both tests still pass, because the leaked reconnect comes a retry interval
 *   after their check, but jest does not exit: this one shows as a hang, not as an assertion.
 */

/** The Kafka client of a test: counts the sockets it opens and keeps the requests it logs. */
function observedKafka(): { kafka: Kafka; opened: () => number; open: () => number; requests: string[] } {
  const sockets = new Set<net.Socket>();
  let opened = 0;
  const socketFactory: ISocketFactory = ({ host, port, onConnect }) => {
    const socket = net.connect({ host, port }, onConnect);
    opened += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    return socket;
  };
  const requests: string[] = [];
  const keepRequests: logCreator = () => ({ log }) => {
    if (log.message.startsWith('Request ')) requests.push(log.message);
  };
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  const kafka = new Kafka({ clientId: 'offsets-reader-test', brokers, socketFactory, logLevel: logLevel.DEBUG, logCreator: keepRequests });
  return { kafka, opened: () => opened, open: () => sockets.size, requests };
}

function readerOfMissingTopic(kafka: Kafka): KafkaOffsetsReader {
  return new KafkaOffsetsReader(kafka, { groupId: 'offsets-reader-test', namespace: new TopicNamespace(newTopicNamespace()), topics: () => ['ssp.never-created.v1'] });
}

describe('the Kafka offsets reader', () => {
  it('leaves no connection open after a reading that fails, once closed', async () => {
    const { kafka, opened, open } = observedKafka();
    const reader = readerOfMissingTopic(kafka);
    await expect(reader.read()).rejects.toThrow();
    await reader.close();
    expect(opened()).toBeGreaterThan(0);
    await waitFor('no connection left open', open, (count) => count === 0, { timeoutMs: 5_000 });
  });

  it('leaves no connection open when closed during a reading', async () => {
    const { kafka, open, requests } = observedKafka();
    const reader = readerOfMissingTopic(kafka);
    const reading = reader.read().catch(() => undefined);
    // Asked once connected, while the missing topic's offsets are still being retried.
    await waitFor('the reading to ask for its group', () => requests.some((request) => request.startsWith('Request GroupCoordinator')), Boolean, { timeoutMs: 10_000, intervalMs: 5 });
    await reader.close();
    await reading;
    await waitFor('no connection left open', open, (count) => count === 0, { timeoutMs: 5_000 });
  });
});
