import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { waitFor } from './wait-for';

const ROOT = path.resolve(__dirname, '../../..');

/** A TypeScript entry point run in its own Node process, so a test can SIGKILL it. */
export class ChildNodeProcess {
  private output = '';
  readonly exited: Promise<number | null>;

  private constructor(private readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => void (this.output += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => void (this.output += chunk.toString('utf8')));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  /** `args` go to the entry point, as a command's arguments (`migrate`, `reset-offsets <time>`). */
  static start(entry: string, env: Record<string, string>, args: readonly string[] = []): ChildNodeProcess {
    return ChildNodeProcess.spawnNode(['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', path.resolve(ROOT, entry), ...args], {
      TS_NODE_PROJECT: path.join(ROOT, 'tsconfig.json'),
      ...env,
    });
  }

  /** A service as its container runs it: compiled to dist/ (`npm run build`), not through ts-node. */
  static startBuilt(service: string, env: Record<string, string>): ChildNodeProcess {
    return ChildNodeProcess.spawnNode(['--enable-source-maps', '-r', './scripts/register-dist-paths.cjs', `dist/apps/${service}/src/main.js`], env);
  }

  private static spawnNode(args: string[], env: Record<string, string>): ChildNodeProcess {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'pipe' });
    return new ChildNodeProcess(child);
  }

  /** The process id, e.g. to read its peak memory from /proc/<pid>/status. */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Everything the process wrote to stdout and stderr so far. */
  get printed(): string {
    return this.output;
  }

  async waitForOutput(text: string, timeoutMs = 60_000): Promise<void> {
    await waitFor(`"${text}" from the child process`, () => this.output.includes(text) || this.child.exitCode !== null, Boolean, { timeoutMs });
    if (!this.output.includes(text)) throw new Error(`child exited before printing "${text}":\n${this.output}`);
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
