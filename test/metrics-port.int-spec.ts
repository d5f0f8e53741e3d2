import { freePort, newTopicNamespace, serviceTestEnvironment, startTestService, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import { APP as REPORTING } from '../apps/reporting/src/app.definition';

/** With METRICS_PORT set (as in the cluster, where a network policy guards that port), /metrics is served there and only there. */
describe('metrics on a port of their own', () => {
  let environment: ServiceTestEnvironment;
  let service: RunningService;
  let metricsPort: number;

  beforeAll(async () => {
    environment = await serviceTestEnvironment('reporting', newTopicNamespace());
    metricsPort = await freePort();
    service = await startTestService(REPORTING, { ...environment.env, METRICS_PORT: String(metricsPort) });
  });

  afterAll(async () => {
    await service?.close();
    await environment?.database.drop();
  });

  it('serves the metrics on METRICS_PORT', async () => {
    const response = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(await response.text()).toContain('process_cpu_user_seconds_total');
  });

  it('serves nothing else on METRICS_PORT, and no metrics beside the API', async () => {
    expect((await fetch(`http://127.0.0.1:${metricsPort}/health/ready`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${metricsPort}/metrics`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${service.url}/metrics`)).status).toBe(404);
    expect((await fetch(`${service.url}/health/live`)).status).toBe(200);
  });

  it('stops serving the metrics when the service closes', async () => {
    await service.close();
    await expect(fetch(`http://127.0.0.1:${metricsPort}/metrics`)).rejects.toThrow();
  });
});
