import { HealthIndicatorService } from '@nestjs/terminus';
import { waitFor } from '@ssp/testing';
import { Kafka, logLevel } from 'kafkajs';
import net from 'node:net';
import { KafkaHealthIndicator } from './kafka.health';

/*
 * A health check that gives up on Kafka while its connection is still being made must not
 * leave that connection open: with a slow broker every check leaked one, and a stopped
 * service stayed alive until the broker closed idle connections (10 minutes; the fuzz of
 * GET /health in served-routes.int-spec.ts kept jest from exiting that long). A proxy in
 * front of the real broker holds each new connection back longer than the check waits.
 *
 * Negative control: put back the old `describeCluster` (`if (!this.admin) { const admin =
 * this.kafka.admin(); await admin.connect(); this.admin = admin; }`, `admin` an `Admin`):
 * the test fails waiting for no connection through the proxy (last seen: 2), and jest then
 * does not exit for ten minutes.
 */

const HOLD_MS = 500;
const CHECK_TIMEOUT_MS = 100;

/** Forwards to the broker, each connection only after HOLD_MS; counts the connections still open. */
async function slowProxy(broker: { host: string; port: number }): Promise<{ address: string; open: () => number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    client.pause();
    const hold = setTimeout(() => {
      const upstream = net.connect(broker.port, broker.host, () => {
        client.pipe(upstream).pipe(client);
        client.resume();
      });
      upstream.on('error', () => client.destroy());
      upstream.on('close', () => client.destroy());
      client.on('close', () => upstream.destroy());
    }, HOLD_MS);
    client.on('close', () => clearTimeout(hold));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    open: () => sockets.size,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('the Kafka health check', () => {
  it('closes a connection it gave up on while connecting, at the latest when the service stops', async () => {
    const [host = '127.0.0.1', port = '9092'] = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',')[0]!.split(':');
    const proxy = await slowProxy({ host, port: Number(port) });
    try {
      const kafka = new Kafka({ clientId: 'health-check-test', brokers: [proxy.address], logLevel: logLevel.NOTHING });
      const health = new KafkaHealthIndicator(kafka, new HealthIndicatorService());
      for (let check = 0; check < 2; check++) {
        expect((await health.isHealthy('kafka', CHECK_TIMEOUT_MS)).kafka?.status).toBe('down');
      }
      await health.onModuleDestroy();
      await waitFor('no connection left through the proxy', proxy.open, (open) => open === 0, { timeoutMs: 5_000 });
    } finally {
      await proxy.close();
    }
  });
});
