// The open-loop load of the report-query benchmark (reporting.bench.ts), in a worker thread of
// its own and in plain JavaScript: the benchmark's process carries ts-node and whatever the
// benchmarks before left behind, and its garbage collector's pauses (tens of milliseconds every
// few seconds) would be counted as the service's latency. Here the heap holds little more than
// the latencies.
//
// workerData: { base, requests: [path, token][], count, rate }. Request i goes to
// requests[i % requests.length] at start + i / rate seconds, whether or not the one before has
// answered; its latency counts from when it was due. Posts { latencies, failures, seconds }.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { base, requests, count, rate } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
const latencies = new Float64Array(count);
let answered = 0;
let failures = 0;

function get(index, due) {
  const [path, token] = requests[index % requests.length];
  let settled = false;
  const settle = (ok) => {
    if (settled) return;
    settled = true;
    latencies[answered++] = performance.now() - due;
    if (!ok) failures += 1;
    if (answered === count) finish();
  };
  const request = http.get(`${base}${path}`, { agent, headers: { authorization: `Bearer ${token}` } }, (response) => {
    response.resume();
    response.once('end', () => settle(response.statusCode === 200));
    response.once('error', () => settle(false));
  });
  request.once('error', () => settle(false));
}

const start = performance.now();
function finish() {
  agent.destroy();
  parentPort.postMessage({ latencies: Array.from(latencies).sort((a, b) => a - b), failures, seconds: (performance.now() - start) / 1000 });
}

let next = 0;
function sendDue() {
  const now = performance.now();
  while (next < count && start + (next * 1000) / rate <= now) {
    get(next, start + (next * 1000) / rate);
    next += 1;
  }
  if (next < count) setTimeout(sendDue, Math.max(0, start + (next * 1000) / rate - performance.now()));
}
sendDue();
