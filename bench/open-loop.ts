import path from 'node:path';
import { Worker } from 'node:worker_threads';

/*
 * An open-loop load of HTTP GETs at a fixed rate, and the percentiles of its latencies, for the
 * benchmarks that measure a service's answers (reporting's report queries, the Monday group's
 * agenda and person search).
 */

export function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
}

export interface Load {
  latencies: number[];
  failures: number;
  seconds: number;
}

/**
 * Sends `count` requests at `rate` per second on a fixed schedule, from a worker thread of its
 * own (open-loop.worker.mjs, which says why); latency counts from when each was due.
 */
export function openLoop(base: string, requests: readonly [string, string][], count: number, rate: number): Promise<Load> {
  const worker = new Worker(path.join(__dirname, 'open-loop.worker.mjs'), { workerData: { base, requests, count, rate }, execArgv: [] });
  return new Promise<Load>((resolve, reject) => {
    worker.once('message', (load: Load) => resolve(load));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the load worker exited (${code}) before it reported`)));
  }).finally(() => worker.terminate());
}

/** The latencies' percentiles, as printed. */
export function percentiles(load: Load): { p50: number; p95: number; p99: number; text: string } {
  const [p50, p95, p99] = [0.5, 0.95, 0.99].map((share) => percentile(load.latencies, share));
  const max = load.latencies[load.latencies.length - 1];
  return { p50, p95, p99, text: `p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${max.toFixed(1)} ms, ${load.failures} failed` };
}
